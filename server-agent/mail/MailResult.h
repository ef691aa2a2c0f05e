#pragma once

#include <QByteArray>
#include <QString>

// What a MailService operation answers: a status and a text body (upstream's text results and
// one-line 400 messages). Status 500 means an internal failure (the database could not be written).
struct MailResult
{
    int status = 200;
    QString text;

    static MailResult ok(const QString& text) { return {200, text}; }
    static MailResult error(const QString& text, int status = 400) { return {status, text}; }
    bool isOk() const { return status == 200; }
};
