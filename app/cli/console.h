#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cessio::cli {

// Where cessio-cli writes and reads: stdout for results (tables or JSON), stderr for messages and
// errors, stdin for confirmations. UTF-8 throughout. Text goes out through terminalSafe(): no escape
// sequence or control character from a server or a file reaches the terminal.
class Console
{
public:
    static void out(const QString &text); // add the newline yourself
    static void outBytes(const QByteArray &bytes); // as is: for JSON, whose writer escapes control characters
    static void err(const QString &line); // one line; the newline is added
    static bool stdinIsTerminal();
    // Writes `question` to stderr and reads one line from stdin. True for yes in either language
    // ("y", "yes", "s", "sim"), false for anything else, including end of input.
    static bool confirm(const QString &question);
    // One line from stdin, without its line end: a secret. On a terminal `prompt` goes to stderr first
    // and what is typed is not echoed. nullopt at end of input.
    static std::optional<QByteArray> readSecret(const QString &prompt);
};

} // namespace cessio::cli
