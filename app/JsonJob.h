#pragma once

#include "ApiJob.h"

#include <QJsonDocument>

// A call whose answer is JSON.
class JsonJob : public ApiJob
{
    Q_OBJECT

public:
    explicit JsonJob(QObject* parent = nullptr);

signals:
    void finished(const QJsonDocument& document);

protected:
    void handleSuccess(int status, const QByteArray& body) override;
};
