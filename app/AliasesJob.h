#pragma once

#include "ApiJob.h"
#include "MailAlias.h"

// GET /admin/mail/aliases?format=json → the aliases grouped by domain.
class AliasesJob : public ApiJob
{
    Q_OBJECT

public:
    explicit AliasesJob(QObject* parent = nullptr);

signals:
    void finished(const MailAliasList& domains);

protected:
    void handleSuccess(int status, const QByteArray& body) override;
};
