#include "signedclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio::testing {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpReply::transportFailed() const
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::OperationCanceledError:
        return true;
    default:
        return status == 0;
    }
}

HttpReply waitForReply(QNetworkReply *reply, int timeoutMs)
{
    HttpReply result;
    if (!reply->isFinished()) {
        // A nested event loop rather than QTest::qWaitFor, which sleeps 10 ms between rounds and
        // would make every loopback round trip (client and sandbox share this thread) cost ~30 ms.
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        loop.exec();
        result.timedOut = !reply->isFinished();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

SignedClient::SignedClient(const QUrl &baseUrl, const QString &clientKey, const EcPrivateKey &key)
    : m_baseUrl(baseUrl)
    , m_signer(clientKey, key)
    , m_key(key)
    , m_clientKey(clientKey)
{ }

HttpReply SignedClient::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

HttpReply SignedClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply SignedClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply SignedClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                             const RequestOptions &options)
{
    return waitForReply(start(method, pathAndQuery, body, options));
}

void SignedClient::sendAsync(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                             const std::function<void(const HttpReply &)> &done)
{
    QNetworkReply *reply = start(method, pathAndQuery, body, {});
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] { done(waitForReply(reply)); });
}

QNetworkReply *SignedClient::start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const RequestOptions &options)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString(QUrl::RemovePath | QUrl::FullyEncoded) + pathAndQuery));
    const QDateTime at = options.signedAt.isValid() ? options.signedAt : QDateTime::currentDateTimeUtc();
    QByteArray authorization;
    if (options.authorization) {
        authorization = *options.authorization;
    } else if (options.claims) {
        authorization = Jwt::signEs512(*options.claims, m_key);
    } else {
        const RequestSigner::Headers headers
            = m_signer.sign(options.signedMethod.value_or(method), options.signedUri.value_or(pathAndQuery),
                            options.signedBody.value_or(body), at);
        authorization = headers.authorization;
    }
    if (!options.omitClientKey)
        request.setRawHeader("API-CLIENT-KEY", options.clientKey.value_or(m_clientKey.toUtf8()));
    if (!options.omitAuthorization)
        request.setRawHeader("AUTHORIZATION", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (method == "GET")
        return m_network.get(request);
    return m_network.sendCustomRequest(request, method, body);
}

QJsonObject sandboxControl(const QUrl &baseUrl, const QByteArray &method, const QString &path, const QJsonObject &body,
                           int *status)
{
    QNetworkAccessManager network; // one per call: it never outlives the application
    QNetworkRequest request(QUrl(baseUrl.toString(QUrl::RemovePath | QUrl::FullyEncoded) + path));
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!bytes.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const HttpReply reply
        = waitForReply(method == "GET" ? network.get(request) : network.sendCustomRequest(request, method, bytes));
    if (status)
        *status = reply.status;
    return reply.json();
}

} // namespace cessio::testing
