#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The secret of a token just made, shown this once: the secret with a Copy button, a curl call that uses it, and a
// warning that the box keeps only a hash of it. Closing the dialog clears the secret from it.
class TokenSecretDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TokenSecretDialog(QWidget* parent = nullptr);

    void setToken(const QString& name, const QString& secret, const QString& curlExample);
    QString secret() const;
    QString curlExample() const;

    QPushButton* copyButton() const { return m_copy; }
    QPushButton* copyExampleButton() const { return m_copyExample; }

    void done(int result) override;

signals:
    void copied(const QString& what); // for the page's status line

private:
    QLabel* m_intro;
    QLineEdit* m_secret;
    QPushButton* m_copy;
    QPlainTextEdit* m_example;
    QPushButton* m_copyExample;
};
