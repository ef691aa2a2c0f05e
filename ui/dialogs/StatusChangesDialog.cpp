#include "StatusChangesDialog.h"

#include "StatusService.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

StatusChangesDialog::StatusChangesDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("statusChangesDialog"));
    setWindowTitle(tr("Changes since the previous night"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("reportPlainTextEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

void StatusChangesDialog::showChanges(const StatusChanges& changes)
{
    if (!changes.exists()) {
        m_summary->setText(tr("There is no report yet. Every night the box runs its status checks and compares them "
                              "with the night before; the first report comes after the second night."));
    } else if (changes.sections == 0) {
        m_summary->setText(tr("The report of %1: nothing changed since the night before.")
                               .arg(QLocale().toString(changes.time.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_summary->setText(tr("The report of %1: what changed since the night before.")
                               .arg(QLocale().toString(changes.time.toLocalTime(), QLocale::LongFormat)));
    }
    m_text->setPlainText(changes.text);
    m_text->setVisible(!changes.text.trimmed().isEmpty());
}

QString StatusChangesDialog::summary() const
{
    return m_summary->text();
}

QString StatusChangesDialog::reportText() const
{
    return m_text->toPlainText();
}
