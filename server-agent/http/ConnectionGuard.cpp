#include "ConnectionGuard.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcGuard, "boxkeeper.agent.server.guard", QtInfoMsg)

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return "Request Entity Too Large";
    case 414:
        return "Request-URI Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

} // namespace

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

void ConnectionGuard::armAll(QTcpServer* server)
{
    const auto guards = server->findChildren<ConnectionGuard*>();
    for (ConnectionGuard* guard : guards) {
        if (!guard->m_armed) {
            guard->m_armed = true;
            connect(guard->m_socket, &QTcpSocket::readyRead, guard, &ConnectionGuard::afterParser);
        }
    }
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
    // This runs before the HTTP parser reads. Only the parser reads the socket, and only on readyRead
    // (after this), so the bytes available beyond those left unread after its last turn are new.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_seenUnread;
    m_seenUnread = available;
    if (fresh <= 0) {
        return;
    }
    const QByteArray buffered = m_socket->peek(available);
    const int verdict = m_framing.feed(buffered.constData() + (buffered.size() - fresh), fresh);
    if (verdict != 0) {
        refuse(verdict);
    }
}

void ConnectionGuard::afterParser()
{
    m_seenUnread = m_socket->bytesAvailable();
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

void ConnectionGuard::refuse(int status)
{
    qCInfo(lcGuard).noquote() << "request from" << m_socket->peerAddress().toString() << "refused with" << status
                              << "(" + QString::fromLatin1(m_framing.reason()) + ")";
    // Take the socket away from the HTTP parser and drop everything that still comes.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted()) {
        m_socket->commitTransaction();
    }
    m_socket->readAll();
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    const QByteArray body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
                            "</h1></center>\r\n</body>\r\n</html>\r\n";
    m_socket->write("HTTP/1.1 " + title + "\r\nContent-Type: text/html\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Lingering close, as nginx does: closing with unread bytes would reset the connection and the client,
    // still sending its request, might lose the answer. So what still comes is read and dropped until the
    // client is quiet for LingerQuietMs (or LingerMaxMs or LingerMaxBytes are reached), then the connection closes.
    m_timer.stop();
    auto* quiet = new QTimer(this);
    quiet->setSingleShot(true);
    connect(quiet, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    quiet->start(LingerQuietMs);
    QTimer::singleShot(LingerMaxMs, m_socket, &QTcpSocket::abort);
    connect(m_socket, &QTcpSocket::readyRead, this, [this, quiet] {
        m_lingerBytes += m_socket->readAll().size();
        if (m_lingerBytes > LingerMaxBytes) {
            m_socket->abort();
        } else {
            quiet->start();
        }
    });
}
