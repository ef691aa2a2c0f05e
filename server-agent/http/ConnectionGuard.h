#pragma once

#include "RequestFraming.h"

#include <QObject>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

// Limits on one client connection, attached before the HTTP server sees the socket:
// - framing: every byte that arrives goes through RequestFraming before Qt's HTTP parser reads it; a
//   malformed request (see RequestFraming: 400, 413, 414, 431) is answered with that status and the
//   connection closed, so the parser never acts on it and no route runs;
// - time: the TLS handshake and each request must arrive completely within the idle timeout after the
//   connection is taken on (for TLS: once the client's hello arrived, which QSslServer itself waits
//   for a few seconds at most) or after the previous answer went out, so a trickling client cannot hold a
//   connection; an idle keep-alive connection is closed after it. Requests being processed are never cut off.
//
// To see each byte once, the guard notes how many bytes are left unread after the parser's turn on every
// readyRead (a second connection made after the parser's, see armAll): what is available beyond that on the
// next readyRead is new.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // A 1 MiB body (nginx's client_max_body_size).
    static constexpr qint64 MaxBodySize = 1024 * 1024;
    static constexpr int DefaultIdleTimeoutMs = 60000;
    // After a refusal: see refuse().
    static constexpr int LingerQuietMs = 1000;
    static constexpr int LingerMaxMs = 10000;
    static constexpr qint64 LingerMaxBytes = 16 * 1024 * 1024;

    static void attach(QTcpSocket* socket, int idleTimeoutMs);
    // Called right after the HTTP server took on new connections of `server` (its readyRead handler is then
    // connected): the guards of those connections start noting what the parser left unread.
    static void armAll(QTcpServer* server);
    // Called by the server around the processing of each request.
    static void requestStarted(QTcpSocket* socket);
    static void answerSent(QTcpSocket* socket);

private:
    ConnectionGuard(QTcpSocket* socket, int idleTimeoutMs);
    void onReadyRead();
    void afterParser();
    void onTimeout();
    void refuse(int status);

    QTcpSocket* m_socket;
    QTimer m_timer;
    RequestFraming m_framing{MaxBodySize};
    int m_inFlight = 0;
    qint64 m_seenUnread = 0; // bytes in the socket's buffer that went through m_framing already
    bool m_armed = false;
    qint64 m_lingerBytes = 0;
};
