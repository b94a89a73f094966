#pragma once

#include "sandbox/httpserver.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

// A local HTTP endpoint that records the webhooks the sandbox POSTs, and can answer the next few
// with an error to exercise the sandbox's retries.
namespace cessio::testing {

class WebhookReceiver
{
public:
    struct Received
    {
        QByteArray body;
        QByteArray signature; // the SIGNATURE header
        QDateTime at;
        int answeredStatus = 0;
    };

    WebhookReceiver();
    bool listen();
    QUrl url() const;

    // The next `count` deliveries are answered with `status` instead of 200.
    void failNext(int count, int status = 500)
    {
        m_failures = count;
        m_failureStatus = status;
    }
    const QList<Received> &received() const { return m_received; }
    QList<Received> accepted() const; // the ones answered 2xx

private:
    sandbox::HttpServer m_server;
    QList<Received> m_received;
    int m_failures = 0;
    int m_failureStatus = 500;
};

} // namespace cessio::testing
