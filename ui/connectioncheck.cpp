#include "connectioncheck.h"

#include "qitech/apiclient.h"
#include "qitech/apitransport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<cessio::ConnectionCheck::FundResult>();
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start(const QUrl &baseUrl, const RequestSigner &signer, const QStringList &fundClassKeys)
{
    ++m_generation; // answers of an earlier check are ignored
    delete m_client;
    delete m_transport;
    m_client = nullptr;
    m_transport = nullptr;
    m_results.clear();
    m_pending = 0;

    const auto failAll = [this, &fundClassKeys](const ApiError &error) {
        for (const QString &fund : fundClassKeys) {
            FundResult result { fund, false, 0, error, explain(error) };
            m_results.append(result);
            Q_EMIT fundChecked(result);
        }
        QMetaObject::invokeMethod(this, &ConnectionCheck::finished, Qt::QueuedConnection);
    };
    QString why;
    if (!ApiTransport::isAllowedBaseUrl(baseUrl, &why)) {
        failAll(ApiError::make(ApiError::Category::Tls, why));
        return;
    }
    if (!m_network || !signer.isValid() || fundClassKeys.isEmpty()) {
        failAll(ApiError::make(ApiError::Category::Config, tr("The profile has no client key, key or fund.")));
        return;
    }

    m_transport = new ApiTransport(m_network, this);
    m_transport->setBaseUrl(baseUrl);
    m_transport->setSigner(signer);
    ApiTransport::Policy policy;
    policy.timeoutMs = 15000;
    policy.maxGetRetries = 1; // a check should answer quickly, not retry for a minute
    m_transport->setPolicy(policy);
    m_client = new ApiClient(m_transport, this);

    const quint64 generation = m_generation;
    m_pending = int(fundClassKeys.size());
    for (const QString &fund : fundClassKeys) {
        // [I] Any signed manager GET proves the key, the client key, the IP and the fund permission;
        // the first page of the fund's configurations is the cheapest one that names the fund.
        m_client->configurationsPage(fund, 0, 10, this,
                                     [this, generation, fund](const ApiResult<Page<AssignmentConfiguration>> &answer) {
                                         if (generation != m_generation)
                                             return;
                                         FundResult result;
                                         result.fundClassKey = fund;
                                         result.ok = answer.ok();
                                         result.error = answer.error;
                                         if (answer.ok())
                                             result.configurations = int(answer.value->items.size());
                                         else
                                             result.explanation = explain(answer.error);
                                         m_results.append(result);
                                         Q_EMIT fundChecked(result);
                                         if (--m_pending == 0)
                                             Q_EMIT finished();
                                     });
    }
}

QString ConnectionCheck::explain(const ApiError &error)
{
    const QString code = error.code();
    if (code == "GDF000029"_L1)
        return tr("QI Tech refused this computer's IP address: the integration accepts calls only from the public IP "
                  "addresses registered with QI Tech. Ask QI Tech to add this network's address. A newly added address "
                  "takes up to 48 hours to become active, so calls from home or over a VPN can fail until then.");
    if (code == "GDF000018"_L1)
        return tr("QI Tech does not know this API client key. Check that it was copied exactly and that it is for this "
                  "environment: sandbox and production keys are different.");
    if (code == "GDF000003"_L1)
        return tr("No API client key was sent. Enter the API client key QI Tech gave for this integration.");
    if (code == "GDF000014"_L1 || error.category() == ApiError::Category::Auth)
        return tr("QI Tech could not verify the request's signature. The private key does not match the public key QI "
                  "Tech has for this client key: send QI Tech this profile's public key, or import the matching private "
                  "key. Also check this computer's clock, since every request is signed with the current time.");
    if (code == "MIT000017"_L1)
        return tr("The integration is known, but it has no permission for this: QI Tech must give this manager "
                  "integration access to the fund's assignment endpoints (MIT000017).");
    switch (error.category()) {
    case ApiError::Category::None:
        return {};
    case ApiError::Category::Permission:
        return tr("The integration is known, but it is not allowed to read this fund. Ask QI Tech to link the fund "
                  "class to this integration.");
    case ApiError::Category::NotFound:
        return tr("QI Tech has no fund class with this key for this integration. Check the fund class key.");
    case ApiError::Category::Network:
        return tr("The server could not be reached. Check the internet connection, a proxy or VPN, a firewall, and "
                  "the environment's address.");
    case ApiError::Category::Timeout:
        return tr("The server did not answer in time. The connection may be slow or blocked by a firewall; try again.");
    case ApiError::Category::Tls:
        return tr("The secure connection failed: the server's certificate was not accepted, or the address uses plain "
                  "http for a host that is not this computer (only https is allowed). A corporate proxy that inspects "
                  "TLS needs its certificate installed on this computer.");
    case ApiError::Category::RateLimited:
    case ApiError::Category::Server:
        return tr("The server is having trouble right now; the credentials could not be checked. Try again later.");
    case ApiError::Category::Parse:
        return tr("The server answered, but not like QI Tech does. Check the environment's address.");
    case ApiError::Category::Auth: // handled above
    case ApiError::Category::Validation:
    case ApiError::Category::Conflict:
    case ApiError::Category::Cancelled:
    case ApiError::Category::Config:
        break;
    }
    return error.userMessage();
}

} // namespace cessio
