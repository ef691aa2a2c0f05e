#include "StatusService.h"

#include "DnssecStatus.h"
#include "MtaStsPolicy.h"
#include "PortProbe.h"
#include "auth/Clock.h"
#include "backup/BackupService.h"
#include "backup/BackupStatus.h"
#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "box/DomainOrder.h"
#include "box/NameResolver.h"
#include "box/ProcessRunner.h"
#include "dns/BoxFactsReader.h"
#include "dns/DnsDomainSet.h"
#include "dns/DnsService.h"
#include "mail/MailService.h"
#include "monitoring/HostReadings.h"
#include "system/SystemService.h"
#include "tls/TlsService.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QWaitCondition>

#include <cmath>
#include <optional>
#include <sys/statvfs.h>

namespace {

Q_LOGGING_CATEGORY(lcStatus, "boxkeeper.agent.status")

constexpr int DefaultTimeoutSecs = 30;

using Maybe = std::optional<QString>;

// Python's str() of a query result that may be None.
QString str(const Maybe& v)
{
    return v ? *v : QStringLiteral("None");
}

const QString NotSet = QStringLiteral("[Not Set]");
const QString TimedOut = QStringLiteral("[timeout]");

// status_checks.py's query_dns through the box's resolver (or the nameserver `at`).
class Lookup
{
public:
    explicit Lookup(const QString& resolver)
        : m_resolver(resolver)
    { }

    // The records joined by "; " (sorted, trailing dots removed), `nxdomain` when there is no answer, "[timeout]".
    Maybe query(const QString& name, const QString& type, const Maybe& nxdomain = NotSet, const QString& at = {}) const
    {
        const NameResolver::Answer a = answer(name, type, at);
        switch (a.status) {
        case NameResolver::Answer::Status::Found:
            return a.text();
        case NameResolver::Answer::Status::NotSet:
            return nxdomain;
        case NameResolver::Answer::Status::TimedOut:
            break;
        }
        return TimedOut;
    }
    NameResolver::Answer answer(const QString& name, const QString& type, const QString& at = {}) const
    {
        const NameResolver resolver(at.isEmpty() ? m_resolver : at);
        return resolver.lookupMany({NameResolver::Question{name, type}}).constFirst();
    }

private:
    QString m_resolver;
};

// The name of the PTR record of an address (dns.reversename.from_address).
QString reverseName(const QString& ip)
{
    const QHostAddress a(ip);
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        QStringList parts = ip.split(QLatin1Char('.'));
        std::reverse(parts.begin(), parts.end());
        return parts.join(QLatin1Char('.')) + QStringLiteral(".in-addr.arpa");
    }
    const Q_IPV6ADDR b = a.toIPv6Address();
    QStringList nibbles;
    for (int i = 15; i >= 0; --i) {
        nibbles.append(QString::number(b[i] & 0xf, 16));
        nibbles.append(QString::number(b[i] >> 4, 16));
    }
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

QString normalizeIp(const QString& ip)
{
    const QHostAddress a(ip);
    return a.isNull() ? ip : a.toString();
}

// Python's round() of a non-negative number (halves to even).
long long pyRound(double v)
{
    return static_cast<long long>(std::nearbyint(v));
}

struct Service
{
    QString name;
    int port; // upstream's port
    bool isPublic;
};

QList<Service> upstreamServices()
{
    return {
        {QStringLiteral("Local DNS (bind9)"), 53, false},
        {QStringLiteral("Local DNS Control (bind9/rndc)"), 953, false},
        {QStringLiteral("Dovecot LMTP LDA"), 10026, false},
        {QStringLiteral("Postgrey"), 10023, false},
        {QStringLiteral("Spamassassin"), 10025, false},
        {QStringLiteral("OpenDKIM"), 8891, false},
        {QStringLiteral("OpenDMARC"), 8893, false},
        {QStringLiteral("Mail-in-a-Box Management Daemon"), 10222, false},
        {QStringLiteral("SSH Login (ssh)"), 0, true}, // the port sshd -T names
        {QStringLiteral("Public DNS (nsd4)"), 53, true},
        {QStringLiteral("Incoming Mail (SMTP/postfix)"), 25, true},
        {QStringLiteral("Outgoing Mail (SMTP 465/postfix)"), 465, true},
        {QStringLiteral("Outgoing Mail (SMTP 587/postfix)"), 587, true},
        {QStringLiteral("IMAPS (dovecot)"), 993, true},
        {QStringLiteral("Mail Filters (Sieve/dovecot)"), 4190, true},
        {QStringLiteral("HTTP Web (nginx)"), 80, true},
        {QStringLiteral("HTTPS Web (nginx)"), 443, true},
    };
}

// STATUS_LOCAL_PORTS / STATUS_PUBLIC_PORTS: "53=5353,953,..." -> upstream port to the port checked. Unset: every
// upstream port as it is on the machine's own box, none elsewhere.
std::optional<QHash<int, int>> portMap(const BoxConfig& config, const QString& key)
{
    const QString value = config.value(key);
    QHash<int, int> map;
    if (value.isNull()) {
        if (!config.isRealBox())
            return map;
        return std::nullopt; // identity
    }
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char('='));
        const int from = parts.value(0).toInt();
        const int to = parts.size() > 1 ? parts.value(1).toInt() : from;
        if (from > 0 && to > 0 && to < 65536)
            map.insert(from, to);
    }
    return map;
}

// sshd -T's settings (lower-case keys), empty when sshd cannot be run (SSHD; on a test box only when set).
QHash<QString, QString> sshdSettings(const BoxConfig& config)
{
    QHash<QString, QString> settings;
    const std::optional<QStringList> command = config.command(QStringLiteral("SSHD"), QStringLiteral("/usr/sbin/sshd"));
    if (!command || command->isEmpty())
        return settings;
    const ProcessResult r =
        ProcessRunner(command->first()).args(command->mid(1) + QStringList{"-T"}).timeout(10000).run();
    if (!r.ok())
        return settings;
    for (const QByteArray& line : r.output.split('\n')) {
        const int space = line.indexOf(' ');
        if (space > 0 && !settings.contains(QString::fromUtf8(line.left(space)).toLower()))
            settings.insert(QString::fromUtf8(line.left(space)).toLower(),
                            QString::fromUtf8(line.mid(space + 1)).trimmed());
    }
    return settings;
}

std::optional<QStringList> toolCommand(const BoxConfig& config, const QString& key, const QString& realBoxDefault)
{
    const std::optional<QStringList> command = config.command(key, realBoxDefault);
    if (!command || command->isEmpty())
        return std::nullopt;
    return command;
}

ProcessResult runTool(const QStringList& command, const QStringList& args, int timeoutMs = 30000)
{
    return ProcessRunner(command.first()).args(command.mid(1) + args).timeout(timeoutMs).run();
}

void checkAliasExists(const QHash<QString, QString>& aliases, const QString& aliasName, const QString& alias,
                      StatusOutput* out)
{
    const auto it = aliases.constFind(alias);
    if (it != aliases.constEnd()) {
        if (!it->isEmpty())
            out->ok(QStringLiteral("%1 exists as a mail alias. [%2 ↦ %3]").arg(aliasName, alias, *it));
        else
            out->error(QStringLiteral("You must set the destination of the mail alias for %1 to direct email to you "
                                      "or another administrator.")
                           .arg(alias));
    } else {
        out->error(QStringLiteral("You must add a mail alias for %1 which directs email to you or another "
                                  "administrator.")
                       .arg(alias));
    }
}

void evaluateSpamhausLookup(const QString& address, const QString& type, const QString& domain, const Maybe& zen,
                            StatusOutput* out)
{
    if (!zen) {
        out->ok(QStringLiteral("%1 address is not blacklisted by zen.spamhaus.org.").arg(type));
    } else if (*zen == TimedOut) {
        out->warning(QStringLiteral("Connection to zen.spamhaus.org timed out. Could not determine whether this "
                                    "box's\n\t\t \t%1 address is blacklisted. Please try again later.")
                         .arg(type));
    } else if (*zen == NotSet) {
        out->warning(QStringLiteral("Could not connect to zen.spamhaus.org. Could not determine whether this "
                                    "box's\n\t\t\t%1 address is blacklisted. Please try again later.")
                         .arg(type));
    } else if (*zen == QLatin1String("127.255.255.252")) {
        out->warning(QStringLiteral("Incorrect spamhaus query: %1. Could not determine whether\n\t\t \tthis box's %2 "
                                    "address is blacklisted.")
                         .arg(domain + QStringLiteral(".zen.spamhaus.org"), type));
    } else if (*zen == QLatin1String("127.255.255.254")) {
        out->warning(QStringLiteral("Mail-in-a-Box is configured to use a public DNS server. This is not supported "
                                    "by\n\t\t\tspamhaus. Could not determine whether this box's %1 address is "
                                    "blacklisted.")
                         .arg(type));
    } else if (*zen == QLatin1String("127.255.255.255")) {
        out->warning(QStringLiteral("Too many queries have been performed on the spamhaus server. Could not "
                                    "determine\n\t\t \twhether this box's %1 address is blacklisted.")
                         .arg(type));
    } else {
        out->error(QStringLiteral("The %1 address of this machine %2 is listed in the Spamhaus Block\n\t\t \tList "
                                  "(code %3), which may prevent recipients from receiving your email. See\n\t\t "
                                  "\thttp://www.spamhaus.org/query/ip/%2.")
                       .arg(type, address, *zen));
    }
}

} // namespace

struct StatusService::Facts
{
    QString primary;
    QString publicIp;
    QString publicIpv6;
    QString resolver;
    QString mtaStsAddress;
    QString trustedCaFile;
    QString zonesDir;
    QString dnssecDir;
    QStringList domains; // to check, canonical order
    QSet<QString> mail;
    QSet<QString> zones;
    QSet<QString> web;
    QSet<QString> withARecords;
    QStringList zoneList;
    QHash<QString, QString> aliases; // source -> destination
    QString tlsaExpected;
    QStringList customSecondaryNs;
    QHash<QString, QStringList> customA;
    QHash<QString, CertificateChecker::Result> certificates;
    QString error; // the domains could not be read
};

StatusService::StatusService(const BoxConfig& config, const Clock& clock, Modules modules)
    : m_config(config)
    , m_clock(clock)
    , m_modules(modules)
{
    bool ok = false;
    const int secs = config.value(QStringLiteral("STATUS_CHECK_TIMEOUT")).toInt(&ok);
    m_timeoutMs = (ok && secs > 0 ? secs : DefaultTimeoutSecs) * 1000;
    m_pool.setMaxThreadCount(32);
}

StatusService::~StatusService()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QList<StatusOutput> StatusService::runAll(const QList<std::function<StatusOutput()>>& checks,
                                          const QList<StatusOutput>& late)
{
    struct Slot
    {
        QMutex mutex;
        QWaitCondition done;
        bool started = false;
        bool finished = false;
        QElapsedTimer clock;
        StatusOutput output;
    };
    QList<std::shared_ptr<Slot>> pending;
    for (const auto& check : checks) {
        auto slot = std::make_shared<Slot>();
        pending.append(slot);
        m_pool.start([slot, check] {
            {
                QMutexLocker lock(&slot->mutex);
                slot->started = true;
                slot->clock.start();
            }
            StatusOutput out = check();
            QMutexLocker lock(&slot->mutex);
            slot->output = out;
            slot->finished = true;
            slot->done.wakeAll();
        });
    }
    QList<StatusOutput> results;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < pending.size(); ++i) {
        Slot& slot = *pending[i];
        QMutexLocker lock(&slot.mutex);
        for (;;) {
            if (slot.finished) {
                results.append(slot.output);
                break;
            }
            // Past its limit once started, or never started (the threads held by earlier checks past theirs).
            if ((slot.started && slot.clock.elapsed() >= m_timeoutMs) ||
                (!slot.started && all.elapsed() >= 2 * m_timeoutMs)) {
                qCWarning(lcStatus) << "a status check did not finish within" << m_timeoutMs / 1000 << "s";
                results.append(late.value(i));
                break;
            }
            slot.done.wait(&slot.mutex, slot.started ? std::max<qint64>(1, m_timeoutMs - slot.clock.elapsed()) : 100);
        }
    }
    return results;
}

StatusOutput StatusService::run(bool rounded)
{
    StatusOutput out;
    out.heading(QStringLiteral("System"));
    bool fatal = false;
    servicesChecks(&out, &fatal);
    if (fatal)
        return out;
    // bind9's cache flushed so the DNS checks are current (errors ignored, as upstream).
    if (const auto rndc = toolCommand(m_config, QStringLiteral("RNDC"), QStringLiteral("/usr/sbin/rndc")))
        runTool(*rndc, {QStringLiteral("flush")}, 10000);

    const std::shared_ptr<const Facts> facts = readFacts();
    QList<std::function<StatusOutput()>> checks;
    QList<StatusOutput> late;
    const QString secs = QString::number(m_timeoutMs / 1000);
    checks.append([this, rounded] { return systemChecks(rounded); });
    StatusOutput lateSystem;
    lateSystem.error(QStringLiteral("The system checks did not finish within %1 seconds.").arg(secs));
    late.append(lateSystem);
    checks.append([this] { return networkChecks(); });
    StatusOutput lateNetwork;
    lateNetwork.heading(QStringLiteral("Network"));
    lateNetwork.error(QStringLiteral("The network checks did not finish within %1 seconds.").arg(secs));
    late.append(lateNetwork);
    for (const QString& domain : facts->domains) {
        checks.append([this, facts, domain, rounded] { return domainChecks(facts, domain, rounded); });
        StatusOutput lateDomain;
        lateDomain.heading(QUrl::fromAce(domain.toLatin1()));
        lateDomain.error(QStringLiteral("The checks of this domain did not finish within %1 seconds.").arg(secs));
        late.append(lateDomain);
    }
    const QList<StatusOutput> results = runAll(checks, late);
    for (const StatusOutput& r : results)
        out.append(r);
    if (!facts->error.isEmpty())
        out.error(facts->error);
    return out;
}

void StatusService::servicesChecks(StatusOutput* out, bool* fatal)
{
    const auto local = portMap(m_config, QStringLiteral("STATUS_LOCAL_PORTS"));
    const auto pub = portMap(m_config, QStringLiteral("STATUS_PUBLIC_PORTS"));
    const QHash<QString, QString> sshd = sshdSettings(m_config);
    const QString publicIp = m_config.publicIp();
    const QString publicIpv6 = m_config.publicIpv6();
    const QString privateIpv6 = m_config.value(QStringLiteral("PRIVATE_IPV6"));
    const auto nginx = toolCommand(m_config, QStringLiteral("NGINX"), QStringLiteral("/usr/sbin/nginx"));

    struct Outcome
    {
        bool skipped = true;
        bool running = false;
        bool fatal = false;
        StatusOutput out;
    };
    QList<std::function<StatusOutput()>> checks;
    QList<std::shared_ptr<Outcome>> outcomes;
    for (const Service& service : upstreamServices()) {
        int port = 0;
        if (service.port == 0) {
            port = sshd.value(QStringLiteral("port")).toInt(); // SSH: the port sshd -T names, else skipped
        } else {
            const auto& map = service.isPublic ? pub : local;
            port = map ? map->value(service.port) : service.port;
        }
        auto outcome = std::make_shared<Outcome>();
        outcomes.append(outcome);
        if (port <= 0)
            continue;
        outcome->skipped = false;
        checks.append([=] {
            StatusOutput o;
            bool running = false;
            if (service.isPublic) {
                if (PortProbe::connects(publicIp, port, 1000)) {
                    if (publicIpv6.isEmpty() || PortProbe::connects(publicIpv6, port, 1000))
                        running = true;
                    else if (service.port != 53 && PortProbe::connects(privateIpv6, port, 1000))
                        o.error(QStringLiteral("%1 is running (and available over IPv4 and the local IPv6 address), "
                                               "but it is not publicly accessible at %2:%3.")
                                    .arg(service.name, publicIpv6)
                                    .arg(port));
                    else
                        o.error(QStringLiteral("%1 is running and available over IPv4 but is not accessible over "
                                               "IPv6 at %2 port %3.")
                                    .arg(service.name, publicIpv6)
                                    .arg(port));
                } else if (service.port != 53 && PortProbe::connects(QStringLiteral("127.0.0.1"), port, 1000)) {
                    o.error(QStringLiteral("%1 is running but is not publicly accessible at %2:%3.")
                                .arg(service.name, publicIp)
                                .arg(port));
                } else {
                    o.error(QStringLiteral("%1 is not running (port %2).").arg(service.name).arg(port));
                }
                if (!running && (service.port == 80 || service.port == 443) && nginx) {
                    const ProcessResult t = runTool(*nginx, {QStringLiteral("-t")}, 10000);
                    o.line(QString::fromUtf8(t.output + t.errorOutput).trimmed());
                }
            } else if (PortProbe::connects(QStringLiteral("127.0.0.1"), port, 1000)) {
                running = true;
            } else {
                o.error(QStringLiteral("%1 is not running (port %2).").arg(service.name).arg(port));
            }
            outcome->running = running;
            outcome->fatal = !running && service.port == 53 && !service.isPublic;
            return o;
        });
    }
    QList<StatusOutput> late;
    for (int i = 0; i < checks.size(); ++i) {
        StatusOutput l;
        l.error(QStringLiteral("A service check did not finish in time."));
        late.append(l);
    }
    const QList<StatusOutput> results = runAll(checks, late);
    bool allRunning = true;
    int next = 0;
    for (const auto& outcome : outcomes) {
        if (outcome->skipped)
            continue;
        out->append(results[next++]);
        allRunning = allRunning && outcome->running;
        *fatal = *fatal || outcome->fatal;
    }
    if (const auto fail2ban =
            toolCommand(m_config, QStringLiteral("FAIL2BAN_CLIENT"), QStringLiteral("/usr/bin/fail2ban-client"))) {
        if (!runTool(*fail2ban, {QStringLiteral("status")}).ok()) {
            out->error(QStringLiteral("fail2ban is not running."));
            allRunning = false;
        }
    }
    if (allRunning)
        out->ok(QStringLiteral("All system services are running."));
}

StatusOutput StatusService::systemChecks(bool rounded)
{
    StatusOutput out;
    const QString primary = m_config.primaryHostname();

    // SSH password login.
    const QString password = sshdSettings(m_config).value(QStringLiteral("passwordauthentication"));
    if (!password.isEmpty()) {
        if (password == QLatin1String("no"))
            out.ok(QStringLiteral("SSH disallows password-based login."));
        else
            out.error(QStringLiteral(
                "The SSH server on this machine permits password-based login. A more secure\n\t\t\t\tway to log in "
                "is using a public key. Add your SSH public key to $HOME/.ssh/authorized_keys, check\n\t\t\t\tthat "
                "you can log in without a password, set the option 'PasswordAuthentication no' in\n\t\t\t\t/etc/ssh/"
                "sshd_config, and then restart the openssh via 'sudo service ssh restart'."));
    }

    // Software updates.
    const std::optional<QStringList> packages = m_modules.system.upgradablePackages();
    if (m_modules.system.rebootRequired()) {
        out.error(QStringLiteral("System updates have been installed and a reboot of the machine is required."));
    } else if (packages && packages->isEmpty()) {
        out.ok(QStringLiteral("System software is up to date."));
    } else if (packages) {
        out.error(QStringLiteral("There are %1 software packages that can be updated.").arg(packages->size()));
        for (const QString& p : *packages)
            out.line(p);
    }

    // Version.
    const QString thisVersion = SystemService::version();
    if (m_modules.system.privacy()) {
        out.warning(QStringLiteral("You are running version Mail-in-a-Box %1. Mail-in-a-Box version check disabled "
                                   "by privacy setting.")
                        .arg(thisVersion));
    } else {
        const SystemService::Result latest = m_modules.system.latestUpstreamVersion();
        const QString latestVersion = latest.status == 200 ? latest.text.trimmed() : QString();
        if (latestVersion == thisVersion)
            out.ok(QStringLiteral("Mail-in-a-Box is up to date. You are running version %1.").arg(thisVersion));
        else if (latestVersion.isEmpty())
            out.error(QStringLiteral("Latest Mail-in-a-Box version could not be determined. You are running version "
                                     "%1.")
                          .arg(thisVersion));
        else
            out.error(QStringLiteral("A new version of Mail-in-a-Box is available. You are running version %1. The "
                                     "latest version is %2. For upgrade instructions, see https://mailinabox.email. ")
                          .arg(thisVersion, latestVersion));
    }

    // The administrator alias.
    QHash<QString, QString> aliases;
    for (const QString& line : QString::fromUtf8(m_modules.mail.aliasesText()).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() >= 2)
            aliases.insert(f[0], f[1]);
    }
    checkAliasExists(aliases, QStringLiteral("System administrator address"),
                     QStringLiteral("administrator@") + primary, &out);

    // Disk.
    struct statvfs st
    { };
    if (::statvfs(QFile::encodeName(m_config.storageRoot()).constData(), &st) == 0) {
        const double total = double(st.f_blocks) * double(st.f_frsize);
        const double free = double(st.f_bavail) * double(st.f_frsize);
        QString message =
            QStringLiteral("The disk has %1 GB space remaining.").arg(free / 1024.0 / 1024.0 / 1024.0, 0, 'f', 2);
        if (free > .3 * total)
            out.ok(rounded ? QStringLiteral("The disk has more than 30% free space.") : message);
        else if (free > .15 * total)
            out.warning(rounded ? QStringLiteral("The disk has less than 30% free space.") : message);
        else
            out.error(rounded ? QStringLiteral("The disk has less than 15% free space.") : message);
    }
    const QString cache = m_config.storagePath(QStringLiteral("backup/cache"));
    if (QDir(cache).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).size() > 1)
        out.warning(QStringLiteral("The backup cache directory %1 has more than one backup target cache. Consider "
                                   "clearing this directory to save disk space.")
                        .arg(cache));

    // Memory: psutil's percent (used = total - available, one decimal).
    if (const auto memory = HostReadings::parseMemInfo(HostReadings::readSmallFile(QStringLiteral("/proc/meminfo")));
        memory && memory->totalBytes > 0) {
        const double used = std::round(double(memory->usedBytes()) / double(memory->totalBytes) * 1000.0) / 10.0;
        const double free = 100.0 - used;
        const QString message = QStringLiteral("System memory is %1% free.").arg(pyRound(free));
        if (free >= 20)
            out.ok(rounded ? QStringLiteral("System free memory is at least 20%.") : message);
        else if (free >= 10)
            out.warning(rounded ? QStringLiteral("System free memory is below 20%.") : message);
        else
            out.error(rounded ? QStringLiteral("System free memory is below 10%.") : message);
    }

    // Backups.
    if (m_modules.backup.config().value(QStringLiteral("target")).toString(QStringLiteral("off")) ==
        QLatin1String("off")) {
        out.warning(QStringLiteral("Backups are disabled. It is recommended to enable a backup for your box."));
        return out;
    }
    out.ok(QStringLiteral("Backups are enabled"));
    const QJsonObject status = m_modules.backup.status();
    const QJsonArray backups = status.value(QStringLiteral("backups")).toArray();
    if (status.contains(QStringLiteral("error"))) {
        // Upstream's call fails with 500 here; the reason is reported instead.
        out.error(QStringLiteral("Could not obtain backup status: ") +
                  status.value(QStringLiteral("error")).toString());
    } else if (!backups.isEmpty()) {
        const QDateTime date =
            BackupStatus::parseDate(backups.first().toObject().value(QStringLiteral("date")).toString());
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
        if (BackupStatus::relativeDays(date, now, QTimeZone::systemTimeZone()) > 7)
            out.error(QStringLiteral("Backup is more than a week old"));
    } else {
        out.error(QStringLiteral("Could not obtain backup status or no backup has been made (yet). This could happen "
                                 "if you have just enabled backups. In that case, check back tomorrow."));
    }
    return out;
}

StatusOutput StatusService::networkChecks()
{
    StatusOutput out;
    out.heading(QStringLiteral("Network"));

    // Firewall.
    const auto ufw = toolCommand(m_config, QStringLiteral("UFW"), QStringLiteral("/usr/sbin/ufw"));
    if (!ufw || (QFileInfo(ufw->first()).isAbsolute() && !QFileInfo(ufw->first()).isFile())) {
        out.warning(QStringLiteral("The ufw program was not installed. If your system is able to run iptables, rerun "
                                   "the setup."));
    } else {
        const ProcessResult r = runTool(*ufw, {QStringLiteral("status")});
        if (!r.ok()) {
            out.warning(QStringLiteral("The firewall is not working on this machine. An error was received\n\t\t\t\t\t"
                                       "while trying to check the firewall. To investigate run 'sudo ufw status'."));
        } else {
            const QStringList lines = QString::fromUtf8(r.output).split(QLatin1Char('\n'));
            if (lines.value(0) == QLatin1String("Status: active")) {
                int notAllowed = 0;
                const QHash<QString, QString> sshd = sshdSettings(m_config);
                for (const Service& service : upstreamServices()) {
                    if (!service.isPublic)
                        continue;
                    const int port = service.port ? service.port : sshd.value(QStringLiteral("port")).toInt();
                    const QRegularExpression allowed(QStringLiteral("^%1[/ \\t]").arg(port));
                    bool found = false;
                    for (const QString& l : lines)
                        found = found || allowed.match(l).hasMatch();
                    if (!found) {
                        ++notAllowed;
                        out.error(QStringLiteral("Port %1 (%2) should be allowed in the firewall, please re-run the "
                                                 "setup.")
                                      .arg(port == 0 ? QStringLiteral("None") : QString::number(port), service.name));
                    }
                }
                if (notAllowed == 0)
                    out.ok(QStringLiteral("Firewall is active."));
            } else {
                out.warning(QStringLiteral(
                    "The firewall is disabled on this machine. This might be because the system\n\t\t\tis protected "
                    "by an external firewall. We can't protect the system against bruteforce attacks\n\t\t\twithout "
                    "the local firewall active. Connect to the system via ssh and try to run: ufw enable."));
            }
        }
    }

    // Outbound SMTP.
    const QString smtpKey = QStringLiteral("STATUS_SMTP_TEST_HOST");
    const QString smtp =
        m_config.value(smtpKey, m_config.isRealBox() ? QStringLiteral("aspmx.l.google.com:25") : QString());
    if (smtp.isEmpty()) {
        out.warning(QStringLiteral("Outbound mail (SMTP port 25) was not tested: STATUS_SMTP_TEST_HOST is not set."));
    } else {
        const int colon = smtp.lastIndexOf(QLatin1Char(':'));
        const QString host = colon > 0 ? smtp.left(colon) : smtp;
        const int port = colon > 0 ? smtp.mid(colon + 1).toInt() : 25;
        QString address = host;
        if (QHostAddress(host).isNull())
            address = NameResolver(m_config.dnsResolver()).lookup(host, QStringLiteral("A")).value(0);
        if (!address.isEmpty() && PortProbe::connects(address, port, 5000))
            out.ok(QStringLiteral("Outbound mail (SMTP port 25) is not blocked."));
        else
            out.error(QStringLiteral(
                "Outbound mail (SMTP port 25) seems to be blocked by your network. You\n\t\t\twill not be able to "
                "send any mail. Many residential networks block port 25 to prevent hijacked\n\t\t\tmachines from "
                "being able to send spam. A quick connection test to Google's mail server on port 25\n\t\t\tfailed."));
    }

    // Spamhaus ZEN.
    const Lookup lookup(m_config.dnsResolver());
    const QString ip = m_config.publicIp();
    QStringList octets = ip.split(QLatin1Char('.'));
    std::reverse(octets.begin(), octets.end());
    const QString rev4 = octets.join(QLatin1Char('.'));
    evaluateSpamhausLookup(ip, QStringLiteral("IPv4"), rev4,
                           lookup.query(rev4 + QStringLiteral(".zen.spamhaus.org"), QStringLiteral("A"), std::nullopt),
                           &out);
    const QString ip6 = m_config.publicIpv6();
    if (ip6.isEmpty())
        return out;
    // [quirk] the reversed 16-bit groups of the expanded address, not nibbles.
    const Q_IPV6ADDR b = QHostAddress(ip6).toIPv6Address();
    QStringList groups;
    for (int i = 7; i >= 0; --i)
        groups.append(QStringLiteral("%1").arg((b[2 * i] << 8) | b[2 * i + 1], 4, 16, QLatin1Char('0')));
    const QString rev6 = groups.join(QLatin1Char('.'));
    evaluateSpamhausLookup(ip6, QStringLiteral("IPv6"), rev6,
                           lookup.query(rev6 + QStringLiteral(".zen.spamhaus.org"), QStringLiteral("A"), std::nullopt),
                           &out);
    return out;
}

std::shared_ptr<const StatusService::Facts> StatusService::readFacts() const
{
    auto facts = std::make_shared<Facts>();
    facts->primary = m_config.primaryHostname();
    facts->publicIp = m_config.publicIp();
    facts->publicIpv6 = m_config.publicIpv6();
    facts->resolver = m_config.dnsResolver();
    facts->mtaStsAddress = m_config.value(QStringLiteral("STATUS_MTA_STS_ADDRESS"));
    facts->trustedCaFile = m_config.trustedCaFile();
    facts->zonesDir = m_config.systemPath(QStringLiteral("/etc/nsd/zones"));
    facts->dnssecDir = m_config.storagePath(QStringLiteral("dns/dnssec"));

    const QStringList mail = m_modules.mail.mailDomains();
    facts->zoneList = m_modules.dns.zones();
    QStringList web, elsewhere;
    const DnsService::Result r = m_modules.dns.webDomains(&web, &elsewhere);
    if (r.status != 200)
        facts->error = r.text;
    facts->mail = QSet<QString>(mail.begin(), mail.end());
    facts->zones = QSet<QString>(facts->zoneList.begin(), facts->zoneList.end());
    facts->web = QSet<QString>(web.begin(), web.end());
    facts->withARecords = QSet<QString>(elsewhere.begin(), elsewhere.end());

    const QSet<QString> all = facts->mail + facts->zones + facts->web;
    QStringList toCheck;
    for (const QString& d : all) {
        const int dot = d.indexOf(QLatin1Char('.'));
        const QString label = d.left(dot);
        const bool grouped = dot > 0 &&
                             (label == QLatin1String("www") || label == QLatin1String("autoconfig") ||
                              label == QLatin1String("autodiscover") || label == QLatin1String("mta-sts")) &&
                             all.contains(d.mid(dot + 1));
        if (!grouped)
            toCheck.append(d);
    }
    facts->domains = DomainOrder::sorted(toCheck, facts->primary);

    for (const QString& line : QString::fromUtf8(m_modules.mail.aliasesText()).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() >= 2)
            facts->aliases.insert(f[0], f[1]);
    }
    facts->tlsaExpected = BoxFactsReader::tlsaValue(m_config.storagePath(QStringLiteral("ssl/ssl_certificate.pem")));
    QStringList secondary;
    m_modules.dns.secondaryNameservers(&secondary);
    for (const QString& s : secondary) {
        if (!s.startsWith(QLatin1String("xfr:")))
            facts->customSecondaryNs.append(s);
    }
    QJsonArray custom;
    m_modules.dns.customRecords(QString(), QStringLiteral("A"), &custom);
    for (const QJsonValue& v : custom) {
        const QJsonObject o = v.toObject();
        facts->customA[o.value(QStringLiteral("qname")).toString()].append(o.value(QStringLiteral("value")).toString());
    }
    // Every name that may be checked for its certificate: the web domains.
    facts->certificates = m_modules.tls.checkCertificates(web);
    return facts;
}

StatusOutput StatusService::domainChecks(const std::shared_ptr<const Facts>& factsPtr, const QString& domain,
                                         bool rounded) const
{
    const Facts& facts = *factsPtr;
    const Lookup dns(facts.resolver);
    const QString& primary = facts.primary;
    const QString& publicIp = facts.publicIp;
    const QString& publicIpv6 = facts.publicIpv6;
    StatusOutput out;

    const QString display = QUrl::fromAce(domain.toLatin1());
    out.heading(display.isEmpty() ? domain : display);

    const auto dnssec = [&](const QString& zone, bool isCheckingPrimary) {
        const std::optional<QList<DnssecStatus::Expected>> expected = DnssecStatus::readExpected(
            facts.zonesDir + QLatin1Char('/') + DnsDomainSet::zoneFileName(zone) + QStringLiteral(".ds"),
            facts.dnssecDir);
        if (!expected)
            return; // DNS not yet updated for the zone
        const NameResolver::Answer ds = dns.answer(zone, QStringLiteral("DS"));
        const QStringList published = ds.status == NameResolver::Answer::Status::Found ? ds.addresses : QStringList();
        DnssecStatus::check(zone, *expected, published, isCheckingPrimary, &out);
    };
    const auto hasDs = [&](const QString& zone) {
        return dns.query(zone, QStringLiteral("DS"), std::nullopt).has_value();
    };

    // 1. The primary hostname.
    if (domain == primary) {
        bool hasDnssec = false;
        for (const QString& zone : facts.zoneList) {
            if ((zone == domain || domain.endsWith(QLatin1Char('.') + zone)) && hasDs(zone)) {
                hasDnssec = true;
                dnssec(zone, true);
            }
        }
        const QString ip = *dns.query(domain, QStringLiteral("A"));
        const QString nsIps = *dns.query(QStringLiteral("ns1.") + domain, QStringLiteral("A")) + QLatin1Char('/') +
                              *dns.query(QStringLiteral("ns2.") + domain, QStringLiteral("A"));
        const QString myIps = publicIp + (publicIpv6.isEmpty() ? QString() : QStringLiteral(" / ") + publicIpv6);
        if (nsIps == publicIp + QLatin1Char('/') + publicIp) {
            out.ok(QStringLiteral("Nameserver glue records are correct at registrar. [ns1/ns2.%1 ↦ %2]")
                       .arg(primary, publicIp));
        } else if (ip == publicIp) {
            out.warning(QStringLiteral("Nameserver glue records (ns1.%1 and ns2.%1) should be configured at your "
                                       "domain name\n\t\t\tregistrar as having the IP address of this box (%2). They "
                                       "currently report addresses of %3. If you have set up External DNS, this may "
                                       "be OK.")
                            .arg(primary, publicIp, nsIps));
        } else {
            out.error(QStringLiteral("Nameserver glue records are incorrect. The ns1.%1 and ns2.%1 nameservers must be "
                                     "configured at your domain name\n\t\t\tregistrar as having the IP address %2. "
                                     "They currently report addresses of %3. It may take several hours for\n\t\t\t"
                                     "public DNS to update after a change.")
                          .arg(primary, publicIp, nsIps));
        }
        const Maybe ipv6 = publicIpv6.isEmpty() ? std::nullopt : dns.query(domain, QStringLiteral("AAAA"));
        if (ip == publicIp && !(ipv6 && !publicIpv6.isEmpty() && *ipv6 != normalizeIp(publicIpv6))) {
            out.ok(QStringLiteral("Domain resolves to box's IP address. [%1 ↦ %2]").arg(primary, myIps));
        } else {
            out.error(QStringLiteral("This domain must resolve to this box's IP address (%1) in public DNS but it "
                                     "currently resolves\n\t\t\tto %2. It may take several hours for public DNS to "
                                     "update after a change. This problem may result from other\n\t\t\tissues listed "
                                     "above.")
                          .arg(myIps, ip + (ipv6 ? QStringLiteral(" / ") + *ipv6 : QString())));
        }
        const Maybe rdns4 = dns.query(reverseName(publicIp), QStringLiteral("PTR"));
        const Maybe rdns6 =
            publicIpv6.isEmpty() ? std::nullopt : dns.query(reverseName(publicIpv6), QStringLiteral("PTR"));
        if (rdns4 == domain && (!rdns6 || *rdns6 == domain)) {
            out.ok(QStringLiteral("Reverse DNS is set correctly at ISP. [%1 ↦ %2]").arg(myIps, primary));
        } else if (rdns4 == rdns6 || !rdns6) {
            out.error(QStringLiteral("This box's reverse DNS is currently %1, but it should be %2. Your ISP or cloud "
                                     "provider will have instructions\n\t\t\ton setting up reverse DNS for this box.")
                          .arg(str(rdns4), domain));
        } else {
            out.error(
                QStringLiteral("This box's reverse DNS is currently %1 (IPv4) and %2 (IPv6), but it should be %3. "
                               "Your ISP or cloud provider will have instructions\n\t\t\ton setting up reverse "
                               "DNS for this box.")
                    .arg(str(rdns4), str(rdns6), domain));
        }
        const QString tlsaName = QStringLiteral("_25._tcp.") + domain;
        const Maybe tlsa = dns.query(tlsaName, QStringLiteral("TLSA"), std::nullopt);
        if (tlsa == facts.tlsaExpected) {
            out.ok(QStringLiteral("The DANE TLSA record for incoming mail is correct (%1).").arg(tlsaName));
        } else if (!tlsa) {
            if (hasDnssec)
                out.warning(QStringLiteral("The DANE TLSA record for incoming mail is not set. This is optional."));
        } else {
            out.error(QStringLiteral("The DANE TLSA record for incoming mail (%1) is not correct. It is '%2' but it "
                                     "should be '%3'.\n\t\t\tIt may take several hours for public DNS to update after "
                                     "a change.")
                          .arg(tlsaName, *tlsa, facts.tlsaExpected));
        }
        checkAliasExists(facts.aliases, QStringLiteral("Hostmaster contact address"),
                         QStringLiteral("hostmaster@") + domain, &out);
    }

    // 2. A zone: its nameservers and secondaries.
    if (facts.zones.contains(domain)) {
        if (hasDs(domain))
            dnssec(domain, false);
        QStringList customA = facts.customA.value(domain);
        customA.sort();
        const QString correctIp = customA.isEmpty() ? publicIp : customA.join(QStringLiteral("; "));
        QStringList ns =
            facts.customSecondaryNs.isEmpty() ? QStringList{QStringLiteral("ns2.") + primary} : facts.customSecondaryNs;
        ns.prepend(QStringLiteral("ns1.") + primary);
        ns.sort();
        const QString correctNs = ns.join(QStringLiteral("; "));
        const QString existingNs = *dns.query(domain, QStringLiteral("NS"));
        const QString ip = *dns.query(domain, QStringLiteral("A"));
        bool probablyExternal = false;
        if (existingNs.toLower() == correctNs.toLower()) {
            out.ok(QStringLiteral("Nameservers are set correctly at registrar. [%1]").arg(correctNs));
        } else if (ip == correctIp) {
            out.warning(QStringLiteral("The nameservers set on this domain at your domain name registrar should be %1. "
                                       "They are currently %2.\n\t\t\tIf you are using External DNS, this may be OK.")
                            .arg(correctNs, existingNs));
            probablyExternal = true;
        } else {
            out.error(QStringLiteral("The nameservers set on this domain are incorrect. They are currently %1. Use "
                                     "your domain name registrar's\n\t\t\tcontrol panel to set the nameservers to %2.")
                          .arg(existingNs, correctNs));
        }
        if (!facts.customSecondaryNs.isEmpty() && !probablyExternal) {
            const Maybe soa = dns.query(domain, QStringLiteral("SOA"), NotSet, publicIp);
            for (const QString& secondary : facts.customSecondaryNs) {
                const QString nsIps = *dns.query(secondary, QStringLiteral("A"));
                if (nsIps.isEmpty() || nsIps == NotSet || nsIps == TimedOut) {
                    out.error(QStringLiteral("Secondary nameserver %1 is not valid (it doesn't resolve to an IP "
                                             "address).")
                                  .arg(secondary));
                    continue;
                }
                const QString nsIp = nsIps.split(QStringLiteral("; ")).constFirst();
                bool checkSoa = soa != TimedOut;
                const Maybe secondaryIp = dns.query(domain, QStringLiteral("A"), std::nullopt, nsIp);
                if (secondaryIp == correctIp) {
                    out.ok(QStringLiteral("Secondary nameserver %1 resolved the domain correctly.").arg(secondary));
                } else if (!secondaryIp) {
                    out.error(QStringLiteral("Secondary nameserver %1 is not configured to resolve this domain.")
                                  .arg(secondary));
                    checkSoa = false;
                } else if (*secondaryIp == TimedOut) {
                    out.error(QStringLiteral("Secondary nameserver %1 did not resolve this domain, result: %2")
                                  .arg(secondary, *secondaryIp));
                    checkSoa = false;
                } else {
                    out.error(QStringLiteral("Secondary nameserver %1 is not configured correctly. (It resolved this "
                                             "domain as %2. It should be %3.)")
                                  .arg(secondary, *secondaryIp, correctIp));
                }
                if (checkSoa) {
                    const Maybe secondarySoa = dns.query(domain, QStringLiteral("SOA"), NotSet, nsIp);
                    if (soa == secondarySoa)
                        out.ok(QStringLiteral("Secondary nameserver %1 has consistent SOA record.").arg(secondary));
                    else if (secondarySoa == NotSet)
                        out.error(
                            QStringLiteral("Secondary nameserver %1 has no SOA record configured.").arg(secondary));
                    else if (secondarySoa == TimedOut)
                        out.warning(
                            QStringLiteral("Secondary nameserver %1 timed out on checking SOA record.").arg(secondary));
                    else
                        out.error(QStringLiteral("Secondary nameserver %1 has inconsistent SOA record (primary: %2 "
                                                 "versus secondary: %3).\n\t\t\t\t\tCheck that synchronization between "
                                                 "secondary and primary DNS servers is properly set-up.")
                                      .arg(secondary, str(soa), str(secondarySoa)));
                }
            }
        }
    }

    // 3. A mail domain.
    if (facts.mail.contains(domain)) {
        const QString recommended = QStringLiteral("10 ") + primary;
        const Maybe mx = dns.query(domain, QStringLiteral("MX"), std::nullopt);
        Maybe mxHost;
        if (mx && *mx != TimedOut)
            mxHost = mx->split(QStringLiteral("; ")).constFirst().section(QLatin1Char(' '), 1, 1);
        if (!mxHost) {
            if (domain == primary) {
                out.ok(QStringLiteral("Domain's email is directed to this domain. [%1 has no MX record, which is ok]")
                           .arg(domain));
            } else {
                const Maybe domainA = dns.query(domain, QStringLiteral("A"), std::nullopt);
                const Maybe primaryA = dns.query(primary, QStringLiteral("A"), std::nullopt);
                if (domainA && domainA == primaryA)
                    out.ok(QStringLiteral("Domain's email is directed to this domain. [%1 has no MX record but its A "
                                          "record is OK]")
                               .arg(domain));
                else
                    out.error(QStringLiteral("This domain's DNS MX record is not set. It should be '%1'. Mail will "
                                             "not\n\t\t\t\t\tbe delivered to this box. It may take several hours for "
                                             "public DNS to update after a\n\t\t\t\t\tchange. This problem may result "
                                             "from other issues listed here.")
                                  .arg(recommended));
            }
        } else if (*mxHost == primary) {
            QString good = QStringLiteral("Domain's email is directed to this domain. [%1 ↦ %2]").arg(domain, *mx);
            if (*mx != recommended)
                good += QStringLiteral("  This configuration is non-standard.  The recommended configuration is '%1'.")
                            .arg(recommended);
            out.ok(good);
            const MtaStsPolicy::Result sts =
                MtaStsPolicy::check(domain, facts.resolver, facts.mtaStsAddress, facts.trustedCaFile);
            if (sts.valid()) {
                if (sts.mx() == QStringList{primary} && sts.mode() == QLatin1String("enforce"))
                    out.ok(QStringLiteral("MTA-STS policy is present."));
                else
                    out.error(
                        QStringLiteral("MTA-STS policy is present but has unexpected settings. [%1]").arg(sts.repr()));
            } else {
                out.error(QStringLiteral("MTA-STS policy is missing: %1").arg(sts.fetch));
            }
        } else {
            out.error(
                QStringLiteral("This domain's DNS MX record is incorrect. It is currently set to '%1' but should "
                               "be '%2'. Mail will not\n\t\t\tbe delivered to this box. It may take several hours "
                               "for public DNS to update after a change. This problem may result from\n\t\t\t"
                               "other issues listed here.")
                    .arg(*mx, recommended));
        }
        if (!facts.aliases.contains(QLatin1Char('@') + domain))
            checkAliasExists(facts.aliases, QStringLiteral("Postmaster contact address"),
                             QStringLiteral("postmaster@") + domain, &out);
        const Maybe dbl = dns.query(domain + QStringLiteral(".dbl.spamhaus.org"), QStringLiteral("A"), std::nullopt);
        if (!dbl)
            out.ok(QStringLiteral("Domain is not blacklisted by dbl.spamhaus.org."));
        else if (*dbl == TimedOut)
            out.warning(QStringLiteral("Connection to dbl.spamhaus.org timed out. Could not determine whether the "
                                       "domain %1 is blacklisted. Please try again later.")
                            .arg(domain));
        else if (*dbl == NotSet)
            out.warning(QStringLiteral("Could not connect to dbl.spamhaus.org. Could not determine whether the domain "
                                       "%1 is blacklisted. Please try again later.")
                            .arg(domain));
        else if (*dbl == QLatin1String("127.255.255.252"))
            out.warning(QStringLiteral("Incorrect spamhaus query: %1. Could not determine whether the domain %2 is "
                                       "blacklisted.")
                            .arg(domain + QStringLiteral(".dbl.spamhaus.org"), domain));
        else if (*dbl == QLatin1String("127.255.255.254"))
            out.warning(QStringLiteral("Mail-in-a-Box is configured to use a public DNS server. This is not supported "
                                       "by spamhaus. Could not determine whether the domain %1 is blacklisted.")
                            .arg(domain));
        else if (*dbl == QLatin1String("127.255.255.255"))
            out.warning(QStringLiteral("Too many queries have been performed on the spamhaus server. Could not "
                                       "determine whether the domain %1 is blacklisted.")
                            .arg(domain));
        else
            out.error(QStringLiteral("This domain is listed in the Spamhaus Domain Block List (code %1),\n\t\t\twhich "
                                     "may prevent recipients from receiving your mail.\n\t\t\tSee "
                                     "http://www.spamhaus.org/dbl/ and http://www.spamhaus.org/query/domain/%2.")
                          .arg(*dbl, domain));
    }

    // 4. A web domain.
    if (facts.web.contains(domain)) {
        bool resolves = true;
        if (domain != primary) {
            QStringList okValues;
            for (const auto& [type, expected] :
                 {std::pair<QString, QString>{QStringLiteral("A"), publicIp}, {QStringLiteral("AAAA"), publicIpv6}}) {
                if (expected.isEmpty())
                    continue;
                const QString value = *dns.query(domain, type);
                if (value == normalizeIp(expected)) {
                    okValues.append(value);
                } else {
                    out.error(QStringLiteral("This domain should resolve to this box's IP address (%1 %2) if you "
                                             "would like the box to serve\n\t\t\t\t\twebmail or a website on this "
                                             "domain. The domain currently resolves to %3 in public DNS. It may take "
                                             "several hours for\n\t\t\t\t\tpublic DNS to update after a change. This "
                                             "problem may result from other issues listed here.")
                                  .arg(type, expected, value));
                    resolves = false;
                    break;
                }
            }
            if (resolves)
                out.ok(QStringLiteral("Domain resolves to this box's IP address. [%1 ↦ %2]")
                           .arg(domain, okValues.join(QStringLiteral("; "))));
        }
        // TLS, skipped when the A record points elsewhere.
        const Maybe a = resolves ? dns.query(domain, QStringLiteral("A"), std::nullopt) : std::nullopt;
        if (resolves && (!a || *a == publicIp)) {
            const auto cert = facts.certificates.constFind(domain);
            if (cert == facts.certificates.constEnd()) {
                out.warning(QStringLiteral("No TLS (SSL) certificate is installed for this domain. Visitors to a "
                                           "website on\n\t\t\tthis domain will get a security warning. If you are not "
                                           "serving a website on this domain, you do\n\t\t\tnot need to take any "
                                           "action. Use the TLS Certificates page in the control panel to install "
                                           "a\n\t\t\tTLS certificate."));
            } else if (cert->ok()) {
                QString details = cert->details;
                static const QRegularExpression days(
                    QStringLiteral("^The certificate expires in (\\d+) days on (\\S+)\\.$"));
                const QRegularExpressionMatch m = days.match(details);
                if (rounded && m.hasMatch() && m.captured(1).toInt() > 10)
                    details = QStringLiteral("The certificate expires on %1.").arg(m.captured(2));
                out.ok(QStringLiteral("TLS (SSL) certificate is signed & valid. ") + details);
            } else if (cert->selfSigned()) {
                if (domain == primary)
                    out.error(QStringLiteral("The TLS (SSL) certificate for this domain is currently self-signed. You "
                                             "will get a security\n\t\t\twarning when you check or send email and when "
                                             "visiting this domain in a web browser (for webmail or\n\t\t\tstatic site "
                                             "hosting)."));
                else
                    out.error(QStringLiteral("The TLS (SSL) certificate for this domain is self-signed."));
            } else {
                out.error(QStringLiteral("The TLS (SSL) certificate has a problem: ") + cert->status);
                if (!cert->details.isEmpty()) {
                    out.line(QString());
                    out.line(cert->details);
                    out.line(QString());
                }
            }
        }
    }

    // 5. Zone suggestions.
    if (facts.zones.contains(domain)) {
        if (facts.withARecords.contains(domain))
            out.warning(
                QStringLiteral("Web has been disabled for this domain because you have set a custom DNS record."));
        if (facts.withARecords.contains(QStringLiteral("www.") + domain))
            out.warning(
                QStringLiteral("A redirect from 'www.%1' has been disabled for this domain because you have set "
                               "a custom DNS record on the www subdomain.")
                    .arg(domain));
        if (!hasDs(domain))
            dnssec(domain, false);
    }

    // 6. www., autoconfig., autodiscover. with this domain.
    for (const char* label : {"www", "autoconfig", "autodiscover"}) {
        const QString sub = QLatin1String(label) + QLatin1Char('.') + domain;
        if (!facts.web.contains(sub) && !facts.mail.contains(sub))
            continue;
        const StatusOutput subOut = domainChecks(factsPtr, sub, rounded);
        QString name = sub;
        for (StatusOutput::Entry e : subOut.entries()) {
            if (e.kind == StatusOutput::Entry::Kind::Heading) {
                name = e.text;
                continue;
            }
            e.text = name + QStringLiteral(": ") + e.text;
            out.append(e);
        }
    }
    return out;
}

QJsonObject StatusService::changesJson(const StatusOutput& changes, qint64 msecs)
{
    QJsonArray sections;
    QJsonObject section;
    StatusOutput items;
    const auto flush = [&] {
        if (!section.isEmpty()) {
            section.insert(QStringLiteral("items"), items.toJson());
            sections.append(section);
        }
    };
    static const QList<QPair<QString, QString>> suffixes{
        {QStringLiteral(" -- Added"), QStringLiteral("added")},
        {QStringLiteral(" -- Removed"), QStringLiteral("removed")},
        {QStringLiteral(" -- Previously:"), QStringLiteral("previously")},
        {QStringLiteral(" -- Currently:"), QStringLiteral("currently")}};
    for (const StatusOutput::Entry& e : changes.entries()) {
        if (e.kind != StatusOutput::Entry::Kind::Heading) {
            items.append(e);
            continue;
        }
        flush();
        items = StatusOutput();
        QString category = e.text;
        QString change = QStringLiteral("section-removed");
        for (const auto& [suffix, name] : suffixes) {
            if (category.endsWith(suffix)) {
                category.chop(suffix.size());
                change = name;
                break;
            }
        }
        section = QJsonObject{{QStringLiteral("category"), category}, {QStringLiteral("change"), change}};
    }
    flush();
    return {{QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("text"), changes.toText()},
            {QStringLiteral("sections"), sections}};
}

QString StatusService::daily(bool* ok)
{
    QMutexLocker lock(&m_dailyMutex);
    *ok = true;
    const StatusOutput current = run(true);
    const QString previousPath = m_config.storagePath(QStringLiteral("boxkeeper/status_checks.json"));
    const QString reportPath = m_config.storagePath(QStringLiteral("boxkeeper/status_changes.json"));
    StatusOutput changes;
    QFile previousFile(previousPath);
    const bool hadPrevious = previousFile.exists();
    if (hadPrevious && previousFile.open(QIODevice::ReadOnly))
        changes = StatusOutput::changes(StatusOutput::fromCallsJson(previousFile.readAll()), current);
    QString error;
    QDir().mkpath(QFileInfo(previousPath).path());
    if (!AtomicFile::write(previousPath, current.toCallsJson(), &error)) {
        *ok = false;
        return error;
    }
    if (hadPrevious &&
        !AtomicFile::write(reportPath, QJsonDocument(changesJson(changes, m_clock.nowMSecs())).toJson(), &error)) {
        *ok = false;
        return error;
    }
    return changes.toText();
}

QJsonObject StatusService::lastChanges() const
{
    QFile f(m_config.storagePath(QStringLiteral("boxkeeper/status_changes.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
