#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

// The YAML files upstream keeps under STORAGE_ROOT (dns/custom.yaml, www/custom.yaml, backup/custom.yaml,
// settings.yaml) are written by PyYAML and read by it. One place for what every module needs of that: loading a
// file with an error that names it, PyYAML's reading of plain scalars (YAML 1.1: `off` is false, `0x1f` is 31,
// `2026-01-01` is a date), and writing values so that PyYAML reads them back as they were.
namespace PyYaml {

// The parsed document (a null node for an empty file); nullopt with *error = "<fileName> is not valid YAML: ..."
// when it does not parse.
std::optional<YAML::Node> load(const QByteArray& text, const QString& fileName, QString* error);

// A scalar's text (empty for any other node).
QString text(const YAML::Node& node);

// A node as PyYAML's safe_load reads it: maps, sequences, and plain scalars resolved to null, bool, int, float
// or string by PyYAML's implicit resolvers; quoted scalars are strings. Timestamps and sexagesimal numbers
// stay strings (no file of ours has them).
QJsonValue toJson(const YAML::Node& node);

// True when PyYAML would read the plain scalar `s` as something other than the string `s` (null, bool, int,
// float, timestamp, merge or value key): such a string has to be written quoted.
bool resolvesToOtherType(const QString& s);

// Writes a JSON value as PyYAML's dump would let it read back: strings that would resolve to another type, are
// empty or have surrounding whitespace in single quotes; whole numbers without a fraction.
void write(YAML::Emitter& out, const QJsonValue& value);

} // namespace PyYaml
