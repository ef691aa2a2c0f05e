#include "StatusOutput.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <tuple>

namespace {

const char* callName(StatusOutput::Entry::Kind kind)
{
    switch (kind) {
    case StatusOutput::Entry::Kind::Heading:
        return "add_heading";
    case StatusOutput::Entry::Kind::Ok:
        return "print_ok";
    case StatusOutput::Entry::Kind::Warning:
        return "print_warning";
    case StatusOutput::Entry::Kind::Error:
        return "print_error";
    case StatusOutput::Entry::Kind::Line:
        break;
    }
    return "print_line";
}

QString typeName(StatusOutput::Entry::Kind kind)
{
    switch (kind) {
    case StatusOutput::Entry::Kind::Heading:
        return QStringLiteral("heading");
    case StatusOutput::Entry::Kind::Ok:
        return QStringLiteral("ok");
    case StatusOutput::Entry::Kind::Warning:
        return QStringLiteral("warning");
    case StatusOutput::Entry::Kind::Error:
        return QStringLiteral("error");
    case StatusOutput::Entry::Kind::Line:
        break;
    }
    return QString();
}

// FileOutput.print_block without a width.
void printBlock(QString* out, const QString& message, const QString& firstLine)
{
    static const QRegularExpression newline(QStringLiteral("\n\\s*"));
    QString m = message;
    m.replace(newline, QStringLiteral(" "));
    // Leading whitespace is skipped, the rest printed as it is.
    qsizetype start = 0;
    while (start < m.size() && m.at(start).isSpace())
        ++start;
    *out += firstLine + m.mid(start) + QLatin1Char('\n');
}

// status_checks.py's group_by_heading: "No Category" first, then each heading's entries (a repeated heading
// replaces the earlier one's entries, keeping its place).
QList<std::pair<QString, QList<StatusOutput::Entry>>> groupByHeading(const QList<StatusOutput::Entry>& entries)
{
    QList<std::pair<QString, QList<StatusOutput::Entry>>> groups{{QStringLiteral("No Category"), {}}};
    qsizetype current = 0;
    for (const StatusOutput::Entry& e : entries) {
        if (e.kind == StatusOutput::Entry::Kind::Heading) {
            current = -1;
            for (qsizetype i = 0; i < groups.size(); ++i) {
                if (groups[i].first == e.text) {
                    groups[i].second.clear();
                    current = i;
                }
            }
            if (current < 0) {
                groups.append({e.text, {}});
                current = groups.size() - 1;
            }
        } else {
            groups[current].second.append(e);
        }
    }
    return groups;
}

QString key(const StatusOutput::Entry& e)
{
    return QString::fromLatin1(callName(e.kind)) + QLatin1Char('\n') + (e.monospace ? u'1' : u'0') + e.text;
}

} // namespace

QJsonArray StatusOutput::toJson() const
{
    QJsonArray items;
    QJsonObject item;
    QJsonArray extra;
    bool open = false;
    const auto flush = [&] {
        if (open) {
            item.insert(QStringLiteral("extra"), extra);
            items.append(item);
        }
    };
    for (const Entry& e : m_entries) {
        if (e.kind == Entry::Kind::Line) {
            if (open)
                extra.append(QJsonObject{{QStringLiteral("monospace"), e.monospace}, {QStringLiteral("text"), e.text}});
            continue;
        }
        flush();
        item = QJsonObject{{QStringLiteral("type"), typeName(e.kind)}, {QStringLiteral("text"), e.text}};
        extra = QJsonArray();
        open = true;
    }
    flush();
    return items;
}

QString StatusOutput::toText() const
{
    QString out;
    for (const Entry& e : m_entries) {
        switch (e.kind) {
        case Entry::Kind::Heading:
            out += QLatin1Char('\n') + e.text + QLatin1Char('\n') + QString(e.text.toUcs4().size(), QLatin1Char('=')) +
                   QLatin1Char('\n');
            break;
        case Entry::Kind::Ok:
            printBlock(&out, e.text, QStringLiteral("✓  "));
            break;
        case Entry::Kind::Error:
            printBlock(&out, e.text, QStringLiteral("✖  "));
            break;
        case Entry::Kind::Warning:
            printBlock(&out, e.text, QStringLiteral("?  "));
            break;
        case Entry::Kind::Line:
            for (const QString& line : e.text.split(QLatin1Char('\n')))
                printBlock(&out, line, QStringLiteral("   "));
            break;
        }
    }
    return out;
}

QByteArray StatusOutput::toCallsJson() const
{
    QJsonArray calls;
    for (const Entry& e : m_entries) {
        QJsonObject kwargs;
        if (e.monospace)
            kwargs.insert(QStringLiteral("monospace"), true);
        calls.append(QJsonArray{QString::fromLatin1(callName(e.kind)), QJsonArray{e.text}, kwargs});
    }
    return QJsonDocument(calls).toJson(QJsonDocument::Indented);
}

StatusOutput StatusOutput::fromCallsJson(const QByteArray& json)
{
    StatusOutput out;
    static const QHash<QString, Entry::Kind> kinds{{QStringLiteral("add_heading"), Entry::Kind::Heading},
                                                   {QStringLiteral("print_ok"), Entry::Kind::Ok},
                                                   {QStringLiteral("print_warning"), Entry::Kind::Warning},
                                                   {QStringLiteral("print_error"), Entry::Kind::Error},
                                                   {QStringLiteral("print_line"), Entry::Kind::Line}};
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (const QJsonValue& v : doc.array()) {
        const QJsonArray call = v.toArray();
        const auto kind = kinds.constFind(call.at(0).toString());
        if (kind == kinds.constEnd())
            continue;
        out.m_entries.append({*kind, call.at(1).toArray().at(0).toString(),
                              call.at(2).toObject().value(QStringLiteral("monospace")).toBool()});
    }
    return out;
}

QList<StatusOutput::Opcode> StatusOutput::opcodes(const QStringList& a, const QStringList& b)
{
    // b2j with difflib's "autojunk": in a b of 200 or more, elements more frequent than 1% + 1 are not indexed.
    QHash<QString, QList<int>> b2j;
    for (int j = 0; j < b.size(); ++j)
        b2j[b[j]].append(j);
    if (b.size() >= 200) {
        const int ntest = b.size() / 100 + 1;
        for (auto it = b2j.begin(); it != b2j.end();) {
            if (it->size() > ntest)
                it = b2j.erase(it);
            else
                ++it;
        }
    }
    const auto longest = [&](int alo, int ahi, int blo, int bhi) {
        int besti = alo, bestj = blo, bestsize = 0;
        QHash<int, int> j2len;
        for (int i = alo; i < ahi; ++i) {
            QHash<int, int> newj2len;
            const auto it = b2j.constFind(a[i]);
            if (it != b2j.constEnd()) {
                for (int j : *it) {
                    if (j < blo)
                        continue;
                    if (j >= bhi)
                        break;
                    const int k = j2len.value(j - 1, 0) + 1;
                    newj2len.insert(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            j2len = newj2len;
        }
        return std::make_tuple(besti, bestj, bestsize);
    };
    // get_matching_blocks: a queue of ranges, matches sorted, adjacent ones merged.
    QList<std::tuple<int, int, int>> blocks;
    QList<std::tuple<int, int, int, int>> queue{{0, int(a.size()), 0, int(b.size())}};
    while (!queue.isEmpty()) {
        const auto [alo, ahi, blo, bhi] = queue.takeLast();
        const auto [i, j, k] = longest(alo, ahi, blo, bhi);
        if (k) {
            blocks.append({i, j, k});
            if (alo < i && blo < j)
                queue.append({alo, i, blo, j});
            if (i + k < ahi && j + k < bhi)
                queue.append({i + k, ahi, j + k, bhi});
        }
    }
    std::sort(blocks.begin(), blocks.end());
    QList<std::tuple<int, int, int>> merged;
    int i1 = 0, j1 = 0, k1 = 0;
    for (const auto& [i2, j2, k2] : blocks) {
        if (i1 + k1 == i2 && j1 + k1 == j2) {
            k1 += k2;
        } else {
            if (k1)
                merged.append({i1, j1, k1});
            i1 = i2;
            j1 = j2;
            k1 = k2;
        }
    }
    if (k1)
        merged.append({i1, j1, k1});
    merged.append({int(a.size()), int(b.size()), 0});

    QList<Opcode> codes;
    int i = 0, j = 0;
    for (const auto& [ai, bj, size] : merged) {
        QString tag;
        if (i < ai && j < bj)
            tag = QStringLiteral("replace");
        else if (i < ai)
            tag = QStringLiteral("delete");
        else if (j < bj)
            tag = QStringLiteral("insert");
        if (!tag.isEmpty())
            codes.append({tag, i, ai, j, bj});
        i = ai + size;
        j = bj + size;
        if (size)
            codes.append({QStringLiteral("equal"), ai, i, bj, j});
    }
    return codes;
}

StatusOutput StatusOutput::changes(const StatusOutput& previous, const StatusOutput& current)
{
    StatusOutput out;
    const auto prev = groupByHeading(previous.m_entries);
    const auto cur = groupByHeading(current.m_entries);
    const auto find = [](const auto& groups, const QString& category) -> const QList<Entry>* {
        for (const auto& g : groups) {
            if (g.first == category)
                return &g.second;
        }
        return nullptr;
    };
    const auto play = [&out](const QList<Entry>& entries, int from, int to) {
        for (int k = from; k < to; ++k)
            out.m_entries.append(entries[k]);
    };
    for (const auto& [category, curLines] : cur) {
        const QList<Entry>* prevLines = find(prev, category);
        if (!prevLines) {
            out.heading(category + QStringLiteral(" -- Added"));
            play(curLines, 0, int(curLines.size()));
            continue;
        }
        QStringList a, b;
        for (const Entry& e : *prevLines)
            a.append(key(e));
        for (const Entry& e : curLines)
            b.append(key(e));
        for (const Opcode& op : opcodes(a, b)) {
            if (op.tag == QLatin1String("replace"))
                out.heading(category + QStringLiteral(" -- Previously:"));
            else if (op.tag == QLatin1String("delete"))
                out.heading(category + QStringLiteral(" -- Removed"));
            if (op.tag == QLatin1String("replace") || op.tag == QLatin1String("delete"))
                play(*prevLines, op.i1, op.i2);
            if (op.tag == QLatin1String("replace"))
                out.heading(category + QStringLiteral(" -- Currently:"));
            else if (op.tag == QLatin1String("insert"))
                out.heading(category + QStringLiteral(" -- Added"));
            if (op.tag == QLatin1String("replace") || op.tag == QLatin1String("insert"))
                play(curLines, op.j1, op.j2);
        }
    }
    for (const auto& g : prev) {
        if (!find(cur, g.first)) {
            out.heading(g.first);
            out.warning(QStringLiteral("This section was removed."));
        }
    }
    return out;
}
