#pragma once

#include <QString>

namespace cessio::cli {

// What cessio-cli prints came largely from a server or a file: a name, a description, an error text.
// terminalSafe() removes from it whatever a terminal would act on instead of showing: ANSI/VT escape
// sequences whole (ESC [ … CSI, ESC ] … OSC up to BEL or ST, DCS/APC/PM/SOS strings, the C1 forms
// 0x9B, 0x9D …), every other C0 and C1 control character (BEL, backspace, CR — which would let a
// value overwrite the line it is on —, DEL) and the bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) that reorder what is shown. Line feeds and tabs stay unless
// `singleLine`, which turns them into spaces (table cells, a confirmation's question). Applied by the
// output layer (Console, Table, Format), so no command has to remember it.
QString terminalSafe(const QString &text, bool singleLine = false);

// A character terminalSafe() removes; the JSON writer escapes these as \uXXXX instead, so JSON keeps
// the data exactly and still never carries a raw control character to a terminal.
bool isTerminalControl(char16_t c);

} // namespace cessio::cli
