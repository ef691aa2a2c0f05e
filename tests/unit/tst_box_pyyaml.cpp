#include "box/PyYaml.h"

#include <QJsonObject>
#include <QTest>

// The YAML files upstream writes with PyYAML: our reading of plain scalars must be PyYAML's (a `target: off`
// is the boolean false, `y` stays a string), and what we write must read back in PyYAML as it was. The expected
// values are what PyYAML 6 gives for the same text (safe_load / dump).
class TestPyYaml : public QObject
{
    Q_OBJECT

    static QJsonValue read(const QByteArray& scalar)
    {
        const std::optional<YAML::Node> root = PyYaml::load("k: " + scalar + "\n", QStringLiteral("t.yaml"), nullptr);
        return root ? PyYaml::toJson(*root).toObject().value(QStringLiteral("k")) : QJsonValue(QJsonValue::Undefined);
    }

    static QByteArray written(const QJsonValue& value)
    {
        YAML::Emitter out;
        out << YAML::BeginMap << YAML::Key << "k" << YAML::Value;
        PyYaml::write(out, value);
        out << YAML::EndMap;
        return QByteArray(out.c_str());
    }

private slots:
    void readsPlainScalarsAsPyYamlDoes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("off") << QByteArray("off") << QJsonValue(false);
        QTest::newRow("Yes") << QByteArray("Yes") << QJsonValue(true);
        QTest::newRow("y is text") << QByteArray("y") << QJsonValue(QStringLiteral("y"));
        QTest::newRow("tilde") << QByteArray("~") << QJsonValue();
        QTest::newRow("empty") << QByteArray("") << QJsonValue();
        QTest::newRow("int") << QByteArray("12") << QJsonValue(12);
        QTest::newRow("underscores") << QByteArray("1_000") << QJsonValue(1000);
        QTest::newRow("hex") << QByteArray("0x1f") << QJsonValue(31);
        QTest::newRow("octal") << QByteArray("017") << QJsonValue(15);
        QTest::newRow("binary") << QByteArray("-0b101") << QJsonValue(-5);
        QTest::newRow("float") << QByteArray("1.5") << QJsonValue(1.5);
        QTest::newRow("quoted number") << QByteArray("'3'") << QJsonValue(QStringLiteral("3"));
        QTest::newRow("quoted off") << QByteArray("\"off\"") << QJsonValue(QStringLiteral("off"));
        QTest::newRow("url") << QByteArray("file:///backups") << QJsonValue(QStringLiteral("file:///backups"));
    }
    void readsPlainScalarsAsPyYamlDoes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QJsonValue, value);
        QCOMPARE(read(text), value);
    }

    void quotesWhatPyYamlWouldReadAsAnotherType_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("off") << QJsonValue(QStringLiteral("off")) << QByteArray("k: 'off'");
        QTest::newRow("leading space") << QJsonValue(QStringLiteral(" x")) << QByteArray("k: ' x'");
        QTest::newRow("empty") << QJsonValue(QString()) << QByteArray("k: ''");
        QTest::newRow("number") << QJsonValue(3) << QByteArray("k: 3");
        QTest::newRow("plain") << QJsonValue(QStringLiteral("example.com")) << QByteArray("k: example.com");
        QTest::newRow("date") << QJsonValue(QStringLiteral("2026-01-01")) << QByteArray("k: '2026-01-01'");
        QTest::newRow("y") << QJsonValue(QStringLiteral("y")) << QByteArray("k: y");
        QTest::newRow("sexagesimal") << QJsonValue(QStringLiteral("1:30")) << QByteArray("k: '1:30'");
        QTest::newRow("value key") << QJsonValue(QStringLiteral("=")) << QByteArray("k: '='");
        QTest::newRow("negative float") << QJsonValue(QStringLiteral("-1.5")) << QByteArray("k: '-1.5'");
        QTest::newRow("bool") << QJsonValue(false) << QByteArray("k: false");
    }
    void quotesWhatPyYamlWouldReadAsAnotherType()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, yaml);
        QCOMPARE(written(value), yaml);
        if (value.isString()) // and reads back as the same string
            QCOMPARE(read(yaml.mid(3)), value);
    }

    void namesTheFileThatDoesNotParse()
    {
        QString error;
        QVERIFY(!PyYaml::load("a: [1, 2\n", QStringLiteral("www/custom.yaml"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("www/custom.yaml is not valid YAML: ")), qPrintable(error));
        const std::optional<YAML::Node> empty = PyYaml::load("# nothing\n", QStringLiteral("x.yaml"), &error);
        QVERIFY(empty && empty->IsNull());
    }
};

QTEST_APPLESS_MAIN(TestPyYaml)
#include "tst_box_pyyaml.moc"
