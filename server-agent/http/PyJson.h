#pragma once

#include <QByteArray>
#include <QJsonValue>

// Serialises JSON byte-for-byte like Python's json module, which upstream's answers use.
namespace PyJson {
// json.dumps(v, indent=2, sort_keys=True): 2-space indent, "key": value, sorted keys,
// non-ASCII as \uXXXX (surrogate pairs above the BMP), integral numbers (below 2^53) as integers, others as
// floatRepr. No trailing newline.
QByteArray indented(const QJsonValue& value);
// json.dumps(v): compact with ", " and ": " separators (keys sorted, as QJsonObject keeps them).
QByteArray compact(const QJsonValue& value);
// A JSON string literal with Python's escaping (ensure_ascii: non-ASCII as \uXXXX).
QByteArray quote(const QString& s);
// quote(s) appended to `out`: the one escaper of both writers (this one and PyJsonWriter).
void appendQuoted(QByteArray& out, const QString& s);
// A number as Python's json writes a float: repr(), the shortest text that reads back as the same double
// ("0.1", "1e-05", "1e+16", "1.5"), "NaN"/"Infinity"/"-Infinity" for the non-finite values.
QByteArray floatRepr(double d);
} // namespace PyJson
