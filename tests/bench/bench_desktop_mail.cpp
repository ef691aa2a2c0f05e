// Desktop benchmark for the Mail & Users pages (prints figures; not a pass/fail test). Offscreen, live agent on
// loopback, 10,000 users and 10,000 aliases seeded into the demo box's users.sqlite.
//  1. Opening the Users page to its rows painted: from showPage("users") (fetch, parse, fill, lay out) until the
//     view painted the filled model. Median of 10 openings (from another page, model emptied before each).
//  2. One filter keystroke: the key event, the proxy re-filtering 10,000 rows, the tree re-laid out and painted
//     (a synchronous repaint), median and 95th percentile over 300 keystrokes typing and erasing substrings.
//  3. The same opening for the Aliases page.
//  4. RSS of this process now and at peak.
// Targets: <= 200 ms to painted, <= 16 ms per filter keystroke, <= 120 MB RSS.
#include "AliasesModel.h"
#include "DesktopBench.h"
#include "MailDatabaseSeed.h"
#include "UsersModel.h"
#include "pages/AliasesPage.h"
#include "pages/UsersPage.h"

namespace {
using namespace DesktopBench;

constexpr int Users = 10000;
constexpr int Aliases = 10000;
constexpr int Keystrokes = 300;
const QStringList Words{QStringLiteral("person12"), QStringLiteral("d17.example"), QStringLiteral("99@"),
                        QStringLiteral("nothing-matches"), QStringLiteral("person")};

// The users and aliases of the figures above, written into the agent's box (restarted).
bool seed(TestAgent* agent, QString* error)
{
    QList<SeedUser> users;
    for (int i = 0; i < Users; ++i) {
        users.append({QStringLiteral("person%1@d%2.example.net").arg(i).arg(i % 40),
                      i % 100 == 0 ? QStringLiteral("admin") : QStringLiteral(""),
                      i % 3 == 0 ? QStringLiteral("5G") : QStringLiteral("0")});
    }
    QList<SeedAlias> aliases;
    for (int i = 0; i < Aliases; ++i) {
        const QString person = QStringLiteral("person%1@d%2.example.net").arg(i).arg(i % 40);
        aliases.append({QStringLiteral("alias%1@d%2.example.net").arg(i).arg(i % 40),
                        QStringLiteral("%1,outside%2@elsewhere.example").arg(person).arg(i),
                        i % 5 == 0 ? QVariant(person) : QVariant(QMetaType::fromType<QString>())});
    }
    return seedAgentMailDatabase(agent, users, aliases, error);
}

void run()
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        print(QStringLiteral("  cannot start the agent: %1").arg(error));
        return;
    }
    if (!seed(&agent, &error)) {
        print(QStringLiteral("  %1").arg(error));
        return;
    }
    const double rssBefore = rssMb();
    App app;
    MainWindow* window = logIn(&app.controller, agent);
    if (!window)
        return;

    UsersPage* users = window->usersPage();
    const std::vector<double> usersOpen = openings(
        window, QStringLiteral("users"), users->view(),
        [&] { return users->model()->userCount() >= Users && !users->isBusy(); }, [&] { users->model()->clear(); });
    print(QStringLiteral("Users page, %1 users: opening to rows painted (%2 openings, offscreen, live agent):")
              .arg(users->model()->userCount())
              .arg(usersOpen.size()));
    print(QStringLiteral("  median %1 ms, best %2 ms  [target <= 200 ms]")
              .arg(percentile(usersOpen, 0.5), 0, 'f', 1)
              .arg(percentile(usersOpen, 0), 0, 'f', 1));

    std::vector<double> paints;
    std::vector<double> cpu;
    const std::vector<double> keys = keystrokes(users->filterEdit(), users->view(), Words, Keystrokes, &paints, &cpu);
    print(QStringLiteral("Users page filter, one keystroke incl. re-filter of %1 rows and repaint (%2 keystrokes):")
              .arg(users->model()->userCount())
              .arg(keys.size()));
    print(QStringLiteral("  median %1 ms, 95th percentile %2 ms, worst %3 ms  [target <= 16 ms]")
              .arg(percentile(keys, 0.5), 0, 'f', 2)
              .arg(percentile(keys, 0.95), 0, 'f', 2)
              .arg(percentile(keys, 1.0), 0, 'f', 2));
    print(QStringLiteral("  of which the repaint: median %1 ms, 95th percentile %2 ms")
              .arg(percentile(paints, 0.5), 0, 'f', 2)
              .arg(percentile(paints, 0.95), 0, 'f', 2));
    print(QStringLiteral("  CPU time of the GUI thread per keystroke: median %1 ms, 95th percentile %2 ms")
              .arg(percentile(cpu, 0.5), 0, 'f', 2)
              .arg(percentile(cpu, 0.95), 0, 'f', 2));
    users->filterEdit()->clear();

    AliasesPage* aliases = window->aliasesPage();
    const std::vector<double> aliasesOpen = openings(
        window, QStringLiteral("aliases"), aliases->view(),
        [&] { return aliases->model()->aliasCount() >= Aliases && !aliases->isBusy(); },
        [&] { aliases->model()->clear(); });
    print(QStringLiteral("Aliases page, %1 aliases: opening to rows painted (%2 openings):")
              .arg(aliases->model()->aliasCount())
              .arg(aliasesOpen.size()));
    print(QStringLiteral("  median %1 ms, best %2 ms")
              .arg(percentile(aliasesOpen, 0.5), 0, 'f', 1)
              .arg(percentile(aliasesOpen, 0), 0, 'f', 1));
    paints.clear();
    cpu.clear();
    const std::vector<double> aliasKeys =
        keystrokes(aliases->filterEdit(), aliases->view(), Words, Keystrokes, &paints, &cpu);
    print(QStringLiteral("Aliases page filter (address, targets and senders), one keystroke: median %1 ms, 95th "
                         "percentile %2 ms")
              .arg(percentile(aliasKeys, 0.5), 0, 'f', 2)
              .arg(percentile(aliasKeys, 0.95), 0, 'f', 2));
    print(QStringLiteral("  CPU time of the GUI thread per keystroke: median %1 ms, 95th percentile %2 ms")
              .arg(percentile(cpu, 0.5), 0, 'f', 2)
              .arg(percentile(cpu, 0.95), 0, 'f', 2));

    print(QStringLiteral("RSS of this process (app + client core + harness; both lists loaded): now %1 MB, peak %2 MB "
                         "(%3 MB before the app was created)  [target <= 120 MB]")
              .arg(rssMb(), 0, 'f', 1)
              .arg(peakRssMb(), 0, 'f', 1)
              .arg(rssBefore, 0, 'f', 1));
}
} // namespace

int main(int argc, char* argv[])
{
    return DesktopBench::main(argc, argv, run);
}
