#include "AgentServer.h"

#include "ConnectionGuard.h"

#include "HttpRequest.h"
#include "NoDelaySslServer.h"
#include "NoDelayTcpServer.h"
#include "Router.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QSslCipher>
#include <QSslDiffieHellmanParameters>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtConcurrent>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcServer, "boxkeeper.agent.server", QtInfoMsg)

// An answer computed but not yet written (an earlier request on the same connection is still running).
struct AgentServer::Pending
{
    std::shared_ptr<QHttpServerResponder> responder;
    HttpResponse response;
    bool head = false;
    bool hsts = false;
    bool done = false;
};

// Per connection: the requests in arrival order, so that answers go out in the same order.
struct AgentServer::Connection
{
    quint64 nextSerial = 0;
    quint64 nextToWrite = 0;
    QMap<quint64, Pending> pending;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// Mozilla's "intermediate" TLS configuration: TLS 1.2 with these suites, in this order, and
// TLS 1.3 with OpenSSL's default suites (all three of them are in the list).
const char* const IntermediateTls12Ciphers[] = {
    "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",   "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",   "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    "DHE-RSA-AES128-GCM-SHA256",     "DHE-RSA-AES256-GCM-SHA384",
};

// The DHE suites' group: ffdhe2048 (RFC 7919), which Mozilla's configuration names; Qt sets none by default.
const char FfDhe2048Pem[] = "-----BEGIN DH PARAMETERS-----\n"
                            "MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz\n"
                            "+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a\n"
                            "87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7\n"
                            "YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi\n"
                            "7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD\n"
                            "ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==\n"
                            "-----END DH PARAMETERS-----\n";

// The largest listen backlog the kernel grants (it caps listen()'s argument at net.core.somaxconn).
int systemMaxBacklog()
{
    QFile file(QStringLiteral("/proc/sys/net/core/somaxconn"));
    if (file.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const int max = file.readAll().trimmed().toInt(&ok);
        if (ok && max > 0) {
            return max;
        }
    }
    return SOMAXCONN;
}

void writeResponse(QHttpServerResponder& responder, const HttpResponse& r, bool head, bool hsts)
{
    // Qt writes the reason phrase from its own table and cannot write a code it does not know.
    const bool known = QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(r.status) != nullptr;
    if (!known) {
        qCWarning(lcServer) << "answer with unknown status" << r.status << "sent as 500";
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(known ? r.status : 500));
    responder.writeHeader("Content-Type", r.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    for (const auto& h : r.headers) {
        responder.writeHeader(h.first, h.second);
    }
    // What nginx adds in front of upstream's daemon.
    responder.writeHeader("X-Frame-Options", "DENY");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Content-Security-Policy", "frame-ancestors 'none';");
    if (hsts) {
        responder.writeHeader("Strict-Transport-Security", AgentServer::HstsValue);
    }
    responder.writeBody(head ? QByteArray() : r.body);
}

} // namespace

AgentServer::AgentServer(const Router& router, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
    // Some calls take long (DNS updates, status checks): enough threads that they do not hold up the rest.
    m_pool.setMaxThreadCount(qMax(16, QThread::idealThreadCount() * 4));
    m_pool.setExpiryTimeout(-1); // keep the threads: each holds its database connection
}

AgentServer::~AgentServer()
{
    drain();
}

void AgentServer::drain()
{
    m_pool.waitForDone(30000);
}

quint16 AgentServer::listenTls(const QHostAddress& address, quint16 port, QSslConfiguration tls, QString* error)
{
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QList<QSslCipher> ciphers;
    for (const char* name : IntermediateTls12Ciphers) {
        const QSslCipher cipher(QString::fromLatin1(name), QSsl::TlsV1_2);
        if (!cipher.isNull()) {
            ciphers.append(cipher);
        }
    }
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        if (cipher.protocol() == QSsl::TlsV1_3) {
            ciphers.append(cipher);
        }
    }
    tls.setCiphers(ciphers);
    const auto dh = QSslDiffieHellmanParameters::fromEncoded(QByteArray(FfDhe2048Pem), QSsl::Pem);
    if (dh.isValid()) {
        tls.setDiffieHellmanParameters(dh);
    } else {
        qCWarning(lcServer) << "DHE suites not offered:" << dh.errorString();
    }
    auto* server = new NoDelaySslServer(this);
    server->setIdleTimeout(m_idleTimeoutMs);
    server->setSslConfiguration(tls);
    return bindListening(server, address, port, error);
}

quint16 AgentServer::listenPlain(const QHostAddress& address, quint16 port, QString* error)
{
    auto* server = new NoDelayTcpServer(this);
    server->setIdleTimeout(m_idleTimeoutMs);
    return bindListening(server, address, port, error);
}

quint16 AgentServer::bindListening(QTcpServer* server, const QHostAddress& address, quint16 port, QString* error)
{
    server->setListenBacklogSize(systemMaxBacklog());
    if (!server->listen(address, port)) {
        if (error) {
            *error = server->errorString();
        }
        delete server;
        return 0;
    }
    bind(server);
    // After bind(): runs once the HTTP server has connected its reader to the new connections.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [server] { ConnectionGuard::armAll(server); });
    return server->serverPort();
}

QString AgentServer::stripAdminPrefix(const QString& path)
{
    if (path == QLatin1String("/admin")) {
        return QStringLiteral("/");
    }
    if (path.startsWith(QLatin1String("/admin/"))) {
        return path.mid(6);
    }
    return path;
}

AgentServer::Connection& AgentServer::connectionFor(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        it = m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    return **it;
}

bool AgentServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    const QString fullPath = request.url().path();
    copy.path = stripAdminPrefix(fullPath);
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    copy.viaProxy = qobject_cast<QSslSocket*>(socket) == nullptr; // the plain listener sits behind nginx

    ConnectionGuard::requestStarted(socket);
    Connection& connection = connectionFor(socket);
    const quint64 serial = connection.nextSerial++;
    Pending& slot = connection.pending[serial];
    slot.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    slot.head = copy.method == "HEAD";
    // nginx sends HSTS for the primary hostname everywhere but in its /admin/ location (which sets headers of
    // its own, so the server's are not inherited); behind nginx, nginx adds it itself.
    slot.hsts = !copy.viaProxy && fullPath != QLatin1String("/admin") && !fullPath.startsWith(QLatin1String("/admin/"));

    if (copy.body.size() > MaxBodySize) {
        HttpResponse tooLarge = HttpResponse::text(
            QStringLiteral("<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
                           "<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>\r\n"),
            413);
        finish(socket, serial, tooLarge);
        return true;
    }

    QPointer<QTcpSocket> guard(socket);
    QThreadPool* pool = &m_pool;
    auto future = QtConcurrent::run(pool, [this, guard, serial, copy = std::move(copy)]() {
        QElapsedTimer timer;
        timer.start();
        HttpResponse response = m_router.dispatch(copy);
        qCDebug(lcServer).noquote() << copy.method << copy.path << response.status << timer.nsecsElapsed() / 1000
                                    << "us";
        QMetaObject::invokeMethod(
            this,
            [this, guard, serial, response = std::move(response)]() {
                if (guard) {
                    finish(guard.data(), serial, response);
                }
            },
            Qt::QueuedConnection);
    });
    Q_UNUSED(future)
    return true;
}

void AgentServer::finish(QTcpSocket* socket, quint64 serial, const HttpResponse& response)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    auto pending = (*it)->pending.find(serial);
    if (pending == (*it)->pending.end()) {
        return;
    }
    pending->response = response;
    pending->done = true;
    flush(socket);
}

void AgentServer::flush(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    Connection& c = **it;
    while (true) {
        auto next = c.pending.find(c.nextToWrite);
        if (next == c.pending.end() || !next->done) {
            return;
        }
        if (socket->state() == QAbstractSocket::ConnectedState) {
            writeResponse(*next->responder, next->response, next->head, next->hsts);
        }
        ConnectionGuard::answerSent(socket);
        c.pending.erase(next);
        ++c.nextToWrite;
    }
}

void AgentServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto responder = makeResponder(request, socket);
    writeResponse(responder, HttpResponse::notFound(), false, false);
}
