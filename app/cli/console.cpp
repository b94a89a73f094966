#include "cli/console.h"

#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#define CESSIO_ISATTY _isatty
#define CESSIO_FILENO _fileno
#else
#include <termios.h>
#include <unistd.h>
#define CESSIO_ISATTY isatty
#define CESSIO_FILENO fileno
#endif

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

void Console::out(const QString &text)
{
    outBytes(terminalSafe(text).toUtf8());
}

void Console::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::err(const QString &line)
{
    const QByteArray bytes = (terminalSafe(line) + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool Console::stdinIsTerminal()
{
    return CESSIO_ISATTY(CESSIO_FILENO(stdin)) != 0;
}

bool Console::confirm(const QString &question)
{
    const QByteArray prompt = (terminalSafe(question, true) + u' ').toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    // Blocking on the terminal is fine here: nothing else is in flight while the person decides.
    char buffer[256] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromUtf8(buffer).trimmed().toLower();
    static const QStringList yes { u"y"_s, u"yes"_s, u"s"_s, u"sim"_s };
    return yes.contains(answer);
}

namespace {

// While alive, what is typed on the terminal is not shown.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = m_active && tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        std::fputc('\n', stderr); // the Enter that was not echoed
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

} // namespace

std::optional<QByteArray> Console::readSecret(const QString &prompt)
{
    std::optional<EchoOff> echoOff;
    if (stdinIsTerminal()) {
        const QByteArray text = (terminalSafe(prompt, true) + u' ').toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
        echoOff.emplace();
    }
    QByteArray line;
    char buffer[256];
    bool any = false;
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        any = true;
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (!any)
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace cessio::cli
