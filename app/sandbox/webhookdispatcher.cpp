#include "webhookdispatcher.h"

#include "qitech/crypto.h"
#include "world.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {
constexpr std::size_t maxLogged = 10000;
} // namespace

WebhookDispatcher::WebhookDispatcher(const World &world, int attempts, int initialBackoffMs, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_attempts(qMax(1, attempts))
    , m_initialBackoffMs(qMax(0, initialBackoffMs))
    , m_timeoutMs(timeoutMs)
{ }

void WebhookDispatcher::send(const QString &configurationKey, const QString &webhookType, const QJsonObject &data)
{
    const Configuration *configuration = m_world.configuration(configurationKey);
    if (!configuration)
        return;
    const QString type = u"trade_receivables."_s + webhookType;
    const QString datetime = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
    const QJsonObject envelope { { u"data"_s, data }, { u"webhook_type"_s, type }, { u"webhook_datetime"_s, datetime } };
    const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    const QJsonObject claims { { u"webhook_type"_s, type },
                               { u"webhook_datetime"_s, datetime },
                               { u"payload_md5"_s, QString::fromLatin1(RequestSigner::payloadMd5(body)) } };
    for (const WebhookTarget &target : configuration->webhooks) {
        if (!target.url.isValid() || target.url.isEmpty())
            continue;
        Delivery delivery;
        delivery.id = ++m_nextId;
        delivery.configurationKey = configurationKey;
        delivery.webhookType = type;
        delivery.url = target.url;
        delivery.body = body;
        delivery.signature = Jwt::signHs256(claims, target.signatureKey.toUtf8());
        m_deliveries.emplace(delivery.id, delivery);
        attempt(delivery.id);
    }
}

void WebhookDispatcher::attempt(int id)
{
    const auto it = m_deliveries.find(id);
    if (it == m_deliveries.end())
        return; // the log was cleared meanwhile
    QNetworkRequest request(it->second.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("SIGNATURE"), it->second.signature);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.post(request, it->second.body);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool networkError = reply->error() != QNetworkReply::NoError && status == 0;
        finish(id, status, networkError ? reply->errorString() : QString());
    });
}

void WebhookDispatcher::finish(int id, int httpStatus, const QString &error)
{
    const auto it = m_deliveries.find(id);
    if (it == m_deliveries.end())
        return;
    Delivery &delivery = it->second;
    delivery.attempts.append({ QDateTime::currentDateTimeUtc(), httpStatus, error });
    if ((httpStatus >= 200 && httpStatus < 300) || delivery.attempts.size() >= m_attempts) {
        const bool delivered = httpStatus >= 200 && httpStatus < 300;
        delivery.state = delivered ? u"delivered"_s : u"failed"_s;
        // The log keeps the latest finished deliveries only, so a long demo does not grow without bound.
        while (m_deliveries.size() > maxLogged && m_deliveries.begin()->second.state != u"pending")
            m_deliveries.erase(m_deliveries.begin());
        Q_EMIT deliveryFinished(id, delivered);
        return;
    }
    const int backoff = m_initialBackoffMs << (delivery.attempts.size() - 1); // 0.5 s, 1 s, 2 s, 4 s by default
    QTimer::singleShot(backoff, this, [this, id] { attempt(id); });
}

QJsonArray WebhookDispatcher::log() const
{
    QJsonArray result;
    for (const auto &[id, delivery] : m_deliveries) {
        QJsonArray attempts;
        for (const Attempt &attempt : delivery.attempts) {
            QJsonObject json { { u"at"_s, attempt.at.toString(Qt::ISODateWithMs) }, { u"http_status"_s, attempt.httpStatus } };
            if (!attempt.error.isEmpty())
                json.insert(u"error"_s, attempt.error);
            attempts.append(json);
        }
        result.append(QJsonObject { { u"delivery_id"_s, id },
                                    { u"assignment_configuration_key"_s, delivery.configurationKey },
                                    { u"webhook_type"_s, delivery.webhookType },
                                    { u"url"_s, delivery.url.toString() },
                                    { u"state"_s, delivery.state },
                                    { u"signature"_s, QString::fromLatin1(delivery.signature) },
                                    { u"payload"_s, QJsonDocument::fromJson(delivery.body).object() },
                                    { u"attempts"_s, attempts } });
    }
    return result;
}

void WebhookDispatcher::clearLog()
{
    m_deliveries.clear();
}

int WebhookDispatcher::pendingCount() const
{
    int count = 0;
    for (const auto &[id, delivery] : m_deliveries)
        count += delivery.state == u"pending" ? 1 : 0;
    return count;
}

} // namespace cessio::sandbox
