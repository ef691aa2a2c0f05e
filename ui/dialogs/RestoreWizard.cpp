#include "RestoreWizard.h"

#include "BackupListModel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
const QString mailboxesFolder = QStringLiteral("mail/mailboxes");

// A wizard page whose completeness the wizard decides.
class Page : public QWizardPage
{
public:
    Page(const QString& name, const QString& title, const QString& subTitle, std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
        setObjectName(name);
        setTitle(title);
        setSubTitle(subTitle);
    }
    bool isComplete() const override { return m_complete ? m_complete() : true; }
    void refreshComplete() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QLabel* wrapped(const QString& text, QWidget* parent, const QString& name = {})
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

// A maildir folder's name as mail programs show it: ".Sent" → "Sent", ".Archive.2025" → "Archive/2025".
QString folderName(const QString& segment, bool inMailbox)
{
    if (inMailbox && segment.startsWith(QLatin1Char('.')) && segment.size() > 1)
        return segment.mid(1).replace(QLatin1Char('.'), QLatin1Char('/'));
    return segment;
}

} // namespace

RestoreWizard::RestoreWizard(BackupService* service, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_backups(new QTreeWidget(this))
    , m_files(new QTreeWidget(this))
    , m_filesState(new QLabel(this))
    , m_into(new QLineEdit(this))
    , m_intoProblem(new QLabel(this))
    , m_confirmation(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_result(new QLabel(this))
    , m_elapsedTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore from a backup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(TimePage, makeTimePage());
    setPage(FilesPage, makeFilesPage());
    setPage(IntoPage, makeIntoPage());
    setPage(ConfirmPage, makeConfirmPage());
    setPage(ProgressPage, makeProgressPage());
    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, &RestoreWizard::updateElapsed);
    resize(760, 560);

    connect(service, &BackupService::filesLoaded, this, &RestoreWizard::showFiles);
    connect(service, &BackupService::loadFailed, this, [this](BackupService::Load load, const ApiError& error) {
        if (load != BackupService::Load::Files || error.kind == ApiError::Kind::Cancelled)
            return;
        m_filesState->setText(tr("The box could not list the backup's files: %1")
                                  .arg(error.serverText.isEmpty() ? error.message : error.serverText));
    });
    connect(service, &BackupService::jobProgress, this, [this](BackupService::Job job, const BackupJobState& state) {
        if (job == BackupService::Job::Restore && m_started && !m_ended)
            m_step->setText(tr("On the box: %1…").arg(state.step));
    });
    connect(service, &BackupService::jobEnded, this, [this](BackupService::Job job, const BackupJobState& state) {
        if (job == BackupService::Job::Restore && m_started && !m_ended)
            finishRestore(state.state == BackupJobState::State::Succeeded, state.message);
    });
    connect(service, &BackupService::jobFailed, this, [this](BackupService::Job job, const ApiError& error) {
        if (job == BackupService::Job::Restore && m_started && !m_ended)
            finishRestore(false, error.serverText.isEmpty() ? error.message : error.serverText);
    });
}

QWizardPage* RestoreWizard::makeTimePage()
{
    auto* page = new Page(QStringLiteral("timePage"), tr("Choose a backup"),
                          tr("Which backup to restore from: the box keeps a full backup and the increments made "
                             "after it, and restores any of them as it was at that time."),
                          [this] { return m_backups->currentItem() != nullptr; });
    m_backups->setObjectName(QStringLiteral("backupsTreeWidget"));
    m_backups->setRootIsDecorated(false);
    m_backups->setHeaderLabels({tr("When"), tr("Type"), tr("Size")});
    m_backups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_backups);
    connect(m_backups, &QTreeWidget::currentItemChanged, page, &Page::refreshComplete);
    connect(m_backups, &QTreeWidget::itemDoubleClicked, this, &QWizard::next);
    return page;
}

QWizardPage* RestoreWizard::makeFilesPage()
{
    auto* page = new Page(QStringLiteral("filesPage"), tr("Choose what to restore"),
                          tr("Everything, one mailbox, or a single folder or file. Mailboxes are listed by "
                             "address, with their mail folders."),
                          [this] { return m_choice != Choice::None; });
    m_files->setObjectName(QStringLiteral("filesTreeWidget"));
    m_files->setHeaderLabels({tr("Name"), tr("Modified")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->setUniformRowHeights(true);
    m_filesState->setObjectName(QStringLiteral("filesStateLabel"));
    m_filesState->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_filesState);
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this, page](QTreeWidgetItem* item) {
        choose(item);
        page->refreshComplete();
    });
    return page;
}

QWizardPage* RestoreWizard::makeIntoPage()
{
    auto* page = new Page(QStringLiteral("intoPage"), tr("Choose a new directory on the box"),
                          tr("The box restores into a directory that does not exist yet (or is empty), outside "
                             "its data folder. The live mail and settings are not touched."),
                          [this] { return intoProblem().isEmpty(); });
    m_into->setObjectName(QStringLiteral("intoLineEdit"));
    m_intoProblem->setObjectName(QStringLiteral("intoProblemLabel"));
    m_intoProblem->setWordWrap(true);
    m_intoProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* label = new QLabel(tr("&Directory on the box:"), page);
    label->setBuddy(m_into);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_into);
    layout->addWidget(m_intoProblem);
    layout->addWidget(wrapped(tr("The box makes the directory readable by root only. The restored files keep "
                                 "their place below it, as in the box's data folder; copy what you need from "
                                 "there on the box."),
                              page));
    layout->addStretch(1);
    connect(m_into, &QLineEdit::textChanged, this, [this, page] {
        m_intoProblem->setText(m_into->text().trimmed().isEmpty() ? QString() : intoProblem());
        page->refreshComplete();
    });
    return page;
}

QWizardPage* RestoreWizard::makeConfirmPage()
{
    auto* page =
        new Page(QStringLiteral("confirmPage"), tr("Confirm the restore"), tr("Read what the box will do."), nullptr);
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirmation->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_confirmation);
    layout->addStretch(1);
    return page;
}

QWizardPage* RestoreWizard::makeProgressPage()
{
    auto* page = new Page(QStringLiteral("progressPage"), tr("Restoring"),
                          tr("The box restores from the backup. Closing this window does not stop it."),
                          [this] { return m_ended; });
    page->setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("restoreProgressBar"));
    m_step->setObjectName(QStringLiteral("restoreStepLabel"));
    m_step->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("restoreResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    return page;
}

void RestoreWizard::prepare(const BackupSetList& backups, const QString& storageRoot)
{
    m_sets = backups;
    m_storageRoot = storageRoot;
    m_backups->clear();
    for (const BackupSet& set : backups) {
        auto* item = new QTreeWidgetItem(m_backups, {BackupListModel::whenText(set), BackupListModel::typeText(set),
                                                     BackupInfo::formatSize(set.size)});
        item->setData(0, ValueRole, set.date);
        item->setToolTip(0, set.date);
    }
    if (m_backups->topLevelItemCount() > 0)
        m_backups->setCurrentItem(m_backups->topLevelItem(0)); // the latest
    m_files->clear();
    m_filesTime.clear();
    m_choice = Choice::None;
    m_choiceValue.clear();
    m_into->clear();
    m_started = false;
    m_ended = false;
    restart();
}

bool RestoreWizard::selectBackup(const QString& date)
{
    for (int i = 0; i < m_backups->topLevelItemCount(); ++i) {
        if (m_backups->topLevelItem(i)->data(0, ValueRole).toString() == date) {
            m_backups->setCurrentItem(m_backups->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const BackupSet* RestoreWizard::chosenSet() const
{
    const QTreeWidgetItem* item = m_backups->currentItem();
    if (!item)
        return nullptr;
    const QString date = item->data(0, ValueRole).toString();
    for (const BackupSet& set : m_sets) {
        if (set.date == date)
            return &set;
    }
    return nullptr;
}

void RestoreWizard::initializePage(int id)
{
    const BackupSet* set = chosenSet();
    if (id == FilesPage && set && set->date != m_filesTime) {
        m_files->clear();
        m_choice = Choice::None;
        m_filesTime = set->date;
        m_filesState->setText(tr("Loading the files of the backup of %1…").arg(set->dateStr));
        if (m_service && !m_service->fetchFiles(set->date))
            m_filesState->setText(tr("The box is still listing files; go back and forth to try again."));
    } else if (id == IntoPage && m_into->text().trimmed().isEmpty() && set) {
        const QString base =
            m_storageRoot.isEmpty() ? QStringLiteral("/root") : QFileInfo(QDir::cleanPath(m_storageRoot)).path();
        m_into->setText(QDir::cleanPath(base) + QStringLiteral("/restore-") + set->date);
    } else if (id == ConfirmPage && set) {
        const QString kind = set->full ? tr("the full backup") : tr("the incremental backup");
        QString text = tr("<p>The box will restore <b>%1</b> from %2 of <b>%3</b> into the new directory "
                          "<b>%4</b> on the box.</p>")
                           .arg(whatText().toHtmlEscaped(), kind, set->dateStr.toHtmlEscaped(),
                                m_into->text().trimmed().toHtmlEscaped());
        const QString example = m_choice == Choice::Mailbox
                                    ? m_into->text().trimmed() + QLatin1Char('/') + mailboxesFolder + QLatin1Char('/') +
                                          m_choiceValue.section(QLatin1Char('@'), 1) + QLatin1Char('/') +
                                          m_choiceValue.section(QLatin1Char('@'), 0, 0)
                                : m_choice == Choice::Path ? m_into->text().trimmed() + QLatin1Char('/') + m_choiceValue
                                                           : m_into->text().trimmed() + QStringLiteral("/mail");
        text += tr("<p>The files keep their place below that directory, for example <tt>%1</tt>. The box makes the "
                   "directory readable by root only.</p>")
                    .arg(example.toHtmlEscaped());
        text += tr("<p>Nothing else changes: the mail, users and settings the box uses now stay as they are. "
                   "Copy what you need from the new directory on the box afterwards.</p>");
        m_confirmation->setText(text);
    } else if (id == ProgressPage && !m_started) {
        m_started = true;
        m_ended = false;
        m_result->clear();
        m_progress->setRange(0, 0);
        m_step->setText(tr("Starting the restore…"));
        m_elapsed.start();
        m_elapsedTimer->start();
        updateElapsed();
        if (!m_service || !m_service->startRestore(request()))
            finishRestore(false, tr("A restore is already running on the box."));
    }
    QWizard::initializePage(id);
}

bool RestoreWizard::validateCurrentPage()
{
    if (currentId() == IntoPage) {
        const QString problem = intoProblem();
        m_intoProblem->setText(problem);
        if (!problem.isEmpty())
            return false;
    }
    return QWizard::validateCurrentPage();
}

QString RestoreWizard::intoProblem() const
{
    const QString into = m_into->text().trimmed();
    if (into.isEmpty())
        return tr("Enter a directory on the box.");
    if (!into.startsWith(QLatin1Char('/')))
        return tr("Give the directory as an absolute path on the box, starting with /.");
    const QString clean = QDir::cleanPath(into);
    const QString root = QDir::cleanPath(m_storageRoot);
    if (!m_storageRoot.isEmpty() && (clean == root || clean.startsWith(root + QLatin1Char('/'))))
        return tr("The directory is inside the box's data folder (%1): choose one elsewhere.").arg(root);
    return QString();
}

void RestoreWizard::showFiles(const QString& time, const BackupFileList& files)
{
    if (time != m_filesTime)
        return;
    m_files->setUpdatesEnabled(false);
    m_files->clear();
    // The list holds folders too: a path that is the start of another one is a folder.
    QSet<QString> dirs;
    for (const BackupFile& file : files) {
        for (int slash = file.path.indexOf(QLatin1Char('/')); slash > 0;
             slash = file.path.indexOf(QLatin1Char('/'), slash + 1))
            dirs.insert(file.path.left(slash));
    }
    auto* everything = new QTreeWidgetItem(m_files);
    everything->setData(0, KindRole, int(Choice::Everything));
    auto* mailboxes = new QTreeWidgetItem(m_files, {tr("Mailboxes")});
    mailboxes->setData(0, KindRole, int(Choice::Path));
    mailboxes->setData(0, ValueRole, mailboxesFolder);
    auto* others = new QTreeWidgetItem(m_files, {tr("Other files")});
    others->setData(0, KindRole, int(Choice::None));
    QHash<QString, QTreeWidgetItem*> folders; // path → item
    const QLocale locale;
    int mailboxCount = 0;
    int fileCount = 0;
    for (const BackupFile& file : files) {
        const QStringList segments = file.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const bool isDir = dirs.contains(file.path);
        fileCount += isDir ? 0 : 1;
        const bool underMailboxes = file.path.startsWith(mailboxesFolder + QLatin1Char('/'));
        // The folders mail/mailboxes and its domains are the Mailboxes group and its entries.
        if (file.path == QLatin1String(".") || file.path == mailboxesFolder || (underMailboxes && segments.size() < 4))
            continue;
        const bool inMailboxes = underMailboxes && segments.size() >= 4;
        QTreeWidgetItem* parent = others;
        int first = 0;
        if (inMailboxes) {
            // mail/mailboxes/<domain>/<user>/…: the mailbox's item, by address, under its domain.
            const QString domainPath = mailboxesFolder + QLatin1Char('/') + segments.at(2);
            QTreeWidgetItem* domain = folders.value(domainPath);
            if (!domain) {
                domain = new QTreeWidgetItem(mailboxes, {segments.at(2)});
                domain->setData(0, KindRole, int(Choice::Path));
                domain->setData(0, ValueRole, domainPath);
                folders.insert(domainPath, domain);
            }
            const QString boxPath = domainPath + QLatin1Char('/') + segments.at(3);
            QTreeWidgetItem* box = folders.value(boxPath);
            if (!box) {
                const QString address = segments.at(3) + QLatin1Char('@') + segments.at(2);
                box = new QTreeWidgetItem(domain, {address});
                box->setData(0, KindRole, int(Choice::Mailbox));
                box->setData(0, ValueRole, address);
                box->setToolTip(0, boxPath);
                folders.insert(boxPath, box);
                ++mailboxCount;
            }
            parent = box;
            first = 4;
        }
        QString path = first ? segments.mid(0, first).join(QLatin1Char('/')) : QString();
        for (int i = first; i < segments.size(); ++i) {
            path += (path.isEmpty() ? QString() : QStringLiteral("/")) + segments.at(i);
            const bool last = i == segments.size() - 1;
            const bool folder = !last || isDir;
            QTreeWidgetItem* item = folder ? folders.value(path) : nullptr;
            if (!item) {
                item = new QTreeWidgetItem(parent, {folderName(segments.at(i), inMailboxes && folder)});
                item->setData(0, KindRole, int(Choice::Path));
                item->setData(0, ValueRole, path);
                item->setToolTip(0, path);
                if (folder)
                    folders.insert(path, item);
            }
            if (last)
                item->setText(1, locale.toString(file.modified, QLocale::ShortFormat));
            parent = item;
        }
    }
    everything->setText(0, tr("Everything (%n file(s))", nullptr, fileCount));
    mailboxes->setText(0, tr("Mailboxes (%n)", nullptr, mailboxCount));
    m_files->expandItem(mailboxes);
    for (int i = 0; i < mailboxes->childCount(); ++i)
        m_files->expandItem(mailboxes->child(i));
    m_files->setUpdatesEnabled(true);
    m_filesState->setText(tr("Choose an item: a mailbox (by its address), a folder or a file, or everything."));
}

void RestoreWizard::choose(QTreeWidgetItem* item)
{
    m_choice = item ? Choice(item->data(0, KindRole).toInt()) : Choice::None;
    m_choiceValue = item ? item->data(0, ValueRole).toString() : QString();
}

bool RestoreWizard::selectItem(int kind, const QString& value)
{
    for (QTreeWidgetItemIterator it(m_files); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == kind &&
            (kind == int(Choice::Everything) || (*it)->data(0, ValueRole).toString() == value)) {
            m_files->setCurrentItem(*it);
            m_files->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

bool RestoreWizard::selectMailbox(const QString& mailbox)
{
    return selectItem(int(Choice::Mailbox), mailbox);
}

bool RestoreWizard::selectPath(const QString& path)
{
    return selectItem(int(Choice::Path), path);
}

bool RestoreWizard::selectEverything()
{
    return selectItem(int(Choice::Everything), QString());
}

QString RestoreWizard::whatText() const
{
    switch (m_choice) {
    case Choice::Everything:
        return tr("everything the backup holds (all mailboxes, the users database, certificates, DNS and web files)");
    case Choice::Mailbox:
        return tr("the mailbox %1 with all its mail folders").arg(m_choiceValue);
    case Choice::Path: {
        const QTreeWidgetItem* item = m_files->currentItem();
        const bool folder = item && item->childCount() > 0;
        return folder ? tr("the folder %1 with everything in it").arg(m_choiceValue)
                      : tr("the file %1").arg(m_choiceValue);
    }
    case Choice::None:
        break;
    }
    return QString();
}

BackupService::RestoreRequest RestoreWizard::request() const
{
    BackupService::RestoreRequest r;
    if (m_choice == Choice::Mailbox)
        r.mailbox = m_choiceValue;
    else if (m_choice == Choice::Path)
        r.path = m_choiceValue;
    const BackupSet* set = chosenSet();
    r.time = set ? set->date : QString();
    r.into = QDir::cleanPath(m_into->text().trimmed());
    return r;
}

QString RestoreWizard::confirmationText() const
{
    return m_confirmation->text();
}

QString RestoreWizard::resultText() const
{
    return m_result->text();
}

void RestoreWizard::updateElapsed()
{
    if (m_ended)
        return;
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_progress->setFormat(tr("%1:%2 elapsed").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_progress->setTextVisible(true);
}

void RestoreWizard::finishRestore(bool ok, const QString& message)
{
    m_ended = true;
    m_elapsedTimer->stop();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(ok ? tr("Done") : tr("Failed"));
    m_step->setText(ok ? tr("The restore is done.") : tr("The restore failed."));
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_result->setText(message);
    if (auto* p = static_cast<Page*>(page(ProgressPage)))
        p->refreshComplete();
    emit restoreEnded(ok, message);
}
