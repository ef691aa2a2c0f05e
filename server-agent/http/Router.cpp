#include "Router.h"

#include <QLoggingCategory>

#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcRouter, "boxkeeper.agent.http")

void Router::addRoute(const QByteArray& method, const QString& pattern, Access access, Handler handler)
{
    Route r;
    r.method = method.toUpper();
    r.pattern = pattern;
    r.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& s : r.segments) {
        if (!s.startsWith(QLatin1Char('<'))) {
            ++r.staticSegments;
        }
    }
    r.restParam = !r.segments.isEmpty() && r.segments.constLast().startsWith(QLatin1String("<path:"));
    r.access = access;
    r.handler = std::move(handler);
    m_routes.push_back(std::move(r));
    // More specific (more literal segments) first, as Werkzeug prefers static rules.
    std::stable_sort(m_routes.begin(), m_routes.end(),
                     [](const Route& a, const Route& b) { return a.staticSegments > b.staticSegments; });
}

void Router::removeRoutesUnder(const QString& prefix)
{
    const QStringList prefixParts = prefix.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.erase(std::remove_if(m_routes.begin(), m_routes.end(),
                                  [&](const Route& r) {
                                      return r.segments.size() >= prefixParts.size() &&
                                             std::equal(prefixParts.begin(), prefixParts.end(), r.segments.begin());
                                  }),
                   m_routes.end());
}

void Router::setAuthorizer(Authorizer authorizer)
{
    m_authorizer = std::move(authorizer);
}

void Router::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

bool Router::match(const Route& route, const QStringList& parts, QHash<QString, QString>* params)
{
    const auto& segs = route.segments;
    if (route.restParam ? parts.size() < segs.size() : parts.size() != segs.size()) {
        return false;
    }
    for (qsizetype i = 0; i < segs.size(); ++i) {
        const QString& s = segs.at(i);
        if (s.startsWith(QLatin1Char('<'))) {
            if (route.restParam && i == segs.size() - 1) {
                const QString name = s.mid(6, s.size() - 7);
                if (params) {
                    params->insert(name, parts.mid(i).join(QLatin1Char('/')));
                }
                return true;
            }
            if (params) {
                params->insert(s.mid(1, s.size() - 2), parts.at(i));
            }
        } else if (s != parts.at(i)) {
            return false;
        }
    }
    return true;
}

static QStringList pathParts(const QString& path, bool* trailingSlash)
{
    *trailingSlash = path.size() > 1 && path.endsWith(QLatin1Char('/'));
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool Router::hasPath(const QString& path) const
{
    bool trailing = false;
    const QStringList parts = pathParts(path, &trailing);
    if (trailing) {
        return false;
    }
    return std::any_of(m_routes.begin(), m_routes.end(), [&](const Route& r) { return match(r, parts, nullptr); });
}

QList<QPair<QByteArray, QString>> Router::routes(Access access) const
{
    QList<QPair<QByteArray, QString>> out;
    for (const Route& r : m_routes) {
        if (r.access == access)
            out.append({r.method, r.pattern});
    }
    return out;
}

HttpResponse Router::dispatch(const HttpRequest& request) const
{
    bool trailing = false;
    const QStringList parts = pathParts(request.path, &trailing);
    if (trailing) {
        return HttpResponse::notFound();
    }

    QList<QByteArray> allowed;
    const Route* found = nullptr;
    QHash<QString, QString> params;
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    for (const Route& r : m_routes) {
        QHash<QString, QString> p;
        if (!match(r, parts, &p)) {
            continue;
        }
        if (!allowed.contains(r.method)) {
            allowed.append(r.method);
        }
        if (!found && r.method == method) {
            found = &r;
            params = p;
        }
    }
    if (allowed.isEmpty()) {
        return HttpResponse::notFound();
    }
    if (allowed.contains("GET")) {
        allowed.append("HEAD");
    }
    allowed.append("OPTIONS");
    std::sort(allowed.begin(), allowed.end());
    if (request.method == "OPTIONS") {
        HttpResponse r = HttpResponse::text(QString());
        r.setHeader("Allow", allowed.join(", "));
        return r;
    }
    if (!found) {
        return HttpResponse::methodNotAllowed(allowed);
    }

    HttpRequest routed = request;
    routed.pathParams = params;
    const AuthContext* caller = nullptr;
    AuthContext authenticated;
    HttpResponse response = run(*found, routed, &authenticated, &caller);
    if (m_observer)
        m_observer(routed, found->pattern, caller, response);
    return response;
}

HttpResponse Router::run(const Route& route, const HttpRequest& request, AuthContext* authenticated,
                         const AuthContext** caller) const
{
    try {
        if (route.access == Access::Admin) {
            if (!m_authorizer) {
                return HttpResponse::internalError();
            }
            auto verdict = m_authorizer(request, true);
            if (auto* refusal = std::get_if<HttpResponse>(&verdict)) {
                return *refusal;
            }
            *authenticated = std::get<AuthContext>(verdict);
            *caller = authenticated;
        }
        return route.handler(request, *authenticated);
    } catch (const std::exception& e) {
        qCWarning(lcRouter) << "unhandled error on" << request.method << request.path << ":" << e.what();
        return HttpResponse::internalError();
    } catch (...) {
        qCWarning(lcRouter) << "unhandled error on" << request.method << request.path;
        return HttpResponse::internalError();
    }
}
