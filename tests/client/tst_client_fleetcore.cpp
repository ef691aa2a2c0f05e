// The dashboard's pure pieces: HealthChanges (which worsenings to notify: each once until it clears, the starting
// point not notified, parts not measured kept, mute) and OfflineCache (the kept answers: modes 0600/0700, which
// routes are kept, the size bounds with the oldest dropped, no secret written, a folder name safe for any profile
// name) and the dashboard's mute setting.
#include "HealthChanges.h"
#include "OfflineCache.h"
#include "SettingsStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

class TestClientFleetCore : public QObject
{
    Q_OBJECT

private slots:
    void startingPointIsNotNotified();
    void checkTurningToErrorOnce();
    void clearedIssueComesBack();
    void numbersInACheckDoNotMakeItNew();
    void unreachableKeepsOtherIssues();
    void backupOverdue();
    void certificateWithinSevenDays();
    void muteSuppresses();
    void notificationTexts();
    void cacheKeepsListedRoutesOnly();
    void cacheModesAndAtomicWrite();
    void cacheSizeBounds();
    void cacheHoldsNoSecret();
    void safeFolderNames();
    void muteSetting();

private:
    static BoxHealth reachable(const QStringList& errors = {})
    {
        BoxHealth h;
        h.box = QStringLiteral("Home");
        h.state = BoxHealth::State::Reachable;
        h.checksKnown = true;
        h.errorChecks = int(errors.size());
        h.errorTexts = errors;
        h.backupKnown = true;
        h.lastBackup = now().addSecs(-3600);
        h.certificatesKnown = true;
        return h;
    }
    static BoxHealth unreachable()
    {
        BoxHealth h;
        h.box = QStringLiteral("Home");
        h.state = BoxHealth::State::Unreachable;
        h.error = QStringLiteral("Connection refused");
        return h;
    }
    static QDateTime now() { return QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC); }
    static QStringList keys(const QList<HealthIssue>& issues)
    {
        QStringList out;
        for (const HealthIssue& i : issues)
            out.append(i.key);
        return out;
    }
    static QStringList filesUnder(const QString& dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        return out;
    }

    QTemporaryDir m_dir;
};

void TestClientFleetCore::startingPointIsNotNotified()
{
    HealthChanges changes;
    // The first answer shows a failing check: the dashboard shows it; it is no news.
    QVERIFY(changes.update(reachable({QStringLiteral("Postgrey is not running (port 1).")}), now()).isEmpty());
    QVERIFY(changes.update(reachable({QStringLiteral("Postgrey is not running (port 1).")}), now()).isEmpty());
    // A box that does not answer from the start: no "stopped answering".
    HealthChanges other;
    QVERIFY(other.update(unreachable(), now()).isEmpty());
    QVERIFY(other.update(unreachable(), now()).isEmpty());
}

void TestClientFleetCore::checkTurningToErrorOnce()
{
    HealthChanges changes;
    QVERIFY(changes.update(reachable(), now()).isEmpty());
    const QString reboot =
        QStringLiteral("System updates have been installed and a reboot of the machine is required.");
    const QList<HealthIssue> fresh = changes.update(reachable({reboot}), now());
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().kind, HealthIssue::Kind::CheckError);
    QCOMPARE(fresh.first().text, reboot);
    // Still broken: not again.
    for (int i = 0; i < 5; ++i)
        QVERIFY(changes.update(reachable({reboot}), now()).isEmpty());
    // A second check breaking is news; the first is not repeated with it.
    const QList<HealthIssue> second =
        changes.update(reachable({reboot, QStringLiteral("Postgrey is not running (port 1).")}), now());
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().text, QStringLiteral("Postgrey is not running (port 1)."));
}

void TestClientFleetCore::clearedIssueComesBack()
{
    HealthChanges changes;
    const QString broken = QStringLiteral("Postgrey is not running (port 1).");
    QVERIFY(changes.update(reachable(), now()).isEmpty());
    QCOMPARE(changes.update(reachable({broken}), now()).size(), 1);
    QVERIFY(changes.update(reachable(), now()).isEmpty()); // repaired
    QVERIFY(changes.reported(QStringLiteral("Home")).isEmpty());
    QCOMPARE(changes.update(reachable({broken}), now()).size(), 1); // broken again: news again
}

void TestClientFleetCore::numbersInACheckDoNotMakeItNew()
{
    HealthChanges changes;
    QVERIFY(changes.update(reachable(), now()).isEmpty());
    QCOMPARE(changes.update(reachable({QStringLiteral("The disk has 1.20 GB space remaining.")}), now()).size(), 1);
    QVERIFY(changes.update(reachable({QStringLiteral("The disk has 1.13 GB space remaining.")}), now()).isEmpty());
    // Nor does a lookup that answered differently this time.
    HealthChanges dns;
    QVERIFY(dns.update(reachable({QStringLiteral("It currently resolves to [Not Set].")}), now()).isEmpty());
    QVERIFY(dns.update(reachable({QStringLiteral("It currently resolves to [timeout].")}), now()).isEmpty());
}

void TestClientFleetCore::unreachableKeepsOtherIssues()
{
    HealthChanges changes;
    const QString broken = QStringLiteral("Postgrey is not running (port 1).");
    QVERIFY(changes.update(reachable(), now()).isEmpty());
    QCOMPARE(changes.update(reachable({broken}), now()).size(), 1);
    // Stops answering: that is news, once.
    const QList<HealthIssue> down = changes.update(unreachable(), now());
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.first().kind, HealthIssue::Kind::Unreachable);
    QVERIFY(down.first().text.contains(QLatin1String("Connection refused")));
    QVERIFY(changes.update(unreachable(), now()).isEmpty());
    // Back with the same broken check: nothing new (the check was reported and did not clear while away).
    QVERIFY(changes.update(reachable({broken}), now()).isEmpty());
    // A part the box refused this time (checksKnown false) keeps its issues too.
    BoxHealth partial = reachable();
    partial.checksKnown = false;
    QVERIFY(changes.update(partial, now()).isEmpty());
    QVERIFY(changes.update(reachable({broken}), now()).isEmpty());
}

void TestClientFleetCore::backupOverdue()
{
    HealthChanges changes;
    QVERIFY(changes.update(reachable(), now()).isEmpty());
    BoxHealth h = reachable();
    h.lastBackup = now().addSecs(-25 * 3600); // a nightly backup one hour late is still fine
    QVERIFY(changes.update(h, now()).isEmpty());
    h.lastBackup = now().addSecs(-27 * 3600);
    const QList<HealthIssue> fresh = changes.update(h, now());
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().kind, HealthIssue::Kind::BackupOverdue);
    h.lastBackup = now().addSecs(-50 * 3600); // older still: the same issue
    QVERIFY(changes.update(h, now()).isEmpty());
    // Backups turned off: not "overdue".
    HealthChanges off;
    QVERIFY(off.update(reachable(), now()).isEmpty());
    h.backupOff = true;
    QVERIFY(off.update(h, now()).isEmpty());
}

void TestClientFleetCore::certificateWithinSevenDays()
{
    HealthChanges changes;
    BoxHealth h = reachable();
    h.expiringCertificates = {{QStringLiteral("box.example.com"), 12, false}};
    QVERIFY(changes.update(h, now()).isEmpty()); // within 14 days: shown, not notified
    h.expiringCertificates = {{QStringLiteral("box.example.com"), 9, false}};
    QVERIFY(changes.update(h, now()).isEmpty());
    h.expiringCertificates = {{QStringLiteral("box.example.com"), 7, false}};
    const QList<HealthIssue> fresh = changes.update(h, now());
    QCOMPARE(keys(fresh), QStringList{QStringLiteral("certificate:box.example.com")});
    h.expiringCertificates = {{QStringLiteral("box.example.com"), 6, false}};
    QVERIFY(changes.update(h, now()).isEmpty());
    h.expiringCertificates = {{QStringLiteral("box.example.com"), -1, true}}; // expired: the same certificate
    QVERIFY(changes.update(h, now()).isEmpty());
}

void TestClientFleetCore::muteSuppresses()
{
    HealthChanges changes;
    changes.setMuted(QStringLiteral("Home"), true);
    QVERIFY(changes.isMuted(QStringLiteral("Home")));
    QVERIFY(changes.update(reachable(), now()).isEmpty());
    const QString broken = QStringLiteral("Postgrey is not running (port 1).");
    QVERIFY(changes.update(reachable({broken}), now()).isEmpty());
    QVERIFY(changes.update(unreachable(), now()).isEmpty());
    // Unmuted: what happened while muted is not replayed; what happens next is news.
    changes.setMuted(QStringLiteral("Home"), false);
    QVERIFY(changes.update(unreachable(), now()).isEmpty());
    QVERIFY(changes.update(reachable({broken}), now()).isEmpty());
    QCOMPARE(changes.update(unreachable(), now()).size(), 1);
}

void TestClientFleetCore::notificationTexts()
{
    const QList<HealthIssue> issues{{HealthIssue::Kind::CheckError, QStringLiteral("check:a"), QStringLiteral("A.")},
                                    {HealthIssue::Kind::CheckError, QStringLiteral("check:b"), QStringLiteral("B.")}};
    QVERIFY(HealthChanges::title(QStringLiteral("Home"), issues).startsWith(QLatin1String("Home: 2 problem")));
    QCOMPARE(HealthChanges::body(issues), QStringLiteral("A.\nB."));
    const QList<HealthIssue> down = HealthChanges::issues(unreachable(), now());
    QCOMPARE(HealthChanges::title(QStringLiteral("Home"), down), QStringLiteral("Home stopped answering"));
}

void TestClientFleetCore::cacheKeepsListedRoutesOnly()
{
    QVERIFY(OfflineCache::kindFor("GET", QStringLiteral("/mail/users")) == OfflineCache::Kind::Users);
    QVERIFY(OfflineCache::kindFor("GET", QStringLiteral("/mail/aliases")) == OfflineCache::Kind::Aliases);
    QVERIFY(OfflineCache::kindFor("GET", QStringLiteral("/dns/custom")) == OfflineCache::Kind::CustomDns);
    QVERIFY(OfflineCache::kindFor("POST", QStringLiteral("/system/status")) == OfflineCache::Kind::Status);
    QVERIFY(OfflineCache::kindFor("GET", QStringLiteral("/ssl/status")) == OfflineCache::Kind::Certificates);
    QVERIFY(OfflineCache::kindFor("GET", QStringLiteral("/system/backup/status")) == OfflineCache::Kind::Backups);
    // The backup configuration may hold a storage key in its target: never kept. Nor any change, nor the login.
    QVERIFY(!OfflineCache::kindFor("GET", QStringLiteral("/system/backup/config")));
    QVERIFY(!OfflineCache::kindFor("POST", QStringLiteral("/mail/users/add")));
    QVERIFY(!OfflineCache::kindFor("POST", QStringLiteral("/login")));
    QVERIFY(!OfflineCache::kindFor("POST", QStringLiteral("/mail/users")));
    QVERIFY(!OfflineCache::kindFor("GET", QStringLiteral("/boxkeeper/backup/secret-key")));
    QVERIFY(!OfflineCache::kindFor("PUT", QStringLiteral("/dns/custom")));
}

void TestClientFleetCore::cacheModesAndAtomicWrite()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("modes/offline")));
    const QByteArray users = R"([{"domain":"example.com","users":[{"email":"a@example.com","privileges":[]}]}])";
    const QDateTime fetched = now();
    QVERIFY(cache.store(QStringLiteral("Home"), OfflineCache::Kind::Users, users, fetched));
    const OfflineCache::Entry entry = cache.load(QStringLiteral("Home"), OfflineCache::Kind::Users);
    QVERIFY(entry.isValid());
    QCOMPARE(entry.fetched, fetched);
    QCOMPARE(QJsonDocument::fromJson(entry.answer), QJsonDocument::fromJson(users));
    QCOMPARE(cache.newest(QStringLiteral("Home")), fetched);
    QVERIFY(!cache.load(QStringLiteral("Home"), OfflineCache::Kind::Aliases).isValid());
    QVERIFY(!cache.has(QStringLiteral("Elsewhere")));

    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                         QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& dir : {cache.root(), cache.folder(QStringLiteral("Home"))})
        QCOMPARE(QFileInfo(dir).permissions() & all, owner | QFileDevice::ExeOwner);
    const QStringList files = filesUnder(cache.root());
    QCOMPARE(files.size(), 1); // no temporary file left behind
    QCOMPARE(QFileInfo(files.first()).permissions() & all, owner);
    // Replaced, the file keeps its mode.
    QVERIFY(cache.store(QStringLiteral("Home"), OfflineCache::Kind::Users, users));
    QCOMPARE(QFileInfo(files.first()).permissions() & all, owner);
    // Not JSON (e.g. the text form of the users list): not kept.
    QVERIFY(!cache.store(QStringLiteral("Home"), OfflineCache::Kind::Aliases, "a@example.com\n"));
    cache.remove(QStringLiteral("Home"));
    QVERIFY(!cache.has(QStringLiteral("Home")));
}

void TestClientFleetCore::cacheSizeBounds()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("bounds/offline")));
    cache.setLimits(3000, 5000);
    const auto answer = [](int bytes) {
        QJsonArray a;
        a.append(QString(bytes, QLatin1Char('x')));
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    };
    // Larger than a box may keep: refused.
    QVERIFY(!cache.store(QStringLiteral("A"), OfflineCache::Kind::Users, answer(4000)));
    QVERIFY(!cache.has(QStringLiteral("A")));
    // Per box: the oldest answer goes.
    QVERIFY(cache.store(QStringLiteral("A"), OfflineCache::Kind::Users, answer(1200)));
    QTest::qWait(20); // file times order the answers
    QVERIFY(cache.store(QStringLiteral("A"), OfflineCache::Kind::Aliases, answer(1200)));
    QTest::qWait(20);
    QVERIFY(cache.store(QStringLiteral("A"), OfflineCache::Kind::Status, answer(1200)));
    QVERIFY(cache.size(QStringLiteral("A")) <= 3000);
    QVERIFY(!cache.load(QStringLiteral("A"), OfflineCache::Kind::Users).isValid());
    QVERIFY(cache.load(QStringLiteral("A"), OfflineCache::Kind::Aliases).isValid());
    QVERIFY(cache.load(QStringLiteral("A"), OfflineCache::Kind::Status).isValid());
    // In total: the oldest of any box goes.
    QTest::qWait(20);
    QVERIFY(cache.store(QStringLiteral("B"), OfflineCache::Kind::Users, answer(1200)));
    QTest::qWait(20);
    QVERIFY(cache.store(QStringLiteral("B"), OfflineCache::Kind::Aliases, answer(1200)));
    QVERIFY(cache.totalSize() <= 5000);
    QVERIFY(!cache.load(QStringLiteral("A"), OfflineCache::Kind::Aliases).isValid());
    QVERIFY(cache.load(QStringLiteral("B"), OfflineCache::Kind::Aliases).isValid());
    QVERIFY(cache.load(QStringLiteral("B"), OfflineCache::Kind::Users).isValid());
}

void TestClientFleetCore::cacheHoldsNoSecret()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("secrets/offline")));
    // A box that added members with secrets to an answer: they are not written.
    const QByteArray users = R"([{"domain":"example.com","users":[{"email":"a@example.com","privileges":["admin"],)"
                             R"("password":"hunter2-secret-value","api_key":"K3Y-VALUE","status":"active"}]}])";
    QVERIFY(cache.store(QStringLiteral("Home"), OfflineCache::Kind::Users, users));
    for (const QString& path : filesUnder(cache.root())) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("hunter2-secret-value"), bytes.constData());
        QVERIFY2(!bytes.contains("K3Y-VALUE"), bytes.constData());
        QVERIFY(bytes.contains("a@example.com"));
    }
}

void TestClientFleetCore::safeFolderNames()
{
    const QString a = OfflineCache::safeId(QStringLiteral("../../etc/passwd"));
    QVERIFY2(!a.contains(QLatin1Char('/')) && !a.contains(QLatin1String("..")), qPrintable(a));
    QVERIFY(a.startsWith(QLatin1String("-etc-passwd_")));
    // Names that read the same are still different folders.
    QVERIFY(OfflineCache::safeId(QStringLiteral("My Box")) != OfflineCache::safeId(QStringLiteral("my-box")));
    QCOMPARE(OfflineCache::safeId(QStringLiteral("My Box")), OfflineCache::safeId(QStringLiteral("My Box")));
    const QString accents = OfflineCache::safeId(QStringLiteral("Bürobox ✉"));
    for (const QChar c : accents)
        QVERIFY2(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'), qPrintable(accents));
}

void TestClientFleetCore::muteSetting()
{
    const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        SettingsStore settings(file);
        QCOMPARE(settings.fleetIntervalSeconds(), 300);
        QVERIFY(!settings.isBoxMuted(QStringLiteral("Home")));
        settings.setBoxMuted(QStringLiteral("Home"), true);
        settings.setBoxMuted(QStringLiteral("Office"), true);
        settings.setBoxMuted(QStringLiteral("Office"), false);
        settings.sync();
    }
    SettingsStore again(file);
    QVERIFY(again.isBoxMuted(QStringLiteral("Home")));
    QVERIFY(!again.isBoxMuted(QStringLiteral("Office")));
}

QTEST_GUILESS_MAIN(TestClientFleetCore)
#include "tst_client_fleetcore.moc"
