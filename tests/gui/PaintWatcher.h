#pragma once

#include <QEvent>
#include <QObject>

// Installed as an event filter: notes the first paint of the watched widget after arm() (benchmarks: "until the
// rows were painted").
class PaintWatcher : public QObject
{
public:
    void arm() { m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted = true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
