#include "PyJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

void appendNumber(QByteArray& out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15) {
        out += QByteArray::number(static_cast<qint64>(d));
    } else {
        out += QByteArray::number(d, 'g', 17);
    }
}

void appendValue(QByteArray& out, const QJsonValue& v, int indent, int depth)
{
    const auto newline = [&](int level) {
        out += '\n';
        out += QByteArray(indent * level, ' ');
    };
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        out += PyJson::quote(v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0) {
                out += indent ? "," : ", ";
            }
            if (indent) {
                newline(depth + 1);
            }
            appendValue(out, a.at(i), indent, depth + 1);
        }
        if (indent) {
            newline(depth);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += "{}";
            break;
        }
        out += '{';
        bool first = true;
        // QJsonObject iterates in key order (sorted by UTF-16 code unit, as Python sorts for BMP keys).
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!first) {
                out += indent ? "," : ", ";
            }
            first = false;
            if (indent) {
                newline(depth + 1);
            }
            out += PyJson::quote(it.key());
            out += ": ";
            appendValue(out, it.value(), indent, depth + 1);
        }
        if (indent) {
            newline(depth);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray PyJson::quote(const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const QChar c : s) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u > 0x7e) {
                out += "\\u";
                out += hex[(u >> 12) & 0xf];
                out += hex[(u >> 8) & 0xf];
                out += hex[(u >> 4) & 0xf];
                out += hex[u & 0xf];
            } else {
                out += static_cast<char>(u);
            }
        }
    }
    out += '"';
    return out;
}

QByteArray PyJson::indented(const QJsonValue& value)
{
    QByteArray out;
    appendValue(out, value, 2, 0);
    return out;
}

QByteArray PyJson::compact(const QJsonValue& value)
{
    QByteArray out;
    appendValue(out, value, 0, 0);
    return out;
}
