#include "UsersJob.h"

UsersJob::UsersJob(QObject* parent)
    : ApiJob(parent)
{ }

void UsersJob::handleSuccess(int status, const QByteArray& body)
{
    MailUserList domains;
    QString detail;
    if (!parseMailUsers(body, &domains, &detail)) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.httpStatus = status;
        error.serverText = QString::fromUtf8(body.left(200));
        error.message = tr("The list of users sent by the box could not be read (%1).").arg(detail);
        fail(error);
        return;
    }
    complete();
    emit finished(domains);
}
