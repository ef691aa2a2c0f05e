#include "BackupConfigDialog.h"

#include "DialogErrorLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

BackupConfigDialog::BackupConfigDialog(QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_minAge(new QSpinBox(this))
    , m_minAgeLabel(new QLabel(tr("&Keep backups for at least:"), this))
    , m_error(new DialogErrorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("backupConfigDialog"));
    setWindowTitle(tr("Backup configuration"));
    m_kind->setObjectName(QStringLiteral("targetKindComboBox"));
    // In the order of BackupDestination::Kind.
    m_kind->addItem(tr("Off (no backups)"));
    m_kind->addItem(tr("A folder on the box"));
    m_kind->addItem(tr("S3-compatible storage"));
    m_kind->addItem(tr("rsync over SSH"));
    m_kind->addItem(tr("Backblaze B2"));
    m_pages->setObjectName(QStringLiteral("targetPagesStackedWidget"));
    m_pages->addWidget(offPage());
    m_pages->addWidget(localPage());
    m_pages->addWidget(s3Page());
    m_pages->addWidget(rsyncPage());
    m_pages->addWidget(b2Page());
    m_minAge->setObjectName(QStringLiteral("minAgeSpinBox"));
    m_minAge->setRange(1, 3650);
    m_minAge->setSuffix(tr(" days"));
    m_minAgeLabel->setBuddy(m_minAge);
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("The box checks the target…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto* kindLabel = new QLabel(tr("Back up &to:"), this);
    kindLabel->setBuddy(m_kind);
    auto* form = new QFormLayout;
    form->addRow(kindLabel, m_kind);
    auto* ageForm = new QFormLayout;
    ageForm->addRow(m_minAgeLabel, m_minAge);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);
    layout->addLayout(ageForm);
    layout->addWidget(note(tr("The box makes a full backup now and then and small increments in between; a backup is "
                              "removed once it is older than this and no newer backup depends on it."),
                           this));
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &BackupConfigDialog::updateKind);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupConfigDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupConfigDialog::reject);
    // Credentials stay in the dialog only while it is open.
    connect(this, &QDialog::rejected, m_s3Secret, &QLineEdit::clear);
    connect(this, &QDialog::rejected, m_s3Key, &QLineEdit::clear);
    resize(560, sizeHint().height());
    updateKind();
}

QLineEdit* BackupConfigDialog::edit(const QString& name, const QString& placeholder, bool secret)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    if (secret) {
        e->setEchoMode(QLineEdit::Password);
        e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    return e;
}

QWidget* BackupConfigDialog::offPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("offPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note(tr("The box makes no backups. Backups made before stay where they are."), page));
    layout->addStretch(1);
    return page;
}

QWidget* BackupConfigDialog::localPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("localPage"));
    m_directory = edit(QStringLiteral("localDirectoryLineEdit"));
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(note(tr("The box keeps its encrypted backups in a folder of its own disk. Copy them somewhere "
                         "else regularly (with the backup key, see “Save the backup key”): a backup on the box's "
                         "disk is lost with that disk."),
                      page));
    form->addRow(tr("&Folder on the box:"), m_directory);
    return page;
}

QWidget* BackupConfigDialog::s3Page()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("s3Page"));
    m_s3Endpoint = edit(QStringLiteral("s3EndpointLineEdit"), tr("e.g. s3.eu-central-1.amazonaws.com"));
    m_s3Region = edit(QStringLiteral("s3RegionLineEdit"), tr("optional, e.g. eu-central-1"));
    m_s3Bucket = edit(QStringLiteral("s3BucketLineEdit"));
    m_s3Prefix = edit(QStringLiteral("s3PrefixLineEdit"), tr("optional, e.g. box1/"));
    m_s3Key = edit(QStringLiteral("s3AccessKeyLineEdit"));
    m_s3Secret = edit(QStringLiteral("s3SecretLineEdit"), QString(), true);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(note(tr("Any storage that speaks Amazon's S3 protocol: Amazon S3, MinIO, Wasabi, …. The key and "
                         "secret are sent to the box, which keeps them to reach the storage; the box does not show "
                         "them again, so enter them with every change."),
                      page));
    form->addRow(tr("&Endpoint (host[:port]):"), m_s3Endpoint);
    form->addRow(tr("&Region:"), m_s3Region);
    form->addRow(tr("&Bucket:"), m_s3Bucket);
    form->addRow(tr("&Prefix:"), m_s3Prefix);
    form->addRow(tr("&Access key ID:"), m_s3Key);
    form->addRow(tr("&Secret access key:"), m_s3Secret);
    return page;
}

QWidget* BackupConfigDialog::rsyncPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("rsyncPage"));
    m_rsyncHost = edit(QStringLiteral("rsyncHostLineEdit"), tr("host name, optionally :port"));
    m_rsyncPath =
        edit(QStringLiteral("rsyncPathLineEdit"), tr("e.g. /home/backup/box (absolute) or box (in the home)"));
    m_rsyncUser = edit(QStringLiteral("rsyncUserLineEdit"));
    m_publicKey = new QPlainTextEdit(page);
    m_publicKey->setObjectName(QStringLiteral("sshPublicKeyTextEdit"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setMaximumHeight(m_publicKey->fontMetrics().lineSpacing() * 4 + 12);
    m_copyKey = new QPushButton(tr("&Copy the public key"), page);
    m_copyKey->setObjectName(QStringLiteral("copyPublicKeyButton"));
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(note(tr("The box copies its backups with rsync over SSH to a host of yours. Add the box's public "
                         "key below to <tt>~/.ssh/authorized_keys</tt> of that user on the host first: the box "
                         "checks the connection when you save."),
                      page));
    form->addRow(tr("&Host:"), m_rsyncHost);
    form->addRow(tr("&Path:"), m_rsyncPath);
    form->addRow(tr("&User:"), m_rsyncUser);
    form->addRow(tr("The box's public key:"), m_publicKey);
    form->addRow(QString(), m_copyKey);
    connect(m_copyKey, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_publicKey->toPlainText()); });
    return page;
}

QWidget* BackupConfigDialog::b2Page()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("b2Page"));
    m_b2KeyId = edit(QStringLiteral("b2KeyIdLineEdit"));
    m_b2Key = edit(QStringLiteral("b2KeyLineEdit"), QString(), true);
    m_b2Bucket = edit(QStringLiteral("b2BucketLineEdit"));
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(note(tr("Backblaze B2 cloud storage. The application key is sent to the box, which keeps it to "
                         "reach the bucket."),
                      page));
    form->addRow(tr("Application &key ID:"), m_b2KeyId);
    form->addRow(tr("Application k&ey:"), m_b2Key);
    form->addRow(tr("&Bucket:"), m_b2Bucket);
    return page;
}

void BackupConfigDialog::prepare(const BackupConfig& config)
{
    m_config = config;
    const BackupDestination d = BackupDestination::fromTarget(config.target, config.fileTargetDirectory);
    m_directory->setText(d.kind == BackupDestination::Kind::Local ? d.directory : config.fileTargetDirectory);
    m_s3Endpoint->setText(d.s3Endpoint);
    m_s3Region->setText(d.s3Region);
    m_s3Bucket->setText(d.s3Bucket);
    m_s3Prefix->setText(d.s3Prefix);
    m_s3Key->clear();
    m_s3Secret->clear();
    m_rsyncHost->setText(d.rsyncHost);
    m_rsyncPath->setText(d.rsyncPath);
    m_rsyncUser->setText(d.rsyncUser);
    m_b2KeyId->setText(d.b2KeyId);
    m_b2Key->setText(d.b2Key);
    m_b2Bucket->setText(d.b2Bucket);
    m_publicKey->setPlainText(config.sshPublicKey.trimmed().isEmpty()
                                  ? tr("The box has no SSH key for backups yet. It makes one with its first "
                                       "backup run; open this dialog again after it.")
                                  : config.sshPublicKey.trimmed());
    m_copyKey->setEnabled(!config.sshPublicKey.trimmed().isEmpty());
    m_minAge->setValue(qMax(1, config.minAgeDays));
    m_kind->setCurrentIndex(int(d.kind));
    showError(QString());
    setBusy(false);
    updateKind();
    m_kind->setFocus();
}

void BackupConfigDialog::updateKind()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    const bool on = m_kind->currentIndex() != int(BackupDestination::Kind::Off);
    m_minAge->setVisible(on);
    m_minAgeLabel->setVisible(on);
    showError(QString());
}

BackupDestination BackupConfigDialog::destination() const
{
    BackupDestination d;
    d.kind = BackupDestination::Kind(m_kind->currentIndex());
    d.directory = m_directory->text().trimmed();
    d.s3Endpoint = m_s3Endpoint->text().trimmed();
    d.s3Region = m_s3Region->text().trimmed();
    d.s3Bucket = m_s3Bucket->text().trimmed();
    d.s3Prefix = m_s3Prefix->text().trimmed();
    d.rsyncHost = m_rsyncHost->text().trimmed();
    d.rsyncPath = m_rsyncPath->text().trimmed();
    d.rsyncUser = m_rsyncUser->text().trimmed();
    d.b2KeyId = m_b2KeyId->text().trimmed();
    d.b2Key = m_b2Key->text().trimmed();
    d.b2Bucket = m_b2Bucket->text().trimmed();
    return d;
}

int BackupConfigDialog::minAgeDays() const
{
    return m_minAge->value();
}

QString BackupConfigDialog::accessKey() const
{
    return m_s3Key->text().trimmed();
}

QString BackupConfigDialog::secretKey() const
{
    return m_s3Secret->text().trimmed();
}

QString BackupConfigDialog::missingField()
{
    QList<QPair<QLineEdit*, QString>> required;
    switch (BackupDestination::Kind(m_kind->currentIndex())) {
    case BackupDestination::Kind::Off:
        break;
    case BackupDestination::Kind::Local:
        if (!m_directory->text().trimmed().isEmpty() && !m_directory->text().trimmed().startsWith(QLatin1Char('/'))) {
            m_directory->setFocus();
            return tr("Give the folder as an absolute path on the box, e.g. %1.").arg(m_config.fileTargetDirectory);
        }
        break;
    case BackupDestination::Kind::S3:
        required = {{m_s3Endpoint, tr("Enter the S3 endpoint, the storage's host name.")},
                    {m_s3Bucket, tr("Enter the bucket.")},
                    {m_s3Key, tr("Enter the access key ID.")},
                    {m_s3Secret, tr("Enter the secret access key.")}};
        break;
    case BackupDestination::Kind::Rsync:
        required = {{m_rsyncHost, tr("Enter the rsync host.")},
                    {m_rsyncPath, tr("Enter the path on the host.")},
                    {m_rsyncUser, tr("Enter the user on the host.")}};
        break;
    case BackupDestination::Kind::B2:
        required = {{m_b2KeyId, tr("Enter the application key ID.")},
                    {m_b2Key, tr("Enter the application key.")},
                    {m_b2Bucket, tr("Enter the bucket.")}};
        break;
    }
    for (const auto& [field, sentence] : required) {
        if (field->text().trimmed().isEmpty()) {
            field->setFocus();
            return sentence;
        }
    }
    return QString();
}

void BackupConfigDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_pages->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_minAge->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void BackupConfigDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

QString BackupConfigDialog::error() const
{
    return m_error->message();
}

void BackupConfigDialog::succeeded()
{
    setBusy(false);
    m_s3Secret->clear();
    m_s3Key->clear();
    QDialog::accept();
}

void BackupConfigDialog::accept()
{
    showError(QString());
    const QString missing = missingField();
    if (!missing.isEmpty()) {
        showError(missing);
        return;
    }
    setBusy(true);
    emit submitted(); // the page sends it; succeeded() or showError() follows
}
