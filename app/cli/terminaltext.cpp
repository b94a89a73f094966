#include "cli/terminaltext.h"

namespace cessio::cli {

namespace {

constexpr char16_t esc = 0x1B;
constexpr char16_t bel = 0x07;
constexpr char16_t st = 0x9C; // C1 string terminator

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Index just past a control string (OSC, DCS, SOS, PM, APC) that starts at `from`: it ends at BEL,
// ST or ESC \ — or runs to the end of the text, which is then dropped whole.
qsizetype skipString(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == bel || c == st)
            return i + 1;
        if (c == esc && i + 1 < text.size() && text.at(i + 1) == u'\\')
            return i + 2;
    }
    return text.size();
}

// Index just past a CSI sequence whose parameters start at `from`: parameter and intermediate bytes
// (0x20–0x3F), then one final byte (0x40–0x7E).
qsizetype skipCsi(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x3F)
        ++i;
    if (i < text.size() && text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7E)
        ++i;
    return i;
}

// Index just past the escape sequence that starts with ESC at `at`.
qsizetype skipEscape(const QString &text, qsizetype at)
{
    if (at + 1 >= text.size())
        return at + 1;
    const char16_t next = text.at(at + 1).unicode();
    switch (next) {
    case u'[':
        return skipCsi(text, at + 2);
    case u']':
    case u'P':
    case u'X':
    case u'^':
    case u'_':
        return skipString(text, at + 2);
    default:
        break;
    }
    if (next >= 0x20 && next <= 0x2F) { // intermediates (ESC ( B …), then a final byte
        qsizetype i = at + 1;
        while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x2F)
            ++i;
        return i < text.size() && text.at(i).unicode() >= 0x30 && text.at(i).unicode() <= 0x7E ? i + 1 : i;
    }
    if (next >= 0x30 && next <= 0x7E) // a two-character sequence: ESC c, ESC 7, ESC M …
        return at + 2;
    return at + 1; // a lone ESC
}

} // namespace

bool isTerminalControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QString terminalSafe(const QString &text, bool singleLine)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c == esc) {
            i = skipEscape(text, i);
        } else if (c == 0x9B) { // C1 CSI
            i = skipCsi(text, i + 1);
        } else if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) { // C1 OSC, DCS, SOS, PM, APC
            i = skipString(text, i + 1);
        } else if (isTerminalControl(c)) {
            ++i;
        } else {
            out += singleLine && (c == u'\n' || c == u'\t') ? QChar(u' ') : QChar(c);
            ++i;
        }
    }
    return out;
}

} // namespace cessio::cli
