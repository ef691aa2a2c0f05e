// CredentialStore over QtKeychain with a real Secret Service (see keychain.cmake for the D-Bus session), and
// without any: store, read, overwrite, delete; "not found" asks; "no backend" is said once.
#include "CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestSystemKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storeReadOverwriteDelete();
    void notFound();
    void noBackend();

private:
    static QString uniqueKey(const QString& purpose)
    {
        return CredentialStore::keyFor(
            QUrl(QStringLiteral("https://box.example.com/admin")),
            QStringLiteral("me+%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128)), purpose);
    }
};

void TestSystemKeychain::storeReadOverwriteDelete()
{
    CredentialStore store(QStringLiteral("BoxkeeperTest"), nullptr);
    QSignalSpy written(&store, &CredentialStore::secretWritten);
    QSignalSpy read(&store, &CredentialStore::secretRead);
    QSignalSpy removed(&store, &CredentialStore::secretRemoved);
    QSignalSpy failed(&store, &CredentialStore::failed);
    const QString key = uniqueKey(QStringLiteral("password"));
    QVERIFY(key.startsWith(QLatin1String("https://box.example.com/admin/me+")));
    QVERIFY(key.endsWith(QLatin1String("/password")));

    const QString first = QStringLiteral("first sécret ✓");
    store.write(key, first);
    QTRY_VERIFY_WITH_TIMEOUT(written.count() + failed.count() > 0, 20000);
    if (!failed.isEmpty()) {
        QFAIL(qPrintable(failed.first().at(2).toString()));
    }
    store.read(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
    QCOMPARE(read.first().at(0).toString(), key);
    QCOMPARE(read.first().at(1).toString(), first);

    store.write(key, QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 20000);
    store.read(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 20000);
    QCOMPARE(read.at(1).at(1).toString(), QStringLiteral("second"));

    store.remove(key);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
    store.read(key);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.first().at(1).value<CredentialStore::Failure>(), CredentialStore::Failure::NotFound);
    QVERIFY(!store.isBackendMissing());
}

void TestSystemKeychain::notFound()
{
    CredentialStore store(QStringLiteral("BoxkeeperTest"), nullptr);
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy unavailable(&store, &CredentialStore::backendUnavailable);
    store.read(uniqueKey(QStringLiteral("password")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.first().at(1).value<CredentialStore::Failure>(), CredentialStore::Failure::NotFound);
    QCOMPARE(unavailable.count(), 0);
}

void TestSystemKeychain::noBackend()
{
    CredentialStore store(QStringLiteral("BoxkeeperTest"), nullptr);
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy unavailable(&store, &CredentialStore::backendUnavailable);
    const QString key = uniqueKey(QStringLiteral("password"));
    store.write(key, QStringLiteral("never stored"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    qInfo() << "keychain said:" << failed.first().at(2).toString();
    QCOMPARE(failed.first().at(1).value<CredentialStore::Failure>(), CredentialStore::Failure::NoBackend);
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(store.isBackendMissing());
    QVERIFY(unavailable.first().first().toString().contains(QLatin1String("asked each time")));
    // Said once only.
    store.read(key);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
    QCOMPARE(unavailable.count(), 1);
}

QTEST_GUILESS_MAIN(TestSystemKeychain)
#include "tst_system_keychain.moc"
