#include "DnsPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DnsPreviewDialog::DnsPreviewDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("DnsPreviewDialog"));
    setWindowTitle(tr("Check the change"));
    resize(720, 420);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("previewTreeWidget"));
    m_tree->setHeaderLabels({tr("Change"), tr("Name"), tr("Type"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DnsPreviewDialog::setPreview(const QString& what, const DnsPreview& preview, const QString& verb)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(verb);
    m_tree->clear();
    int removed = 0;
    int added = 0;
    for (const DnsPreview::Zone& zone : preview.zones) {
        auto* group = new QTreeWidgetItem(m_tree, QStringList{DnsRecords::displayName(zone.zone)});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        const auto add = [group](const QString& sign, const QColor& color, const DnsDumpRecord& r) {
            auto* item = new QTreeWidgetItem(group, {sign, DnsRecords::displayName(r.qname), r.rtype, r.value});
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, color);
            item->setToolTip(3, r.explanation.isEmpty() ? r.value : r.value + QStringLiteral("\n\n") + r.explanation);
        };
        for (const DnsDumpRecord& r : zone.removed)
            add(QStringLiteral("−"), QColor(0xb0, 0x00, 0x20), r);
        for (const DnsDumpRecord& r : zone.added)
            add(QStringLiteral("+"), QColor(0x1b, 0x5e, 0x20), r);
        removed += int(zone.removed.size());
        added += int(zone.added.size());
    }
    m_tree->expandAll();
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    if (!preview.changesStoredRecords) {
        m_summary->setText(tr("%1 — the box has this already; nothing would change.").arg(what));
    } else if (preview.zones.isEmpty()) {
        m_summary->setText(tr("%1 — the box would store it, but no published record changes: the box has a record "
                              "of its own there that takes precedence.")
                               .arg(what));
    } else if (removed == 0) {
        m_summary->setText(tr("%1 — the box will publish %n more record(s):", nullptr, added).arg(what));
    } else if (added == 0) {
        m_summary->setText(tr("%1 — the box will no longer publish %n record(s):", nullptr, removed).arg(what));
    } else {
        m_summary->setText(tr("%1 — the box will publish %2 in place of %3:")
                               .arg(what, tr("%n record(s)", nullptr, added), tr("%n record(s)", nullptr, removed)));
    }
}

QString DnsPreviewDialog::summary() const
{
    return m_summary->text();
}

QStringList DnsPreviewDialog::lines() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            out.append(QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(QLatin1Char(' ')));
        }
    }
    return out;
}
