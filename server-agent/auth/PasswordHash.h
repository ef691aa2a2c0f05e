#pragma once

#include <QString>

// Dovecot-compatible password hashes (domain.md §4.1), computed in-process.
namespace PasswordHash {
// The longest password crypt(3) takes, in UTF-8 bytes (libxcrypt's CRYPT_MAX_PASSPHRASE_SIZE less the final
// NUL). Dovecot hashes and verifies with the same crypt(3), so no longer password can ever log in to the box.
constexpr int MaxPasswordBytes = 511;

// True if `password` can be hashed: at most MaxPasswordBytes in UTF-8 and no NUL (crypt(3) would stop there).
bool isHashable(const QString& password);
// "{SHA512-CRYPT}$6$<16-char salt>$<hash>" (glibc SHA-512 crypt, 5000 rounds), as `doveadm pw -s SHA512-CRYPT` makes.
// A null QString (and a warning in the log) if the password is not hashable or crypt(3) fails: never a
// scheme prefix without a hash. Callers must check.
QString hash(const QString& password);
// Verifies against a stored value with a scheme prefix ({SHA512-CRYPT}, {SHA256-CRYPT}, {CRYPT}, {BLF-CRYPT})
// or a bare crypt(3) string. Constant-time comparison of the computed hash. False for a password that is not
// hashable (a NUL never cuts a password short).
bool verify(const QString& password, const QString& stored);
} // namespace PasswordHash
