#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

// Files that hold secrets: written atomically (box/AtomicFile) with owner-only permissions set before
// anything is written, their folder made if missing.
namespace PrivateFile {
bool write(const QString& path, const QByteArray& data, QString* error = nullptr,
           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
// 32 hex characters (lower case) from the system's CSPRNG.
QString randomHex(int bytes);
// `length` characters from [A-Za-z0-9], uniformly, from the CSPRNG.
QString randomPassword(int length);
} // namespace PrivateFile
