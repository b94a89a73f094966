#pragma once

#include "qitech/crypto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <optional>

// Real signed HTTP requests against a server (the sandbox) for the integration tests:
// QNetworkAccessManager + RequestSigner, with every part of the signature overridable so a test
// can produce each authentication failure on purpose.
namespace cessio::testing {

struct HttpReply
{
    int status = 0; // 0: no HTTP status arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    bool timedOut = false;

    QJsonObject json() const;
    QString code() const { return json().value(QLatin1StringView("code")).toString(); }
    // No usable answer: connection closed, reset or truncated.
    bool transportFailed() const;
};

// Waits for `reply` (processing events), then deletes it.
HttpReply waitForReply(QNetworkReply *reply, int timeoutMs = 20000);

// What to sign and send when a test wants something other than the honest request.
struct RequestOptions
{
    std::optional<QByteArray> signedMethod;
    std::optional<QString> signedUri;
    std::optional<QByteArray> signedBody; // payload_md5 computed over these bytes instead
    std::optional<QJsonObject> claims; // sign exactly these claims (ES512)
    std::optional<QByteArray> authorization; // send this header verbatim instead of signing
    std::optional<QByteArray> clientKey; // send this API-CLIENT-KEY instead
    bool omitClientKey = false;
    bool omitAuthorization = false;
    QDateTime signedAt; // invalid: now
};

class SignedClient
{
public:
    SignedClient(const QUrl &baseUrl, const QString &clientKey, const EcPrivateKey &key);

    HttpReply get(const QString &pathAndQuery);
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply put(const QString &path, const QJsonObject &body);
    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const RequestOptions &options = {});

    // Starts the request and calls `done` when it finished (for many requests in flight).
    void sendAsync(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const std::function<void(const HttpReply &)> &done);

    const QUrl &baseUrl() const { return m_baseUrl; }
    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                         const RequestOptions &options);

    QUrl m_baseUrl;
    RequestSigner m_signer;
    EcPrivateKey m_key;
    QString m_clientKey;
    QNetworkAccessManager m_network;
};

// The unsigned /_sandbox/ control routes.
QJsonObject sandboxControl(const QUrl &baseUrl, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                           int *status = nullptr);

} // namespace cessio::testing
