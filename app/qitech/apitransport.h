#pragma once

#include "apierror.h"
#include "crypto.h"
#include "endpoints.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cessio {

struct ApiRequest
{
    Endpoint endpoint = Endpoint::GetBatch;
    PathParams params;
    QUrlQuery query;
    QByteArray body; // the exact JSON bytes to send and sign; empty for GET
};

// The raw outcome of one API call, after any retries.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error; // Category::None on a 2xx answer
    QString requestId; // generated here for the record (QI documents no request-id header)
    QString path; // the signed uri (path and query)
    int attempts = 0;
    qint64 elapsedMs = 0;
};

class ApiCall;

// Sends signed requests to one QI Tech environment over an injected QNetworkAccessManager.
// GETs are retried with backoff on network errors, timeouts, 429 and 5xx. PUTs and POSTs are sent
// exactly once: when their outcome is unknown the error says so and the caller re-reads the state.
//
// Bounded whatever the server does: an answer is read as it arrives and refused once it passes
// the size allowed for its endpoint (Content-Length is never trusted), and every call ends within
// a total deadline, retries included, even against a server that trickles a byte now and then.
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int timeoutMs = 30000; // no data for this long = timeout [I: QI documents none]
        int maxGetRetries = 3;
        int retryBaseDelayMs = 500; // doubled on each retry, with jitter
        int deadlineMs = 120000; // the whole call, every attempt and wait included
        // The largest answer accepted: a page of a list (100 assets with their detail is ~100 KB;
        // a server may use larger pages), and any other answer (one batch, one asset).
        qint64 maxPageBytes = qint64(64) << 20;
        qint64 maxObjectBytes = qint64(16) << 20;
    };

    ApiTransport(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setSigner(const RequestSigner &signer) { m_signer = signer; }
    const RequestSigner &signer() const { return m_signer; }
    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    // Starts the call; the returned job emits finished() exactly once and deletes itself after.
    ApiCall *send(const ApiRequest &request);

    // The one check of a server address, used by profiles, sessions, the connection check and the CLI:
    // https (plain http only to this machine), and no user:password in it.
    static bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);
    // `url` as it may be shown or logged: without any user name or password.
    static QString displayUrl(const QUrl &url) { return url.toDisplayString(QUrl::RemoveUserInfo); }

private:
    friend class ApiCall;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    RequestSigner m_signer;
    Policy m_policy;
};

// One call in flight. Bind to finished() with a context object; cancel() aborts it (finished still comes,
// with Category::Cancelled).
class ApiCall : public QObject
{
    Q_OBJECT

public:
    QString requestId() const { return m_response.requestId; }
    bool isMutation() const { return m_method != "GET"; }
    void cancel();

Q_SIGNALS:
    void finished(const cessio::RawResponse &response);

private:
    friend class ApiTransport;
    ApiCall(ApiTransport *transport, const ApiRequest &request);
    void start();
    void attempt();
    void onReplyFinished();
    void onReadyRead();
    bool readBody(QNetworkReply *reply); // false: too large, and finished
    void onDeadline();
    void finish(const ApiError &error);
    qint64 maxBytes() const;
    bool shouldRetry(const ApiError &error) const;
    ApiError errorForReply(QNetworkReply *reply, bool timedOut) const;

    QPointer<ApiTransport> m_transport;
    ApiRequest m_request;
    QByteArray m_method;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    RawResponse m_response;
    QElapsedTimer m_clock;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::RawResponse)
