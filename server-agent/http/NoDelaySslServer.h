#pragma once

#include <QSslServer>

// A QSslServer that switches Nagle's algorithm off on every accepted connection, so that small
// answers are not held back by delayed ACKs, and that limits the size of requests (see NoDelayTcpServer).
class NoDelaySslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit NoDelaySslServer(QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;
};
