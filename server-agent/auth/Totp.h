#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// RFC 6238 time-based one-time passwords (HMAC-SHA-1), as upstream's MFA uses them (domain.md §11).
// Pure functions: the time is always passed in.
namespace Totp {
constexpr int Step = 30;
constexpr int Digits = 6;

// The code for a counter value (RFC 4226 HOTP), zero-padded to `digits`.
QString hotp(const QByteArray& key, quint64 counter, int digits = Digits);
// The code at a Unix time.
QString at(const QByteArray& key, qint64 unixTime, int digits = Digits, int step = Step);
// The time step (unixTime / Step) of a Unix time.
qint64 stepAt(qint64 unixTime);
// The latest of the steps from `window` steps before the step of `unixTime` to `window` steps after it whose code
// equals `code` (compared in constant time, every step of the window computed); nullopt if none.
std::optional<qint64> matchingStep(const QByteArray& key, const QString& code, qint64 unixTime, int window = 1);
// True if `code` equals the code of the step of `unixTime` or of one of the `window` steps before or after.
bool verify(const QByteArray& key, const QString& code, qint64 unixTime, int window = 1);

// RFC 4648 base32, upper case, no padding.
QString base32Encode(const QByteArray& data);
// Case-insensitive base32 decoding with optional trailing padding. On failure returns nullopt and sets
// *error to Python's binascii message ("Non-base32 digit found", "Incorrect padding").
std::optional<QByteArray> base32Decode(const QString& text, QString* error = nullptr);

// A new secret: 20 random bytes as 32 base32 characters.
QString randomSecret();
// otpauth://totp/<issuer>:<account>?secret=<secret>&issuer=<issuer> (URL-encoded as pyotp does).
QString provisioningUri(const QString& secret, const QString& account, const QString& issuer);
} // namespace Totp
