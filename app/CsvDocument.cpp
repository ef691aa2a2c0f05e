#include "CsvDocument.h"

bool CsvDocument::parse(const QString& text, QList<Record>* records, QString* error)
{
    QList<Record> out;
    Record record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool empty = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!empty) {
            out.append(record);
        }
        record = Record();
    };
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (wasQuoted) {
            *error =
                tr("Line %1: text after a closing quote; a quoted field must end at a comma or a line end.").arg(line);
            return false;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted) {
                *error = tr("Line %1: a quote inside an unquoted field; quote the whole field and double the quote.")
                             .arg(line);
                return false;
            }
            quoted = true;
            fieldStarted = true;
            continue;
        }
        fieldStarted = true;
        field.append(c);
    }
    if (quoted) {
        *error = tr("Line %1: a quoted field is not closed.").arg(record.line);
        return false;
    }
    if (fieldStarted || wasQuoted || !record.fields.isEmpty()) {
        endRecord();
    }
    *records = out;
    return true;
}

QString CsvDocument::quote(const QString& field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needs) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvDocument::write(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList quoted;
        quoted.reserve(row.size());
        for (const QString& f : row) {
            quoted.append(quote(f));
        }
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}
