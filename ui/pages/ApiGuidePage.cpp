#include "ApiGuidePage.h"

#include "GuideTable.h"

#include <QLabel>

ApiGuidePage::ApiGuidePage(const QString& title, const QString& intro, const QList<Call>& calls, QWidget* parent)
    : GuidePage(title, parent)
    , m_calls(calls)
{
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("apiIntroLabel"));
    introLabel->setWordWrap(true);
    introLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addContent(introLabel);
    for (const Call& call : m_calls) {
        auto* description =
            new QLabel(QStringLiteral("<h3>%1</h3>%2").arg(call.title.toHtmlEscaped(), call.description), this);
        description->setWordWrap(true);
        description->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addContent(description);
        auto* table = new GuideTable(this);
        table->setObjectName(QStringLiteral("apiTable_%1").arg(call.key));
        table->setValuesAreCode(true);
        connect(table, &GuideTable::copied, this, &ApiGuidePage::copied);
        addContent(table);
        m_tables.append(table);
    }
    fill();
}

void ApiGuidePage::setHostname(const QString& host)
{
    if (host == m_host) {
        return;
    }
    m_host = host;
    fill();
}

QString ApiGuidePage::example(const QString& key) const
{
    for (const GuideTable* table : m_tables) {
        const QString text = table->value(key);
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

void ApiGuidePage::fill()
{
    const QString host = m_host.isEmpty() ? QStringLiteral("HOSTNAME") : m_host;
    for (int i = 0; i < m_calls.size(); ++i) {
        m_tables.at(i)->clear();
        m_tables.at(i)->addRow(m_calls.at(i).key, tr("Example"), m_calls.at(i).example.arg(host));
    }
}

QString ApiGuidePage::intro(const QString& what)
{
    return what + QStringLiteral("<p>") +
           tr("Every call is an HTTPS request to the box's <tt>/admin</tt> address. It needs an administrator's email "
              "address and password as HTTP basic authentication: put them in place of <tt>ADMIN:PASSWORD</tt> in the "
              "examples. With two-factor authentication on for that account, add the current six-digit code as the "
              "header <tt>X-Auth-Token</tt>; a code works only once, so scripts that make several calls should log in "
              "with <tt>POST /admin/login</tt> and use the <tt>api_key</tt> it answers with in place of the password. "
              "A refused call answers with status 400 and the reason as plain text.") +
           QStringLiteral("</p>");
}
