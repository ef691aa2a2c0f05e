#include "box/DomainOrder.h"

#include <QTest>

class TestMailSort : public QObject
{
    Q_OBJECT

private slots:
    void domains();
    void domainsPrimaryOutsideList();
    void domainsTieByReversedLabels();
    void emailAddresses();
    void codePoints();
};

void TestMailSort::domains()
{
    const QStringList in{"b.com",         "a.com",      "box.example.com",   "example.com",
                         "a.example.com", "mail.b.com", "z.box.example.com", "b.com"};
    const QStringList expected{"box.example.com", "z.box.example.com", "example.com", "a.example.com", "a.com",
                               "b.com",           "mail.b.com"};
    QCOMPARE(DomainOrder::sorted(in, "box.example.com"), expected);
}

void TestMailSort::domainsPrimaryOutsideList()
{
    // The group containing P comes first even when P itself is not listed.
    const QStringList in{"aaa.org", "example.com", "www.example.com"};
    QCOMPARE(DomainOrder::sorted(in, "box.example.com"), (QStringList{"example.com", "www.example.com", "aaa.org"}));
    QCOMPARE(DomainOrder::sorted(in, "box.other.net"), (QStringList{"aaa.org", "example.com", "www.example.com"}));
}

void TestMailSort::domainsTieByReversedLabels()
{
    const QStringList in{"b.example.com", "a.b.example.com", "example.com", "a.example.com", "z.a.example.com"};
    QCOMPARE(DomainOrder::sorted(in, "box.other.net"),
             (QStringList{"example.com", "a.example.com", "z.a.example.com", "b.example.com", "a.b.example.com"}));
}

void TestMailSort::emailAddresses()
{
    const QStringList in{"b@b.com", "a@b.com", "x@box.example.com", "noat", "a@example.com", "a@b.com",
                         "@b.com",  "another"};
    const QStringList expected{"x@box.example.com", "a@example.com", "@b.com", "a@b.com", "b@b.com", "another", "noat"};
    QCOMPARE(DomainOrder::sortEmailAddresses(in, "box.example.com"), expected);
}

void TestMailSort::codePoints()
{
    QVERIFY(DomainOrder::codePointLess(QStringLiteral("\uFFFF"), QStringLiteral("\U00010000")));
    QVERIFY(!DomainOrder::codePointLess(QStringLiteral("\U00010000"), QStringLiteral("\uFFFF")));
    QVERIFY(DomainOrder::codePointLess(QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(DomainOrder::codePointLess(QStringLiteral("B"), QStringLiteral("a")));
    QVERIFY(DomainOrder::codePointLess(QStringLiteral("ab"), QStringLiteral("abc")));
}

QTEST_GUILESS_MAIN(TestMailSort)
#include "tst_mail_sort.moc"
