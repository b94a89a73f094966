#pragma once

#include "core/statuses.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace cessio::sandbox {

struct Asset;
struct Batch;
class World;

// The state machines of reference §6: records every status change (status_events, webhooks) and
// performs QI Tech's automatic steps. A step happens `stepDelayMs` after the previous step of the
// same batch or asset; with 0, steps happen only on tick(), each tick moving every batch and every
// asset one step (batches first, judged on their assets as they were before the tick).
//
// Automatic steps:
//   asset  pending_eligibility  → denied (rules in eligibility.h) | pending_documentation | pre_approved
//   asset  pending_documentation → pre_approved once every required document is in (denied if one is not a PDF)
//   batch  completed_assets_insertion → pending_eligibility
//   batch  pending_eligibility → (every asset settled) denied if no asset is left [I]
//                                | pending_consultant_approval (manual_approval) | pending_manager_approval
//   batch  approved → pending_assignment_term_signature (term generated)
//   batch  pending_assignment_term_signature → pending_payment (signed term)
//   batch  pending_payment → pending_assets_wallet_inclusion
//   batch  pending_assets_wallet_inclusion → completed (its pre_approved assets → completed)
class Pipeline : public QObject
{
    Q_OBJECT
public:
    Pipeline(World &world, int stepDelayMs, QObject *parent = nullptr);

    // Where the term documents are served (known once the server listens).
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }

    // Recording what a client did; the caller has validated it. `selectedAgent` is the
    // status_events[].selected_agent of a manual transition.
    void batchCreated(Batch &batch);
    void assetInserted(Batch &batch, Asset &asset);
    void documentReceived(Batch &batch);
    void setBatchStatus(Batch &batch, BatchStatus status, const QJsonObject &selectedAgent = {});
    void setAssetStatus(Batch &batch, Asset &asset, AssetStatus status, const QString &deniedBy = {},
                        const QString &denialReason = {});
    // Denial by the manager or consultant: the batch is denied and its assets still counted are
    // discarded [I: "the batch will be discarded"].
    void denyBatch(Batch &batch, const QJsonObject &selectedAgent);
    // Discard (QI Tech's "at any time"): the batch and every asset not yet settled → discarded.
    bool discardBatch(Batch &batch, const QJsonObject &selectedAgent = {});

    // Batches built directly in the World (a data generator) do not move until activated: one
    // batch, or every batch with an automatic step pending. Batches created through the
    // operations (HTTP or in-process) are activated by themselves.
    void activate(Batch &batch);
    void activateAll();

    void tick();
    int activeBatchCount() const { return int(m_active.size()); }

Q_SIGNALS:
    // A documented webhook event of the configuration (type without the "trade_receivables." prefix).
    void webhook(const QString &configurationKey, const QString &webhookType, const QJsonObject &data);

private:
    void advance(bool force);
    void stepBatch(Batch &batch);
    void stepAsset(Batch &batch, Asset &asset);
    bool hasAutomaticWork(const Batch &batch) const;
    bool allAssetsSettled(const Batch &batch) const;
    bool due(qint64 lastChangeMs, bool force) const;
    void touch(Batch &batch);

    World &m_world;
    int m_stepDelayMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QSet<QString> m_active; // external ids of batches with automatic work pending
    QUrl m_baseUrl;
};

} // namespace cessio::sandbox
