#pragma once

#include "qitech/apiclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace cessio {

// Loads one batch for review: GET batch and assets_summary, then every asset page by page
// (ApiClient::allAssets, several pages in flight, cancellable), then the assignor's accounts.
// Asynchronous and UI-free; every answer comes as a signal, and a load() or reload of another
// batch drops the late answers of the previous one.
class BatchLoader : public QObject
{
    Q_OBJECT

public:
    // Where the assignor's account list stands. The listing endpoint is inferred [I] (reference §5.13):
    // Unavailable means the server answered 404, so the approve dialog offers the contract default or
    // a pasted account key instead.
    enum class AccountsState { NotLoaded, Loading, Loaded, Unavailable, Failed };
    Q_ENUM(AccountsState)

    explicit BatchLoader(ApiClient *client, QObject *parent = nullptr);
    ~BatchLoader() override;

    // Starts loading `ref` from scratch (batch, summary, assets, accounts).
    void load(const BatchRef &ref);
    // Re-reads the batch and the summary (after a decision); `withAssets` reloads the asset list too.
    void reload(bool withAssets);
    // Stops the asset pages in flight; assetsFinished() comes with Category::Cancelled.
    void cancelAssets();
    // Loads the full asset (installments, borrower) unless the listing already embedded it.
    void loadAssetDetail(const QString &assetExternalId);

    const BatchRef &ref() const { return m_ref; }
    const std::optional<Batch> &batch() const { return m_batch; }
    const std::optional<AssetsSummary> &summary() const { return m_summary; }
    const QList<AssetListItem> &assets() const { return m_assets; }
    bool isLoadingAssets() const { return !m_assetFetcher.isNull(); }
    bool assetsComplete() const { return m_assetsComplete; }
    AccountsState accountsState() const { return m_accountsState; }
    // The accounts for the approve dialog: the list when Loaded, nullopt when the server has no
    // listing (or it failed): the dialog then offers the contract default or a pasted key.
    std::optional<QList<BankAccount>> accounts() const;

Q_SIGNALS:
    void batchLoaded(const cessio::Batch &batch);
    void summaryLoaded(const cessio::AssetsSummary &summary);
    void headerFailed(const cessio::ApiError &error); // the batch or its summary could not be read
    void assetsStarted(); // the list was emptied; pages follow
    void assetsArrived(const QList<cessio::AssetListItem> &page);
    void assetsProgress(qsizetype loaded, int expected); // expected: from assets_summary, 0 when unknown
    void assetsFinished(const cessio::ApiError &error); // None when every page arrived
    void accountsChanged(cessio::BatchLoader::AccountsState state);
    void assetDetailLoaded(const cessio::Asset &asset);
    void assetDetailFailed(const QString &assetExternalId, const cessio::ApiError &error);

private:
    void loadHeader();
    void loadAssets();
    void loadAccounts();
    void stopAll();
    void track(ApiCall *call);

    ApiClient *m_client;
    BatchRef m_ref;
    quint64 m_generation = 0; // answers of an earlier load are ignored
    quint64 m_assetGeneration = 0; // the same for the asset list alone
    std::optional<Batch> m_batch;
    std::optional<AssetsSummary> m_summary;
    QList<AssetListItem> m_assets;
    bool m_assetsComplete = false;
    QPointer<PageFetcher> m_assetFetcher;
    QList<QPointer<ApiCall>> m_calls;
    AccountsState m_accountsState = AccountsState::NotLoaded;
    QList<BankAccount> m_accounts;
    QString m_accountsFor; // the assignor whose accounts are loaded
};

} // namespace cessio
