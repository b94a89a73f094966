#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <map>

namespace cessio::sandbox {

class World;

// Delivers the documented webhooks (reference §7) to every webhook_url of the configuration:
//   POST, body {"data":{…},"webhook_type":"trade_receivables.<event>","webhook_datetime":"…Z"},
//   header SIGNATURE = HS256 JWT with the bond's signature_key over the claims
//   {"webhook_type","webhook_datetime","payload_md5"} (the claim set is not documented [I]).
// A 2xx answer is a delivery; anything else (or a network error) is retried with a doubling
// backoff [I]. Every attempt is kept for GET /_sandbox/webhooks.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    WebhookDispatcher(const World &world, int attempts, int initialBackoffMs, int timeoutMs, QObject *parent = nullptr);

    void send(const QString &configurationKey, const QString &webhookType, const QJsonObject &data);

    QJsonArray log() const; // every delivery with its attempts, oldest first
    void clearLog();
    int pendingCount() const;

Q_SIGNALS:
    void deliveryFinished(int deliveryId, bool delivered);

private:
    struct Attempt
    {
        QDateTime at;
        int httpStatus = 0;
        QString error;
    };
    struct Delivery
    {
        int id = 0;
        QString configurationKey;
        QString webhookType;
        QUrl url;
        QByteArray body;
        QByteArray signature;
        QList<Attempt> attempts;
        QString state = QStringLiteral("pending"); // pending, delivered, failed
    };
    void attempt(int id);
    void finish(int id, int httpStatus, const QString &error);

    const World &m_world;
    int m_attempts;
    int m_initialBackoffMs;
    int m_timeoutMs;
    int m_nextId = 0;
    std::map<int, Delivery> m_deliveries;
    QNetworkAccessManager m_network;
};

} // namespace cessio::sandbox
