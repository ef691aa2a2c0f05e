#include "mail/MailKick.h"
#include "mail/PyJsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "http/PyJson.h"

// The kick's pure computations (domain.md §5.4) and the streaming JSON writer against PyJson.
class TestMailKick : public QObject
{
    Q_OBJECT

private slots:
    void requiredAliases();
    void autoAliases();
    void unneededAliases();
    void writerMatchesPyJson();
};

void TestMailKick::requiredAliases()
{
    const QSet<QString> required = MailKick::requiredAliases("box.example.com", {"example.com", "xn--bcher-kva.de"});
    const QSet<QString> expected{"administrator@box.example.com",
                                 "hostmaster@box.example.com",
                                 "postmaster@example.com",
                                 "admin@example.com",
                                 "abuse@example.com",
                                 "postmaster@xn--bcher-kva.de",
                                 "admin@xn--bcher-kva.de",
                                 "abuse@xn--bcher-kva.de"};
    QCOMPARE(required, expected);
    QCOMPARE(MailKick::requiredAliases("box.example.com", {}),
             (QSet<QString>{"administrator@box.example.com", "hostmaster@box.example.com"}));
}

void TestMailKick::autoAliases()
{
    const QSet<QString> required = MailKick::requiredAliases("box.example.com", {"example.com"});
    const QMap<QString, QString> a =
        MailKick::autoAliases("box.example.com", required, {"example.com", "xn--bcher-kva.de", "xn--zz.org"});
    QMap<QString, QString> expected;
    const QString admin = "administrator@box.example.com";
    expected.insert("hostmaster@box.example.com", admin);
    expected.insert("postmaster@example.com", admin);
    expected.insert("admin@example.com", admin);
    expected.insert("abuse@example.com", admin);
    expected.insert(QStringLiteral("@bücher.de"), "@xn--bcher-kva.de"); // undecodable xn--zz.org gets no map
    QCOMPARE(a, expected);
}

void TestMailKick::unneededAliases()
{
    const QString admin = "administrator@box.example.com";
    const QSet<QString> real{"example.com"};
    QVERIFY(MailKick::isUnneededAlias("postmaster@other.org", admin, real, "box.example.com"));
    QVERIFY(MailKick::isUnneededAlias("abuse@other.org", admin, real, "box.example.com"));
    QVERIFY(MailKick::isUnneededAlias("admin@other.org", admin, real, "box.example.com"));
    QVERIFY(!MailKick::isUnneededAlias("postmaster@example.com", admin, real, "box.example.com")); // required
    QVERIFY(!MailKick::isUnneededAlias("postmaster@other.org", "me@example.com", real, "box.example.com"));
    QVERIFY(!MailKick::isUnneededAlias("webmaster@other.org", admin, real, "box.example.com"));
    QVERIFY(!MailKick::isUnneededAlias("admin+x@other.org", admin, real, "box.example.com"));
    QVERIFY(!MailKick::isUnneededAlias("Admin@other.org", admin, real, "box.example.com")); // exact local part
}

void TestMailKick::writerMatchesPyJson()
{
    QJsonArray arr;
    QJsonObject o;
    o.insert("a", QStringLiteral("x\"\\\n\t\u00e9\U0001F600\x7f"));
    o.insert("b", QJsonArray());
    o.insert("c", QJsonObject());
    o.insert("d", 1073741824.0);
    o.insert("e", true);
    o.insert("f", QJsonValue::Null);
    o.insert("g", QJsonArray{"one", "two"});
    arr.append(o);
    arr.append(QJsonArray());

    PyJsonWriter w;
    w.beginArray();
    w.beginObject();
    w.key("a");
    w.value(QStringLiteral("x\"\\\n\t\u00e9\U0001F600\x7f"));
    w.key("b");
    w.beginArray();
    w.endArray();
    w.key("c");
    w.beginObject();
    w.endObject();
    w.key("d");
    w.value(qint64(1073741824));
    w.key("e");
    w.value(true);
    w.key("f");
    w.null();
    w.key("g");
    w.stringArray({"one", "two"});
    w.endObject();
    w.beginArray();
    w.endArray();
    w.endArray();
    QCOMPARE(w.take(), PyJson::indented(arr));

    PyJsonWriter empty;
    empty.beginArray();
    empty.endArray();
    QCOMPARE(empty.take(), QByteArray("[]"));
}

QTEST_GUILESS_MAIN(TestMailKick)
#include "tst_mail_kick.moc"
