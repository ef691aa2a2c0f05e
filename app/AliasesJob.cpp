#include "AliasesJob.h"

AliasesJob::AliasesJob(QObject* parent)
    : ApiJob(parent)
{ }

void AliasesJob::handleSuccess(int status, const QByteArray& body)
{
    MailAliasList domains;
    QString detail;
    if (!parseMailAliases(body, &domains, &detail)) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.httpStatus = status;
        error.serverText = QString::fromUtf8(body.left(200));
        error.message = tr("The list of aliases sent by the box could not be read (%1).").arg(detail);
        fail(error);
        return;
    }
    complete();
    emit finished(domains);
}
