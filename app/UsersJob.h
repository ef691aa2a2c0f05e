#pragma once

#include "ApiJob.h"
#include "MailUser.h"

// GET /admin/mail/users?format=json → the users grouped by domain.
class UsersJob : public ApiJob
{
    Q_OBJECT

public:
    explicit UsersJob(QObject* parent = nullptr);

signals:
    void finished(const MailUserList& domains);

protected:
    void handleSuccess(int status, const QByteArray& body) override;
};
