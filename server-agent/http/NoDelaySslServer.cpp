#include "NoDelaySslServer.h"

#include "NoDelayTcpServer.h"

void NoDelaySslServer::incomingConnection(qintptr descriptor)
{
    NoDelayTcpServer::setNoDelay(descriptor);
    QSslServer::incomingConnection(descriptor);
}
