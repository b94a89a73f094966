#include "webhookreceiver.h"

#include <QHostAddress>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace cessio::testing {

WebhookReceiver::WebhookReceiver()
    : m_server([this](const sandbox::HttpRequest &request, sandbox::HttpServer::Responder respond) {
        Received received { request.body, request.header("signature"), QDateTime::currentDateTimeUtc(), 200 };
        if (m_failures > 0) {
            --m_failures;
            received.answeredStatus = m_failureStatus;
        }
        m_received.append(received);
        respond(
            sandbox::HttpResponse::json(received.answeredStatus, QJsonObject { { u"ok"_s, received.answeredStatus == 200 } }));
    })
{ }

bool WebhookReceiver::listen()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl WebhookReceiver::url() const
{
    return QUrl(u"http://127.0.0.1:%1/hooks"_s.arg(m_server.port()));
}

QList<WebhookReceiver::Received> WebhookReceiver::accepted() const
{
    QList<Received> result;
    for (const Received &received : m_received) {
        if (received.answeredStatus >= 200 && received.answeredStatus < 300)
            result.append(received);
    }
    return result;
}

} // namespace cessio::testing
