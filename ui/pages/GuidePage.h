#pragma once

#include <QWidget>

class QVBoxLayout;

// The frame of a page of set-up instructions (Instructions, Contacts/Calendar): a title, then the subclass's widgets
// stacked top to bottom, scrolling as a whole.
class GuidePage : public QWidget
{
protected:
    explicit GuidePage(const QString& title, QWidget* parent = nullptr);

    // Adds widget under those added before.
    void addContent(QWidget* widget);

private:
    QVBoxLayout* m_content;
};
