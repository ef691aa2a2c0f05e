// A new mail domain on a whole box (TestLiveBox: the agent with real nsd, postfix, dovecot and nginx on loopback):
// the time from POST /admin/mail/users/add of an address on a domain the box does not have to (1) the answer, (2) the
// domain's MX served by nsd and (3) the first message for the address accepted by postfix over SMTP. Target: (3)
// within 1 s. Measured for 10 new domains on a box that already has N domains.
// Usage: bench_e2e [N ...]   (default: 1 50)
#include "TestBench.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestLiveBox.h"
#include "TestMailClient.h"
#include "TestTool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <cstdio>

namespace {

constexpr int NewDomains = 10;

struct Timing
{
    double answered = 0; // ms from the POST to its answer
    double served = 0; // … to the MX answered by nsd
    double accepted = 0; // … to the message accepted
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

bool addUser(TestLiveBox& box, TestHttp& http, const QString& email)
{
    const TestHttp::Reply r = http.postForm(
        box.agent().url(QStringLiteral("/mail/users/add")),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("a long password")}},
        {TestHttp::basicAuth(box.agent().adminEmail(), box.agent().adminPassword())});
    if (!r.body.startsWith("mail user added\n")) {
        std::printf("  adding %s failed: %d %s\n", qPrintable(email), r.status, r.body.constData());
        return false;
    }
    return true;
}

bool measure(int existing)
{
    TestLiveBox box;
    QString error;
    if (!box.start(&error)) {
        std::printf("  the box did not start: %s\n", qPrintable(error));
        return false;
    }
    TestHttp http(box.agent().certificate());
    for (int i = 1; i < existing; ++i) {
        if (!addUser(box, http, QStringLiteral("user@existing%1.example").arg(i)))
            return false;
    }
    // The add is sent by curl in the background: a sending server does not wait for the admin's answer, so the MX
    // and the message are tried while the request runs.
    const QString certificate = box.dir() + QStringLiteral("/agent.pem");
    TestFiles::write(certificate, box.agent().certificate().toPem());
    const quint16 port = box.agent().port();
    QList<Timing> timings;
    for (int i = 0; i < NewDomains; ++i) {
        const QString domain = QStringLiteral("new%1.example").arg(i);
        const QString email = QStringLiteral("first@") + domain;
        Timing t;
        QElapsedTimer clock;
        clock.start();
        QProcess post;
        post.start(TestTool::path(QStringLiteral("curl")),
                   {QStringLiteral("-sS"), QStringLiteral("--cacert"), certificate, QStringLiteral("--resolve"),
                    QStringLiteral("box.example.com:%1:127.0.0.1").arg(port), QStringLiteral("-u"),
                    box.agent().adminEmail() + QLatin1Char(':') + box.agent().adminPassword(), QStringLiteral("-d"),
                    QStringLiteral("email=") + email, QStringLiteral("-d"), QStringLiteral("password=a+long+password"),
                    QStringLiteral("https://box.example.com:%1/admin/mail/users/add").arg(port)});
        while (box.dig(domain, QStringLiteral("MX")) != QStringList{QStringLiteral("10 box.example.com.")}) {
            if (clock.elapsed() > 30000) {
                std::printf("  the MX of %s was not served within 30 s\n", qPrintable(domain));
                return false;
            }
            QThread::msleep(5);
        }
        t.served = clock.nsecsElapsed() / 1e6;
        // Like a sending server after a temporary refusal, it tries again (here: at once).
        QString answer;
        while (!(answer = TestMailClient::sendMail(
                     box.mail().smtpPort(), {}, QStringLiteral("friend@remote.example"), {email},
                     TestMailClient::message(QStringLiteral("friend@remote.example"), email, QStringLiteral("First"))))
                    .startsWith(QLatin1String("250"))) {
            if (clock.elapsed() > 30000) {
                std::printf("  the first message for %s was refused: %s\n", qPrintable(email), qPrintable(answer));
                return false;
            }
        }
        t.accepted = clock.nsecsElapsed() / 1e6;
        if (!post.waitForFinished(60000) || !post.readAllStandardOutput().startsWith("mail user added\n")) {
            std::printf("  adding %s failed: %s\n", qPrintable(email), post.readAllStandardError().constData());
            return false;
        }
        t.answered = clock.nsecsElapsed() / 1e6; // (at most the time the message took later than the answer)
        timings.append(t);
    }
    QList<double> answered, served, accepted;
    for (const Timing& t : timings) {
        answered.append(t.answered);
        served.append(t.served);
        accepted.append(t.accepted);
    }
    std::printf("  box with %d domain(s), %d new domains: answer %.0f ms (max %.0f), MX served %.0f ms (max %.0f), "
                "first message accepted %.0f ms (max %.0f) — target 1000 ms: %s\n",
                existing, NewDomains, median(answered), maximum(answered), median(served), maximum(served),
                median(accepted), maximum(accepted), maximum(accepted) <= 1000 ? "met" : "NOT MET");
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList missing = TestLiveBox::missingTools();
    if (!missing.isEmpty()) {
        std::printf("bench_e2e: not installed: %s\n", qPrintable(missing.join(QLatin1String(", "))));
        return 1;
    }
    std::printf("New mail domain on a whole box: POST /admin/mail/users/add to MX served by nsd and the first message "
                "accepted by postfix (median and max of %d)\n",
                NewDomains);
    for (const int n : TestBench::sizes(app.arguments(), {1, 50})) {
        if (!measure(n))
            return 1;
    }
    return 0;
}
