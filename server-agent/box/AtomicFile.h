#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <optional>

// Writes of the box's files in one step: the content goes to a temporary file beside the target
// (QSaveFile), which then replaces the target in one rename, so readers see the old content or the
// new one, never a part of it.
namespace AtomicFile {
// Writes `data` to `path`. With `permissions`, the temporary file gets them before anything is written.
// False on failure, with *error = "Cannot write <path>: <reason>"; the target is then unchanged.
bool write(const QString& path, const QByteArray& data, QString* error = nullptr,
           std::optional<QFileDevice::Permissions> permissions = std::nullopt);
} // namespace AtomicFile
