#pragma once

#include "qitech/crypto.h"
#include "qitech/endpoints.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <vector>

namespace cessio::bench {

// A light load generator for measuring a server: keep-alive connections on the calling thread, each
// with one request in flight, sending whole HTTP requests built beforehand. Each request carries an
// ES512 token signed in advance, so the sandbox still verifies a signature on every request. The
// sandbox keeps no replay record (QI's is undocumented, reference §2.1 [I]), and the timestamp has
// second resolution. A request then costs the generator only a socket write and read, and the two
// cores go to the server, as they would with the managers' desktops on machines of their own.
class SignedLoad
{
public:
    // `tokensPerRequest` distinct signatures are made for each of `requests` and used in turn.
    SignedLoad(const QUrl &server, const RequestSigner &signer, const QList<std::pair<Endpoint, PathParams>> &requests,
               int tokensPerRequest = 32);

    struct Result
    {
        qint64 requests = 0;
        qint64 errors = 0; // a status other than 200, or a connection lost
        double seconds = 0;
        double cpuMsPerRequest = 0; // the whole process's CPU (server and generator), per request
        std::vector<double> latenciesMs;
    };
    // Opens `connections` connections, lets them run `warmupMs`, then counts for `seconds`.
    Result run(int connections, int warmupMs, int seconds) const;

private:
    QUrl m_server;
    QList<QByteArray> m_requests; // whole requests, every kind with each of its tokens, interleaved
};

} // namespace cessio::bench
