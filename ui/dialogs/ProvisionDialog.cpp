#include "ProvisionDialog.h"

#include "DnsRecords.h"
#include "TlsService.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString displayNames(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names)
        out.append(DnsRecords::displayName(n));
    return out.join(QStringLiteral(", "));
}
} // namespace

ProvisionDialog::ProvisionDialog(TlsService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_intro(new QLabel(this))
    , m_provisionButton(new QPushButton(tr("&Provision"), this))
    , m_progress(new QProgressBar(this))
    , m_elapsedLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ProvisionDialog"));
    setWindowTitle(tr("Provision certificates"));
    resize(760, 520);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_provisionButton->setObjectName(QStringLiteral("provisionButton"));
    m_provisionButton->setDefault(true);
    m_progress->setObjectName(QStringLiteral("provisionProgressBar"));
    m_progress->setRange(0, 0); // the box tells nothing until it is done
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsedLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setObjectName(QStringLiteral("resultsTreeWidget"));
    m_results->setHeaderLabels({tr("Domains"), tr("Result"), tr("What the box says")});
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->resizeSection(0, 240);
    m_results->header()->resizeSection(1, 110);
    m_timer->setInterval(1000);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_provisionButton, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_elapsedLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provisionButton, &QPushButton::clicked, this, &ProvisionDialog::provision);
    connect(m_timer, &QTimer::timeout, this, &ProvisionDialog::updateElapsed);
    if (m_service) {
        connect(m_service, &TlsService::busyChanged, this, [this](TlsService::Call call, bool busy) {
            if (call == TlsService::Call::Provision)
                setBusy(busy);
        });
        connect(m_service, &TlsService::provisioned, this, &ProvisionDialog::showResult);
        connect(m_service, &TlsService::failed, this, [this](TlsService::Call call, const ApiError& error) {
            if (call != TlsService::Call::Provision)
                return;
            m_summaryLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_summaryLabel->setText(error.kind == ApiError::Kind::Cancelled
                                        ? tr("Stopped waiting. The box may still be requesting certificates; the "
                                             "table shows them once they are installed.")
                                        : tr("Provisioning failed: %1").arg(error.message));
            emit finishedProvisioning(false);
        });
    }
    setBusy(false);
}

void ProvisionDialog::setCandidates(const QStringList& domains)
{
    m_intro->setText(
        domains.isEmpty()
            ? tr("The box's status lists no domain that can get a certificate from Let's Encrypt now: each domain "
                 "either has a valid certificate or cannot be checked by Let's Encrypt (the table says why). "
                 "Provisioning tells for every domain what the box would do.")
            : tr("A TLS certificate can be provisioned automatically from Let's Encrypt, a free certificate "
                 "provider, for: %1. The box renews them by itself 14 days before they expire.")
                  .arg(displayNames(domains)));
}

void ProvisionDialog::clearResults()
{
    if (isBusy())
        return;
    m_results->clear();
    m_summaryLabel->clear();
    m_elapsedLabel->clear();
}

bool ProvisionDialog::isBusy() const
{
    return m_service && m_service->isBusy(TlsService::Call::Provision);
}

QString ProvisionDialog::summary() const
{
    return m_summaryLabel->text();
}

void ProvisionDialog::provision()
{
    if (!m_service || !m_service->provision())
        return;
    m_results->clear();
    m_summaryLabel->clear();
    m_summaryLabel->setStyleSheet(QString());
}

void ProvisionDialog::setBusy(bool busy)
{
    m_provisionButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_elapsed.start();
        m_timer->start();
        updateElapsed();
        setCursor(Qt::BusyCursor);
    } else {
        m_timer->stop();
        if (m_elapsed.isValid()) {
            const int seconds = int(m_elapsed.elapsed() / 1000);
            m_elapsedLabel->setText(seconds == 0 ? tr("The box answered within a second.")
                                                 : tr("The box took %n second(s).", nullptr, seconds));
        }
        unsetCursor();
    }
}

void ProvisionDialog::updateElapsed()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_elapsedLabel->setText(tr("The box is requesting certificates… %1:%2 — this can take minutes. You may close "
                               "this window; the box goes on and the table shows the certificates once installed.")
                                .arg(seconds / 60)
                                .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void ProvisionDialog::showResult(const TlsProvisionResult& result)
{
    m_results->clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const TlsProvisionRequest& r : result.requests) {
        QString word;
        QColor color;
        switch (r.kind) {
        case TlsProvisionRequest::Result::Installed:
            word = tr("Installed");
            color = QColor(0x1b, 0x5e, 0x20);
            break;
        case TlsProvisionRequest::Result::Error:
            word = tr("Failed");
            color = QColor(0xb0, 0x00, 0x20);
            break;
        case TlsProvisionRequest::Result::Skipped:
            word = tr("Skipped");
            break;
        case TlsProvisionRequest::Result::Other:
            word = r.result;
            break;
        }
        const QString first = r.kind == TlsProvisionRequest::Result::Installed
                                  ? tr("The TLS certificate was provisioned and installed.")
                                  : r.log.value(0).trimmed();
        auto* item = new QTreeWidgetItem(m_results, {displayNames(r.domains), word, first.simplified()});
        item->setToolTip(2, r.log.join(QLatin1Char('\n')));
        if (color.isValid())
            item->setForeground(1, color);
        // The whole log (certbot's output) below, as the box gave it.
        const int from = r.kind == TlsProvisionRequest::Result::Installed ? 0 : 1;
        for (int i = from; i < r.log.size(); ++i) {
            for (const QString& line : r.log.at(i).split(QLatin1Char('\n'))) {
                if (line.trimmed().isEmpty())
                    continue;
                auto* child = new QTreeWidgetItem(item, {QString(), QString(), line});
                child->setFont(2, fixed);
                child->setFirstColumnSpanned(false);
            }
        }
        if (r.kind == TlsProvisionRequest::Result::Error)
            item->setExpanded(true);
    }
    if (!result.logLines.isEmpty()) {
        auto* item = new QTreeWidgetItem(
            m_results, {tr("After installing"), QString(), result.logLines.join(QStringLiteral("; "))});
        for (const QString& line : result.logLines)
            new QTreeWidgetItem(item, {QString(), QString(), line});
    }
    const int installed = result.count(TlsProvisionRequest::Result::Installed);
    const int errors = result.count(TlsProvisionRequest::Result::Error);
    QString text;
    if (result.nothingRequested()) {
        text = tr("There were no domain names to provision certificates for."); // upstream's sentence
    } else {
        text = tr("%n certificate(s) installed", nullptr, installed);
        if (errors > 0)
            text += QStringLiteral(", ") + tr("%n request(s) failed — see the box's log below", nullptr, errors);
        text += QLatin1Char('.');
    }
    m_summaryLabel->setStyleSheet(errors > 0 ? QStringLiteral("color: #b00020;") : QString());
    m_summaryLabel->setText(text);
    emit finishedProvisioning(errors == 0);
}
