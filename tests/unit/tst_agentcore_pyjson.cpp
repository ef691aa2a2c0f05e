#include "http/HttpResponse.h"
#include "http/PyJson.h"
#include "mail/PyJsonWriter.h"

#include <limits>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestPyJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalars()
    {
        QCOMPARE(PyJson::indented(QJsonValue()), QByteArray("null"));
        QCOMPARE(PyJson::indented(true), QByteArray("true"));
        QCOMPARE(PyJson::indented(false), QByteArray("false"));
        QCOMPARE(PyJson::indented(42), QByteArray("42"));
        QCOMPARE(PyJson::indented(-7.0), QByteArray("-7"));
        QCOMPARE(PyJson::indented(1.5), QByteArray("1.5"));
        QCOMPARE(PyJson::indented(QStringLiteral("OK")), QByteArray("\"OK\""));
    }

    void nested()
    {
        const QJsonObject o{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("b"), QJsonArray{1, QStringLiteral("x"), QJsonObject{{QStringLiteral("k"), QJsonValue()}}}},
            {QStringLiteral("a"), QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("y"), QJsonArray{}}}}};
        QCOMPARE(PyJson::indented(o), QByteArray("{\n"
                                                 "  \"a\": {\n"
                                                 "    \"y\": [],\n"
                                                 "    \"z\": 1\n"
                                                 "  },\n"
                                                 "  \"b\": [\n"
                                                 "    1,\n"
                                                 "    \"x\",\n"
                                                 "    {\n"
                                                 "      \"k\": null\n"
                                                 "    }\n"
                                                 "  ],\n"
                                                 "  \"status\": \"ok\"\n"
                                                 "}"));
        QCOMPARE(PyJson::compact(o),
                 QByteArray("{\"a\": {\"y\": [], \"z\": 1}, \"b\": [1, \"x\", {\"k\": null}], \"status\": \"ok\"}"));
    }

    void emptyContainers()
    {
        QCOMPARE(PyJson::indented(QJsonArray{}), QByteArray("[]"));
        QCOMPARE(PyJson::indented(QJsonObject{}), QByteArray("{}"));
        QCOMPARE(PyJson::indented(QJsonObject{{QStringLiteral("e"), QJsonObject{}}}), QByteArray("{\n  \"e\": {}\n}"));
        QCOMPARE(PyJson::compact(QJsonArray{QJsonArray{}, QJsonObject{}}), QByteArray("[[], {}]"));
    }

    void escaping()
    {
        QCOMPARE(PyJson::quote(QStringLiteral("a\"b\\c\n\r\t\b\f")), QByteArray("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\""));
        QCOMPARE(PyJson::quote(QString(QChar(0x01))), QByteArray("\"\\u0001\""));
        QCOMPARE(PyJson::quote(QStringLiteral("/")), QByteArray("\"/\""));
        QCOMPARE(PyJson::quote(QString(QChar(0x7f))), QByteArray("\"\\u007f\""));
        QCOMPARE(PyJson::quote(QStringLiteral("münchen")), QByteArray("\"m\\u00fcnchen\""));
        QCOMPARE(PyJson::quote(QStringLiteral("€")), QByteArray("\"\\u20ac\""));
        // Above the BMP: a surrogate pair, lower-case hex, as Python writes it.
        QCOMPARE(PyJson::quote(QStringLiteral("😀")), QByteArray("\"\\ud83d\\ude00\""));
        QCOMPARE(PyJson::quote(QStringLiteral("bücher.example")), QByteArray("\"b\\u00fccher.example\""));
    }

    void responseForm()
    {
        const HttpResponse r = HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        QCOMPARE(r.body, QByteArray("{\n  \"status\": \"ok\"\n}\n"));
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.status, 200);
        const HttpResponse t = HttpResponse::text(QStringLiteral("Invalid token."), 400);
        QCOMPARE(t.body, QByteArray("Invalid token."));
        QCOMPARE(t.contentType, QByteArray("text/html; charset=utf-8"));
    }

    void floats_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("python"); // json.dumps(value), i.e. repr(value), from Python 3.11
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("1e-05") << 1e-05 << QByteArray("1e-05");
        QTest::newRow("1e+16") << 1e16 << QByteArray("1e+16");
        QTest::newRow("1.5") << 1.5 << QByteArray("1.5");
        QTest::newRow("-2.5") << -2.5 << QByteArray("-2.5");
        QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001");
        QTest::newRow("123.456") << 123.456 << QByteArray("123.456");
        QTest::newRow("1e+22") << 1e22 << QByteArray("1e+22");
        QTest::newRow("2.5e-07") << 2.5e-7 << QByteArray("2.5e-07");
        QTest::newRow("1/3") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("1234567890123456.8") << 1234567890123456.7 << QByteArray("1234567890123456.8");
        QTest::newRow("1e+100") << 1e100 << QByteArray("1e+100");
        QTest::newRow("-1e-300") << -1e-300 << QByteArray("-1e-300");
        QTest::newRow("5e-324") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992.0");
        QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    }

    void floats()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, python);
        QCOMPARE(PyJson::floatRepr(value), python);
        QCOMPARE(PyJson::compact(QJsonArray{value}), "[" + python + "]");
    }

    void nonFinite()
    {
        QCOMPARE(PyJson::floatRepr(std::numeric_limits<double>::quiet_NaN()), QByteArray("NaN"));
        QCOMPARE(PyJson::floatRepr(std::numeric_limits<double>::infinity()), QByteArray("Infinity"));
        QCOMPARE(PyJson::floatRepr(-std::numeric_limits<double>::infinity()), QByteArray("-Infinity"));
    }

    void oneEscaper()
    {
        // The streaming writer and the tree writer quote alike (json.dumps('a"\\\n\x01\u00e9\U0001f600')).
        const QString s = QStringLiteral("a\"\\\n\x01\u00e9") + QString::fromUcs4(U"\U0001F600");
        const QByteArray python = "\"a\\\"\\\\\\n\\u0001\\u00e9\\ud83d\\ude00\"";
        QCOMPARE(PyJson::quote(s), python);
        PyJsonWriter writer;
        writer.value(s);
        QCOMPARE(writer.take(), python);
    }

    void errorTextsElideEchoedInput()
    {
        const QString huge(900 * 1024, QLatin1Char('x'));
        const HttpResponse r = HttpResponse::text(QStringLiteral("Invalid email address (%1).").arg(huge), 400);
        const QString body = QString::fromUtf8(r.body);
        QCOMPARE(body.size(), QStringLiteral("Invalid email address ").size() + 159); // 79 + "…" + 79
        QVERIFY(body.startsWith(QStringLiteral("Invalid email address (xxx")));
        QVERIFY(body.endsWith(QStringLiteral("xxx).")));
        QVERIFY(body.contains(QStringLiteral("x\u2026x")));
        // Many short words: the whole text is capped.
        const QString words = QStringLiteral("a ").repeated(100000);
        QCOMPARE(HttpResponse::text(words, 400).body.size(), qsizetype(1023 + 2)); // "…" is 3 bytes in UTF-8
        // Short texts and successful answers are untouched.
        QCOMPARE(HttpResponse::text(QStringLiteral("That's not a user (me@example.com)."), 400).body,
                 QByteArray("That's not a user (me@example.com)."));
        QCOMPARE(HttpResponse::text(huge).body.size(), huge.size());
    }
};

QTEST_GUILESS_MAIN(TestPyJson)
#include "tst_agentcore_pyjson.moc"
