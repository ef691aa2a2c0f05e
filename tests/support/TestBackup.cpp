#include "TestBackup.h"

#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

#include <algorithm>

QMap<QString, QByteArray> TestBackup::treeHashes(const QString& root, const QStringList& skip)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (std::any_of(skip.cbegin(), skip.cend(), [&relative](const QString& s) {
                return relative == s || relative.startsWith(s + QLatin1Char('/'));
            }))
            continue;
        if (it.fileInfo().isDir()) {
            hashes.insert(relative + QLatin1Char('/'), QByteArray("dir"));
            continue;
        }
        hashes.insert(relative, QCryptographicHash::hash(TestFiles::read(path), QCryptographicHash::Sha256).toHex());
    }
    return hashes;
}

QMap<QString, QByteArray> TestBackup::sourceTree(const TestAgent& agent)
{
    // Without the agent's own databases (metrics, audit log, tokens), which it writes while it serves.
    return treeHashes(agent.storageRoot(),
                      {QStringLiteral("backup"), QStringLiteral("owncloud-backup"), QStringLiteral("boxkeeper")});
}

QString TestBackup::mailbox(const TestAgent& agent)
{
    return agent.storageRoot() + QStringLiteral("/mail/mailboxes/example.com/admin/cur");
}

bool TestBackup::fillBox(const TestAgent& agent)
{
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += QByteArray::number(i * 7919) + '\n';
    return QDir().mkpath(mailbox(agent)) &&
           TestFiles::write(mailbox(agent) + QStringLiteral("/1.eml"), "Subject: first\n\nversion one\n") &&
           TestFiles::write(mailbox(agent) + QStringLiteral("/2.eml"), "Subject: second\n\nto be deleted\n") &&
           TestFiles::write(agent.storageRoot() + QStringLiteral("/www/default/big.txt"), big);
}

namespace {

QList<QPair<QByteArray, QByteArray>> admin(const TestAgent& agent)
{
    return {TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())};
}

} // namespace

QJsonObject TestBackup::getObject(const TestAgent& agent, TestHttp& http, const QString& path)
{
    return QJsonDocument::fromJson(http.get(agent.url(path), admin(agent)).body).object();
}

QByteArray TestBackup::setConfig(const TestAgent& agent, TestHttp& http, const QString& target, const QString& user,
                                 const QString& pass, const QString& minAge)
{
    return http
        .postForm(agent.url(QStringLiteral("/system/backup/config")),
                  {{QStringLiteral("target"), target},
                   {QStringLiteral("target_user"), user},
                   {QStringLiteral("target_pass"), pass},
                   {QStringLiteral("min_age"), minAge}},
                  admin(agent))
        .body;
}

QJsonObject TestBackup::runBackup(const TestAgent& agent, TestHttp& http)
{
    const auto r = http.postForm(agent.url(QStringLiteral("/boxkeeper/backup/run")), {}, admin(agent));
    if (r.status != 202)
        return {{QStringLiteral("error"), QString::fromUtf8(r.body)}};
    QElapsedTimer timer;
    timer.start();
    QJsonObject state;
    while (timer.elapsed() < 240000) {
        state = getObject(agent, http, QStringLiteral("/boxkeeper/backup/run"));
        if (state.value(QStringLiteral("state")).toString() != QLatin1String("running"))
            break;
        QTest::qWait(100);
    }
    return state;
}

TestTool::Result TestBackup::restore(const TestAgent& agent, const QString& url, const QString& into,
                                     const QString& archiveDir, const QStringList& extra,
                                     const QStringList& environment)
{
    const QString passphrase = QString::fromLatin1(
        TestFiles::read(agent.storageRoot() + QStringLiteral("/backup/secret_key.txt")).split('\n').first());
    return TestTool::run(QStringLiteral("env"),
                         QStringList{QStringLiteral("PASSPHRASE=") + passphrase} + environment +
                             QStringList{QStringLiteral("duplicity"), QStringLiteral("restore"),
                                         QStringLiteral("--archive-dir"), archiveDir} +
                             extra + QStringList{url, into},
                         {}, 240000);
}

QMap<QString, qint64> TestBackup::folderFiles(const QString& dir, const QString& suffix)
{
    QMap<QString, qint64> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString name = QDir(dir).relativeFilePath(it.next());
        if (!suffix.isEmpty()) {
            if (!name.endsWith(suffix))
                continue;
            name.chop(suffix.size());
        }
        files.insert(name, it.fileInfo().size());
    }
    return files;
}

qint64 TestBackup::bytesOfSet(const QMap<QString, qint64>& files, const QString& date)
{
    qint64 total = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        total += it.key().contains(QLatin1Char('.') + date + QLatin1Char('.')) &&
                         !it.key().contains(QLatin1Char('.') + date + QStringLiteral(".to."))
                     ? it.value()
                     : 0;
    return total;
}

void TestBackup::endGpgAgents(const TestAgent& agent)
{
    TestTool::run(QStringLiteral("gpgconf"),
                  {QStringLiteral("--homedir"), agent.storageRoot() + QStringLiteral("/backup/home/.gnupg"),
                   QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    TestTool::run(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
}

void TestBackup::checkSizes(const QJsonObject& status, int count, const QMap<QString, qint64>& files)
{
    const QJsonArray backups = status.value(QStringLiteral("backups")).toArray();
    QVERIFY2(backups.size() == count, QJsonDocument(status).toJson().constData());
    qint64 matched = 0;
    for (const QJsonValue& b : backups) {
        const qint64 size = b.toObject().value(QStringLiteral("size")).toInteger();
        QVERIFY(size > 0);
        QCOMPARE(size, bytesOfSet(files, b.toObject().value(QStringLiteral("date")).toString()));
        matched += size;
    }
    qint64 all = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        all += it.key().startsWith(QLatin1String("duplicity-")) ? it.value() : 0;
    QCOMPARE(status.value(QStringLiteral("unmatched_file_size")).toInteger(), all - matched);
}
