#include "CertificateSelection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <tuple>

namespace {

QStringList candidateFiles(const QString& sslDirectory)
{
    QStringList files;
    const QDir dir(sslDirectory);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& e : entries) {
        if (e.fileName() == QLatin1String("ssl_certificate.pem"))
            continue; // the symlink to the primary hostname's choice, never a candidate itself
        if (e.isFile()) {
            files.append(e.absoluteFilePath());
        } else if (e.isDir()) {
            const QFileInfoList inner =
                QDir(e.absoluteFilePath()).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
            for (const QFileInfo& f : inner)
                files.append(f.absoluteFilePath());
        }
    }
    return files;
}

QByteArray readHead(const QString& path)
{
    QFile f(path);
    // Certificate files with their chains are a few KiB; anything far bigger is not one of them.
    return f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
}

} // namespace

QString CertificateSelection::systemKeyPath(const QString& sslDirectory)
{
    return QDir(sslDirectory).absoluteFilePath(QStringLiteral("ssl_private_key.pem"));
}

QString CertificateSelection::systemCertificatePath(const QString& sslDirectory)
{
    return QDir(sslDirectory).absoluteFilePath(QStringLiteral("ssl_certificate.pem"));
}

CertificateSelection CertificateSelection::scan(const QString& sslDirectory, const QString& primaryHostname,
                                                const QDateTime& now)
{
    // Keys first: a certificate counts only with its key.
    QHash<QByteArray, QString> keys; // public key -> key file
    QList<QPair<QString, Certificate>> certificates;
    for (const QString& path : candidateFiles(sslDirectory)) {
        const QByteArray data = readHead(path);
        const QList<QByteArray> blocks = Certificate::pemBlocks(data);
        if (blocks.isEmpty())
            continue;
        const QByteArray type = Certificate::pemType(blocks.front());
        if (type == "CERTIFICATE") {
            const Certificate c = Certificate::fromFileData(data);
            if (!c.isNull())
                certificates.append({path, c});
        } else if (type == "RSA PRIVATE KEY" || type == "PRIVATE KEY") {
            const PrivateKey k = PrivateKey::fromFileData(blocks.front());
            if (k.kind() == PrivateKey::Kind::Rsa)
                keys.insert(k.publicKeyDer(), path);
        }
    }

    const QString systemKey = systemKeyPath(sslDirectory);
    const auto rank = [&now](const Choice& c) {
        return std::make_tuple(c.certificate.isValidAt(now), !c.certificate.isSelfSigned(), c.certificate.notAfter(),
                               c.certificatePath);
    };
    CertificateSelection selection;
    for (const auto& [path, cert] : certificates) {
        const auto key = keys.constFind(cert.publicKeyDer());
        if (key == keys.constEnd())
            continue;
        const Choice choice{path, key.value(), cert};
        for (const QString& name : cert.names()) {
            if (name == primaryHostname && key.value() != systemKey)
                continue; // the primary hostname uses the box's own key only
            auto current = selection.m_best.find(name);
            if (current == selection.m_best.end())
                selection.m_best.insert(name, choice);
            else if (rank(choice) > rank(current.value()))
                current.value() = choice;
        }
    }
    return selection;
}

std::optional<CertificateSelection::Choice> CertificateSelection::best(const QString& name) const
{
    const auto it = m_best.constFind(name);
    if (it == m_best.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<CertificateSelection::Choice> CertificateSelection::forDomain(const QString& domain) const
{
    if (auto own = best(domain))
        return own;
    const int dot = domain.indexOf(QLatin1Char('.'));
    return best(QStringLiteral("*") + (dot >= 0 ? domain.mid(dot) : QString()));
}
