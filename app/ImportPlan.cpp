#include "ImportPlan.h"

#include "CsvDocument.h"
#include "MailValidation.h"

#include <QSet>

namespace {
// "yes"/"no" and friends → admin flag; false if not understood.
bool parseAdmin(const QString& text, bool* admin)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0") ||
        t == QLatin1String("user")) {
        *admin = false;
        return true;
    }
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") ||
        t == QLatin1String("admin") || t == QLatin1String("x")) {
        *admin = true;
        return true;
    }
    return false;
}
} // namespace

QStringList ImportPlan::header(Kind kind)
{
    if (kind == Kind::Users) {
        return {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("admin"), QStringLiteral("quota")};
    }
    return {QStringLiteral("address"), QStringLiteral("forwards_to"), QStringLiteral("permitted_senders")};
}

ImportPlan ImportPlan::fromCsv(Kind kind, const QString& text)
{
    ImportPlan plan;
    plan.m_kind = kind;
    QList<CsvDocument::Record> records;
    QString error;
    if (!CsvDocument::parse(text, &records, &error)) {
        plan.m_fileError = error;
        return plan;
    }
    if (!records.isEmpty() && records.first().fields.value(0).trimmed().toLower() == header(kind).first()) {
        records.removeFirst();
    }
    QSet<QString> seen;
    for (const CsvDocument::Record& r : records) {
        if (kind == Kind::Users) {
            plan.addUserRow(r.line, r.fields);
        } else {
            plan.addAliasRow(r.line, r.fields);
        }
        Row& added = plan.m_rows.last();
        const QString key = added.key.toLower();
        if (added.state == State::Pending && seen.contains(key)) {
            added.state = State::Invalid;
            added.message = tr("%1 appears more than once in the file.").arg(added.key);
        }
        seen.insert(key);
    }
    if (plan.m_rows.isEmpty()) {
        plan.m_fileError = tr("The file has no rows to import.");
    }
    return plan;
}

void ImportPlan::addUserRow(int line, const QStringList& fields)
{
    Row row;
    row.line = line;
    row.key = fields.value(0).trimmed();
    const QString password = fields.value(1);
    const QString adminText = fields.value(2);
    const QString quota = fields.value(3).trimmed().isEmpty() ? QStringLiteral("0") : fields.value(3).trimmed();
    bool admin = false;
    const bool adminUnderstood = parseAdmin(adminText, &admin);
    QString problem;
    if (fields.size() > 4) {
        problem = tr("Expected at most four columns (email, password, admin, quota), found %1.").arg(fields.size());
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkAccountEmail(row.key);
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkPassword(password);
    }
    if (problem.isEmpty() && !adminUnderstood) {
        problem = tr("“%1” in the admin column is neither yes nor no.").arg(adminText);
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkQuota(quota);
    }
    row.details = (admin ? tr("administrator") : tr("user")) + QStringLiteral(" · ") +
                  (quota == QLatin1String("0") ? tr("unlimited") : quota.toUpper());
    row.request = MailApi::addUser(row.key, password, admin, quota);
    row.state = problem.isEmpty() ? State::Pending : State::Invalid;
    row.message = problem;
    m_rows.append(row);
}

void ImportPlan::addAliasRow(int line, const QStringList& fields)
{
    Row row;
    row.line = line;
    row.key = fields.value(0).trimmed();
    const QStringList targets = MailValidation::splitAddresses(fields.value(1));
    const QStringList senders = MailValidation::splitAddresses(fields.value(2));
    QString problem;
    if (fields.size() > 3) {
        problem = tr("Expected at most three columns (address, forwards_to, permitted_senders), found %1.")
                      .arg(fields.size());
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkAliasAddress(row.key);
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkForwardTargets(targets);
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkPermittedSenders(senders);
    }
    if (problem.isEmpty()) {
        problem = MailValidation::checkAliasHasTarget(targets, senders);
    }
    row.details = targets.join(QStringLiteral(", "));
    if (!senders.isEmpty()) {
        row.details += QStringLiteral(" · ") + tr("senders: %1").arg(senders.join(QStringLiteral(", ")));
    }
    row.request = MailApi::addAlias(row.key, targets, senders, false);
    row.state = problem.isEmpty() ? State::Pending : State::Invalid;
    row.message = problem;
    m_rows.append(row);
}

int ImportPlan::count(State state) const
{
    int n = 0;
    for (const Row& r : m_rows) {
        n += r.state == state ? 1 : 0;
    }
    return n;
}

int ImportPlan::validCount() const
{
    return int(m_rows.size()) - count(State::Invalid);
}

QString ImportPlan::summary() const
{
    QStringList parts;
    parts << tr("%n row(s) applied", nullptr, count(State::Done)) << tr("%n failed", nullptr, count(State::Failed))
          << tr("%n invalid and not sent", nullptr, count(State::Invalid));
    if (count(State::NotApplied) > 0) {
        parts << tr("%n not applied (cancelled)", nullptr, count(State::NotApplied));
    }
    if (count(State::Pending) > 0) {
        parts << tr("%n waiting", nullptr, count(State::Pending));
    }
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QString ImportPlan::stateName(State state)
{
    switch (state) {
    case State::Invalid:
        return tr("invalid");
    case State::Pending:
        return tr("ready");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    case State::NotApplied:
        return tr("not applied");
    }
    return {};
}

QString ImportPlan::usersCsv(const QList<MailUser>& users)
{
    QList<QStringList> rows{header(Kind::Users)};
    for (const MailUser& u : users) {
        if (u.active) {
            rows.append({u.email, QString(), u.isAdmin() ? QStringLiteral("yes") : QStringLiteral("no"),
                         u.quota.isEmpty() ? QStringLiteral("0") : u.quota});
        }
    }
    return CsvDocument::write(rows);
}

QString ImportPlan::aliasesCsv(const QList<MailAlias>& aliases)
{
    QList<QStringList> rows{header(Kind::Aliases)};
    for (const MailAlias& a : aliases) {
        if (!a.automatic) {
            rows.append({a.address, a.forwardsTo.join(QLatin1Char(',')), a.permittedSenders.join(QLatin1Char(','))});
        }
    }
    return CsvDocument::write(rows);
}
