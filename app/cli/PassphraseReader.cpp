#include "PassphraseReader.h"

#include <QFile>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace GovDesk::Cli {

using namespace GovDesk::Core;

namespace {
constexpr std::size_t MaxPassphraseBytes = 1024;

// Restores the terminal's echo however the read ends.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};
} // namespace

Result<SecureBytes> PassphraseReader::readLine(int fd)
{
    SecureBytes buffer(MaxPassphraseBytes);
    std::size_t length = 0;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0)
            return fail(ErrorCode::Io, tr("The passphrase could not be read."), QString::fromLocal8Bit(std::strerror(errno)));
        if (got == 0 || c == '\n')
            break;
        if (length == MaxPassphraseBytes)
            return fail(ErrorCode::InvalidArgument, tr("The passphrase is too long."));
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length == 0)
        return fail(ErrorCode::InvalidArgument, tr("No passphrase was given."));
    SecureBytes passphrase(length);
    std::memcpy(passphrase.data(), buffer.data(), length);
    return passphrase;
}

Result<SecureBytes> PassphraseReader::read(const QString &prompt, const QString &file)
{
    if (!file.isEmpty()) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return fail(ErrorCode::NotFound, tr("The passphrase file %1 cannot be opened.").arg(file));
        auto passphrase = readLine(fd);
        ::close(fd);
        return passphrase;
    }
    if (!::isatty(STDIN_FILENO))
        return readLine(STDIN_FILENO);
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    Result<SecureBytes> passphrase = [] {
        EchoOff quiet(STDIN_FILENO);
        return readLine(STDIN_FILENO);
    }();
    std::fprintf(stderr, "\n");
    return passphrase;
}

Result<SecureBytes> PassphraseReader::readNew(const QString &prompt, const QString &file)
{
    auto first = read(prompt, file);
    if (!first || !file.isEmpty() || !::isatty(STDIN_FILENO))
        return first;
    auto second = read(tr("Repeat the passphrase: "));
    if (!second)
        return second;
    if (!first->constantTimeEquals(*second))
        return fail(ErrorCode::InvalidArgument, tr("The two passphrases differ."));
    return first;
}

} // namespace GovDesk::Cli
