#include "BackupHistory.h"

#include "box/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

BackupHistory::BackupHistory(const QString& path)
    : m_path(path)
{ }

QJsonObject BackupHistory::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool BackupHistory::record(const QJsonObject& run, QString* error)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject history = read();
    history.insert(QStringLiteral("last"), run);
    const QString state = run.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("succeeded"))
        history.insert(QStringLiteral("last_success"), run);
    else if (state == QLatin1String("failed"))
        history.insert(QStringLiteral("last_failure"), run);
    if (!QDir().mkpath(QFileInfo(m_path).path())) {
        if (error)
            *error = QStringLiteral("Cannot create %1").arg(QFileInfo(m_path).path());
        return false;
    }
    return AtomicFile::write(m_path, QJsonDocument(history).toJson(QJsonDocument::Indented), error,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
