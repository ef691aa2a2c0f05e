#pragma once

#include <QDialog>

struct StatusChanges;
class QLabel;
class QPlainTextEdit;

// The last nightly change report of the status checks (StatusService::fetchChanges): when it was made and, in a
// fixed-width font, what changed between the last two nights as the nightly mail prints it.
class StatusChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatusChangesDialog(QWidget* parent = nullptr);

    void showChanges(const StatusChanges& changes);
    QString summary() const;
    QString reportText() const;

private:
    QLabel* m_summary;
    QPlainTextEdit* m_text;
};
