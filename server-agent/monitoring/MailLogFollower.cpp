#include "MailLogFollower.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// A line longer than this is no log line of postfix's: dropped instead of buffered without end.
constexpr qsizetype MaxLine = 1024 * 1024;

} // namespace

MailLogFollower::MailLogFollower(const QString& path)
    : m_path(path)
{ }

MailLogFollower::~MailLogFollower()
{
    close();
}

void MailLogFollower::start()
{
    close();
    open(true);
}

bool MailLogFollower::open(bool atEnd)
{
    close();
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_device = st.st_dev;
    m_inode = st.st_ino;
    m_offset = atEnd ? st.st_size : 0;
    if (::lseek(m_fd, m_offset, SEEK_SET) < 0) {
        close();
        return false;
    }
    return true;
}

void MailLogFollower::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_offset = 0;
    m_partial.clear();
}

bool MailLogFollower::readToEnd(MailLogLine::Counts* counts)
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        m_offset += n;
        m_partial.append(buffer, n);
        const qsizetype lastNewline = m_partial.lastIndexOf('\n');
        if (lastNewline >= 0) {
            *counts += MailLogLine::count(QByteArray::fromRawData(m_partial.constData(), lastNewline));
            m_partial.remove(0, lastNewline + 1);
        }
        if (m_partial.size() > MaxLine)
            m_partial.clear();
    }
}

std::optional<MailLogLine::Counts> MailLogFollower::poll()
{
    MailLogLine::Counts counts;
    if (m_fd < 0 && !open(false))
        return std::nullopt;
    if (!readToEnd(&counts)) {
        close();
        return std::nullopt;
    }
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return counts; // rotated away and not created again yet: the old file stays open until it is
    if (quint64(st.st_ino) != m_inode || quint64(st.st_dev) != m_device) {
        // Rotated: the old file was read to its end above; an unfinished last line of it is complete now.
        const QByteArray rest = m_partial;
        if (!rest.isEmpty())
            counts += MailLogLine::count(rest);
        if (!open(false))
            return counts;
    } else if (st.st_size < m_offset) {
        // Truncated in place: what is there now was written after the truncation.
        m_partial.clear();
        m_offset = 0;
        if (::lseek(m_fd, 0, SEEK_SET) < 0) {
            close();
            return std::nullopt;
        }
    } else {
        return counts;
    }
    if (!readToEnd(&counts)) {
        close();
        return std::nullopt;
    }
    return counts;
}
