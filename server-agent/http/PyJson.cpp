#include "PyJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace {

void appendNumber(QByteArray& out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15) {
        out += QByteArray::number(static_cast<qint64>(d));
    } else {
        out += PyJson::floatRepr(d);
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
    QByteArray out;
    out.reserve(s.size() + 2);
    appendQuoted(out, s);
    return out;
}

void PyJson::appendQuoted(QByteArray& out, const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u >= 0x20 && u <= 0x7e && u != '"' && u != '\\') {
            out += char(u);
            continue;
        }
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
        default: {
            const char esc[] = {'\\',        'u', hex[(u >> 12) & 0xf], hex[(u >> 8) & 0xf], hex[(u >> 4) & 0xf],
                                hex[u & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out += '"';
}

QByteArray PyJson::floatRepr(double d)
{
    if (std::isnan(d)) {
        return "NaN";
    }
    if (std::isinf(d)) {
        return d > 0 ? "Infinity" : "-Infinity";
    }
    // The shortest round-trip digits, in scientific form: "-1.2345e+02" -> sign, digits "12345", exponent 2.
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const QByteArray sci(buf, int(result.ptr - buf));
    const qsizetype e = sci.indexOf('e');
    const bool negative = sci.startsWith('-');
    QByteArray digits = sci.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
    digits.replace(".", "");
    const int exponent = sci.mid(e + 1).toInt();

    // Python's repr (float_repr_style "short"): positional for -4 <= exponent < 16, else scientific with
    // at least two exponent digits; a positional integral value gets ".0".
    QByteArray out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        const int point = exponent + 1; // digits before the decimal point
        if (point <= 0) {
            out += "0." + QByteArray(-point, '0') + digits;
        } else if (point >= digits.size()) {
            out += digits + QByteArray(point - digits.size(), '0') + ".0";
        } else {
            out += digits.left(point) + '.' + digits.mid(point);
        }
        return out;
    }
    out += digits.left(1);
    if (digits.size() > 1) {
        out += '.' + digits.mid(1);
    }
    out += exponent < 0 ? "e-" : "e+";
    const QByteArray magnitude = QByteArray::number(std::abs(exponent));
    out += (magnitude.size() < 2 ? "0" : "") + magnitude;
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
