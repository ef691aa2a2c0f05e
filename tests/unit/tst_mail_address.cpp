#include "mail/EmailAddress.h"
#include "mail/Idna.h"

#include <QTest>

using Mode = EmailAddress::Mode;
Q_DECLARE_METATYPE(EmailAddress::Mode)

class TestMailAddress : public QObject
{
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void lengthLimits();
    void dcv_data();
    void dcv();
    void plusTag();
    void toIdna_data();
    void toIdna();
    void toUnicode_data();
    void toUnicode();
    void domainOf();
    void idna();
};

void TestMailAddress::validity_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<EmailAddress::Mode>("mode");
    QTest::addColumn<bool>("valid");

    const auto row = [](const char* name, const QString& email, Mode mode, bool valid) {
        QTest::newRow(name) << email << mode << valid;
    };
    // general syntax (domain.md §3.1)
    row("plain", "user@example.com", Mode::Default, true);
    row("dots", "first.last@example.com", Mode::Default, true);
    row("plus tag", "first.last+tag@example.com", Mode::Default, true);
    row("atext", "x!#$%&'*+-/=?^_`{|}~@example.com", Mode::Default, true);
    row("upper case", "USER@EXAMPLE.COM", Mode::Default, true);
    row("subdomain", "user@sub.example.co.uk", Mode::Default, true);
    row("unicode domain", QStringLiteral("user@bücher.de"), Mode::Default, true);
    row("unicode upper domain", QStringLiteral("user@BÜCHER.de"), Mode::Default, true);
    row("a-label domain", "user@xn--bcher-kva.de", Mode::Default, true);
    row("ideographic dot", QStringLiteral("user@bücher\u3002de"), Mode::Default, true);
    row("digits in labels", "user@1example2.com", Mode::Default, true);
    row("empty", "", Mode::Default, false);
    row("no at", "user", Mode::Default, false);
    row("no domain", "user@", Mode::Default, false);
    row("empty local default", "@example.com", Mode::Default, false);
    row("two ats", "a@b@example.com", Mode::Default, false);
    row("double at", "user@@example.com", Mode::Default, false);
    row("no dot in domain", "user@example", Mode::Default, false);
    row("localhost", "user@localhost", Mode::Default, false);
    row("special test", "user@example.test", Mode::Default, false);
    row("special test itself", "user@test", Mode::Default, false);
    row("special local", "user@foo.local", Mode::Default, false);
    row("special onion", "user@x.onion", Mode::Default, false);
    row("special invalid", "user@x.invalid", Mode::Default, false);
    row("special arpa", "user@4.3.2.1.in-addr.arpa", Mode::Default, false);
    row("special localhost sub", "user@a.localhost", Mode::Default, false);
    row("numeric tld", "user@1.2.3.4", Mode::Default, false);
    row("ip literal", "user@[1.2.3.4]", Mode::Default, false);
    row("quoted local", "\"john doe\"@example.com", Mode::Default, false);
    row("display name", "John <user@example.com>", Mode::Default, false);
    row("leading dot", ".user@example.com", Mode::Default, false);
    row("trailing dot", "user.@example.com", Mode::Default, false);
    row("double dot", "us..er@example.com", Mode::Default, false);
    row("label leading hyphen", "user@-example.com", Mode::Default, false);
    row("label trailing hyphen", "user@example-.com", Mode::Default, false);
    row("underscore domain", "user@ex_ample.com", Mode::Default, false);
    row("empty label", "user@example..com", Mode::Default, false);
    row("domain leading dot", "user@.example.com", Mode::Default, false);
    row("domain trailing dot", "user@example.com.", Mode::Default, false);
    row("non-ascii local", QStringLiteral("üser@example.com"), Mode::Default, false);
    row("r-ldh label", "user@ab--cd.com", Mode::Default, false);
    row("bad punycode", "user@xn--zz.com", Mode::Default, false);
    row("leading space", " user@example.com", Mode::Default, false);
    row("trailing space", "user@example.com ", Mode::Default, false);
    row("space in domain", "user@exa mple.com", Mode::Default, false);
    row("emoji domain", QStringLiteral("user@\U0001F600.com"), Mode::Default, false);
    row("comma", "a,b@example.com", Mode::Default, false);
    // alias mode
    row("alias catch-all", "@example.com", Mode::Alias, true);
    row("alias catch-all unicode", QStringLiteral("@bücher.de"), Mode::Alias, true);
    row("alias full", "info@example.com", Mode::Alias, true);
    row("alias only at", "@", Mode::Alias, false);
    row("alias special", "@localhost", Mode::Alias, false);
    // account mode (domain.md §3.2)
    row("user plain", "user@example.com", Mode::User, true);
    row("user allowed chars", "a_b-c.d9@example.com", Mode::User, true);
    row("user a-label", "user@xn--bcher-kva.de", Mode::User, true);
    row("user upper", "User@example.com", Mode::User, false);
    row("user upper domain", "user@Example.com", Mode::User, false);
    row("user plus", "user+tag@example.com", Mode::User, false);
    row("user unicode domain", QStringLiteral("user@bücher.de"), Mode::User, false);
    row("user catch-all", "@example.com", Mode::User, false);
    row("user apostrophe", "o'neil@example.com", Mode::User, false);
}

void TestMailAddress::validity()
{
    QFETCH(QString, email);
    QFETCH(EmailAddress::Mode, mode);
    QFETCH(bool, valid);
    QCOMPARE(EmailAddress::isValid(email, mode), valid);
}

void TestMailAddress::lengthLimits()
{
    const QString local64(64, QLatin1Char('a'));
    QVERIFY(EmailAddress::isValid(local64 + "@example.com"));
    QVERIFY(!EmailAddress::isValid(local64 + "a@example.com"));
    const QString label63(63, QLatin1Char('b'));
    QVERIFY(EmailAddress::isValid("u@" + label63 + ".com"));
    QVERIFY(!EmailAddress::isValid("u@" + label63 + "b.com"));
    // 254 octets in all is the limit: local 64 + "@" + domain 189 = 254
    const QString domain189 = QString(63, 'c') + "." + QString(63, 'd') + "." + QString(57, 'e') + ".com";
    QCOMPARE(domain189.size(), 189);
    QVERIFY(EmailAddress::isValid(local64 + "@" + domain189));
    const QString domain190 = QString(63, 'c') + "." + QString(63, 'd') + "." + QString(58, 'e') + ".com";
    QVERIFY(!EmailAddress::isValid(local64 + "@" + domain190));
    QVERIFY(EmailAddress::isValid("a@" + domain190));
}

void TestMailAddress::dcv_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("dcv");
    for (const char* l : {"admin", "administrator", "postmaster", "hostmaster", "webmaster", "abuse"}) {
        QTest::newRow(l) << QString::fromLatin1(l) + "@example.com" << true;
        QTest::newRow(QByteArray(l) + "+tag") << QString::fromLatin1(l) + "+x@example.com" << true;
    }
    QTest::newRow("upper") << "Admin@example.com" << true;
    QTest::newRow("admins") << "admins@example.com" << false;
    QTest::newRow("xadmin") << "xadmin@example.com" << false;
    QTest::newRow("domain admin") << "me@admin.com" << false;
    QTest::newRow("admin dot") << "admin.x@example.com" << false;
}

void TestMailAddress::dcv()
{
    QFETCH(QString, email);
    QFETCH(bool, dcv);
    QCOMPARE(EmailAddress::isDcvAddress(email), dcv);
}

void TestMailAddress::plusTag()
{
    QCOMPARE(EmailAddress::withoutPlusTag("me+x@example.com"), QStringLiteral("me@example.com"));
    QCOMPARE(EmailAddress::withoutPlusTag("me@example.com"), QStringLiteral("me@example.com"));
    QCOMPARE(EmailAddress::withoutPlusTag("a+b+c@example.com"), QStringLiteral("a@example.com"));
    QCOMPARE(EmailAddress::withoutPlusTag("me@ex+ample.com"), QStringLiteral("me@ex+ample.com"));
}

void TestMailAddress::toIdna_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("unicode") << QStringLiteral("info@bücher.de") << "info@xn--bcher-kva.de";
    QTest::newRow("catch-all") << QStringLiteral("@bücher.de") << "@xn--bcher-kva.de";
    QTest::newRow("ascii keeps case") << "Info@Example.COM"
                                      << "Info@Example.COM";
    QTest::newRow("unicode upper fails") << QStringLiteral("info@BÜCHER.de") << QStringLiteral("info@BÜCHER.de");
    QTest::newRow("two ats") << QStringLiteral("a@b@bücher.de") << QStringLiteral("a@b@bücher.de");
    QTest::newRow("ideographic dot") << QStringLiteral("info@bücher\u3002de") << "info@xn--bcher-kva.de";
    QTest::newRow("sharp s") << QStringLiteral("x@straße.de") << "x@xn--strae-oqa.de";
    QTest::newRow("underscore unchanged") << "x@a_b.com"
                                          << "x@a_b.com";
    QTest::newRow("trailing space unchanged") << "x@example.com "
                                              << "x@example.com ";
}

void TestMailAddress::toIdna()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(EmailAddress::toIdna(in), out);
}

void TestMailAddress::toUnicode_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("a-label") << "info@xn--bcher-kva.de" << QStringLiteral("info@bücher.de");
    QTest::newRow("catch-all") << "@xn--bcher-kva.de" << QStringLiteral("@bücher.de");
    QTest::newRow("ascii lower-cased") << "Bob@Example.COM"
                                       << "Bob@example.com";
    QTest::newRow("unicode stays") << QStringLiteral("x@bücher.de") << QStringLiteral("x@bücher.de");
    QTest::newRow("bad punycode") << "x@xn--zz.com"
                                  << "x@xn--zz.com";
    QTest::newRow("emoji a-label stays") << "x@xn--ls8h.com"
                                         << "x@xn--ls8h.com";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMailAddress::toUnicode()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(EmailAddress::toUnicode(in), out);
}

void TestMailAddress::domainOf()
{
    QCOMPARE(EmailAddress::domainOf("a@xn--bcher-kva.de", false), QStringLiteral("xn--bcher-kva.de"));
    QCOMPARE(EmailAddress::domainOf("a@xn--bcher-kva.de", true), QStringLiteral("bücher.de"));
    QCOMPARE(EmailAddress::domainOf("@example.com", true), QStringLiteral("example.com"));
    QCOMPARE(EmailAddress::domainOf("a@b@c.com", false), QStringLiteral("b@c.com"));
}

void TestMailAddress::idna()
{
    QCOMPARE(Idna::encode(QStringLiteral("straße.de")).value_or("-"), QStringLiteral("xn--strae-oqa.de"));
    QCOMPARE(Idna::decode(QStringLiteral("xn--strae-oqa.de")).value_or("-"), QStringLiteral("straße.de"));
    QCOMPARE(Idna::encode(QStringLiteral("example.com.")).value_or("-"), QStringLiteral("example.com."));
    QVERIFY(!Idna::encode(QString()));
    QVERIFY(!Idna::encode(QStringLiteral("a..b")));
    QVERIFY(!Idna::encode(QStringLiteral("ab--c.com")));
    QVERIFY(!Idna::encode(QStringLiteral("-a.com")));
    QVERIFY(!Idna::encode(QString(64, 'a') + ".com"));
    QVERIFY(!Idna::decode(QStringLiteral("bücher.de")));
    QVERIFY(!Idna::decode(QStringLiteral("xn--.com")));
    QVERIFY(!Idna::decode(QStringLiteral("xn--a-.com")));
    QVERIFY(Idna::isValidLabel(QStringLiteral("bücher")));
    QVERIFY(!Idna::isValidLabel(QStringLiteral("Bücher")));
    QVERIFY(!Idna::isValidLabel(QStringLiteral("\u0301a"))); // leading combining mark
    QVERIFY(Idna::isValidLabel(QStringLiteral("ς")));
    QCOMPARE(Idna::uts46Remap(QStringLiteral("BÜCHER.De")).value_or("-"), QStringLiteral("bücher.de"));
    // Cross-checked with the Python package: CONTEXTO rules, bidi rule, special code points.
    QCOMPARE(Idna::encode(QStringLiteral("l·l.cat")).value_or("-"), QStringLiteral("xn--ll-0ea.cat"));
    QVERIFY(!Idna::encode(QStringLiteral("a·l.cat")));
    QVERIFY(Idna::encode(QStringLiteral("ア・.jp")));
    QVERIFY(!Idna::encode(QStringLiteral("a・b.jp")));
    QVERIFY(Idna::encode(QStringLiteral("ب١٢.com")));
    QVERIFY(!Idna::encode(QStringLiteral("١٢.com"))); // an RTL label cannot start with a digit
    QVERIFY(!Idna::encode(QStringLiteral("ب١۲.com")));
    QVERIFY(!Idna::encode(QStringLiteral("7ث.com"))); // RTL label must start with R/AL
    QVERIFY(Idna::encode(QStringLiteral("ثa7.com")) == std::nullopt); // L inside an RTL label
    QVERIFY(!Idna::encode(QStringLiteral("ـ.com"))); // tatweel
    QVERIFY(!Idna::encode(QStringLiteral("ᆡ.com"))); // conjoining jamo
    QVERIFY(Idna::encode(QStringLiteral("Ꭷ.com"))); // Cherokee capital stays PVALID
    QVERIFY(!Idna::encode(QStringLiteral("ᏹ.com"))); // Cherokee small letter folds
    QVERIFY(!Idna::encode(QStringLiteral("7ᾖ.com"))); // full case folding expands
    QVERIFY(!Idna::encode(QStringLiteral("a\u200Db.com"))); // ZWJ: refused (documented difference)
}

QTEST_GUILESS_MAIN(TestMailAddress)
#include "tst_mail_address.moc"
