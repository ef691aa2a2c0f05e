#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the agent's handlers see it: copied out of the socket layer,
// so handlers run on any thread and tests build requests without a network.
class HttpRequest
{
public:
    QByteArray method; // upper case: "GET", "POST", ...
    QString path; // decoded, without the "/admin" prefix: "/mail/users"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;
    QHostAddress peer;
    bool viaProxy = false; // came over the plain-HTTP listener, behind nginx (see ClientAddress)
    QHash<QString, QString> pathParams; // filled by the router from "<name>" segments

    // Case-insensitive header lookup; empty if absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;

    // Query string value (GET parameters); `fallback` when absent.
    QString queryValue(const QString& name, const QString& fallback = QString()) const;

    // Form field from an application/x-www-form-urlencoded or multipart/form-data body.
    // Form fields are never read from the query string (upstream behaviour).
    QString formValue(const QString& name, const QString& fallback = QString()) const;
    bool hasFormValue(const QString& name) const;
    // The names of the form's fields.
    QStringList formNames() const;

private:
    void parseForm() const;
    mutable bool m_formParsed = false;
    mutable QHash<QString, QString> m_form; // first value of each field wins
};
