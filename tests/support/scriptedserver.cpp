#include "support/scriptedserver.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace cessio::test {

QJsonObject ScriptedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ScriptedReply ScriptedReply::json(const QJsonObject &body, int status)
{
    return raw(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

ScriptedReply ScriptedReply::raw(const QByteArray &body, int status)
{
    ScriptedReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

ScriptedReply ScriptedReply::qiError(int status, const QString &code, const QString &description, const QString &translation)
{
    return json({ { u"title"_s, description },
                  { u"description"_s, description },
                  { u"translation"_s, translation.isEmpty() ? description : translation },
                  { u"code"_s, code } },
                status);
}

ScriptedReply ScriptedReply::drop()
{
    ScriptedReply reply;
    reply.action = Action::Drop;
    return reply;
}

ScriptedReply ScriptedReply::hang()
{
    ScriptedReply reply;
    reply.action = Action::Hang;
    return reply;
}

ScriptedReply ScriptedReply::trickle(const QByteArray &body, int intervalMs)
{
    ScriptedReply reply = raw(body);
    reply.action = Action::Trickle;
    reply.intervalMs = intervalMs;
    return reply;
}

ScriptedReply ScriptedReply::stream(const QByteArray &body, qint64 totalBytes)
{
    ScriptedReply reply = raw(body);
    reply.action = Action::Stream;
    reply.streamBytes = totalBytes;
    return reply;
}

ScriptedReply ScriptedReply::delayed(int ms) const
{
    ScriptedReply reply = *this;
    reply.delayMs = ms;
    return reply;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void ScriptedServer::on(const QByteArray &method, const QString &path, const ScriptedReply &reply, int times)
{
    on(
        method, path, [reply](const ScriptedRequest &) { return reply; }, times);
}

void ScriptedServer::on(const QByteArray &method, const QString &path, Handler handler, int times)
{
    m_rules.append({ method, path, std::move(handler), times });
}

void ScriptedServer::clearRules()
{
    m_rules.clear();
}

void ScriptedServer::setVerifier(const QString &clientKey, const EcPublicKey &key, bool reject)
{
    m_clientKey = clientKey;
    m_publicKey = key;
    m_rejectInvalid = reject;
}

int ScriptedServer::count(const QByteArray &method, const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const ScriptedRequest &r) { return r.method == method && r.path.startsWith(pathPrefix); }));
}

QStringList ScriptedServer::signatureProblems() const
{
    QStringList problems;
    if (m_publicKey.isNull())
        return problems;
    for (const ScriptedRequest &r : m_requests) {
        if (!r.signatureValid)
            problems << QString::fromLatin1(r.method) + u' ' + r.target + u": "_s + r.signatureProblem;
    }
    return problems;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

bool ScriptedServer::takeRequest(QByteArray &buffer, ScriptedRequest *request, bool *malformed)
{
    *malformed = false;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        *malformed = true;
        return false;
    }
    ScriptedRequest parsed;
    parsed.method = requestLine.at(0);
    parsed.target = QString::fromLatin1(requestLine.at(1));
    parsed.path = parsed.target.section(u'?', 0, 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            parsed.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = parsed.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    parsed.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    *request = parsed;
    return true;
}

void ScriptedServer::verify(ScriptedRequest &r) const
{
    if (m_publicKey.isNull())
        return;
    const auto problem = [&r](const QString &text) { r.signatureProblem = text; };
    if (QString::fromLatin1(r.header("api-client-key")) != m_clientKey)
        return problem(u"API-CLIENT-KEY is not the expected client key"_s);
    const Jwt::Verification v = Jwt::verifyEs512(r.header("authorization"), m_publicKey);
    if (!v.ok)
        return problem(u"bad JWT: "_s + v.error);
    if (v.claims.value("method"_L1).toString() != QString::fromLatin1(r.method))
        return problem(u"claim method differs"_s);
    if (v.claims.value("uri"_L1).toString() != r.target)
        return problem(u"claim uri differs: "_s + v.claims.value("uri"_L1).toString());
    const QString md5 = v.claims.value("payload_md5"_L1).toString();
    if (r.body.isEmpty() ? !md5.isEmpty() : md5 != QString::fromLatin1(RequestSigner::payloadMd5(r.body)))
        return problem(u"payload_md5 does not match the body"_s);
    r.signatureValid = true;
}

ScriptedReply ScriptedServer::answer(const ScriptedRequest &request)
{
    if (m_rejectInvalid && !m_publicKey.isNull() && !request.signatureValid) {
        return ScriptedReply::qiError(401, u"GDF000014"_s, u"Failed to decode authorization token"_s,
                                      u"Falha ao decodificar o token de autorização"_s);
    }
    for (Rule &rule : m_rules) {
        if (rule.remaining == 0 || rule.method != request.method)
            continue;
        const bool matches = rule.path.contains(u'?') ? rule.path == request.target : rule.path == request.path;
        if (!matches)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        return rule.handler(request);
    }
    return ScriptedReply::qiError(404, u"QIT000404"_s, u"Not Found"_s, u"Não encontrado"_s);
}

void ScriptedServer::respond(QTcpSocket *socket, const ScriptedReply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + reply.body);
}

void ScriptedServer::trickle(QTcpSocket *socket, const ScriptedReply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    socket->write(head);
    auto *timer = new QTimer(socket); // goes with the connection
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent, body = reply.body] {
        if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
        ++m_bodyBytesSent;
    });
    timer->start(std::max(1, reply.intervalMs));
}

void ScriptedServer::stream(QTcpSocket *socket, const ScriptedReply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    head += "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    socket->write(head);
    // Written as the client reads, so the server never holds the whole body either.
    auto sent = std::make_shared<qint64>(0);
    const auto more = [this, socket, sent, reply] {
        constexpr qint64 chunk = 64 * 1024;
        while (*sent < reply.streamBytes && socket->bytesToWrite() < 4 * chunk
               && socket->state() == QAbstractSocket::ConnectedState) {
            QByteArray data = reply.body.mid(*sent, chunk);
            const qint64 padding = std::min(chunk - data.size(), reply.streamBytes - *sent - data.size());
            if (padding > 0)
                data.append(QByteArray(padding, ' '));
            socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
            *sent += data.size();
            m_bodyBytesSent += data.size();
            if (*sent >= reply.streamBytes)
                socket->write("0\r\n\r\n");
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    ScriptedRequest request;
    bool malformed = false;
    while (takeRequest(it->buffer, &request, &malformed)) {
        verify(request);
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        const ScriptedReply reply = answer(request);
        switch (reply.action) {
        case ScriptedReply::Action::Respond:
            if (reply.delayMs > 0) {
                // One request at a time per connection (no pipelining from QNAM): answer later.
                m_maxConcurrent = qMax(m_maxConcurrent, ++m_waiting);
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
                    --m_waiting;
                    if (guard)
                        respond(guard, reply);
                });
            } else {
                m_maxConcurrent = qMax(m_maxConcurrent, m_waiting + 1);
                respond(socket, reply);
            }
            break;
        case ScriptedReply::Action::Drop:
            socket->abort(); // no answer at all: the client cannot know whether it was applied
            return;
        case ScriptedReply::Action::Hang:
            return;
        case ScriptedReply::Action::Trickle:
            trickle(socket, reply);
            return;
        case ScriptedReply::Action::Stream:
            stream(socket, reply);
            return;
        }
    }
    if (malformed)
        socket->abort();
}

} // namespace cessio::test
