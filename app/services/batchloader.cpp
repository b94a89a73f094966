#include "batchloader.h"

namespace cessio {

BatchLoader::BatchLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

BatchLoader::~BatchLoader()
{
    ++m_generation;
    ++m_assetGeneration;
    stopAll();
}

void BatchLoader::load(const BatchRef &ref)
{
    ++m_generation;
    ++m_assetGeneration;
    stopAll();
    m_ref = ref;
    m_batch.reset();
    m_summary.reset();
    m_accounts.clear();
    m_accountsFor.clear();
    m_accountsState = AccountsState::NotLoaded;
    loadHeader();
    loadAssets();
}

void BatchLoader::reload(bool withAssets)
{
    if (m_ref.externalId.isEmpty())
        return;
    loadHeader();
    if (withAssets)
        loadAssets(); // drops the pages still coming for the old list
}

void BatchLoader::cancelAssets()
{
    if (m_assetFetcher)
        m_assetFetcher->cancel(); // finished(Cancelled) arrives through the allAssets callback
}

std::optional<QList<BankAccount>> BatchLoader::accounts() const
{
    if (m_accountsState == AccountsState::Loaded)
        return m_accounts;
    return std::nullopt;
}

void BatchLoader::track(ApiCall *call)
{
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
    m_calls.append(call);
}

void BatchLoader::loadHeader()
{
    const quint64 generation = m_generation;
    track(m_client->batch(m_ref, this, [this, generation](const ApiResult<Batch> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            if (result.error.category() != ApiError::Category::Cancelled)
                Q_EMIT headerFailed(result.error);
            return;
        }
        m_batch = *result.value;
        Q_EMIT batchLoaded(*m_batch);
        const QString assignor = m_batch->configuration.assignor.key;
        if (!assignor.isEmpty() && assignor != m_accountsFor)
            loadAccounts();
    }));
    track(m_client->assetsSummary(m_ref, this, [this, generation](const ApiResult<AssetsSummary> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            if (result.error.category() != ApiError::Category::Cancelled)
                Q_EMIT headerFailed(result.error);
            return;
        }
        m_summary = *result.value;
        // Room for the list at once, so 20,000 assets do not regrow it page after page; the count
        // is the server's, so it is capped (AssetsSummary::assetsToReserve).
        if (m_summary->assetsToReserve() > m_assets.capacity())
            m_assets.reserve(m_summary->assetsToReserve());
        Q_EMIT summaryLoaded(*m_summary);
    }));
}

void BatchLoader::loadAssets()
{
    const quint64 generation = ++m_assetGeneration; // an older asset load's last answers no longer count
    if (m_assetFetcher)
        m_assetFetcher->cancel();
    m_assets.clear();
    m_assetsComplete = false;
    Q_EMIT assetsStarted();
    m_assetFetcher = m_client->allAssets(
        m_ref, this,
        [this, generation](const QList<AssetListItem> &page) {
            if (generation != m_assetGeneration)
                return;
            m_assets.append(page);
            Q_EMIT assetsArrived(page);
            Q_EMIT assetsProgress(m_assets.size(), m_summary ? m_summary->numberOfAssets : 0);
        },
        [this, generation](const ApiResult<qsizetype> &result) {
            if (generation != m_assetGeneration)
                return;
            m_assetFetcher = nullptr;
            m_assetsComplete = result.ok();
            Q_EMIT assetsFinished(result.error);
        });
}

void BatchLoader::loadAccounts()
{
    const quint64 generation = m_generation;
    const QString assignor = m_batch->configuration.assignor.key;
    m_accountsFor = assignor;
    m_accountsState = AccountsState::Loading;
    Q_EMIT accountsChanged(m_accountsState);
    track(m_client->accounts(assignor, this, [this, generation](const ApiResult<QList<BankAccount>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_accounts = *result.value;
            m_accountsState = AccountsState::Loaded;
        } else if (result.error.httpStatus() == 404) {
            m_accountsState = AccountsState::Unavailable; // [I] listing not offered by this server
        } else {
            m_accountsState = AccountsState::Failed;
            m_accountsFor.clear(); // try again with the next reload
        }
        Q_EMIT accountsChanged(m_accountsState);
    }));
}

void BatchLoader::loadAssetDetail(const QString &assetExternalId)
{
    for (const AssetListItem &item : std::as_const(m_assets)) {
        if (item.externalId == assetExternalId && item.detail) {
            const Asset asset = *item.detail;
            QMetaObject::invokeMethod(
                this, [this, asset] { Q_EMIT assetDetailLoaded(asset); }, Qt::QueuedConnection);
            return;
        }
    }
    const quint64 generation = m_generation;
    track(m_client->asset(m_ref, assetExternalId, this, // [I] path not captured
                          [this, generation, assetExternalId](const ApiResult<Asset> &result) {
                              if (generation != m_generation)
                                  return;
                              if (result.ok())
                                  Q_EMIT assetDetailLoaded(*result.value);
                              else
                                  Q_EMIT assetDetailFailed(assetExternalId, result.error);
                          }));
}

void BatchLoader::stopAll()
{
    if (m_assetFetcher)
        m_assetFetcher->cancel();
    m_assetFetcher = nullptr;
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        if (call)
            call->cancel();
    }
}

} // namespace cessio
