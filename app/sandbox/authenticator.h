#pragma once

#include "errors.h"

#include <QDateTime>

#include <optional>

namespace cessio::sandbox {

struct Client;
struct HttpRequest;
class World;

// Verifies a request the way QI Tech does (reference §2.1, step 8): look the client up by
// API-CLIENT-KEY, verify the ES512 signature of AUTHORIZATION with its public key, then compare
// the claims with the request. Each failure has its own error body.
class Authenticator
{
public:
    Authenticator(const World &world, int timestampWindowSeconds);

    struct Result
    {
        const Client *client = nullptr;
        std::optional<SandboxError> error;
    };
    Result authenticate(const HttpRequest &request, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

    // "2024-04-01T12:00:00", with optional fraction and zone ("…759844Z", "…-03:00"); no zone: UTC.
    static QDateTime parseTimestamp(const QString &text);

private:
    const World &m_world;
    int m_windowSeconds;
};

} // namespace cessio::sandbox
