#pragma once

#include "MailAlias.h"
#include "MailApi.h"
#include "MailUser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A CSV import checked row by row before anything is sent. Users: email,password,admin,quota. Aliases:
// address,forwards_to,permitted_senders (several addresses in one field separated by commas or line breaks).
// A first row naming the columns is skipped. Every row ends up in exactly one state; the summary counts them all,
// so nothing is skipped silently. The export functions write the same columns.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    enum class Kind { Users, Aliases };
    enum class State {
        Invalid, // refused by the checks: never sent
        Pending, // valid, not sent yet
        Done, // the box accepted it
        Failed, // the box refused it (message = its answer)
        NotApplied, // valid but the import was cancelled before it
    };

    struct Row
    {
        int line = 0;
        QString key; // the email or alias address
        QString details; // admin/quota, or targets → senders, for the preview
        MailApi::Request request;
        State state = State::Pending;
        QString message; // why invalid or failed
    };

    ImportPlan() = default;
    static ImportPlan fromCsv(Kind kind, const QString& text);

    Kind kind() const { return m_kind; }
    QString fileError() const { return m_fileError; } // the file as a whole could not be read
    const QList<Row>& rows() const { return m_rows; }
    Row& row(int i) { return m_rows[i]; }
    int count(State state) const;
    int validCount() const;
    QString summary() const;

    static QStringList header(Kind kind);
    static QString usersCsv(const QList<MailUser>& users); // active users; the password column stays empty
    static QString aliasesCsv(const QList<MailAlias>& aliases); // user-defined aliases only
    static QString stateName(State state);

private:
    void addUserRow(int line, const QStringList& fields);
    void addAliasRow(int line, const QStringList& fields);

    Kind m_kind = Kind::Users;
    QString m_fileError;
    QList<Row> m_rows;
};
