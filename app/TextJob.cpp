#include "TextJob.h"

TextJob::TextJob(QObject* parent)
    : ApiJob(parent)
{ }

void TextJob::handleSuccess(int, const QByteArray& body)
{
    complete();
    emit finished(QString::fromUtf8(body));
}
