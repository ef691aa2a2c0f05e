#include "JsonJob.h"

#include <QJsonParseError>

JsonJob::JsonJob(QObject* parent)
    : ApiJob(parent)
{ }

void JsonJob::handleSuccess(int status, const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.httpStatus = status;
        error.serverText = QString::fromUtf8(body.left(200));
        error.message = tr("The box sent an answer that is not valid JSON (%1).").arg(parseError.errorString());
        fail(error);
        return;
    }
    complete();
    emit finished(document);
}
