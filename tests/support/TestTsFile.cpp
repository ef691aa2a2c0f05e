#include "TestTsFile.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace TestTsFile {

QString Entry::key() const
{
    return QStringLiteral("%1 “%2”%3%4")
        .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment),
             numerus ? QStringLiteral(" [plural]") : QString());
}

QStringList files()
{
    const QDir dir(QStringLiteral(BOXKEEPER_SOURCE_DIR "/translations"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("boxkeeper_*.ts")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QList<Entry> read(const QString& path, QString* error, QString* language)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            if (language)
                *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry();
            entry.context = context;
            entry.line = xml.lineNumber();
            entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            entry.unfinished = type == QLatin1String("unfinished");
            entry.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            // Either plain text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    entry.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (entry.translations.isEmpty())
                entry.translations.append(text);
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return entries;
}

} // namespace TestTsFile
