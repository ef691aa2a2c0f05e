#pragma once

#include <QWidget>

class QGridLayout;

// A small table of settings for the guide pages: a name, a value (selectable) and, for values worth pasting,
// a Copy button. Few rows, so plain labels are fine.
class GuideTable : public QWidget
{
    Q_OBJECT

public:
    explicit GuideTable(QWidget* parent = nullptr);

    void clear();
    // `key` names the row's widgets (valueLabel_<key>, copyButton_<key>) for tests.
    void addRow(const QString& key, const QString& name, const QString& value, bool copyable = true);
    void addHeader(const QStringList& titles);
    // Values are commands to paste (curl examples): shown in the fixed-pitch font.
    void setValuesAreCode(bool code) { m_code = code; }
    QString value(const QString& key) const;

signals:
    void copied(const QString& text);

private:
    QGridLayout* m_grid;
    int m_rows = 0;
    bool m_code = false;
};
