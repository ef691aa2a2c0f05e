#include "BoxConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {

// A line of the file as it may be quoted in an error message: control characters (terminal escapes among
// them) shown as \xNN, so that a garbage file cannot garble the terminal or the journal.
QString printable(const QString& line)
{
    QString out;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

std::optional<BoxConfig> BoxConfig::parse(const QByteArray& text, QString* error)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    BoxConfig config;
    int lineNo = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : line.left(eq).trimmed();
        if (eq <= 0 || !keyPattern.match(key).hasMatch()) {
            if (error) {
                *error = QStringLiteral("line %1 is not KEY=VALUE: %2").arg(lineNo).arg(printable(line.left(80)));
            }
            return std::nullopt;
        }
        if (!config.m_values.contains(key)) {
            config.m_values.insert(key, line.mid(eq + 1).trimmed());
            config.m_order.append(key);
        }
    }
    for (const char* required : {"STORAGE_ROOT", "PRIMARY_HOSTNAME"}) {
        if (config.value(QLatin1String(required)).isEmpty()) {
            if (error) {
                *error = QStringLiteral("%1 is missing").arg(QLatin1String(required));
            }
            return std::nullopt;
        }
    }
    return config;
}

std::optional<BoxConfig> BoxConfig::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    QString reason;
    auto config = parse(file.readAll(), &reason);
    if (!config && error) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
    }
    return config;
}

QByteArray BoxConfig::serialize() const
{
    QByteArray out;
    for (const QString& key : m_order) {
        out += key.toUtf8() + '=' + m_values.value(key).toUtf8() + '\n';
    }
    return out;
}

QString BoxConfig::value(const QString& key, const QString& fallback) const
{
    auto it = m_values.constFind(key);
    return it == m_values.constEnd() || it.value().isEmpty() ? fallback : it.value();
}

void BoxConfig::setValue(const QString& key, const QString& value)
{
    if (!m_values.contains(key)) {
        m_order.append(key);
    }
    m_values.insert(key, value);
}

QString BoxConfig::storagePath(const QString& relative) const
{
    return QDir::cleanPath(storageRoot() + QLatin1Char('/') + relative);
}

QString BoxConfig::systemPath(const QString& absolute) const
{
    const QString root = systemRoot();
    if (root == QLatin1String("/")) {
        return QDir::cleanPath(absolute);
    }
    return QDir::cleanPath(root + QLatin1Char('/') + absolute);
}

bool BoxConfig::isRealBox() const
{
    return QFileInfo(systemRoot()).canonicalFilePath() == QLatin1String("/");
}

std::optional<QStringList> BoxConfig::command(const QString& key, const QString& realBoxDefault) const
{
    const QString configured = value(key);
    const QStringList words = QProcess::splitCommand(!configured.isEmpty() ? configured
                                                     : isRealBox()         ? realBoxDefault
                                                                           : QString());
    if (words.isEmpty())
        return std::nullopt;
    return words;
}
