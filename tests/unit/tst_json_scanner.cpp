// JsonScanner, the forward JSON reader under the readers of big answers (the DNS dump over UTF-16 text, the metrics
// over UTF-8 bytes): both forms read every string and number as QJsonDocument does, and refuse what is not strict
// JSON.
#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
// Reads `json` (an array of strings and numbers) with the scanner over the text or over its UTF-8 bytes, as
// QJsonDocument would give it; an invalid value (null QVariant) on the first refusal.
template <typename Char>
QVariantList scan(const Char* begin, const Char* end)
{
    JsonScanner<Char> s(begin, end);
    QVariantList values;
    if (!s.take('['))
        return {QVariant()};
    if (s.take(']'))
        return s.atEnd() ? values : QVariantList{QVariant()};
    do {
        QString text;
        double number = 0;
        if (s.string(&text))
            values.append(text);
        else if (s.number(&number))
            values.append(number);
        else
            return {QVariant()};
    } while (s.take(','));
    if (!s.take(']') || !s.atEnd())
        return {QVariant()};
    return values;
}

QVariantList scanText(const QString& json)
{
    return scan(json.constData(), json.constData() + json.size());
}

QVariantList scanBytes(const QByteArray& json)
{
    return scan(json.constData(), json.constData() + json.size());
}
} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("empty") << QStringLiteral("[]");
        QTest::newRow("plain") << QStringLiteral(" [ \"example.com\" , \"TXT\" ]\n");
        QTest::newRow("escapes") << QStringLiteral("[\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"]");
        QTest::newRow("unicode escapes") << QStringLiteral("[\"caf\\u00e9\", \"\\u00E9t\\u00e9\", \"x\\u0000y\"]");
        QTest::newRow("surrogate pair") << QStringLiteral("[\"\\ud83d\\udce7 mail\"]");
        QTest::newRow("UTF-8 as is") << QStringLiteral("[\"bücher.example\", \"日本\", \"📧\"]");
        QTest::newRow("escape after text") << QStringLiteral("[\"v=DKIM1; p=\\\"MII\\\" and more\", \"end\"]");
        QTest::newRow("numbers") << QStringLiteral("[0, -1, 1733570000, 0.25, 1e3, -2.5E-2, 1.7976931348623157e308]");
        QTest::newRow("mixed") << QStringLiteral("[\"a\", 1, \"b\\n\", 2.5]");
    }
    void readsAsQJsonDocument()
    {
        QFETCH(QString, json);
        const QVariantList expected = QJsonDocument::fromJson(json.toUtf8()).array().toVariantList();
        QCOMPARE(scanText(json), expected);
        QCOMPARE(scanBytes(json.toUtf8()), expected);
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("unterminated") << QStringLiteral("[\"abc");
        QTest::newRow("raw control character") << QStringLiteral("[\"a\tb\"]");
        QTest::newRow("raw newline") << QStringLiteral("[\"a\nb\"]");
        QTest::newRow("unknown escape") << QStringLiteral("[\"\\x41\"]");
        QTest::newRow("short unicode escape") << QStringLiteral("[\"\\u00e\"]");
        QTest::newRow("bad hex") << QStringLiteral("[\"\\u00g9\"]");
        QTest::newRow("trailing escape") << QStringLiteral("[\"\\");
        QTest::newRow("not a number") << QStringLiteral("[abc]");
        QTest::newRow("missing bracket") << QStringLiteral("[\"a\"");
        QTest::newRow("trailing text") << QStringLiteral("[\"a\"] x");
    }
    void refusesWhatIsNotJson()
    {
        // (QJsonDocument itself lets raw control characters and unknown escapes pass: the readers fall back to it.)
        QFETCH(QString, json);
        QCOMPARE(scanText(json), QVariantList{QVariant()});
        QCOMPARE(scanBytes(json.toUtf8()), QVariantList{QVariant()});
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_json_scanner.moc"
