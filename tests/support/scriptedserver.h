#pragma once

#include "qitech/crypto.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace cessio::test {

// One request as the server received it.
struct ScriptedRequest
{
    QByteArray method;
    QString target; // path and query, exactly as sent
    QString path; // without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    // ES512 check of AUTHORIZATION (when the server has a verifier): signature, client key, method,
    // uri, payload_md5. `signatureProblem` says what failed.
    bool signatureValid = false;
    QString signatureProblem;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const; // the body as a JSON object
};

// What the server does with a matched request.
struct ScriptedReply
{
    enum class Action {
        Respond,
        Drop, // read the whole request, then close the connection without answering ("committed, then reset")
        Hang, // never answer
        Trickle, // the head at once, then the body one byte every `intervalMs` (a server that never quite stops)
        Stream, // `streamBytes` of body in chunks (Transfer-Encoding: chunked, no Content-Length), as fast as read
    };
    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    int delayMs = 0; // answer this much later (other connections are served meanwhile)
    int intervalMs = 0; // Trickle: between two bytes
    qint64 streamBytes = 0; // Stream: how much; the body is `body` followed by spaces up to this size

    static ScriptedReply json(const QJsonObject &body, int status = 200);
    static ScriptedReply raw(const QByteArray &body, int status = 200);
    // A QI error body {"title","description","translation","code"}.
    static ScriptedReply qiError(int status, const QString &code, const QString &description, const QString &translation = {});
    static ScriptedReply drop();
    static ScriptedReply hang();
    static ScriptedReply trickle(const QByteArray &body, int intervalMs);
    // `body` padded with spaces (valid JSON whitespace) to `totalBytes`, sent chunked.
    static ScriptedReply stream(const QByteArray &body, qint64 totalBytes);
    ScriptedReply delayed(int ms) const;
};

// A small HTTP/1.1 server on 127.0.0.1 that answers from a script and records every request, for
// end-to-end tests of programs that speak the QI Tech API (cessio-cli). Keep-alive is supported.
// Rules are tried in the order they were added; a rule with a count is used that many times and then
// skipped. Anything unmatched gets 404 with a QI-shaped body.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedReply(const ScriptedRequest &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(); // a free port on 127.0.0.1
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // `path` without '?' matches that path whatever the query; with '?' the whole target must match.
    // times < 0: forever.
    void on(const QByteArray &method, const QString &path, const ScriptedReply &reply, int times = -1);
    void on(const QByteArray &method, const QString &path, Handler handler, int times = -1);
    void clearRules();

    // Verify AUTHORIZATION on every request with this client key and public key. With `reject`, a
    // request that fails the check is answered 401 GDF000014, as QI Tech does, before any rule.
    void setVerifier(const QString &clientKey, const EcPublicKey &key, bool reject = false);

    const QList<ScriptedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int count(const QByteArray &method, const QString &pathPrefix = {}) const;
    // Requests whose signature check failed (empty when all passed or there is no verifier).
    QStringList signatureProblems() const;
    // The most requests that were waiting for their answer at the same time.
    int maxConcurrent() const { return m_maxConcurrent; }

Q_SIGNALS:
    void requestReceived(const cessio::test::ScriptedRequest &request);

private:
    struct Rule
    {
        QByteArray method;
        QString path;
        Handler handler;
        int remaining = -1;
    };
    struct Connection
    {
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    // Parses one complete request from the front of `buffer`; false when more bytes are needed.
    static bool takeRequest(QByteArray &buffer, ScriptedRequest *request, bool *malformed);
    void verify(ScriptedRequest &request) const;
    ScriptedReply answer(const ScriptedRequest &request);
    static void respond(QTcpSocket *socket, const ScriptedReply &reply);
    void trickle(QTcpSocket *socket, const ScriptedReply &reply);
    void stream(QTcpSocket *socket, const ScriptedReply &reply);

    QTcpServer *m_server;
    QList<Rule> m_rules;
    QList<ScriptedRequest> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    QString m_clientKey;
    EcPublicKey m_publicKey;
    bool m_rejectInvalid = false;
    int m_waiting = 0;
    int m_maxConcurrent = 0;

public:
    // Body bytes written by Trickle and Stream replies so far (a client that stops reading stops them).
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

private:
    qint64 m_bodyBytesSent = 0;
};

} // namespace cessio::test

Q_DECLARE_METATYPE(cessio::test::ScriptedRequest)
