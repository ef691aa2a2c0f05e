#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

// The status checks' output (domain.md §12.1) as upstream records it: a list of calls — a heading, an ok / warning /
// error item, or a detail line that attaches to the item before it — so that the web answer (api.md §9.3), the
// nightly text and the change report since the previous run (status_checks.py's BufferedOutput,
// FileOutput and run_and_output_changes) are all made from one list.
class StatusOutput
{
public:
    struct Entry
    {
        enum class Kind { Heading, Ok, Warning, Error, Line };
        Kind kind = Kind::Line;
        QString text;
        bool monospace = false; // Line only
        bool operator==(const Entry& other) const
        {
            return kind == other.kind && text == other.text && monospace == other.monospace;
        }
    };

    void heading(const QString& text) { m_entries.append({Entry::Kind::Heading, text, false}); }
    void ok(const QString& text) { m_entries.append({Entry::Kind::Ok, text, false}); }
    void warning(const QString& text) { m_entries.append({Entry::Kind::Warning, text, false}); }
    void error(const QString& text) { m_entries.append({Entry::Kind::Error, text, false}); }
    void line(const QString& text, bool monospace = false) { m_entries.append({Entry::Kind::Line, text, monospace}); }
    void append(const StatusOutput& other) { m_entries.append(other.m_entries); }
    void append(const Entry& entry) { m_entries.append(entry); }

    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The web answer: [{"type": heading|ok|warning|error, "text", "extra": [{"monospace", "text"}]}], lines attached
    // to the item before them (a line before any item is dropped, as upstream's would fail).
    QJsonArray toJson() const;
    // The text of status_checks.py's console output without a terminal (no wrapping): headings underlined with
    // "=", items marked "✓  ", "✖  ", "?  ", lines indented by three spaces, each message's newlines and the
    // whitespace after them one space.
    QString toText() const;

    // The file upstream keeps between nightly runs (status_checks.json): [[call, [text], {kwargs}], ...].
    QByteArray toCallsJson() const;
    // Reads it back; an unreadable file gives an empty output (upstream: prev = []).
    static StatusOutput fromCallsJson(const QByteArray& json);

    // run_and_output_changes: what changed from `previous` to `current`, category (heading) by category, as
    // upstream prints it: "<heading> -- Added", "-- Removed", "-- Previously:" / "-- Currently:" groups of the
    // entries that differ (difflib's SequenceMatcher over each category's entries), and "This section was
    // removed." for a heading that is gone.
    static StatusOutput changes(const StatusOutput& previous, const StatusOutput& current);

    // difflib.SequenceMatcher(None, a, b).get_opcodes() for sequences of comparable keys: (tag, i1, i2, j1, j2)
    // with tag "equal", "replace", "delete" or "insert".
    struct Opcode
    {
        QString tag;
        int i1, i2, j1, j2;
    };
    static QList<Opcode> opcodes(const QStringList& a, const QStringList& b);

private:
    QList<Entry> m_entries;
};
