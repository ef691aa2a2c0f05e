#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The `privacy` key of STORAGE_ROOT/settings.yaml (domain.md §14): true (the default) keeps the box from
// asking mailinabox.email for the latest version in its status checks. Pure functions on the file's text.
namespace PrivacySetting {
// The setting in the file's text: true when the file is empty, not a YAML mapping, or has no boolean `privacy`
// (upstream reads an unreadable file as no settings).
bool read(const QByteArray& yaml);

// The file's text with `privacy` set to `value`, every other key kept as it was: the `privacy: ...` line is
// replaced (or one appended), comments and the other lines stay byte for byte; a file where that is not
// possible (a value over several lines, flow style) is written anew from its parsed keys.
// nullopt (and *error) when the text is not YAML or not a mapping: the file must then be left alone.
std::optional<QByteArray> write(const QByteArray& yaml, bool value, QString* error = nullptr);
} // namespace PrivacySetting
