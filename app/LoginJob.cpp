#include "LoginJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LoginJob::LoginJob(QObject* parent)
    : ApiJob(parent)
{ }

void LoginJob::handleSuccess(int status, const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject o = document.object();
    const QString state = o.value(QLatin1String("status")).toString();
    if (!document.isObject() || state.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.httpStatus = status;
        error.serverText = QString::fromUtf8(body.left(200));
        error.message = tr("The box's login answer could not be understood. Is this the address of a Mail-in-a-Box "
                           "control panel (https://HOST/admin)?");
        fail(error);
        return;
    }
    if (state == QLatin1String("ok")) {
        Session session;
        session.email = o.value(QLatin1String("email")).toString();
        session.apiKey = o.value(QLatin1String("api_key")).toString();
        for (const QJsonValue& p : o.value(QLatin1String("privileges")).toArray()) {
            session.privileges.append(p.toString());
        }
        if (!session.isValid()) {
            ApiError error;
            error.kind = ApiError::Kind::Parse;
            error.httpStatus = status;
            error.message = tr("The box accepted the login but sent no session key.");
            fail(error);
            return;
        }
        complete();
        emit finished(session);
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Auth;
    error.httpStatus = status;
    error.reason = o.value(QLatin1String("reason")).toString();
    if (state == QLatin1String("missing-totp-token") && !error.reason.contains(QLatin1String("missing-totp-token"))) {
        error.reason = QStringLiteral("missing-totp-token");
    }
    error.serverText = error.reason;
    error.message = ApiError::messageForReason(error.reason);
    fail(error);
}
