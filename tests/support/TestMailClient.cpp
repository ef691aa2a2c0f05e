#include "TestMailClient.h"

#include <QRegularExpression>
#include <QSslSocket>

namespace TestMailClient {

namespace {

constexpr int Timeout = 20000;

class Connection
{
public:
    bool open(quint16 port, bool implicitTls)
    {
        // The tests check the served certificate elsewhere; here only the mail conversation counts.
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (implicitTls) {
            m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            return m_socket.waitForEncrypted(Timeout) || fail("TLS: " + m_socket.errorString());
        }
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(Timeout) || fail(m_socket.errorString());
    }

    bool startTls()
    {
        m_socket.startClientEncryption();
        return m_socket.waitForEncrypted(Timeout) || fail("TLS: " + m_socket.errorString());
    }

    // One line without its CRLF; empty with failure() set when none came.
    QByteArray readLine()
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(Timeout)) {
                fail("no answer: " + m_socket.errorString());
                return {};
            }
        }
        QByteArray line = m_socket.readLine();
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        return line;
    }

    QByteArray read(qint64 size)
    {
        QByteArray data;
        while (data.size() < size) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(Timeout)) {
                fail("no answer: " + m_socket.errorString());
                return {};
            }
            data += m_socket.read(size - data.size());
        }
        return data;
    }

    void write(const QByteArray& data)
    {
        m_socket.write(data);
        m_socket.flush();
    }

    bool fail(const QString& reason)
    {
        if (m_failure.isEmpty())
            m_failure = QStringLiteral("<failed: %1>").arg(reason);
        return false;
    }
    QString failure() const { return m_failure; }

private:
    QSslSocket m_socket;
    QString m_failure;
};

// An SMTP reply (its lines joined by spaces), or empty on a broken connection.
QString smtpReply(Connection& c)
{
    QStringList lines;
    for (;;) {
        const QByteArray line = c.readLine();
        if (line.isEmpty())
            return {};
        lines.append(QString::fromUtf8(line.mid(4)));
        if (line.size() < 4 || line.at(3) != '-')
            return QString::fromLatin1(line.left(3)) + QLatin1Char(' ') + lines.join(QLatin1Char(' '));
    }
}

} // namespace

QByteArray message(const QString& from, const QString& to, const QString& subject, const QString& body)
{
    return "From: <" + from.toUtf8() + ">\nTo: <" + to.toUtf8() + ">\nSubject: " + subject.toUtf8() + "\n\n" +
           (body.isEmpty() ? QByteArray("A message of the end-to-end test.") : body.toUtf8()) + "\n";
}

QString sendMail(quint16 port, const SmtpLogin& login, const QString& from, const QStringList& to,
                 const QByteArray& message)
{
    Connection c;
    if (!c.open(port, false))
        return c.failure();
    // Each step: a command (none for the greeting) and the reply class it needs.
    const auto step = [&c](const QByteArray& command, char expected, QString* reply) {
        if (!command.isNull())
            c.write(command + "\r\n");
        *reply = smtpReply(c);
        if (reply->isEmpty()) {
            *reply = c.failure();
            return false;
        }
        return reply->at(0) == QLatin1Char(expected);
    };
    QString reply;
    if (!step({}, '2', &reply) || !step("EHLO client.test", '2', &reply))
        return reply;
    if (login.startTls) {
        if (!step("STARTTLS", '2', &reply))
            return reply;
        if (!c.startTls())
            return c.failure();
        if (!step("EHLO client.test", '2', &reply))
            return reply;
    }
    if (!login.user.isEmpty()) {
        const QByteArray plain = QByteArray(1, '\0') + login.user.toUtf8() + '\0' + login.password.toUtf8();
        if (!step("AUTH PLAIN " + plain.toBase64(), '2', &reply))
            return reply;
    }
    if (!step("MAIL FROM:<" + from.toUtf8() + ">", '2', &reply))
        return reply;
    for (const QString& recipient : to) {
        if (!step("RCPT TO:<" + recipient.toUtf8() + ">", '2', &reply))
            return reply;
    }
    if (!step("DATA", '3', &reply))
        return reply;
    QByteArray data;
    for (const QByteArray& line : message.split('\n'))
        data += (line.startsWith('.') ? "." + line : line) + "\r\n";
    if (!data.endsWith("\r\n\r\n"))
        data += "\r\n";
    data.chop(2); // the last line's CRLF is the terminator's
    step(data + "\r\n.", '2', &reply);
    c.write("QUIT\r\n");
    return reply;
}

bool Mailbox::hasSubject(const QString& subject) const
{
    const QByteArray header = "\nSubject: " + subject.toUtf8() + "\r\n";
    for (const QByteArray& m : messages) {
        if (m.contains(header))
            return true;
    }
    return false;
}

Mailbox readInbox(quint16 port, bool implicitTls, const QString& user, const QString& password)
{
    Mailbox box;
    Connection c;
    if (!c.open(port, implicitTls)) {
        box.error = c.failure();
        return box;
    }
    int tag = 0;
    QList<QByteArray> untagged;
    // Sends a command and reads up to its tagged answer; its other lines go to `untagged`, its literals to
    // `literals`.
    const auto command = [&](const QByteArray& text, QList<QByteArray>* literals = nullptr) -> bool {
        const QByteArray t = "a" + QByteArray::number(++tag);
        untagged.clear();
        c.write(t + ' ' + text + "\r\n");
        static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\}$"));
        for (;;) {
            const QByteArray line = c.readLine();
            if (!c.failure().isEmpty()) {
                box.error = c.failure();
                return false;
            }
            if (line.startsWith(t + ' ')) {
                if (line.mid(t.size() + 1).startsWith("OK"))
                    return true;
                box.error = QString::fromUtf8(line.mid(t.size() + 1));
                return false;
            }
            untagged.append(line);
            const QRegularExpressionMatch m = literal.match(QString::fromLatin1(line));
            if (m.hasMatch()) {
                const QByteArray data = c.read(m.captured(1).toLongLong());
                if (literals)
                    literals->append(data);
            }
        }
    };
    const QByteArray greeting = c.readLine();
    if (!greeting.startsWith("* OK")) {
        box.error = c.failure().isEmpty() ? QString::fromUtf8(greeting) : c.failure();
        return box;
    }
    if (!implicitTls) {
        if (!command("STARTTLS"))
            return box;
        if (!c.startTls()) {
            box.error = c.failure();
            return box;
        }
    }
    const auto quoted = [](const QString& s) {
        return '"' + s.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + '"';
    };
    if (!command("LOGIN " + quoted(user) + ' ' + quoted(password)) || !command("EXAMINE INBOX"))
        return box;
    int count = 0;
    static const QRegularExpression exists(QStringLiteral("^\\* (\\d+) EXISTS$"));
    for (const QByteArray& line : untagged) {
        const QRegularExpressionMatch m = exists.match(QString::fromLatin1(line));
        if (m.hasMatch())
            count = m.captured(1).toInt();
    }
    if (count > 0 && !command("FETCH 1:* (BODY.PEEK[])", &box.messages))
        return box;
    command("LOGOUT");
    box.error.clear();
    return box;
}

} // namespace TestMailClient
