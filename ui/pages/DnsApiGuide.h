#pragma once

#include <QCoreApplication>

class ApiGuidePage;
class QWidget;

// The "API" tab of the Custom DNS page: the box's custom DNS calls (spec/api.md §6.5–6.7), each with a curl example
// for this box, dynamic DNS among them.
class DnsApiGuide
{
    Q_DECLARE_TR_FUNCTIONS(DnsApiGuide)

public:
    static ApiGuidePage* customDns(QWidget* parent);
};
