#pragma once

#include <QByteArray>
#include <QString>

namespace cessio::fuzz {

// Feeds arbitrary bytes to every parser that reads what a server, a file or a user sends:
// every domain fromJson(), page envelopes, QI error bodies, webhook payloads, JWT verification,
// Money and CPF/CNPJ parsing. Must never crash, hang or trip a sanitizer, whatever the input.
void parseEverything(const QByteArray &data);
// Reads `data` both ways, QJsonDocument + QJsonObject and JsonTree + JsonReader, and returns the
// first difference (empty when they agree): whether the text is accepted, every mapped value and
// every problem text, for each type mapped from a server's answer.
QString compareReadings(const QByteArray &data);

} // namespace cessio::fuzz
