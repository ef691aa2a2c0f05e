#include "NoDelaySslServer.h"

#include "ConnectionGuard.h"
#include "NoDelayTcpServer.h"

#include <QSslSocket>

NoDelaySslServer::NoDelaySslServer(QObject* parent)
    : QSslServer(parent)
{
    // Before the HTTP server connects to the socket, so that the guard's size check runs first on each read.
    connect(this, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket* socket) { ConnectionGuard::attach(socket, m_idleTimeoutMs); });
}

void NoDelaySslServer::incomingConnection(qintptr descriptor)
{
    NoDelayTcpServer::setNoDelay(descriptor);
    QSslServer::incomingConnection(descriptor);
}
