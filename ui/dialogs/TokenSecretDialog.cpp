#include "TokenSecretDialog.h"

#include "Icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TokenSecretDialog::TokenSecretDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_copy(new QPushButton(Icons::themed(QStringLiteral("edit-copy")), tr("&Copy"), this))
    , m_example(new QPlainTextEdit(this))
    , m_copyExample(new QPushButton(Icons::themed(QStringLiteral("edit-copy")), tr("Copy &example"), this))
{
    setObjectName(QStringLiteral("TokenSecretDialog"));
    setWindowTitle(tr("API token created"));
    setMinimumWidth(680);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    auto* warning = new QLabel(tr("<b>Copy the secret now: it will not be shown again.</b> The box keeps only a hash "
                                  "of it. If it is lost, revoke the token and make a new one."),
                               this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060; "
                                          "border-radius: 4px; padding: 8px; }"));
    m_secret->setObjectName(QStringLiteral("secretLineEdit"));
    m_secret->setReadOnly(true);
    m_secret->setFont(fixed);
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setAutoDefault(false);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);

    auto* exampleLabel = new QLabel(tr("Use it as the password of the user <tt>token</tt>, e.g. with curl:"), this);
    exampleLabel->setWordWrap(true);
    m_example->setObjectName(QStringLiteral("curlExampleEdit"));
    m_example->setReadOnly(true);
    m_example->setFont(fixed);
    m_example->setMaximumHeight(m_example->fontMetrics().lineSpacing() * 4 + 12);
    m_copyExample->setObjectName(QStringLiteral("copyExampleButton"));
    m_copyExample->setAutoDefault(false);
    auto* bearer = new QLabel(tr("Programs can send it as <tt>Authorization: Bearer</tt> <i>secret</i> instead. It "
                                 "works when two-factor authentication is on for the administrators too."),
                              this);
    bearer->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(warning);
    layout->addLayout(secretRow);
    layout->addSpacing(8);
    layout->addWidget(exampleLabel);
    layout->addWidget(m_example);
    auto* exampleRow = new QHBoxLayout;
    exampleRow->addStretch(1);
    exampleRow->addWidget(m_copyExample);
    layout->addLayout(exampleRow);
    layout->addWidget(bearer);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        emit copied(tr("the secret"));
    });
    connect(m_copyExample, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_example->toPlainText());
        emit copied(tr("the example"));
    });
}

void TokenSecretDialog::setToken(const QString& name, const QString& secret, const QString& curlExample)
{
    m_intro->setText(tr("The token <b>%1</b> was created. Its secret:").arg(name.toHtmlEscaped()));
    m_secret->setText(secret);
    m_example->setPlainText(curlExample);
    m_secret->setFocus();
    m_secret->selectAll();
}

QString TokenSecretDialog::secret() const
{
    return m_secret->text();
}

QString TokenSecretDialog::curlExample() const
{
    return m_example->toPlainText();
}

void TokenSecretDialog::done(int result)
{
    // Shown once: nothing of it stays in the dialog.
    m_secret->clear();
    m_example->clear();
    QDialog::done(result);
}
