#include "DnsApiGuide.h"

#include "ApiGuidePage.h"

ApiGuidePage* DnsApiGuide::customDns(QWidget* parent)
{
    const QList<ApiGuidePage::Call> calls{
        {QStringLiteral("listRecords"), tr("List the custom records"),
         tr("<p>Answers with JSON: every custom record with its name (<tt>qname</tt>), type (<tt>rtype</tt>), value "
            "and zone. <tt>/admin/dns/custom/NAME/TYPE</tt> lists the records of one name and type only; without a "
            "type, <tt>A</tt> is meant.</p>"),
         QStringLiteral("curl -X GET --user ADMIN:PASSWORD https://%1/admin/dns/custom")},
        {QStringLiteral("setRecord"), tr("Set a record (replace its values)"),
         tr("<p><tt>PUT</tt> makes the value in the request body the only value of the name and type. The name must "
            "be in a zone of this box, in lower case, international names in their <tt>xn--</tt> form. The answer "
            "is <tt>OK</tt> when nothing changed, otherwise the zones the box updated.</p>"),
         QStringLiteral("curl -X PUT --user ADMIN:PASSWORD -d \"192.0.2.10\" "
                        "https://%1/admin/dns/custom/www.mydomain.com/A")},
        {QStringLiteral("addRecord"), tr("Add a value"),
         tr("<p><tt>POST</tt> adds the value beside the values the name and type have already (several TXT or MX "
            "records, say).</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"v=spf1 mx -all\" "
                        "https://%1/admin/dns/custom/mydomain.com/TXT")},
        {QStringLiteral("dynamicDns"), tr("Dynamic DNS"),
         tr("<p>An <tt>A</tt> or <tt>AAAA</tt> call without a body stores the address the call comes from: run it "
            "from the machine whose address changes, e.g. every few minutes. Use <tt>curl -4</tt> for an "
            "<tt>A</tt> record and <tt>curl -6</tt> for an <tt>AAAA</tt> record.</p>"),
         QStringLiteral("curl -4 -X PUT --user ADMIN:PASSWORD https://%1/admin/dns/custom/home.mydomain.com/A")},
        {QStringLiteral("removeRecord"), tr("Remove records"),
         tr("<p><tt>DELETE</tt> with a value removes that value; without a body it removes every value of the name "
            "and type.</p>"),
         QStringLiteral("curl -X DELETE --user ADMIN:PASSWORD https://%1/admin/dns/custom/www.mydomain.com/A")},
    };
    return new ApiGuidePage(tr("Custom DNS API"),
                            ApiGuidePage::intro(tr("<p>Custom records can be listed and changed with these calls as "
                                                   "well; the box updates its zones after each change.</p>")),
                            calls, parent);
}
