#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class TestAgent;

// Runs the real `curl` binary against a TestAgent the way an admin would on a real box: by host name
// (box.example.com resolved to 127.0.0.1), verifying the box certificate, with the admin's credentials.
class TestCurl
{
public:
    struct Result
    {
        int status = 0; // 0 = curl failed (the reason went to the test log)
        QByteArray body;
    };

    explicit TestCurl(const TestAgent& agent);

    bool isAvailable() const { return !m_curl.isEmpty(); }
    // `args` go before the URL (-X, -d, ...); `path` is below /admin, e.g. "/mail/users?format=json".
    Result run(const QStringList& args, const QString& path, int timeoutMs = 120000) const;

private:
    const TestAgent& m_agent;
    QString m_curl;
};
