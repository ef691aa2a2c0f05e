#include "RequestFraming.h"

#include <QList>

#include <cctype>

namespace {

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (const char c : s) {
        if (!isTokenChar(c)) {
            return false;
        }
    }
    return true;
}

// 1*DIGIT, small enough not to overflow; -1 otherwise.
qint64 decimal(const QByteArray& s)
{
    if (s.isEmpty() || s.size() > 18) {
        return -1;
    }
    qint64 n = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') {
            return -1;
        }
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

int RequestFraming::fail(int status, const char* reason)
{
    m_state = State::Failed;
    m_status = status;
    m_reason = reason;
    return status;
}

void RequestFraming::startRequest()
{
    m_state = State::RequestLine;
    m_headerLines = 0;
    m_remaining = 0;
    m_bodySize = 0;
    m_contentLength.clear();
    m_hasContentLength = false;
    m_transferEncoding.clear();
    m_hasTransferEncoding = false;
}

int RequestFraming::feed(const char* data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Failed:
            return m_status;
        case State::Body:
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, size - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                if (m_state == State::Body) {
                    startRequest();
                } else {
                    m_state = State::ChunkDataEnd;
                }
            }
            break;
        }
        default: { // line-oriented states
            const char c = data[i++];
            if (c == '\n') {
                if (m_line.endsWith('\r')) {
                    m_line.chop(1);
                }
                const int verdict = lineDone();
                m_line.clear();
                if (verdict != 0) {
                    return verdict;
                }
                break;
            }
            if (m_line.size() >= MaxLineLength) {
                return m_state == State::RequestLine ? fail(414, "request line too long")
                                                     : fail(431, "header line too long");
            }
            m_line.append(c);
        }
        }
    }
    return m_status;
}

int RequestFraming::lineDone()
{
    if (m_line.contains('\r') || m_line.contains('\0')) {
        return fail(400, "control character in the head");
    }
    switch (m_state) {
    case State::RequestLine:
        return m_line.isEmpty() ? 0 : requestLine(); // empty lines before a request are ignored (RFC 9112 2.2)
    case State::Header:
        return m_line.isEmpty() ? headEnd() : headerLine();
    case State::ChunkSize:
        return chunkSizeLine();
    case State::ChunkDataEnd:
        if (!m_line.isEmpty()) {
            return fail(400, "chunk data longer than its size");
        }
        m_state = State::ChunkSize;
        return 0;
    case State::Trailer:
        if (m_line.isEmpty()) {
            startRequest();
            return 0;
        }
        if (++m_headerLines > MaxHeaderLines) {
            return fail(431, "too many header lines");
        }
        return m_line.indexOf(':') > 0 ? 0 : fail(400, "malformed trailer line");
    default:
        return 0;
    }
}

int RequestFraming::requestLine()
{
    const QList<QByteArray> parts = m_line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        return fail(400, "malformed request line");
    }
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0") {
        return fail(400, "protocol other than HTTP/1.0 or HTTP/1.1");
    }
    m_state = State::Header;
    return 0;
}

int RequestFraming::headerLine()
{
    if (++m_headerLines > MaxHeaderLines) {
        return fail(431, "too many header lines");
    }
    if (m_line.startsWith(' ') || m_line.startsWith('\t')) {
        return fail(400, "folded header line");
    }
    const qsizetype colon = m_line.indexOf(':');
    const QByteArray name = m_line.left(colon);
    if (colon <= 0 || !isToken(name)) {
        return fail(400, "malformed header line");
    }
    const QByteArray value = m_line.mid(colon + 1).trimmed();
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        if (decimal(value) < 0) {
            return fail(400, "invalid Content-Length");
        }
        if (m_hasContentLength && decimal(m_contentLength) != decimal(value)) {
            return fail(400, "differing Content-Length headers");
        }
        m_hasContentLength = true;
        m_contentLength = value;
    } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
        if (m_hasTransferEncoding) {
            m_transferEncoding += ',';
        }
        m_hasTransferEncoding = true;
        m_transferEncoding += value;
    }
    return 0;
}

int RequestFraming::headEnd()
{
    if (m_hasTransferEncoding) {
        if (m_hasContentLength) {
            return fail(400, "Content-Length together with Transfer-Encoding");
        }
        if (m_transferEncoding.trimmed().toLower() != "chunked") {
            return fail(400, "unknown transfer coding");
        }
        m_state = State::ChunkSize;
        return 0;
    }
    m_remaining = m_hasContentLength ? decimal(m_contentLength) : 0;
    if (m_remaining > m_maxBodySize) {
        return fail(413, "body too large");
    }
    if (m_remaining == 0) {
        startRequest();
    } else {
        m_state = State::Body;
    }
    return 0;
}

int RequestFraming::chunkSizeLine()
{
    QByteArray size = m_line;
    const qsizetype ext = size.indexOf(';');
    if (ext >= 0) {
        size.truncate(ext);
    }
    size = size.trimmed();
    if (size.isEmpty() || size.size() > 15) {
        return fail(400, "malformed chunk size");
    }
    qint64 n = 0;
    for (const char c : size) {
        const int digit = QByteArray::fromRawData(&c, 1).toInt(nullptr, 16);
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return fail(400, "malformed chunk size");
        }
        n = n * 16 + digit;
    }
    if (n == 0) {
        m_state = State::Trailer;
        return 0;
    }
    m_bodySize += n;
    if (m_bodySize > m_maxBodySize) {
        return fail(413, "body too large");
    }
    m_remaining = n;
    m_state = State::ChunkData;
    return 0;
}
