#pragma once

// RFC 6238 codes for the client and gui tiers, on the client core's TotpCode (checked against the agent's own
// implementation by every test that logs in with a code).
#include "TotpCode.h"

namespace TestTotp {

inline QByteArray base32Decode(const QString& text)
{
    return TotpCode::base32Decode(text);
}

// The six-digit code of the current step (plus `stepOffset`) for a base32 secret's key.
inline QString code(const QByteArray& key, int stepOffset = 0)
{
    return TotpCode::forStep(key, TotpCode::currentStep() + quint64(qint64(stepOffset)));
}

} // namespace TestTotp
