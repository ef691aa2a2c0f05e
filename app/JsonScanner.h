#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <charconv>
#include <system_error>
#include <type_traits>

// A forward reader of JSON text for the readers of one known answer shape that go through a big answer once
// (DnsRecords::readDump over the text, Metrics::parse over the bytes): whitespace, punctuation, strings with every
// escape (surrogate pairs come as two \u escapes), numbers. The caller walks its shape and gives up (false) on
// anything else, leaving the text to QJsonDocument. `Char` is QChar (UTF-16 text) or char (UTF-8 bytes).
template <typename Char>
class JsonScanner
{
public:
    JsonScanner(const Char* begin, const Char* end)
        : m_p(begin)
        , m_end(end)
    { }

    // Skips whitespace; true (and past it) if the next character is `c`.
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || unit(*m_p) != char16_t(c))
            return false;
        ++m_p;
        return true;
    }

    // Whether only whitespace is left.
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // How many characters are left (for reserving).
    qsizetype left() const { return m_end - m_p; }

    bool string(QString* out)
    {
        if (!take('"'))
            return false;
        const Char* start = m_p;
        while (m_p < m_end && unit(*m_p) != u'"' && unit(*m_p) != u'\\' && unit(*m_p) >= 0x20)
            ++m_p;
        if (m_p < m_end && unit(*m_p) == u'"') { // no escapes: most strings
            *out = run(start, m_p - start);
            ++m_p;
            return true;
        }
        QString s = run(start, m_p - start);
        while (m_p < m_end) {
            start = m_p;
            while (m_p < m_end && unit(*m_p) != u'"' && unit(*m_p) != u'\\' && unit(*m_p) >= 0x20)
                ++m_p;
            s += run(start, m_p - start);
            if (m_p == m_end)
                return false;
            const char16_t c = unit(*m_p++);
            if (c == u'"') {
                *out = std::move(s);
                return true;
            }
            if (c < 0x20 || m_p == m_end)
                return false; // a control character must be escaped
            const char16_t escaped = unit(*m_p++);
            if (escaped != u'u') {
                static constexpr QStringView letters = u"\"\\/bfnrt";
                static constexpr QStringView meant = u"\"\\/\b\f\n\r\t";
                const qsizetype i = letters.indexOf(QChar(escaped));
                if (i < 0)
                    return false;
                s += meant.at(i);
                continue;
            }
            // \uXXXX: a UTF-16 code unit
            if (m_end - m_p < 4)
                return false;
            char16_t code = 0;
            for (int i = 0; i < 4; ++i, ++m_p) {
                const int digit = hexDigit(unit(*m_p));
                if (digit < 0)
                    return false;
                code = char16_t(code * 16 + digit);
            }
            s += QChar(code);
        }
        return false;
    }

    bool number(double* value)
    {
        skipSpace();
        if constexpr (std::is_same_v<Char, char>) {
            const std::from_chars_result r = std::from_chars(m_p, m_end, *value); // locale-independent
            if (r.ec != std::errc() || r.ptr == m_p)
                return false;
            m_p = r.ptr;
        } else {
            // from_chars reads bytes: the number's characters (ASCII) are copied from the UTF-16 text.
            char buffer[64];
            int n = 0;
            for (const Char* p = m_p; p < m_end && n < int(sizeof buffer) && isNumberChar(unit(*p)); ++p)
                buffer[n++] = char(unit(*p));
            const std::from_chars_result r = std::from_chars(buffer, buffer + n, *value);
            if (r.ec != std::errc() || r.ptr == buffer)
                return false;
            m_p += r.ptr - buffer;
        }
        return true;
    }

private:
    static char16_t unit(QChar c) { return c.unicode(); }
    static char16_t unit(char c) { return static_cast<unsigned char>(c); }
    static QString run(const QChar* p, qsizetype n) { return QString(p, n); }
    static QString run(const char* p, qsizetype n) { return QString::fromUtf8(p, n); }
    static bool isNumberChar(char16_t c)
    {
        return (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
    }
    static int hexDigit(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if ((c | 0x20) >= u'a' && (c | 0x20) <= u'f')
            return (c | 0x20) - u'a' + 10;
        return -1;
    }
    void skipSpace()
    {
        while (m_p < m_end && (unit(*m_p) == u' ' || unit(*m_p) == u'\n' || unit(*m_p) == u'\r' || unit(*m_p) == u'\t'))
            ++m_p;
    }

    const Char* m_p;
    const Char* m_end;
};
