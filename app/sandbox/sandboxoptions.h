#pragma once

#include <QString>

namespace cessio::sandbox {

// Everything the cessio-sandbox command line (and an in-process user) can tune.
struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1"); // loopback only unless asked otherwise
    quint16 port = 0; // 0: any free port (Sandbox::port() tells which)
    int stepDelayMs = 0; // automatic steps N ms after the previous one; 0: only on POST /_sandbox/tick
    int latencyMs = 0; // added before every API request is handled (never on /_sandbox/)
    double faultRate = 0.0; // probability of a random fault per API request
    quint32 seed = 1; // seeds the random faults (and nothing else)
    int maxPageLimit = 100; // largest `limit` a list accepts; above it: QIT000010
    int timestampWindowSeconds = 300; // accepted clock skew of the JWT `timestamp` claim [I]
    int webhookAttempts = 5; // tries per webhook delivery [I]
    int webhookInitialBackoffMs = 500; // doubled after every failed try [I]
    int webhookTimeoutMs = 10000; // per try
};

} // namespace cessio::sandbox
