#include "CollectionStatusCache.h"

#include <QCryptographicHash>

QByteArray CollectionStatusCache::key(const QString& url, const QList<TargetFile>& files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(url.toUtf8());
    for (const TargetFile& f : files) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(f.name.toUtf8());
        hash.addData(
            QByteArray('\t' + QByteArray::number(f.size) + '\t' + QByteArray::number(f.modified.toMSecsSinceEpoch())));
    }
    return hash.result();
}

std::optional<QByteArray> CollectionStatusCache::find(const QByteArray& key) const
{
    QMutexLocker lock(&m_mutex);
    if (m_key.isEmpty() || m_key != key)
        return std::nullopt;
    return m_output;
}

void CollectionStatusCache::store(const QByteArray& key, const QByteArray& output)
{
    QMutexLocker lock(&m_mutex);
    m_key = key;
    m_output = output;
}

void CollectionStatusCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_key.clear();
    m_output.clear();
}
