#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The shipped translations (translations/*.ts) as the translation tests read them.
namespace TestTsFile {

struct Entry
{
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation
    QStringList translations; // one per numerus form
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false; // "obsolete" or "vanished"
    qint64 line = 0;

    // The message as lupdate identifies it: context, source, disambiguation and plural form.
    QString key() const;
};

// The paths of translations/boxkeeper_*.ts, by name.
QStringList files();

// Every <message> of the file; `language` gets the TS element's language. On a read or XML error, *error says
// where.
QList<Entry> read(const QString& path, QString* error, QString* language = nullptr);

} // namespace TestTsFile
