#pragma once

#include <QObject>
#include <QTimer>

class QTcpSocket;

// Limits on one client connection, attached before the HTTP server sees the socket:
// - size: Qt's HTTP parser buffers a whole request before anyone sees it, so a request growing past
//   MaxRequestSize is cut off while it arrives, with a 413 answer;
// - time: the TLS handshake and each request must arrive completely within the idle timeout after the
//   connection is taken on (for TLS: once the client's hello arrived, which QSslServer itself waits
//   for a few seconds at most) or after the previous answer went out, so a trickling client cannot hold a
//   connection; an idle keep-alive connection is closed after it. Requests being processed are never cut off.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // A 1 MiB body (nginx's client_max_body_size) plus room for the headers.
    static constexpr qint64 MaxRequestSize = 1024 * 1024 + 64 * 1024;
    static constexpr int DefaultIdleTimeoutMs = 60000;

    static void attach(QTcpSocket* socket, int idleTimeoutMs);
    // Called by the server around the processing of each request.
    static void requestStarted(QTcpSocket* socket);
    static void answerSent(QTcpSocket* socket);

private:
    ConnectionGuard(QTcpSocket* socket, int idleTimeoutMs);
    void onReadyRead();
    void onTimeout();
    void refuseTooLarge();

    QTcpSocket* m_socket;
    QTimer m_timer;
    int m_inFlight = 0;
    qint64 m_requestBytes = 0; // of the request being received
};
