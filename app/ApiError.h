#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// A typed failure of one API call. `message` is translated and ready to show; the other fields keep what the
// server or the network said, so callers can decide (e.g. X-Reason "missing-totp-token" → ask for the code).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network, // no HTTP answer: refused, unreachable, DNS, connection dropped
        Tls, // certificate not trusted, changed, or handshake failure
        Auth, // 401/403 or a login refusal; `reason` holds X-Reason / the login reason
        Http, // any other HTTP error status; `serverText` holds the server's message
        Parse, // the answer could not be understood
        Timeout, // no answer within the transfer timeout
        Cancelled, // aborted by the caller
    };

    enum class TlsProblem {
        None,
        Untrusted, // no pin and not CA-valid: the user has to decide
        Changed, // pinned fingerprint differs from the presented one
        Other, // an error pinning cannot excuse (expired, revoked, handshake)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason; // X-Reason header, or the "reason" of a login answer
    QString serverText; // the body of an error answer, as sent
    QString message; // translated, for people

    TlsProblem tlsProblem = TlsProblem::None;
    QString host; // host:port the call went to
    QString pinnedFingerprint;
    QString presentedFingerprint;
    QList<QSslCertificate> chain;
    QList<QSslError> sslErrors;

    bool isError() const { return kind != Kind::None; }

    // An answer the client core could not understand (Kind::Parse), with the sentence to show.
    static ApiError unreadable(const QString& message)
    {
        ApiError error;
        error.kind = Kind::Parse;
        error.message = message;
        return error;
    }

    // The one place that turns an HTTP status (and the server's text, if any) into words.
    static QString messageForStatus(int status, const QString& serverText = {});
    // Known upstream authentication reasons → translated sentences; unknown ones are shown as sent.
    static QString messageForReason(const QString& reason);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
