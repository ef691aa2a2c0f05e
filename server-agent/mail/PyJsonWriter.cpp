#include "PyJsonWriter.h"

#include "http/PyJson.h"

PyJsonWriter::PyJsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void PyJsonWriter::newline(qsizetype depth)
{
    m_out += '\n';
    m_out.append(depth * 2, ' ');
}

void PyJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.empty()) {
        return;
    }
    Level& level = m_stack.back();
    if (level.count++ > 0) {
        m_out += ',';
    }
    newline(qsizetype(m_stack.size()));
}

void PyJsonWriter::beginArray()
{
    openLevel('[', false);
}

void PyJsonWriter::endArray()
{
    closeLevel(']');
}

void PyJsonWriter::beginObject()
{
    openLevel('{', true);
}

void PyJsonWriter::endObject()
{
    closeLevel('}');
}

void PyJsonWriter::openLevel(char bracket, bool isObject)
{
    beforeValue();
    m_out += bracket;
    m_stack.push_back({isObject, 0});
}

void PyJsonWriter::closeLevel(char bracket)
{
    const Level level = m_stack.back();
    m_stack.pop_back();
    if (level.count > 0) {
        newline(qsizetype(m_stack.size()));
    }
    m_out += bracket;
}

void PyJsonWriter::key(const char* name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
    m_afterKey = true;
}

void PyJsonWriter::value(const QString& s)
{
    beforeValue();
    PyJson::appendQuoted(m_out, s);
}

void PyJsonWriter::value(qint64 n)
{
    beforeValue();
    m_out += QByteArray::number(n);
}

void PyJsonWriter::value(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void PyJsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void PyJsonWriter::stringArray(const QStringList& items)
{
    beginArray();
    for (const QString& s : items) {
        value(s);
    }
    endArray();
}

QByteArray PyJsonWriter::take()
{
    QByteArray out = std::move(m_out);
    m_out = QByteArray();
    return out;
}
