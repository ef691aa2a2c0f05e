#pragma once

#include "ApiJob.h"

// A call whose answer is text (most upstream POSTs: "OK", "mail user added\n…").
class TextJob : public ApiJob
{
    Q_OBJECT

public:
    explicit TextJob(QObject* parent = nullptr);

signals:
    void finished(const QString& text);

protected:
    void handleSuccess(int status, const QByteArray& body) override;
};
