#pragma once

#include <QCoreApplication>

class ApiGuidePage;
class QWidget;

// The "API" tabs of the Users and Aliases pages: the box's mail user and alias calls (spec/api.md §5) explained,
// each with a curl example for this box.
class MailApiGuide
{
    Q_DECLARE_TR_FUNCTIONS(MailApiGuide)

public:
    static ApiGuidePage* users(QWidget* parent);
    static ApiGuidePage* aliases(QWidget* parent);
};
