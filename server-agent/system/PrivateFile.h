#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

// Atomic writes of files that hold secrets: the content goes to a temporary file with the final
// permissions set before anything is written, then replaces the target in one rename.
namespace PrivateFile {
bool write(const QString& path, const QByteArray& data, QString* error = nullptr,
           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
// 32 hex characters (lower case) from the system's CSPRNG.
QString randomHex(int bytes);
// `length` characters from [A-Za-z0-9], uniformly, from the CSPRNG.
QString randomPassword(int length);
} // namespace PrivateFile
