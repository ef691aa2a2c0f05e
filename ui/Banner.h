#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

// A strip across the top of the main window for a state the user must see: the box cannot be reached (with
// "Reconnect"), or a passing notice (with a close button, gone by itself after a while).
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Error,
        Notice,
    };

    explicit Banner(QWidget* parent = nullptr);

    // actionText empty: no action button. timeoutMs 0: stays until closed or hidden.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {}, int timeoutMs = 0);
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton* actionButton() const { return m_action; }
    QToolButton* closeButton() const { return m_close; }

signals:
    void actionTriggered();

private:
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    QTimer* m_timer;
    Kind m_kind = Kind::Notice;
};
