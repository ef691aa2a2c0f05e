#include "http/RequestFraming.h"

#include <QTest>

// The framing check on its own: streams fed whole and byte by byte, as a connection may deliver them.
class TestRequestFraming : public QObject
{
    Q_OBJECT
private:
    static int feedWhole(const QByteArray& stream)
    {
        RequestFraming framing(1024);
        return framing.feed(stream);
    }
    static int feedBytes(const QByteArray& stream)
    {
        RequestFraming framing(1024);
        int verdict = 0;
        for (const char c : stream) {
            verdict = framing.feed(&c, 1);
            if (verdict != 0) {
                break;
            }
        }
        return verdict;
    }

private Q_SLOTS:
    void streams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("verdict");
        const QByteArray get = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("get") << get << 0;
        QTest::newRow("LF only, HTTP/1.0") << QByteArray("GET / HTTP/1.0\nHost: x\n\n") << 0;
        QTest::newRow("empty lines before") << "\r\n\r\n" + get << 0;
        // Body bytes that look like a head are body, not a request.
        QTest::newRow("pipelined with a body")
            << "POST /a HTTP/1.1\r\nContent-Length: 13\r\n\r\nGET / HTTP/9\n" + get << 0;
        QTest::newRow("chunked then get") << "POST /a HTTP/1.1\r\nTransfer-Encoding: "
                                             "Chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: v\r\n\r\n" +
                                                 get
                                          << 0;
        QTest::newRow("bad request after a good one") << get + "GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n" << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
        QTest::newRow("CL 0 and 00") << QByteArray("GET / HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 00\r\n\r\n")
                                     << 0;
        QTest::newRow("TE in two headers") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                                                         "Transfer-Encoding: chunked\r\n\r\n")
                                           << 400;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << 400;
        QTest::newRow("chunk longer than said")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n") << 400;
        QTest::newRow("chunked body over the limit")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3ff\r\n" + QByteArray(1023, 'a') +
                          "\r\n2\r\n")
            << 413;
        QTest::newRow("request line too long") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n" << 414;
    }

    void streams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, verdict);
        QCOMPARE(feedWhole(stream), verdict);
        QCOMPARE(feedBytes(stream), verdict);
    }
};

QTEST_GUILESS_MAIN(TestRequestFraming)
#include "tst_agentcore_requestframing.moc"
