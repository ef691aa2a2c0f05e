#include "PrivacySetting.h"

#include <QRegularExpression>

#include "box/PyYaml.h"

#include <string>

namespace {

const std::string Key = "privacy";

// The parsed document: a map, or null for an empty file (comments only); nullopt if it is neither.
std::optional<YAML::Node> parseMapping(const QByteArray& yaml, QString* error)
{
    std::optional<YAML::Node> root = PyYaml::load(yaml, QStringLiteral("settings.yaml"), error);
    if (root && !root->IsNull() && !root->IsMap()) {
        if (error)
            *error = QStringLiteral("settings.yaml does not hold a mapping of settings");
        return std::nullopt;
    }
    return root;
}

// The boolean under `privacy` in a map; nullopt when missing or not a YAML boolean.
std::optional<bool> privacyValue(const YAML::Node& map)
{
    if (!map.IsMap())
        return std::nullopt;
    const YAML::Node node = map[Key];
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    const QJsonValue value = PyYaml::toJson(node);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

// True if `updated` holds the keys of `original` with the same values, in the same order, and privacy = value.
bool keepsTheRest(const YAML::Node& original, const QByteArray& updated, bool value)
{
    const std::optional<YAML::Node> now = parseMapping(updated, nullptr);
    if (!now || privacyValue(*now) != value)
        return false;
    std::vector<std::pair<std::string, std::string>> before, after;
    const auto collect = [](const YAML::Node& map, auto& out) {
        if (!map.IsMap())
            return;
        for (const auto& entry : map) {
            const std::string key = YAML::Dump(entry.first);
            if (key != Key)
                out.emplace_back(key, YAML::Dump(entry.second));
        }
    };
    collect(original, before);
    collect(*now, after);
    return before == after;
}

QByteArray emitted(const YAML::Node& original, bool value)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    bool written = false;
    if (original.IsMap()) {
        for (const auto& entry : original) {
            if (entry.first.IsScalar() && entry.first.Scalar() == Key) {
                out << YAML::Key << Key << YAML::Value << value;
                written = true;
            } else {
                out << YAML::Key << entry.first << YAML::Value << entry.second;
            }
        }
    }
    if (!written)
        out << YAML::Key << Key << YAML::Value << value;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace

bool PrivacySetting::read(const QByteArray& yaml)
{
    const std::optional<YAML::Node> root = parseMapping(yaml, nullptr);
    return root ? privacyValue(*root).value_or(true) : true;
}

std::optional<QByteArray> PrivacySetting::write(const QByteArray& yaml, bool value, QString* error)
{
    const std::optional<YAML::Node> root = parseMapping(yaml, error);
    if (!root)
        return std::nullopt;
    const QByteArray line = QByteArray("privacy: ") + (value ? "true" : "false");
    static const QRegularExpression existing(QStringLiteral("^privacy[ \\t]*:[^\\n]*$"),
                                             QRegularExpression::MultilineOption);
    QByteArray text;
    const QString original = QString::fromUtf8(yaml);
    const QRegularExpressionMatch m = existing.match(original);
    if (m.hasMatch()) {
        text = (original.left(m.capturedStart()) + QString::fromLatin1(line) + original.mid(m.capturedEnd())).toUtf8();
    } else {
        text = yaml;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
        text += line + '\n';
    }
    if (keepsTheRest(*root, text, value))
        return text;
    return emitted(*root, value);
}
