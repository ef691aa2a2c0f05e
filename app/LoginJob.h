#pragma once

#include "ApiJob.h"
#include "Session.h"

// POST /admin/login (spec/api.md §3.6). Always HTTP 200; the body says ok, missing-totp-token or invalid.
// Success → finished(session). Refusal → failed() with kind Auth and `reason` = upstream's reason
// ("missing-totp-token", "invalid-totp-token", "Incorrect email address or password.", …).
class LoginJob : public ApiJob
{
    Q_OBJECT

public:
    explicit LoginJob(QObject* parent = nullptr);

signals:
    void finished(const Session& session);

protected:
    void handleSuccess(int status, const QByteArray& body) override;
};
