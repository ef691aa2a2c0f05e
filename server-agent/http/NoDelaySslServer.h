#pragma once

#include <QSslServer>

// A QSslServer that switches Nagle's algorithm off on every accepted connection, so that small
// answers are not held back by delayed ACKs.
class NoDelaySslServer : public QSslServer
{
    Q_OBJECT
public:
    using QSslServer::QSslServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};
