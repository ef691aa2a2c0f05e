#include "http/HttpResponse.h"
#include "http/PyJson.h"

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
};

QTEST_GUILESS_MAIN(TestPyJson)
#include "tst_agentcore_pyjson.moc"
