#include "NoDelaySslServer.h"

#include "NoDelayTcpServer.h"

#include <QSslSocket>

NoDelaySslServer::NoDelaySslServer(QObject* parent)
    : QSslServer(parent)
{
    // Before the HTTP server connects to the socket, so that the size check runs first on each read.
    connect(this, &QSslServer::startedEncryptionHandshake, this,
            [](QSslSocket* socket) { NoDelayTcpServer::limitRequestSize(socket, NoDelayTcpServer::MaxRequestSize); });
}

void NoDelaySslServer::incomingConnection(qintptr descriptor)
{
    NoDelayTcpServer::setNoDelay(descriptor);
    QSslServer::incomingConnection(descriptor);
}
