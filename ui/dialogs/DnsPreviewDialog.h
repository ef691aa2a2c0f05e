#pragma once

#include "DnsRecords.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

// What a custom DNS change will do, before it is applied: per zone, the published records that go (−) and come
// (+), generated ones included — e.g. the box's own MX that a custom one replaces. "Apply" (or the verb given)
// goes ahead; "Back" returns to the change.
class DnsPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DnsPreviewDialog(QWidget* parent = nullptr);

    // `what`: the change in words ("Set the MX record of example.com"); `verb`: the accepting button.
    void setPreview(const QString& what, const DnsPreview& preview, const QString& verb);
    QTreeWidget* tree() const { return m_tree; }
    QString summary() const;
    QStringList lines() const; // "− name TYPE value" / "+ …" as shown, zone by zone

private:
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QDialogButtonBox* m_buttons;
};
