#pragma once

#include <QString>

// Dovecot-compatible password hashes (domain.md §4.1), computed in-process.
namespace PasswordHash {
// "{SHA512-CRYPT}$6$<16-char salt>$<hash>" (glibc SHA-512 crypt, 5000 rounds), as `doveadm pw -s SHA512-CRYPT` makes.
QString hash(const QString& password);
// Verifies against a stored value with a scheme prefix ({SHA512-CRYPT}, {SHA256-CRYPT}, {CRYPT}, {BLF-CRYPT})
// or a bare crypt(3) string. Constant-time comparison of the computed hash.
bool verify(const QString& password, const QString& stored);
} // namespace PasswordHash
