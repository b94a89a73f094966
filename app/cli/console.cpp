#include "cli/console.h"

#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CESSIO_ISATTY _isatty
#define CESSIO_FILENO _fileno
#else
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

} // namespace cessio::cli
