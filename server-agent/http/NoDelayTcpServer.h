#pragma once

#include <QTcpServer>

// A plain QTcpServer (the --plain-http listener behind nginx) with TCP_NODELAY on accepted connections,
// so that small answers are not held back by delayed ACKs, and a ConnectionGuard on each.
class NoDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    static void setNoDelay(qintptr descriptor);
    void setIdleTimeout(int msecs) { m_idleTimeoutMs = msecs; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_idleTimeoutMs = 0;
};
