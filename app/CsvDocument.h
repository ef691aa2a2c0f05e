#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV: fields separated by commas, records by CRLF (LF and CR alone are accepted when reading); a field
// with a comma, a quote or a line break is quoted, quotes inside doubled. A final line break is optional.
class CsvDocument
{
    Q_DECLARE_TR_FUNCTIONS(CsvDocument)

public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // Reads `text`; on a syntax error (a quote inside an unquoted field, text after a closing quote, an unclosed
    // quote) returns false with a translated message naming the line. Empty lines are skipped.
    static bool parse(const QString& text, QList<Record>* records, QString* error);
    static QString write(const QList<QStringList>& rows);
    static QString quote(const QString& field);
};
