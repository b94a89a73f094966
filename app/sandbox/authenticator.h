#pragma once

#include "errors.h"
#include "qitech/crypto.h"

#include <QDateTime>

#include <optional>

namespace cessio::sandbox {

struct Client;
struct HttpRequest;
class World;

// Verifies a request the way QI Tech does (reference §2.1, step 8): look the client up by
// API-CLIENT-KEY, verify the ES512 signature of AUTHORIZATION with its public key, then compare
// the claims with the request. Each failure has its own error body.
//
// The signature check is most of the work (about 0.4 ms of CPU) and needs nothing of the world, so
// it can run on any thread: begin() and finish() read the world on its own thread, and
// verifySignature() runs in between wherever the caller likes (Sandbox: a thread pool).
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

    // What begin() found: an error already, or the token and key to verify.
    struct Pending
    {
        QString clientKey;
        std::optional<SandboxError> error;
        QByteArray token;
        EcPublicKey publicKey;
        bool needsSignature() const { return !error; }
    };
    // Everything before the signature: the client, the token's shape and algorithm.
    Pending begin(const HttpRequest &request) const;
    // Thread-safe: reads nothing but its arguments.
    static bool verifySignature(const QByteArray &token, const EcPublicKey &key);
    // Everything after: the client looked up again (the world may have changed meanwhile), then
    // the claims compared with the request.
    Result finish(const HttpRequest &request, const Pending &pending, bool signatureValid,
                  const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

    // "2024-04-01T12:00:00", with optional fraction and zone ("…759844Z", "…-03:00"); no zone: UTC.
    static QDateTime parseTimestamp(const QString &text);

private:
    const World &m_world;
    int m_windowSeconds;
};

} // namespace cessio::sandbox
