#pragma once

#include "HttpResponse.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QSslConfiguration>
#include <QThreadPool>

#include <memory>

class QTcpServer;
class Router;

// The agent's HTTP(S) front: Qt's HTTP/1.1 parser, requests copied into HttpRequest and routed on a
// thread pool (requests are served concurrently), answers written back on the socket's thread in the
// order the requests arrived on each connection. Adds the headers nginx adds on a Mail-in-a-Box box,
// refuses bodies over 1 MiB (413) and serves every route with and without the "/admin" prefix. Over TLS it
// offers Mozilla's "intermediate" configuration; malformed requests are refused by ConnectionGuard first.
class AgentServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBodySize = 1024 * 1024;
    // What nginx sends on a box's primary hostname (Mail-in-a-Box's default "hsts: yes").
    static constexpr const char* HstsValue = "max-age=15768000";

    explicit AgentServer(const Router& router, QObject* parent = nullptr);
    ~AgentServer() override;

    // TLS 1.2 or newer with the given configuration (certificate and key set). Returns the bound port, 0 on error.
    quint16 listenTls(const QHostAddress& address, quint16 port, QSslConfiguration tls, QString* error = nullptr);
    // Plain HTTP (behind nginx on loopback).
    quint16 listenPlain(const QHostAddress& address, quint16 port, QString* error = nullptr);

    // Connections must deliver each request within this time (default ConnectionGuard::DefaultIdleTimeoutMs).
    void setIdleTimeout(int msecs) { m_idleTimeoutMs = msecs; }

    // Waits for the requests in flight (at shutdown).
    void drain();

    // "/admin/mail/users" -> "/mail/users"; "/admin" -> "/"; other paths unchanged.
    static QString stripAdminPrefix(const QString& path);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Pending;
    struct Connection;
    // Listens with a configured server of ours and serves on it; the port, or 0 (server deleted, *error set).
    quint16 bindListening(QTcpServer* server, const QHostAddress& address, quint16 port, QString* error);
    void finish(QTcpSocket* socket, quint64 serial, const HttpResponse& response);
    void flush(QTcpSocket* socket);
    Connection& connectionFor(QTcpSocket* socket);

    const Router& m_router;
    QThreadPool m_pool;
    int m_idleTimeoutMs = 0;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
};
