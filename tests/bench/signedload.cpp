#include "signedload.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace cessio::bench {

namespace {

// CPU time of the whole process in ns (0 where the OS does not tell).
qint64 processCpuNs()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ns = [](const timeval &t) { return qint64(t.tv_sec) * 1'000'000'000 + qint64(t.tv_usec) * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
#else
    return 0;
#endif
}

// One keep-alive connection with one request in flight: sends, reads the answer (status line,
// Content-Length, body), reports it, sends the next.
class Connection
{
public:
    using Answered = std::function<void(bool ok, double ms)>;

    Connection(const QUrl &server, const QList<QByteArray> &requests, int first, Answered answered)
        : m_requests(requests)
        , m_next(first)
        , m_answered(std::move(answered))
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { lost(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] { send(); });
        m_socket.connectToHost(server.host(), quint16(server.port()));
    }

    void stop() { m_stopped = true; }

private:
    void send()
    {
        if (m_stopped)
            return;
        m_sent.start();
        m_socket.write(m_requests.at(m_next));
        m_next = (m_next + 1) % int(m_requests.size());
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = m_buffer.left(headerEnd).toLower();
        const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
        const qsizetype length
            = lengthAt < 0 ? 0 : head.mid(lengthAt + 17, head.indexOf('\r', lengthAt + 2) - lengthAt - 17).trimmed().toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const bool ok = m_buffer.startsWith("HTTP/1.1 200 ");
        m_buffer.remove(0, headerEnd + 4 + length);
        m_answered(ok, double(m_sent.nsecsElapsed()) / 1e6);
        send();
    }

    void lost()
    {
        if (!m_stopped)
            m_answered(false, double(m_sent.nsecsElapsed()) / 1e6);
        m_stopped = true;
    }

    QTcpSocket m_socket;
    const QList<QByteArray> &m_requests;
    int m_next;
    Answered m_answered;
    QByteArray m_buffer;
    QElapsedTimer m_sent;
    bool m_stopped = false;
};

} // namespace

SignedLoad::SignedLoad(const QUrl &server, const RequestSigner &signer, const QList<std::pair<Endpoint, PathParams>> &requests,
                       int tokensPerRequest)
    : m_server(server)
{
    const QByteArray host = server.host().toLatin1() + ':' + QByteArray::number(server.port());
    for (int token = 0; token < tokensPerRequest; ++token) {
        for (const auto &[endpoint, params] : requests) {
            const EndpointInfo &info = Endpoints::info(endpoint);
            const QString path = Endpoints::path(endpoint, params);
            const RequestSigner::Headers headers = signer.sign(info.method, path, {});
            m_requests.append(info.method + ' ' + path.toLatin1() + " HTTP/1.1\r\nHost: " + host
                              + "\r\nAPI-CLIENT-KEY: " + headers.apiClientKey + "\r\nAUTHORIZATION: " + headers.authorization
                              + "\r\nAccept: application/json\r\nConnection: keep-alive\r\n\r\n");
        }
    }
}

SignedLoad::Result SignedLoad::run(int connections, int warmupMs, int seconds) const
{
    Result result;
    bool counting = false;
    const auto answered = [&](bool ok, double ms) {
        if (!counting)
            return;
        ++result.requests;
        result.errors += ok ? 0 : 1;
        result.latenciesMs.push_back(ms);
    };
    std::vector<std::unique_ptr<Connection>> open;
    for (int i = 0; i < connections; ++i)
        open.push_back(std::make_unique<Connection>(m_server, m_requests, (i * 7) % int(m_requests.size()), answered));

    QElapsedTimer wall;
    qint64 cpuAtStart = 0;
    QEventLoop loop;
    QTimer::singleShot(warmupMs, &loop, [&] {
        counting = true;
        wall.start();
        cpuAtStart = processCpuNs();
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    });
    loop.exec();
    counting = false;
    result.seconds = double(wall.nsecsElapsed()) / 1e9;
    if (result.requests > 0)
        result.cpuMsPerRequest = double(processCpuNs() - cpuAtStart) / 1e6 / double(result.requests);
    for (auto &connection : open)
        connection->stop();
    QEventLoop drain; // let the last answers arrive before the connections go
    QTimer::singleShot(200, &drain, &QEventLoop::quit);
    drain.exec();
    return result;
}

} // namespace cessio::bench
