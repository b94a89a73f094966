#include "apitransport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Errors raised before a single byte of the request could have reached the server.
bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

// The body of a PUT or POST, readable exactly once. Qt's HTTP stack silently resends a request
// when the connection closes before any answer byte (measured on Qt 6.4, also for PUT); with a
// body that cannot be rewound it reports ContentReSendError instead, so a decision leaves this
// machine at most once and the caller re-reads the batch to learn what happened.
class SendOnceBody : public QIODevice
{
public:
    SendOnceBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return -1;
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

ApiTransport::ApiTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<cessio::RawResponse>();
}

bool ApiTransport::isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("ApiTransport", "The server address is not a valid URL."));
    // A user name or password in the address would end up in the settings, the logs and the decision
    // record, all of which are shown and handed on. Requests are signed with the profile's key instead.
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return fail(QCoreApplication::translate(
            "ApiTransport",
            "The server address cannot contain a user name or password (user:password@): it would be kept in the "
            "settings, the logs and the decision record. Remove it; Cessio signs every request with the profile's key."));
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return true;
    return fail(QCoreApplication::translate("ApiTransport",
                                            "Only https:// addresses are allowed (plain http:// only for this computer)."));
}

ApiCall *ApiTransport::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->start();
    return call;
}

ApiCall::ApiCall(ApiTransport *transport, const ApiRequest &request)
    : QObject(transport)
    , m_transport(transport)
    , m_request(request)
    , m_method(Endpoints::info(request.endpoint).method)
{
    m_response.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_response.path = Endpoints::path(request.endpoint, request.params, request.query);
}

void ApiCall::start()
{
    m_clock.start();
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    m_deadline->start(m_transport->policy().deadlineMs);
    QString why;
    if (!ApiTransport::isAllowedBaseUrl(m_transport->baseUrl(), &why)) {
        // Reported asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this, why] { finish(ApiError::make(ApiError::Category::Tls, why)); });
        return;
    }
    if (!m_transport->signer().isValid()) {
        QTimer::singleShot(0, this, [this] {
            finish(
                ApiError::make(ApiError::Category::Config,
                               QCoreApplication::translate("ApiTransport", "No API client key or private key is configured.")));
        });
        return;
    }
    attempt();
}

void ApiCall::attempt()
{
    ++m_response.attempts;
    QString signError;
    // Signed at every attempt: the timestamp must be fresh.
    const auto headers
        = m_transport->signer().sign(m_method, m_response.path, m_request.body, QDateTime::currentDateTimeUtc(), &signError);
    if (headers.authorization.isEmpty()) {
        finish(ApiError::make(ApiError::Category::Config, signError));
        return;
    }

    QUrl url = m_transport->baseUrl();
    const QString basePath = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    QUrl target(url.scheme() + u"://"_s + url.authority() + basePath + m_response.path, QUrl::StrictMode);

    QNetworkRequest request(target);
    request.setRawHeader("API-CLIENT-KEY", headers.apiClientKey);
    request.setRawHeader("AUTHORIZATION", headers.authorization);
    request.setRawHeader("Accept", "application/json");
    if (!m_request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transport->policy().timeoutMs);

    QNetworkAccessManager *network = m_transport->m_network;
    if (m_method == "GET") {
        m_reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new SendOnceBody(m_request.body, this);
        m_reply = network->sendCustomRequest(request, m_method, body);
        body->setParent(m_reply);
    }
    m_response.body.clear();
    // Qt's network thread otherwise downloads as fast as it can, however large the answer: with a
    // bounded buffer it waits for us to read, and we stop reading at the limit.
    m_reply->setReadBufferSize(qint64(1) << 20);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

qint64 ApiCall::maxBytes() const
{
    const ApiTransport::Policy &policy = m_transport->policy();
    return Endpoints::info(m_request.endpoint).paged ? policy.maxPageBytes : policy.maxObjectBytes;
}

// The answer is read as it comes, so its size is what actually arrived, not what a header claims.
void ApiCall::onReadyRead()
{
    if (m_reply && !m_finished)
        readBody(m_reply);
}

bool ApiCall::readBody(QNetworkReply *reply)
{
    const qint64 limit = maxBytes();
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared <= limit)
        m_response.body += reply->read(limit - m_response.body.size() + 1);
    if (declared <= limit && m_response.body.size() <= limit)
        return true;
    // Too large: stop reading. For a mutation the server may have applied it all the same.
    m_response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.body.clear();
    if (m_reply == reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_reply = nullptr;
    }
    const QLocale locale;
    ApiError error = ApiError::make(
        ApiError::Category::Parse,
        QCoreApplication::translate("ApiTransport",
                                    "The server's answer is larger than %1 MB, more than Cessio accepts for this "
                                    "request; Cessio stopped reading it.")
            .arg(locale.toString(double(limit) / double(1 << 20), 'f', 0)));
    error.setOutcomeUnknown(isMutation());
    finish(error);
    return false;
}

void ApiCall::onDeadline()
{
    if (m_finished)
        return;
    const bool inFlight = m_reply != nullptr;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    const QLocale locale;
    ApiError error = ApiError::make(ApiError::Category::Timeout,
                                    QCoreApplication::translate("ApiTransport",
                                                                "The server did not finish answering within %1 "
                                                                "seconds; Cessio stopped waiting.")
                                        .arg(locale.toString(m_transport->policy().deadlineMs / 1000)));
    error.setOutcomeUnknown(isMutation() && inFlight);
    finish(error);
}

ApiError ApiCall::errorForReply(QNetworkReply *reply, bool timedOut) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed = networkError != QNetworkReply::NoError && (status == 0 || status < 400);
    if (!transportFailed && status >= 200 && status < 300)
        return {};
    if (!transportFailed && status >= 300)
        return ApiError::fromHttp(status, m_response.body);

    ApiError error;
    if (timedOut || networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError)
        error = ApiError::make(ApiError::Category::Timeout, {});
    else if (networkError == QNetworkReply::SslHandshakeFailedError)
        error = ApiError::make(ApiError::Category::Tls, {});
    else
        error = ApiError::make(ApiError::Category::Network, {});
    error.setOutcomeUnknown(isMutation() && !certainlyNotSent(networkError));
    return error;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_cancelled)
        return;

    m_response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!readBody(reply)) // what is left; refuses an answer that grew too large
        return;
    ApiError error = errorForReply(reply, false);
    if (error.isError() && shouldRetry(error)) {
        const int delay = m_transport->policy().retryBaseDelayMs * (1 << (m_response.attempts - 1));
        int wait = delay + int(QRandomGenerator::global()->bounded(delay / 4 + 1));
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (error.category() == ApiError::Category::RateLimited && !retryAfter.isEmpty())
            wait = std::clamp(retryAfter.toInt() * 1000, wait, 30000);
        QTimer::singleShot(wait, this, [this] {
            if (!m_cancelled && !m_finished)
                attempt();
        });
        return;
    }
    // A mutation that the server may have applied while we could not read its answer.
    if (isMutation() && (error.category() == ApiError::Category::Server || error.category() == ApiError::Category::Parse))
        error.setOutcomeUnknown(true);
    finish(error);
}

bool ApiCall::shouldRetry(const ApiError &error) const
{
    if (isMutation() || m_response.attempts > m_transport->policy().maxGetRetries)
        return false;
    switch (error.category()) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::RateLimited:
    case ApiError::Category::Server:
        return true;
    default:
        return false;
    }
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    const bool inFlight = m_reply != nullptr;
    if (m_reply)
        m_reply->abort();
    ApiError error = ApiError::make(ApiError::Category::Cancelled, {});
    error.setOutcomeUnknown(isMutation() && inFlight);
    finish(error);
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response.error = error;
    m_response.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_response);
    deleteLater();
}

} // namespace cessio
