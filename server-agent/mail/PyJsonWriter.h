#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// Streams the bytes of Python's json.dumps(value, indent=2, sort_keys=True) without building a
// QJsonValue tree first (the large list answers would otherwise allocate several times their size).
// The caller emits object keys in sorted order. Strings are escaped by PyJson::appendQuoted.
class PyJsonWriter
{
public:
    explicit PyJsonWriter(qsizetype reserve = 0);

    void beginArray();
    void endArray();
    void beginObject();
    void endObject();
    void key(const char* name); // ASCII key
    void value(const QString& s);
    void value(qint64 n);
    void value(bool b);
    void null();
    void stringArray(const QStringList& items);

    QByteArray take();

private:
    struct Level
    {
        bool object = false;
        int count = 0;
    };
    void beforeValue();
    // Starts an array or object; ends the innermost one, on its own line unless it is empty.
    void openLevel(char bracket, bool isObject);
    void closeLevel(char bracket);
    void newline(qsizetype depth);

    QByteArray m_out;
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};
