#include "CustomRecordStore.h"

#include "box/AtomicFile.h"
#include "box/PyYaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isPlainSafe(const QString& s)
{
    if (s.isEmpty() || PyYaml::resolvesToOtherType(s))
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.front())) {
        // "-", "?" and ":" may start a plain scalar when followed by a non-space character.
        if (!(QStringLiteral("-?:").contains(s.front()) && s.size() > 1 && s.at(1) != ' '))
            return false;
    }
    if (s.front() == ' ' || s.back() == ' ' || s.back() == ':')
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")))
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

bool isPrintableAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

// Folds a plain or single-quoted scalar like PyYAML (which wrote upstream's files) does at its line width
// of 80: a single space is replaced by a line break plus `indent` spaces once the line is past column 80.
// `column` is where the scalar starts on its line.
QByteArray folded(const QByteArray& scalarText, int column, int indent)
{
    const bool quoted = scalarText.startsWith('\'');
    QByteArray out;
    int col = column;
    for (int i = 0; i < scalarText.size(); ++i) {
        const char c = scalarText.at(i);
        const bool singleSpace = c == ' ' && (i == 0 || scalarText.at(i - 1) != ' ') &&
                                 (i + 1 < scalarText.size() && scalarText.at(i + 1) != ' ');
        const bool inside = !quoted || (i > 1 && i + 2 < scalarText.size());
        if (singleSpace && inside && col > 80) {
            out += '\n' + QByteArray(indent, ' ');
            col = indent;
            continue;
        }
        out += c;
        ++col;
    }
    return out;
}

QByteArray scalar(const QString& s)
{
    if (isPlainSafe(s))
        return s.toUtf8();
    if (isPrintableAscii(s)) {
        QString quoted = s;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        return '\'' + quoted.toUtf8() + '\'';
    }
    YAML::Emitter e;
    e << YAML::DoubleQuoted << s.toStdString();
    return QByteArray(e.c_str());
}

} // namespace

CustomRecordStore::CustomRecordStore(const QString& path)
    : m_path(path)
{ }

std::optional<CustomDnsRecordList> CustomRecordStore::parse(const QByteArray& yaml, QString* error)
{
    CustomDnsRecordList records;
    const std::optional<YAML::Node> parsed = PyYaml::load(yaml, QStringLiteral("custom.yaml"), error);
    if (!parsed)
        return std::nullopt;
    const YAML::Node& root = *parsed;
    if (!root.IsMap())
        return records;
    auto bad = [&](const QString& name) {
        if (error)
            *error = QStringLiteral("custom.yaml has an entry of an unexpected shape at %1.").arg(name);
        return std::nullopt;
    };
    for (const auto& entry : root) {
        if (!entry.first.IsScalar())
            return bad(QStringLiteral("a non-text name"));
        const QString qname = fromStd(entry.first.Scalar());
        const YAML::Node& value = entry.second;
        if (value.IsScalar()) {
            records.append({qname, QStringLiteral("A"), fromStd(value.Scalar())});
            continue;
        }
        if (!value.IsMap())
            return bad(qname);
        for (const auto& typed : value) {
            if (!typed.first.IsScalar())
                return bad(qname);
            const QString rtype = fromStd(typed.first.Scalar());
            if (typed.second.IsScalar()) {
                records.append({qname, rtype, fromStd(typed.second.Scalar())});
            } else if (typed.second.IsSequence()) {
                for (const auto& item : typed.second) {
                    if (!item.IsScalar())
                        return bad(qname);
                    records.append({qname, rtype, fromStd(item.Scalar())});
                }
            } else {
                return bad(qname);
            }
        }
    }
    return records;
}

QByteArray CustomRecordStore::serialize(const CustomDnsRecordList& records)
{
    // Group by name, then by type, in first-appearance order.
    QStringList names;
    QHash<QString, QStringList> typesOf;
    QHash<QString, QStringList> valuesOf; // key: name + '\n' + type
    for (const CustomDnsRecord& r : records) {
        if (!typesOf.contains(r.qname))
            names.append(r.qname);
        QStringList& types = typesOf[r.qname];
        if (!types.contains(r.rtype))
            types.append(r.rtype);
        valuesOf[r.qname + QLatin1Char('\n') + r.rtype].append(r.value);
    }
    if (names.isEmpty())
        return "{}\n";
    QByteArray out;
    for (const QString& name : names) {
        const QStringList& types = typesOf[name];
        const QStringList& aValues = valuesOf[name + QLatin1String("\nA")];
        const QByteArray key = scalar(name) + ':';
        out += key;
        if (types.size() == 1 && types.front() == QLatin1String("A") && aValues.size() == 1) {
            out += ' ' + folded(scalar(aValues.front()), int(key.size()) + 1, 2) + '\n';
            continue;
        }
        out += '\n';
        for (const QString& type : types) {
            const QStringList& values = valuesOf[name + QLatin1Char('\n') + type];
            const QByteArray typeKey = "  " + scalar(type) + ':';
            out += typeKey;
            if (values.size() == 1) {
                out += ' ' + folded(scalar(values.front()), int(typeKey.size()) + 1, 4) + '\n';
                continue;
            }
            out += '\n';
            for (const QString& v : values)
                out += "  - " + folded(scalar(v), 4, 4) + '\n';
        }
    }
    return out;
}

std::optional<CustomDnsRecordList> CustomRecordStore::load(QString* error) const
{
    QFile file(m_path);
    if (!file.exists())
        return CustomDnsRecordList{};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

bool CustomRecordStore::save(const CustomDnsRecordList& records, QString* error) const
{
    const QByteArray text = serialize(records);
    QFile existing(m_path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return AtomicFile::write(m_path, text, error);
}

bool CustomRecordStore::apply(CustomDnsRecordList& records, const QString& qname, const QString& rtype,
                              const std::optional<QString>& value, Action action)
{
    CustomDnsRecordList kept;
    bool changed = false;
    bool needsAdd = true;
    for (const CustomDnsRecord& r : records) {
        const bool samePair = r.qname == qname && r.rtype == rtype;
        const bool sameRecord = samePair && value && r.value == *value;
        if (action == Action::Add) {
            if (sameRecord)
                return false;
        } else if (action == Action::Set) {
            if (samePair) {
                if (sameRecord) {
                    needsAdd = false;
                } else {
                    changed = true;
                    continue;
                }
            }
        } else {
            if (sameRecord || (samePair && !value)) {
                changed = true;
                continue;
            }
        }
        kept.append(r);
    }
    if (action != Action::Remove && needsAdd && value) {
        kept.append({qname, rtype, *value});
        changed = true;
    }
    if (changed)
        records = kept;
    return changed;
}

QStringList CustomRecordStore::secondaryNameservers(const CustomDnsRecordList& records)
{
    QStringList entries;
    for (const CustomDnsRecord& r : records) {
        if (r.qname != QLatin1String(SecondaryNameserverName))
            continue;
        for (const QString& e : r.value.split(QLatin1Char(' '))) {
            const QString t = e.trimmed();
            entries.append(t);
        }
    }
    return entries;
}
