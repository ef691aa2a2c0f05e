#include "BackupSettings.h"

#include "box/PyYaml.h"

#include <cmath>

namespace {

const QString TargetKey = QStringLiteral("target");
const QString MinAgeKey = QStringLiteral("min_age_in_days");

} // namespace

BackupSettings BackupSettings::parse(const QByteArray& yaml)
{
    BackupSettings settings;
    settings.m_entries = {{MinAgeKey, DefaultMinAgeInDays}, {TargetKey, QStringLiteral("local")}};
    const std::optional<YAML::Node> root = PyYaml::load(yaml, QStringLiteral("custom.yaml"), nullptr);
    if (!root || !root->IsMap())
        return settings;
    for (const auto& entry : *root) {
        if (!entry.first.IsScalar())
            continue;
        settings.setValue(PyYaml::text(entry.first), PyYaml::toJson(entry.second));
    }
    return settings;
}

QByteArray BackupSettings::serialize() const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    for (const auto& [key, value] : m_entries) {
        out << YAML::Key << key.toStdString() << YAML::Value;
        PyYaml::write(out, value);
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
