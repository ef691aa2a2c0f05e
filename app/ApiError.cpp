#include "ApiError.h"

QString ApiError::messageForStatus(int status, const QString& serverText)
{
    const QString text = serverText.trimmed();
    switch (status) {
    case 400:
        return text.isEmpty() ? tr("The box refused the request as invalid.") : text;
    case 401:
    case 403:
        return text.isEmpty() ? tr("The box refused access. Log in again.") : messageForReason(text);
    case 404:
        return tr("The box does not offer this function (404). It may run an older or different version.");
    case 405:
        return tr("The box does not accept this kind of request here (405).");
    case 413:
        return tr("The request was too large for the box (413).");
    case 500:
        return text.isEmpty() || text.startsWith(QLatin1Char('<'))
                   ? tr("The box hit an internal error (500). Its log may tell more.")
                   : tr("The box hit an internal error: %1").arg(text);
    case 502:
    case 503:
        return tr("The box's management service is not answering (%1). It may be restarting.").arg(status);
    case 504:
        return tr("The box took too long to answer (504). The operation may still be running; check again in a "
                  "moment before repeating it.");
    default:
        break;
    }
    if (!text.isEmpty() && !text.startsWith(QLatin1Char('<'))) {
        return tr("The box answered with an error (%1): %2").arg(status).arg(text);
    }
    return tr("The box answered with an error (%1).").arg(status);
}

QString ApiError::messageForReason(const QString& reason)
{
    const QString r = reason.trimmed();
    if (r == QLatin1String("Incorrect email address or password.")) {
        return tr("Incorrect email address or password.");
    }
    if (r == QLatin1String("Enter a password.")) {
        return tr("Enter a password.");
    }
    if (r == QLatin1String("You are not an administrator.")) {
        return tr("You are not an administrator.");
    }
    if (r == QLatin1String("Authorization header invalid.")) {
        return tr("The box could not read the login (authorization header invalid).");
    }
    if (r == QLatin1String("No email address, password, session key, or API key provided.")) {
        return tr("Enter an email address and a password.");
    }
    if (r.contains(QLatin1String("codec can't decode"))) {
        // Upstream decodes Basic credentials as ASCII only (spec/api.md §3.2).
        return tr("This box cannot accept a password with non-ASCII characters (such as accents) over its API. "
                  "Change the password on the box to one without them.");
    }
    if (r.contains(QLatin1String("missing-totp-token"))) {
        return tr("Enter the six-digit code from your authenticator app.");
    }
    if (r.contains(QLatin1String("invalid-totp-token"))) {
        return tr("That code is wrong or was already used. Wait for the next code and try again.");
    }
    return r;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
