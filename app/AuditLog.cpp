#include "AuditLog.h"

#include "CsvDocument.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

QString compact(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QString AuditEntry::who() const
{
    if (!token.isEmpty())
        return QCoreApplication::translate("AuditLog", "token %1").arg(token);
    if (user.isEmpty() && systemKey)
        return QCoreApplication::translate("AuditLog", "system API key");
    return user;
}

QString AuditEntry::action() const
{
    return method + QLatin1Char(' ') + (path.isEmpty() ? route : path);
}

QString AuditEntry::paramsText() const
{
    QStringList parts;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + compact(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString AuditEntry::resultText() const
{
    const QString name = AuditLog::resultName(result);
    if (result == QLatin1String("ok"))
        return name;
    QString text = status ? QStringLiteral("%1 (%2)").arg(name).arg(status) : name;
    // A refusal answered in JSON ({"status": "error", "reason": …}): its reason.
    QString said = message;
    if (said.startsWith(QLatin1Char('{'))) {
        const QJsonValue reason = QJsonDocument::fromJson(said.toUtf8()).object().value(QLatin1String("reason"));
        if (reason.isString() && !reason.toString().isEmpty())
            said = reason.toString();
    }
    if (!said.isEmpty())
        text += QStringLiteral(": ") + said;
    return text;
}

QStringList AuditLog::results()
{
    return {QStringLiteral("ok"), QStringLiteral("refused"), QStringLiteral("invalid"), QStringLiteral("failed")};
}

QString AuditLog::resultName(const QString& result)
{
    if (result == QLatin1String("ok"))
        return tr("OK");
    if (result == QLatin1String("refused"))
        return tr("Refused");
    if (result == QLatin1String("invalid"))
        return tr("Invalid input");
    if (result == QLatin1String("failed"))
        return tr("Failed");
    return result;
}

QUrlQuery AuditLog::query(const AuditFilter& filter, std::optional<qint64> before, int limit)
{
    QUrlQuery q;
    const auto add = [&q](const char* key, const QString& value) {
        if (!value.isEmpty())
            q.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("who", filter.who.trimmed());
    add("what", filter.what.trimmed());
    add("result", filter.result);
    // The local days' boundaries in UTC: the box keeps UTC times.
    if (filter.since.isValid())
        add("since", isoUtc(filter.since.startOfDay()));
    if (filter.until.isValid())
        add("until", isoUtc(filter.until.endOfDay().addMSecs(-999)));
    if (before)
        add("before", QString::number(*before));
    add("limit", QString::number(limit));
    return q;
}

bool AuditLog::parsePage(const QJsonDocument& document, AuditLogPage* out)
{
    const QJsonObject o = document.object();
    const QJsonValue entries = o.value(QLatin1String("entries"));
    if (!document.isObject() || !entries.isArray())
        return false;
    AuditLogPage page;
    for (const QJsonValue& v : entries.toArray()) {
        const QJsonObject e = v.toObject();
        AuditEntry entry;
        entry.id = e.value(QLatin1String("id")).toVariant().toLongLong();
        entry.time = QDateTime::fromString(e.value(QLatin1String("time")).toString(), Qt::ISODate);
        if (!v.isObject() || !entry.time.isValid())
            return false;
        if (entry.time.timeSpec() == Qt::LocalTime)
            entry.time.setTimeSpec(Qt::UTC);
        entry.time = entry.time.toUTC();
        entry.user = e.value(QLatin1String("user")).toString();
        entry.token = e.value(QLatin1String("token")).toString();
        entry.systemKey = e.value(QLatin1String("system_key")).toBool();
        entry.client = e.value(QLatin1String("client")).toString();
        entry.method = e.value(QLatin1String("method")).toString();
        entry.route = e.value(QLatin1String("route")).toString();
        entry.path = e.value(QLatin1String("path")).toString();
        entry.params = e.value(QLatin1String("params")).toObject();
        entry.status = e.value(QLatin1String("status")).toInt();
        entry.result = e.value(QLatin1String("result")).toString();
        entry.message = e.value(QLatin1String("message")).toString();
        page.entries.append(entry);
    }
    const QJsonValue next = o.value(QLatin1String("next"));
    if (next.isDouble())
        page.next = qint64(next.toDouble());
    else if (!next.isNull() && !next.isUndefined())
        return false;
    *out = page;
    return true;
}

QString AuditLog::csv(const AuditEntryList& entries)
{
    QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("local_time"),
                             QStringLiteral("user"), QStringLiteral("token"), QStringLiteral("client"),
                             QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("parameters"),
                             QStringLiteral("status"), QStringLiteral("result"), QStringLiteral("message")}};
    for (const AuditEntry& e : entries) {
        rows.append({QString::number(e.id), isoUtc(e.time),
                     e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.user, e.token, e.client,
                     e.method, e.path.isEmpty() ? e.route : e.path, e.paramsText(), QString::number(e.status), e.result,
                     e.message});
    }
    return CsvDocument::write(rows);
}
