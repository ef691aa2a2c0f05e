#pragma once

#include <QSslServer>

// A QSslServer with TCP_NODELAY on every accepted connection, so that small answers are not held back by
// delayed ACKs, and a ConnectionGuard on each (from the start of the TLS handshake).
class NoDelaySslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit NoDelaySslServer(QObject* parent = nullptr);
    void setIdleTimeout(int msecs) { m_idleTimeoutMs = msecs; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_idleTimeoutMs = 0;
};
