#pragma once

#include <QWidget>

class QLabel;

// A page of the panel's menu that Boxkeeper does not offer yet: says so instead of pretending.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const QString& title, QWidget* parent = nullptr);

private:
    QLabel* m_label;
};
