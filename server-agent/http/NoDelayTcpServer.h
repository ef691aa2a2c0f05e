#pragma once

#include <QTcpServer>
#include <QTcpSocket>

// A plain QTcpServer with TCP_NODELAY on accepted connections (the --plain-http listener behind nginx).
class NoDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    static void setNoDelay(qintptr descriptor);
    // Qt's HTTP parser buffers a whole request before anyone sees it. This cuts a connection off (with a 413
    // answer) as soon as more than `limit` bytes of one request are waiting, so that a client cannot make
    // the agent buffer an unbounded body. Must run before the HTTP server connects to the socket.
    static void limitRequestSize(QTcpSocket* socket, qint64 limit);
    // The most a request (headers and body) may take: a 1 MiB body plus room for headers.
    static constexpr qint64 MaxRequestSize = 1024 * 1024 + 64 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override;
};
