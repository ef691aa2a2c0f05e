#pragma once

#include "GuidePage.h"

#include <QList>
#include <QString>

class GuideTable;
class QLabel;

// The "API" tab of a list page: what each call of the box's API for that list does, with a curl example that names
// this box (copy buttons through GuideTable). The examples are written with %1 where the box's host name goes;
// until a host name is known they show HOSTNAME.
class ApiGuidePage : public GuidePage
{
    Q_OBJECT

public:
    struct Call
    {
        QString key; // names the example's widgets: valueLabel_<key>, copyButton_<key>
        QString title; // e.g. "Add a user"
        QString description; // rich text: what the call does, its fields and answers
        QString example; // the curl command line, %1 = the box's host name
    };

    ApiGuidePage(const QString& title, const QString& intro, const QList<Call>& calls, QWidget* parent = nullptr);

    // `what` (rich text: what the calls are for) followed by how every call authenticates and fails.
    static QString intro(const QString& what);

    void setHostname(const QString& host);
    QString hostname() const { return m_host; }
    QString example(const QString& key) const; // as shown, with the host name filled in

signals:
    void copied(const QString& text);

private:
    void fill();

    const QList<Call> m_calls;
    QString m_host;
    QList<GuideTable*> m_tables;
};
