#pragma once

#include <QTcpServer>

// A plain QTcpServer with TCP_NODELAY on accepted connections (the --plain-http listener behind nginx).
class NoDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    static void setNoDelay(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;
};
