#include "BoxFactsReader.h"

#include "box/OpenSsl.h"

#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "tls/CertificateChecker.h"
#include "tls/CertificateSelection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

bool BoxFactsReader::ensureDkimKey(const QString& dkimDir, QString* error)
{
    const QString privatePath = dkimDir + QStringLiteral("/mail.private");
    if (QFile::exists(privatePath))
        return true;
    QDir().mkpath(dkimDir);
    OpenSsl::PKeyPtr key(EVP_RSA_gen(2048));
    if (!key) {
        if (error)
            *error = QStringLiteral("Cannot create the DKIM key.");
        return false;
    }
    OpenSsl::BioPtr pem(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(pem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray privatePem = OpenSsl::bioBytes(pem.get());

    unsigned char* der = nullptr;
    const int derLength = i2d_PUBKEY(key.get(), &der);
    if (derLength <= 0) {
        if (error)
            *error = QStringLiteral("Cannot encode the DKIM public key.");
        return false;
    }
    const QByteArray publicKey = QByteArray(reinterpret_cast<const char*>(der), derLength).toBase64();
    OPENSSL_free(der);

    QByteArray txt = "mail._domainkey\tIN\tTXT\t( \"v=DKIM1; h=sha256; k=rsa; s=email; \"\n\t  \"p=";
    QByteArray rest = publicKey;
    txt += rest.left(250 - 3) + '"';
    rest = rest.mid(250 - 3);
    while (!rest.isEmpty()) {
        txt += "\n\t  \"" + rest.left(250) + '"';
        rest = rest.mid(250);
    }
    txt += " )  ; ----- DKIM key mail for boxkeeper\n";
    return AtomicFile::write(privatePath, privatePem, error, QFile::ReadOwner | QFile::WriteOwner) &&
           AtomicFile::write(dkimDir + QStringLiteral("/mail.txt"), txt, error,
                             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

bool BoxFactsReader::parseDkimTxt(const QString& text, QString* name, QString* value)
{
    static const QRegularExpression record(QStringLiteral("^(\\S+)\\s+IN\\s+TXT\\s+\\( ((?:\"[^\"]+\"\\s+)+)\\)"));
    const auto m = record.match(text);
    if (!m.hasMatch())
        return false;
    static const QRegularExpression part(QStringLiteral("\"([^\"]+)\""));
    QString joined;
    auto it = part.globalMatch(m.captured(2));
    while (it.hasNext())
        joined += it.next().captured(1);
    *name = m.captured(1);
    *value = joined;
    return true;
}

QString BoxFactsReader::tlsaValue(const QString& certificatePemPath)
{
    const QByteArray pem = readAll(certificatePemPath);
    if (pem.isEmpty())
        return {};
    OpenSsl::BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    OpenSsl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &der);
    if (length <= 0)
        return {};
    const QByteArray spki(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return QStringLiteral("3 1 1 ") +
           QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}

QStringList BoxFactsReader::sshfpValues(const QString& sshDirectory)
{
    const QHash<QString, int> algorithms{{QStringLiteral("ssh-rsa"), 1},
                                         {QStringLiteral("ssh-dss"), 2},
                                         {QStringLiteral("ecdsa-sha2-nistp256"), 3},
                                         {QStringLiteral("ssh-ed25519"), 4}};
    QStringList keys; // "type base64", sorted like upstream sorts ssh-keyscan lines
    const QStringList files =
        QDir(sshDirectory).entryList({QStringLiteral("ssh_host_*_key.pub")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QStringList fields =
            QString::fromUtf8(readAll(sshDirectory + QLatin1Char('/') + file)).simplified().split(QLatin1Char(' '));
        if (fields.size() >= 2 && algorithms.contains(fields[0]))
            keys.append(fields[0] + QLatin1Char(' ') + fields[1]);
    }
    std::sort(keys.begin(), keys.end());
    QStringList values;
    for (const QString& k : keys) {
        const QString type = k.section(QLatin1Char(' '), 0, 0);
        const QByteArray blob = QByteArray::fromBase64(k.section(QLatin1Char(' '), 1).toLatin1());
        const QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex().toUpper();
        values.append(QStringLiteral("%1 2 ( %2 )").arg(algorithms.value(type)).arg(QString::fromLatin1(hash)));
    }
    return values;
}

QString BoxFactsReader::mtaStsPolicyId(const QByteArray& policy)
{
    QByteArray b64 = QCryptographicHash::hash(policy, QCryptographicHash::Sha1).toBase64();
    b64.replace('+', 'A');
    b64.replace('/', 'A');
    return QString::fromLatin1(b64.left(20));
}

BoxDnsFacts BoxFactsReader::read(const BoxConfig& config, const QStringList& secondaryNameservers)
{
    BoxDnsFacts facts;
    facts.primaryHostname = config.primaryHostname();
    facts.publicIp = config.publicIp();
    facts.publicIpv6 = config.publicIpv6().trimmed();
    facts.hasIpv6Setting = !config.value(QStringLiteral("PUBLIC_IPV6"), QStringLiteral("\x01")).startsWith(QChar(1));
    facts.secondaryNameservers = secondaryNameservers;
    facts.tlsRptRua = config.value(QStringLiteral("MTA_STS_TLSRPT_RUA"));

    const QString certificate = config.storagePath(QStringLiteral("ssl/ssl_certificate.pem"));
    facts.tlsa = tlsaValue(certificate);
    facts.sshfp = sshfpValues(config.systemPath(QStringLiteral("/etc/ssh")));

    const QString dkimDir = config.storagePath(QStringLiteral("mail/dkim"));
    ensureDkimKey(dkimDir);
    parseDkimTxt(QString::fromUtf8(readAll(dkimDir + QStringLiteral("/mail.txt"))), &facts.dkimName, &facts.dkimValue);

    // MTA-STS needs a signed, valid certificate for the box, and one for mta-sts.<domain>: upstream's
    // is_domain_cert_signed_and_valid, i.e. the certificate the TLS module chooses for the name passes its check
    // ("OK", with the box's trust: TRUSTED_CA_FILE or the system's CA store). The other names are only looked at
    // when the box's own is valid.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString sslDir = config.storagePath(QStringLiteral("ssl"));
    const CertificateSelection selection = CertificateSelection::scan(sslDir, facts.primaryHostname, now);
    CertificateChecker checker(now, config.trustedCaFile());
    const auto valid = [&](const QString& name) {
        const std::optional<CertificateSelection::Choice> choice = selection.best(name);
        return choice && checker.check(name, choice->certificate, choice->certificatePath, choice->privateKeyPath).ok();
    };
    facts.primaryCertificateValid = valid(facts.primaryHostname);
    if (facts.primaryCertificateValid) {
        for (const QString& name : selection.names()) {
            if (valid(name))
                facts.validCertificateNames.insert(name);
        }
    }
    const QByteArray policy = readAll(config.systemPath(QStringLiteral("/var/lib/mailinabox/mta-sts.txt")));
    if (!policy.isEmpty())
        facts.mtaStsPolicyId = mtaStsPolicyId(policy);
    return facts;
}
