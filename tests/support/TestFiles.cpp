#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace TestFiles {

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool writeTemplate(const QString& name, const QString& target, const QHash<QString, QString>& values)
{
    QString text = QString::fromUtf8(read(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/") + name + QStringLiteral(".in")));
    if (text.isEmpty())
        return false;
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    static const QRegularExpression placeholder(QStringLiteral("@[A-Z_]+@"));
    return !text.contains(placeholder) && write(target, text.toUtf8());
}

} // namespace TestFiles
