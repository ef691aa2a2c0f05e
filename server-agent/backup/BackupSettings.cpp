#include "BackupSettings.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {

const QString TargetKey = QStringLiteral("target");
const QString MinAgeKey = QStringLiteral("min_age_in_days");

// Plain scalars as PyYAML (YAML 1.1, upstream's reader) resolves them.
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
const QRegularExpression& floatPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\\."
                       "(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+)$"));
    return re;
}

QJsonValue fromYaml(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto& entry : node)
            o.insert(QString::fromStdString(entry.first.as<std::string>("")), fromYaml(entry.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto& item : node)
            a.append(fromYaml(item));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!") // quoted: always a string
            return text;
        if (nullPattern().match(text).hasMatch())
            return QJsonValue();
        if (boolPattern().match(text).hasMatch()) {
            const QString lower = text.toLower();
            return lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("on");
        }
        if (intPattern().match(text).hasMatch()) {
            bool ok = false;
            const qint64 n = QString(text).remove(QLatin1Char('_')).toLongLong(&ok);
            if (ok)
                return n;
        }
        if (floatPattern().match(text).hasMatch()) {
            bool ok = false;
            const double d = QString(text).remove(QLatin1Char('_')).toDouble(&ok);
            if (ok)
                return d;
        }
        return text;
    }
    default:
        return QJsonValue();
    }
}

// A string that PyYAML would read back as something else (or that is empty) is written in single quotes.
bool needsQuotes(const QString& s)
{
    return s.isEmpty() || boolPattern().match(s).hasMatch() || nullPattern().match(s).hasMatch() ||
           intPattern().match(s).hasMatch() || floatPattern().match(s).hasMatch() || s.trimmed() != s;
}

void emitYaml(YAML::Emitter& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitYaml(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue& item : value.toArray())
            emitYaml(out, item);
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
        if (needsQuotes(s))
            out << YAML::SingleQuoted;
        out << s.toStdString();
        break;
    }
    default:
        out << YAML::Null;
        break;
    }
}

} // namespace

BackupSettings BackupSettings::parse(const QByteArray& yaml)
{
    BackupSettings settings;
    settings.m_entries = {{MinAgeKey, DefaultMinAgeInDays}, {TargetKey, QStringLiteral("local")}};
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception&) {
        return settings;
    }
    if (!root.IsMap())
        return settings;
    for (const auto& entry : root) {
        if (!entry.first.IsScalar())
            continue;
        settings.setValue(QString::fromStdString(entry.first.Scalar()), fromYaml(entry.second));
    }
    return settings;
}

QByteArray BackupSettings::serialize() const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    for (const auto& [key, value] : m_entries) {
        out << YAML::Key << key.toStdString() << YAML::Value;
        emitYaml(out, value);
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QString BackupSettings::target() const
{
    const QJsonValue v = value(TargetKey);
    // An unquoted `target: off` reads as a YAML boolean.
    if (v.isBool())
        return v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    return v.toString();
}

int BackupSettings::minAgeInDays() const
{
    const QJsonValue v = value(MinAgeKey);
    if (v.isDouble() && std::trunc(v.toDouble()) == v.toDouble())
        return static_cast<int>(v.toDouble());
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok ? n : DefaultMinAgeInDays;
}

QJsonValue BackupSettings::value(const QString& key) const
{
    for (const auto& [k, v] : m_entries) {
        if (k == key)
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool BackupSettings::contains(const QString& key) const
{
    return !value(key).isUndefined();
}

void BackupSettings::setValue(const QString& key, const QJsonValue& value)
{
    for (auto& entry : m_entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    m_entries.append({key, value});
}

void BackupSettings::remove(const QString& key)
{
    m_entries.removeIf([&key](const QPair<QString, QJsonValue>& e) { return e.first == key; });
}

QJsonObject BackupSettings::toJson() const
{
    QJsonObject o;
    for (const auto& [key, value] : m_entries)
        o.insert(key, value);
    return o;
}
