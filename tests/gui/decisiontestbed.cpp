#include "decisiontestbed.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio::testing {

namespace {

// Runs `start` (which calls back once) and waits for the value.
template<typename T, typename Start>
std::optional<T> await(Start start)
{
    std::optional<T> value;
    bool done = false;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    start([&](const ApiResult<T> &result) {
        if (result.ok())
            value = result.value;
        else
            qWarning("API call failed: %s", qPrintable(result.error.technicalSummary()));
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return value;
}

} // namespace

DecisionTestBed::DecisionTestBed() = default;

DecisionTestBed::~DecisionTestBed()
{
    m_controller.reset();
    m_window.reset();
    m_service.reset();
    m_log.reset();
    m_client.reset();
    m_transport.reset();
    m_network.reset();
    m_harness.reset();
}

bool DecisionTestBed::start(QString *error)
{
    m_harness = std::make_unique<SandboxHarness>();
    if (!m_harness->start()) {
        *error = m_harness->error();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<ApiTransport>(m_network.get());
    m_transport->setBaseUrl(m_harness->baseUrl());
    m_transport->setSigner(RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()));
    ApiTransport::Policy policy;
    policy.timeoutMs = 10000;
    policy.maxGetRetries = 0; // a targeted GET fault then fails the re-read deterministically
    policy.retryBaseDelayMs = 10;
    m_transport->setPolicy(policy);
    m_client = std::make_unique<ApiClient>(m_transport.get());
    m_log = std::make_unique<AuditLog>(auditPath());
    if (!m_log->open(error))
        return false;
    m_service = std::make_unique<DecisionService>(m_client.get(), m_log.get());
    m_window = std::make_unique<QWidget>();
    m_window->setObjectName(u"testWindow"_s);
    m_window->resize(900, 700);
    m_window->show();
    m_controller = std::make_unique<DecisionController>(m_service.get(), m_window.get());
    m_controller->setContext(u"Gestora Teste"_s, m_harness->baseUrl());
    return true;
}

std::optional<Batch> DecisionTestBed::batch(const QString &externalId)
{
    return await<Batch>([&](auto done) { m_client->batch(ref(externalId), m_window.get(), done); });
}

std::optional<AssetsSummary> DecisionTestBed::summary(const QString &externalId)
{
    return await<AssetsSummary>([&](auto done) { m_client->assetsSummary(ref(externalId), m_window.get(), done); });
}

std::optional<QList<BankAccount>> DecisionTestBed::accounts(const QString &assignorKey)
{
    return await<QList<BankAccount>>([&](auto done) { m_client->accounts(assignorKey, m_window.get(), done); });
}

std::optional<QList<AssetListItem>> DecisionTestBed::assets(const QString &externalId)
{
    QList<AssetListItem> items;
    const auto count = await<qsizetype>([&](auto done) {
        m_client->allAssets(
            ref(externalId), m_window.get(), [&items](const QList<AssetListItem> &page) { items += page; }, done);
    });
    if (!count)
        return std::nullopt;
    return items;
}

QJsonArray DecisionTestBed::requests(const QString &method, const QString &pathPart)
{
    QJsonArray matching;
    for (const QJsonValue &entry : m_harness->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray()) {
        if (entry[u"method"_s].toString() == method && entry[u"path"_s].toString().contains(pathPart))
            matching.append(entry);
    }
    return matching;
}

void DecisionTestBed::clearRequests()
{
    m_harness->control("DELETE", u"/_sandbox/requests"_s);
}

bool DecisionTestBed::addFault(const QJsonObject &spec)
{
    int status = 0;
    m_harness->control("POST", u"/_sandbox/faults"_s, spec, &status);
    return status == 201;
}

bool DecisionTestBed::tickUntil(const QString &batch, const QString &status, int maxTicks)
{
    for (int i = 0; i < maxTicks; ++i) {
        if (m_harness->batchStatus(SandboxHarness::ccbConfig, batch) == status)
            return true;
        m_harness->tick();
    }
    return m_harness->batchStatus(SandboxHarness::ccbConfig, batch) == status;
}

} // namespace cessio::testing
