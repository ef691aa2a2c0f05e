// The Status Checks page against a live agent: the box's checks grouped as the box heads them (System, Network, the
// domain) with one broken check visible (the test box says a reboot is pending: an error), the counts in the header,
// detail lines below their check (fixed-width ones marked so), "Only problems", copying a check (Ctrl+C and the
// context menu), and a re-run with its busy state that shows the repaired box; stopping a run. Screenshots of the
// page land in the working directory.
#include "Banner.h"
#include "GuiSession.h"
#include "StatusTreeModel.h"
#include "TestFiles.h"
#include "dialogs/StatusChangesDialog.h"
#include "pages/StatusPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

class TestGuiStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void groupsAndTheBrokenCheck();
    void detailLines();
    void onlyProblems();
    void filterText();
    void copyWithKeyAndMenu();
    void rerunShowsTheRepairedBox();
    void stopWaiting();
    void changesOfLastNight();
    void changesHiddenOnAnUnmodifiedBox();

private:
    // The agent's nightly run (--daily) on the test box; true when it ran.
    bool daily()
    {
        QProcess p;
        p.start(QStringLiteral(BOXKEEPER_AGENT_PATH),
                {QStringLiteral("--daily"), QStringLiteral("--config"), m_agent.configPath()});
        return p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit;
    }
    StatusChangesDialog* openChanges()
    {
        QSignalSpy shown(m_page, &StatusPage::changesShown);
        m_page->changesButton()->click();
        if (!shown.wait(20000) || !shown.first().first().toBool())
            return nullptr;
        StatusChangesDialog* dialog = m_page->changesDialog();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    QString rebootFile() const { return m_agent.dir() + QStringLiteral("/system/var/run/reboot-required"); }
    // Every check row the view shows: its state.
    QList<StatusItem::Type> shownStates() const
    {
        QList<StatusItem::Type> states;
        StatusTreeModel* model = m_page->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                const QModelIndex row = model->index(r, 0, group);
                if (StatusTreeModel::RowKind(row.data(StatusTreeModel::KindRole).toInt()) ==
                    StatusTreeModel::RowKind::Check)
                    states.append(StatusItem::Type(row.data(StatusTreeModel::StateRole).toInt()));
            }
        }
        return states;
    }

    TestAgent m_agent;
    std::unique_ptr<GuiSession> m_session;
    StatusPage* m_page = nullptr;
};

void TestGuiStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    ApiProbe api(&m_agent);
    QCOMPARE(api.post(QStringLiteral("/dns/update"), {}).status, 200); // zones signed: the DNSSEC details exist
    // The broken thing: the box says a reboot is pending, which the software check reports as an error.
    QVERIFY(TestFiles::write(rebootFile(), QByteArray()));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->statusPage();
    QSignalSpy shown(m_page, &StatusPage::checksShown);
    QVERIFY(m_session->window()->showPage(QStringLiteral("status")));
    // Showing the page runs the checks: busy at once.
    QVERIFY(m_page->isRunning());
    QVERIFY(!m_page->runButton()->isEnabled());
    QVERIFY(m_page->cancelButton()->isVisible());
    QVERIFY2(m_page->runText().contains(QLatin1String("Running")), qPrintable(m_page->runText()));
    QVERIFY(shown.wait(120000));
    QVERIFY(shown.first().first().toBool());
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->runButton()->isEnabled());
    QVERIFY(!m_page->cancelButton()->isVisible());
}

void TestGuiStatus::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiStatus::groupsAndTheBrokenCheck()
{
    StatusTreeModel* model = m_page->model();
    // The box's groups in its order: System, Network, then the domains.
    QVERIFY(model->rowCount() >= 3);
    QVERIFY2(model->index(0, 0).data().toString().startsWith(QLatin1String("System")),
             qPrintable(model->index(0, 0).data().toString()));
    QVERIFY(model->groupIndex(QStringLiteral("Network")).isValid());
    QVERIFY(model->groupIndex(QStringLiteral("box.example.com")).isValid());
    // Each group's answer rows match the box's answer: as many check rows as results.
    int results = 0;
    for (const StatusItem& item : model->items())
        results += item.type != StatusItem::Type::Heading ? 1 : 0;
    QCOMPARE(model->counts().total(), results);

    const QModelIndex broken = model->findCheck(QStringLiteral("reboot"));
    QVERIFY(broken.isValid());
    QCOMPARE(StatusItem::Type(broken.data(StatusTreeModel::StateRole).toInt()), StatusItem::Type::Error);
    QCOMPARE(broken.parent(), model->index(0, 0)); // in the System group
    // The group shows its worst state and says how many problems it has.
    QCOMPARE(StatusItem::Type(broken.parent().data(StatusTreeModel::StateRole).toInt()), StatusItem::Type::Error);
    QVERIFY2(broken.parent().data().toString().contains(QLatin1String("error")),
             qPrintable(broken.parent().data().toString()));

    // The header counts per state.
    const StatusTreeModel::Counts c = model->counts();
    QVERIFY(c.error >= 1 && c.ok >= 1);
    const QString summary = m_page->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("%1 OK").arg(c.ok)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 error").arg(c.error)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 warning").arg(c.warning)), qPrintable(summary));
    QVERIFY2(m_page->runText().startsWith(QLatin1String("Last run at ")), qPrintable(m_page->runText()));
    QVERIFY(m_page->lastRun().isValid());
    QVERIFY(qAbs(m_page->lastRun().secsTo(QDateTime::currentDateTime())) < 120);

    // Groups are open, checks shown; the current check's whole text in the pane below.
    QVERIFY(m_page->view()->isExpanded(model->index(0, 0)));
    m_page->view()->setCurrentIndex(broken);
    QVERIFY2(m_page->detailsView()->toPlainText().contains(broken.data().toString()),
             qPrintable(m_page->detailsView()->toPlainText()));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("status-page.png")));
}

void TestGuiStatus::detailLines()
{
    // The DNSSEC check of the domain lists the DS records to give the registrar as fixed-width detail lines.
    StatusTreeModel* model = m_page->model();
    const QModelIndex ds = model->findCheck(QStringLiteral("DS record"));
    QVERIFY(ds.isValid());
    QVERIFY(model->rowCount(ds) > 0);
    QVERIFY(!m_page->view()->isExpanded(ds)); // details open on demand
    bool monospace = false;
    QStringList lines;
    for (int r = 0; r < model->rowCount(ds); ++r) {
        const QModelIndex line = model->index(r, 0, ds);
        QCOMPARE(StatusTreeModel::RowKind(line.data(StatusTreeModel::KindRole).toInt()),
                 StatusTreeModel::RowKind::Detail);
        QCOMPARE(line.parent(), ds);
        monospace = monospace || line.data(StatusTreeModel::MonospaceRole).toBool();
        lines.append(line.data().toString());
    }
    QVERIFY(monospace);
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("Digest")), qPrintable(lines.join('\n')));
    // The keyboard opens them.
    m_page->view()->setFocus();
    m_page->view()->setCurrentIndex(ds);
    QTest::keyClick(m_page->view(), Qt::Key_Right);
    QVERIFY(m_page->view()->isExpanded(ds));
    // The pane shows the check with its lines, the fixed-width ones as such.
    const QString pane = m_page->detailsView()->toHtml();
    QVERIFY2(pane.contains(QLatin1String("Digest")), qPrintable(pane));
    QVERIFY2(pane.contains(QLatin1String("monospace")) || pane.contains(QLatin1String("<pre")), qPrintable(pane));
    m_page->view()->scrollTo(ds, QAbstractItemView::PositionAtTop);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("status-page-details.png")));
    m_page->view()->collapse(ds);
}

void TestGuiStatus::onlyProblems()
{
    StatusTreeModel* model = m_page->model();
    const int allGroups = model->rowCount();
    const QList<StatusItem::Type> all = shownStates();
    QVERIFY(all.contains(StatusItem::Type::Ok));
    const int problems = int(all.count(StatusItem::Type::Error) + all.count(StatusItem::Type::Warning));

    QTest::keyClick(m_page->onlyProblemsBox(), Qt::Key_Space); // the box has the focus: Space ticks it
    QVERIFY(m_page->onlyProblemsBox()->isChecked());
    const QList<StatusItem::Type> shown = shownStates();
    QCOMPARE(int(shown.size()), problems);
    QVERIFY(!shown.contains(StatusItem::Type::Ok));
    QVERIFY(model->rowCount() <= allGroups);
    QVERIFY(model->findCheck(QStringLiteral("reboot")).isValid());
    // The header still counts every check.
    QVERIFY(m_page->summaryText().contains(QStringLiteral("%1 OK").arg(model->counts().ok)));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("status-page-only-problems.png")));

    m_page->onlyProblemsBox()->click();
    QCOMPARE(shownStates(), all);
    QCOMPARE(model->rowCount(), allGroups);
}

void TestGuiStatus::filterText()
{
    StatusTreeModel* model = m_page->model();
    const int allGroups = model->rowCount();
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("reboot"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    m_page->filterEdit()->clear();
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("no such check text"));
    QCOMPARE(model->rowCount(), 0);
    auto* empty = m_page->view()->viewport()->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY2(empty->text().contains(QLatin1String("no such check text")), qPrintable(empty->text()));
    m_page->filterEdit()->clear();
    QCOMPARE(model->rowCount(), allGroups);
}

void TestGuiStatus::copyWithKeyAndMenu()
{
    StatusTreeModel* model = m_page->model();
    const QModelIndex broken = model->findCheck(QStringLiteral("reboot"));
    QVERIFY(broken.isValid());
    QGuiApplication::clipboard()->clear();
    m_page->view()->setFocus();
    m_page->view()->setCurrentIndex(broken);
    QTest::keySequence(m_page->view(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("✖ ") + broken.data().toString());

    // A check with detail lines: its lines below it; through the context menu.
    const QModelIndex ds = model->findCheck(QStringLiteral("DS record"));
    QVERIFY(ds.isValid());
    m_page->view()->scrollTo(ds);
    QGuiApplication::clipboard()->clear();
    bool sawMenu = false;
    QTimer::singleShot(200, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        sawMenu = true;
        QVERIFY(menu->grab().save(QStringLiteral("status-context-menu.png")));
        QAction* copy = menu->findChild<QAction*>(QStringLiteral("copyAction"));
        if (!copy) {
            for (QAction* a : menu->actions())
                copy = a->objectName() == QLatin1String("copyAction") ? a : copy;
        }
        menu->close();
        if (copy)
            copy->trigger();
    });
    const QPoint pos = m_page->view()->visualRect(ds).center();
    emit m_page->view()->customContextMenuRequested(pos);
    QVERIFY(sawMenu);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(StatusTreeModel::stateMark(StatusItem::Type(ds.data(StatusTreeModel::StateRole).toInt())) +
                             QLatin1Char(' ') + ds.data().toString() + QLatin1Char('\n')),
             qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), model->rowCount(ds));
    QVERIFY(text.contains(QLatin1String("Digest")));
}

void TestGuiStatus::rerunShowsTheRepairedBox()
{
    // Repaired: no reboot pending any more. The next run no longer reports it.
    QVERIFY(QFile::remove(rebootFile()));
    const QDateTime before = m_page->lastRun();
    const int errors = m_page->model()->counts().error;
    QTest::qWait(1100); // the run's time differs from the last one's
    QSignalSpy shown(m_page, &StatusPage::checksShown);
    // The busy state as it is while the box runs the checks (on this box a run takes a fraction of a second).
    bool busySeen = false;
    bool buttonEnabled = true;
    QString busyText;
    bool previousShown = false;
    QMetaObject::Connection watch = connect(m_page, &StatusPage::runningChanged, this, [&](bool running) {
        if (!running || busySeen)
            return;
        busySeen = true;
        buttonEnabled = m_page->runButton()->isEnabled();
        busyText = m_page->runText();
        previousShown = m_page->model()->findCheck(QStringLiteral("reboot")).isValid(); // the last answer stays
        m_session->window()->grab().save(QStringLiteral("status-page-running.png"));
    });
    m_session->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_session->window()));
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F5);
    QVERIFY(shown.wait(120000));
    disconnect(watch);
    QVERIFY(busySeen);
    QVERIFY(!buttonEnabled);
    QVERIFY2(busyText.startsWith(QStringLiteral("Running the checks on the box… ")), qPrintable(busyText));
    QVERIFY(previousShown);
    QVERIFY(shown.first().first().toBool());
    QVERIFY(!m_page->model()->findCheck(QStringLiteral("reboot")).isValid());
    QCOMPARE(m_page->model()->counts().error, errors - 1);
    QVERIFY(m_page->lastRun() > before);
    QVERIFY(m_page->runButton()->isEnabled());
}

void TestGuiStatus::stopWaiting()
{
    QSignalSpy shown(m_page, &StatusPage::checksShown);
    const QDateTime before = m_page->lastRun();
    const int rows = m_page->model()->rowCount();
    m_page->runButton()->click();
    QVERIFY(m_page->isRunning());
    m_page->cancelButton()->click();
    QVERIFY(!m_page->isRunning());
    QCOMPARE(shown.count(), 1);
    QVERIFY(!shown.first().first().toBool());
    QVERIFY(m_page->runButton()->isEnabled());
    QVERIFY(!m_page->banner()->isVisible()); // stopping is no error
    QCOMPARE(m_page->lastRun(), before); // the last answer stays
    QCOMPARE(m_page->model()->rowCount(), rows);
}

void TestGuiStatus::changesOfLastNight()
{
    // Our agent keeps the nightly change report; before the second night there is none.
    QVERIFY(m_page->changesButton()->isVisible());
    QVERIFY(!m_page->changesNote()->isVisible());
    StatusChangesDialog* dialog = openChanges();
    QVERIFY(dialog);
    QVERIFY2(dialog->summary().contains(QLatin1String("no report yet")), qPrintable(dialog->summary()));
    dialog->close();

    // Two nights, the second with a reboot pending: the report says so, as the nightly mail prints it.
    QVERIFY(daily());
    QVERIFY(TestFiles::write(rebootFile(), QByteArray()));
    QVERIFY(daily());
    QVERIFY(QFile::remove(rebootFile()));
    dialog = openChanges();
    QVERIFY(dialog);
    QVERIFY2(dialog->summary().contains(QLatin1String("what changed since the night before")),
             qPrintable(dialog->summary()));
    const QString report = dialog->reportText();
    QVERIFY2(report.contains(QStringLiteral("System -- Added\n")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("✖  System updates have been installed and a reboot of the machine is "
                                            "required.")),
             qPrintable(report));
    QVERIFY(dialog->grab().save(QStringLiteral("status-changes-dialog.png")));
    dialog->close();
}

void TestGuiStatus::changesHiddenOnAnUnmodifiedBox()
{
    // A box without our agent (a stand-in: the agent serving upstream's routes only) has no report: the button is
    // hidden and one sentence says why; the checks themselves run as before.
    m_session.reset();
    QString error;
    QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->statusPage();
    QSignalSpy shown(m_page, &StatusPage::checksShown);
    QVERIFY(m_session->window()->showPage(QStringLiteral("status")));
    QVERIFY(shown.wait(120000));
    QVERIFY(shown.first().first().toBool());
    QVERIFY(m_page->model()->counts().total() > 0);
    QVERIFY(!m_page->changesButton()->isVisible());
    QVERIFY(m_page->changesNote()->isVisible());
    QVERIFY2(m_page->changesNote()->text().contains(QLatin1String("Boxkeeper's agent")),
             qPrintable(m_page->changesNote()->text()));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("status-page-unmodified-box.png")));
}

QTEST_MAIN(TestGuiStatus)
#include "tst_gui_status.moc"
