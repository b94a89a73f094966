#pragma once

#include <QByteArray>

namespace cessio::fuzz {

// Feeds arbitrary bytes to every parser that reads what a server, a file or a user sends:
// every domain fromJson(), page envelopes, QI error bodies, webhook payloads, JWT verification,
// Money and CPF/CNPJ parsing. Must never crash, hang or trip a sanitizer, whatever the input.
void parseEverything(const QByteArray &data);

} // namespace cessio::fuzz
