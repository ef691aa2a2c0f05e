#include "NoDelayTcpServer.h"

#include "ConnectionGuard.h"

#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

void NoDelayTcpServer::setNoDelay(qintptr descriptor)
{
    const int on = 1;
    ::setsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

void NoDelayTcpServer::incomingConnection(qintptr descriptor)
{
    setNoDelay(descriptor);
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ConnectionGuard::attach(socket, m_idleTimeoutMs);
    addPendingConnection(socket);
}
