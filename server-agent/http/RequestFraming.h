#pragma once

#include <QByteArray>

// Follows the framing of the HTTP/1.x requests on one connection, byte by byte as they arrive, and says
// when it is malformed, before the HTTP parser acts on a request. Qt's parser is lenient where a mistake
// changes what a request means (a Content-Length of -1 reads as "no body", headers past its limits are
// dropped silently, any "HTTP/x.y" is taken), so everything it would guess about is refused here:
// - 400: a request line other than "METHOD SP target SP HTTP/1.0|1.1", a header line without a name and
//   colon, a folded header line, a Content-Length that is not a decimal number or differs between copies,
//   Content-Length together with Transfer-Encoding, a transfer coding other than exactly "chunked", a
//   malformed chunk;
// - 414: a request line over MaxLineLength; 431: more than MaxHeaderLines header lines or a header line
//   over MaxLineLength; 413: a body over the limit given (announced or received).
// Pipelined requests are followed one after the other.
class RequestFraming
{
public:
    static constexpr int MaxHeaderLines = 100;
    static constexpr qsizetype MaxLineLength = 8192;

    explicit RequestFraming(qint64 maxBodySize)
        : m_maxBodySize(maxBodySize)
    { }

    // Feeds the next bytes of the stream; returns 0 while the framing is sound, else the HTTP status to
    // refuse with (and stays there). reason() tells what was wrong, for the log.
    int feed(const char* data, qsizetype size);
    int feed(const QByteArray& data) { return feed(data.constData(), data.size()); }
    const char* reason() const { return m_reason; }

private:
    enum class State { RequestLine, Header, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Failed };

    int fail(int status, const char* reason);
    int lineDone(); // m_line holds one line without its line ending
    int requestLine();
    int headerLine();
    int headEnd();
    int chunkSizeLine();
    void startRequest();

    const qint64 m_maxBodySize;
    State m_state = State::RequestLine;
    QByteArray m_line;
    int m_headerLines = 0;
    qint64 m_remaining = 0; // of the body or the current chunk
    qint64 m_bodySize = 0; // of the chunked body so far
    QByteArray m_contentLength; // the (one) value seen, if any
    bool m_hasContentLength = false;
    QByteArray m_transferEncoding; // all values, comma-joined
    bool m_hasTransferEncoding = false;
    int m_status = 0;
    const char* m_reason = "";
};
