#include "NoDelayTcpServer.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

void NoDelayTcpServer::setNoDelay(qintptr descriptor)
{
    const int on = 1;
    ::setsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

void NoDelayTcpServer::limitRequestSize(QTcpSocket* socket, qint64 limit)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, limit] {
        // The HTTP parser reads inside a transaction: everything of the unfinished request is still available.
        if (socket->bytesAvailable() <= limit) {
            return;
        }
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        if (socket->isTransactionStarted()) {
            socket->commitTransaction();
        }
        socket->readAll();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        const QByteArray body = "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
                                "<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>\r\n";
        socket->write("HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: text/html\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

void NoDelayTcpServer::incomingConnection(qintptr descriptor)
{
    setNoDelay(descriptor);
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    limitRequestSize(socket, MaxRequestSize);
    addPendingConnection(socket);
}
