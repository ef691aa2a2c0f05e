#pragma once

#include <QByteArray>
#include <QString>

// RFC 6238 codes (SHA-1, 30-second steps, six digits), as authenticator apps and the box compute them.
// The desktop needs them once: right after enabling two-factor authentication, when the box has dropped the
// session and the code the user typed is spent (the box accepts each time step once), the session is renewed with
// the code of the next step, computed from the secret the user has just scanned.
namespace TotpCode {

QByteArray base32Decode(const QString& text); // characters outside the base32 alphabet are skipped
QString forStep(const QByteArray& key, quint64 step, int digits = 6);
quint64 stepAt(qint64 secsSinceEpoch);
quint64 currentStep();

// The step within one step of now whose code is `code`, or 0 if none is.
quint64 stepOfCode(const QByteArray& key, const QString& code);

} // namespace TotpCode
