#pragma once

#include <QByteArray>
#include <QJsonValue>

// Serialises JSON byte-for-byte like Python's json module, which upstream's answers use.
namespace PyJson {
// json.dumps(v, indent=2, sort_keys=True): 2-space indent, "key": value, sorted keys,
// non-ASCII as \uXXXX (surrogate pairs above the BMP), integers without a fraction. No trailing newline.
QByteArray indented(const QJsonValue& value);
// json.dumps(v): compact with ", " and ": " separators (keys sorted, as QJsonObject keeps them).
QByteArray compact(const QJsonValue& value);
// A JSON string literal with Python's escaping.
QByteArray quote(const QString& s);
} // namespace PyJson
