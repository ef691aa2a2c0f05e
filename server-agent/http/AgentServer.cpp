#include "AgentServer.h"

#include "ConnectionGuard.h"

#include "HttpRequest.h"
#include "NoDelaySslServer.h"
#include "NoDelayTcpServer.h"
#include "Router.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcServer, "boxkeeper.agent.server", QtInfoMsg)

// An answer computed but not yet written (an earlier request on the same connection is still running).
struct AgentServer::Pending
{
    std::shared_ptr<QHttpServerResponder> responder;
    HttpResponse response;
    bool head = false;
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

void writeResponse(QHttpServerResponder& responder, const HttpResponse& r, bool head)
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
    if (!server->listen(address, port)) {
        if (error) {
            *error = server->errorString();
        }
        delete server;
        return 0;
    }
    bind(server);
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
    copy.path = stripAdminPrefix(request.url().path());
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = request.remoteAddress();

    ConnectionGuard::requestStarted(socket);
    Connection& connection = connectionFor(socket);
    const quint64 serial = connection.nextSerial++;
    Pending& slot = connection.pending[serial];
    slot.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    slot.head = copy.method == "HEAD";

    if (copy.body.size() > MaxBodySize) {
        HttpResponse tooLarge = HttpResponse::text(
            QStringLiteral("<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
                           "<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>\r\n"),
            413);
        finish(socket, serial, tooLarge, slot.head);
        return true;
    }

    QPointer<QTcpSocket> guard(socket);
    const bool head = slot.head;
    QThreadPool* pool = &m_pool;
    auto future = QtConcurrent::run(pool, [this, guard, serial, head, copy = std::move(copy)]() {
        QElapsedTimer timer;
        timer.start();
        HttpResponse response = m_router.dispatch(copy);
        qCDebug(lcServer).noquote() << copy.method << copy.path << response.status << timer.nsecsElapsed() / 1000
                                    << "us";
        QMetaObject::invokeMethod(
            this,
            [this, guard, serial, head, response = std::move(response)]() {
                if (guard) {
                    finish(guard.data(), serial, response, head);
                }
            },
            Qt::QueuedConnection);
    });
    Q_UNUSED(future)
    return true;
}

void AgentServer::finish(QTcpSocket* socket, quint64 serial, const HttpResponse& response, bool head)
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
    pending->head = head;
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
            writeResponse(*next->responder, next->response, next->head);
        }
        ConnectionGuard::answerSent(socket);
        c.pending.erase(next);
        ++c.nextToWrite;
    }
}

void AgentServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto responder = makeResponder(request, socket);
    writeResponse(responder, HttpResponse::notFound(), false);
}
