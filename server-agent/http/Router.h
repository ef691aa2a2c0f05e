#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "auth/AuthContext.h"

#include <functional>
#include <variant>
#include <vector>

// Maps (method, path) to handlers with Flask's routing behaviour (api.md §1.1): unknown path 404,
// known path with another method 405 + Allow (both before any auth check), HEAD wherever GET,
// OPTIONS answered on every route, an exception in a handler 500.
// Patterns are paths like "/mail/users/add" with "<name>" for one segment and "<path:name>" for the rest.
class Router
{
public:
    enum class Access {
        Anonymous, // the handler sees AuthContext{} and does its own credential handling (/login, /logout)
        Admin, // the authorizer must accept the caller and the caller must be an administrator
    };
    using Handler = std::function<HttpResponse(const HttpRequest&, const AuthContext&)>;
    // Returns the authenticated caller, or the complete refusal to send (401/403/429...).
    // It is told whether the route requires an administrator.
    using Authorizer = std::function<std::variant<AuthContext, HttpResponse>(const HttpRequest&, bool requireAdmin)>;

    // Told of every request that reached a route, once answered: the route's pattern, the caller (null when the
    // authorizer refused it or the route is anonymous) and the answer. Runs on the request's thread.
    using Observer = std::function<void(const HttpRequest& request, const QString& route, const AuthContext* caller,
                                        const HttpResponse& response)>;

    void addRoute(const QByteArray& method, const QString& pattern, Access access, Handler handler);
    void setAuthorizer(Authorizer authorizer);
    void setObserver(Observer observer);
    // Drops every route whose pattern starts with `prefix` (e.g. "/boxkeeper/"): they answer 404 as unknown paths.
    void removeRoutesUnder(const QString& prefix);

    // Finds the route, authorizes, runs the handler. Thread-safe once routes are registered.
    HttpResponse dispatch(const HttpRequest& request) const;

    // True if some route's pattern matches `path` (any method).
    bool hasPath(const QString& path) const;
    // The (method, pattern) of every route with that access (tests check tables that must cover them all).
    QList<QPair<QByteArray, QString>> routes(Access access) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        bool restParam = false; // last segment is <path:name>
        int staticSegments = 0;
        Access access;
        Handler handler;
    };
    static bool match(const Route& route, const QStringList& parts, QHash<QString, QString>* params);
    // Authorizes (for Admin routes: *caller then points at *authenticated) and runs the handler.
    HttpResponse run(const Route& route, const HttpRequest& request, AuthContext* authenticated,
                     const AuthContext** caller) const;

    std::vector<Route> m_routes;
    Authorizer m_authorizer;
    Observer m_observer;
};
