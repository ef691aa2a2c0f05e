#include "ConnectionGuard.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcGuard, "boxkeeper.agent.server.guard", QtInfoMsg)

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, int idleTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_timer.start();
}

void ConnectionGuard::attach(QTcpSocket* socket, int idleTimeoutMs)
{
    new ConnectionGuard(socket, idleTimeoutMs > 0 ? idleTimeoutMs : DefaultIdleTimeoutMs);
}

void ConnectionGuard::requestStarted(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        ++guard->m_inFlight;
    }
}

void ConnectionGuard::answerSent(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->m_inFlight = qMax(0, guard->m_inFlight - 1);
        guard->m_timer.start(); // the next request has the full time again
    }
}

void ConnectionGuard::onReadyRead()
{
    // This runs before the HTTP parser reads, so what is available now is what arrived since its last read.
    // The parser keeps a request's bytes in a read transaction until the request is complete: no open
    // transaction means a new request starts here.
    if (!m_socket->isTransactionStarted()) {
        m_requestBytes = 0;
    }
    m_requestBytes += m_socket->bytesAvailable();
    if (m_requestBytes > MaxRequestSize) {
        refuseTooLarge();
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_inFlight > 0) {
        m_timer.start(); // still working on an answer: wait for it
        return;
    }
    qCDebug(lcGuard).noquote() << "closing connection from" << m_socket->peerAddress().toString()
                               << (m_socket->bytesAvailable() > 0 ? "(request incomplete)" : "(idle)");
    m_socket->abort();
}

void ConnectionGuard::refuseTooLarge()
{
    qCInfo(lcGuard).noquote() << "request from" << m_socket->peerAddress().toString() << "over" << MaxRequestSize
                              << "bytes: refused";
    // Take the socket away from the HTTP parser and drop everything that still comes.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted()) {
        m_socket->commitTransaction();
    }
    m_socket->readAll();
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->readAll(); });
    const QByteArray body = "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
                            "<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>\r\n";
    m_socket->write("HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: text/html\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->disconnectFromHost();
}
