#include "PyYaml.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

// PyYAML's implicit resolvers (resolver.py of PyYAML 5/6, YAML 1.1), anchored.
const QRegularExpression& boolPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}
const QRegularExpression& nullPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    return re;
}
const QRegularExpression& intPattern()
{
    static const QRegularExpression re(QStringLiteral("^[-+]?(?:0|[1-9][0-9_]*)$"));
    return re;
}
// Other ints (binary, octal, hex, sexagesimal) and the floats: read as numbers, but not worth converting here
// beyond what Python's int()/float() of the digits gives.
const QRegularExpression& otherNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|"
                       "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?|"
                       "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}
const QRegularExpression& otherTypePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:<<|=|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|"
        "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
        "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

} // namespace

namespace PyYaml {

std::optional<YAML::Node> load(const QByteArray& text, const QString& fileName, QString* error)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        if (error)
            *error = QStringLiteral("%1 is not valid YAML: %2").arg(fileName, QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

QString text(const YAML::Node& node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QJsonValue toJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto& entry : node)
            o.insert(text(entry.first), toJson(entry.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto& item : node)
            a.append(toJson(item));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const QString s = text(node);
        if (node.Tag() == "!") // quoted: always a string
            return s;
        if (nullPattern().match(s).hasMatch())
            return QJsonValue();
        if (boolPattern().match(s).hasMatch()) {
            const QString lower = s.toLower();
            return lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("on");
        }
        const QString digits = QString(s).remove(QLatin1Char('_'));
        bool ok = false;
        if (intPattern().match(s).hasMatch()) {
            const qint64 n = digits.toLongLong(&ok);
            if (ok)
                return n;
        }
        if (otherNumberPattern().match(s).hasMatch()) {
            const bool negative = digits.startsWith(QLatin1Char('-'));
            const QString unsignedDigits =
                digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+')) ? digits.mid(1) : digits;
            const auto withBase = [&](int prefix, int base) -> QJsonValue {
                const qint64 n = unsignedDigits.mid(prefix).toLongLong(&ok, base);
                return ok ? QJsonValue(negative ? -n : n) : QJsonValue(s);
            };
            if (unsignedDigits.startsWith(QLatin1String("0b")))
                return withBase(2, 2);
            if (unsignedDigits.startsWith(QLatin1String("0x")))
                return withBase(2, 16);
            if (unsignedDigits.size() > 1 && unsignedDigits.startsWith(QLatin1Char('0')) &&
                !unsignedDigits.contains(QLatin1Char('.')))
                return withBase(1, 8);
            const double d = digits.toDouble(&ok);
            if (ok)
                return d;
        }
        return s;
    }
    default:
        return QJsonValue();
    }
}

bool resolvesToOtherType(const QString& s)
{
    return nullPattern().match(s).hasMatch() || boolPattern().match(s).hasMatch() || intPattern().match(s).hasMatch() ||
           otherNumberPattern().match(s).hasMatch() || otherTypePattern().match(s).hasMatch();
}

void write(YAML::Emitter& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            write(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue& item : value.toArray())
            write(out, item);
        out << YAML::EndSeq;
        break;
    case QJsonValue::Bool:
        out << (value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            out << static_cast<long long>(d);
        else
            out << d;
        break;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        if (resolvesToOtherType(s) || s.trimmed() != s)
            out << YAML::SingleQuoted;
        out << s.toStdString();
        break;
    }
    default:
        out << YAML::Null;
        break;
    }
}

} // namespace PyYaml
