#include "pipeline.h"

#include "eligibility.h"
#include "termdocument.h"
#include "world.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

// Batch statuses a webhook is sent for (reference §7.1); completed_assets_insertion,
// pending_eligibility and approved are not among them [C].
bool notifies(BatchStatus status)
{
    switch (status.value()) {
    case BatchStatus::PendingAssetsInsertion:
    case BatchStatus::PendingConsultantApproval:
    case BatchStatus::PendingManagerApproval:
    case BatchStatus::PendingAssignmentTermSignature:
    case BatchStatus::PendingPayment:
    case BatchStatus::PendingAssetsWalletInclusion:
    case BatchStatus::Completed:
    case BatchStatus::Denied:
    case BatchStatus::Discarded:
        return true;
    case BatchStatus::Unknown:
    case BatchStatus::CompletedAssetsInsertion:
    case BatchStatus::PendingEligibility:
    case BatchStatus::Approved:
        break;
    }
    return false;
}

bool isOpenAsset(const Asset &asset)
{
    const auto value = asset.status.value();
    return value == AssetStatus::PendingEligibility || value == AssetStatus::PendingDocumentation;
}

} // namespace

Pipeline::Pipeline(World &world, int stepDelayMs, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_stepDelayMs(stepDelayMs)
{
    m_clock.start();
    m_timer.setInterval(qBound(5, stepDelayMs / 4, 1000));
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(false); });
}

void Pipeline::touch(Batch &batch)
{
    batch.lastChangeMs = m_clock.elapsed();
}

void Pipeline::activate(Batch &batch)
{
    m_active.insert(batch.externalId);
    if (m_stepDelayMs > 0 && !m_timer.isActive())
        m_timer.start();
}

void Pipeline::activateAll()
{
    const QList<Batch *> batches = m_world.batches();
    for (Batch *batch : batches) {
        if (hasAutomaticWork(*batch))
            activate(*batch);
    }
}

void Pipeline::batchCreated(Batch &batch)
{
    touch(batch);
    Q_EMIT webhook(batch.configurationKey, u"assignment_status_change"_s,
                   { { u"assignment_external_id"_s, batch.externalId },
                     { u"assignment_new_status"_s, batch.status.apiName() },
                     { u"fund_class_key"_s, batch.fundClassKey } });
}

void Pipeline::assetInserted(Batch &batch, Asset &asset)
{
    asset.lastChangeMs = m_clock.elapsed();
    touch(batch);
    Q_EMIT webhook(batch.configurationKey, u"asset_creation"_s,
                   { { u"assignment_external_id"_s, batch.externalId },
                     { u"asset_external_id"_s, asset.externalId },
                     { u"asset_new_status"_s, asset.status.apiName() },
                     { u"fund_class_key"_s, batch.fundClassKey },
                     { u"asset_payload"_s, asset.body } });
    activate(batch);
}

void Pipeline::documentReceived(Batch &batch)
{
    activate(batch);
}

void Pipeline::setBatchStatus(Batch &batch, BatchStatus status, const QJsonObject &selectedAgent)
{
    batch.status = status;
    batch.events.append({ status.apiName(), QDateTime::currentDateTimeUtc(), selectedAgent });
    touch(batch);
    if (notifies(status)) {
        QJsonObject data { { u"assignment_external_id"_s, batch.externalId },
                           { u"assignment_new_status"_s, status.apiName() },
                           { u"fund_class_key"_s, batch.fundClassKey } };
        if (status.value() == BatchStatus::PendingPayment && batch.termSigned)
            data.insert(u"signed_term_url"_s, TermDocument::url(m_baseUrl, batch.termKey, true).toString());
        Q_EMIT webhook(batch.configurationKey, u"assignment_status_change"_s, data);
    }
    activate(batch);
}

void Pipeline::setAssetStatus(Batch &batch, Asset &asset, AssetStatus status, const QString &deniedBy,
                              const QString &denialReason)
{
    asset.status = status;
    if (status.value() == AssetStatus::Denied) {
        asset.deniedBy = deniedBy;
        asset.denialReason = denialReason;
    }
    asset.lastChangeMs = m_clock.elapsed();
    touch(batch);
    Q_EMIT webhook(batch.configurationKey, u"asset_status_change"_s,
                   { { u"assignment_external_id"_s, batch.externalId },
                     { u"asset_external_id"_s, asset.externalId },
                     { u"asset_new_status"_s, status.apiName() },
                     { u"fund_class_key"_s, batch.fundClassKey } });
    activate(batch);
}

void Pipeline::denyBatch(Batch &batch, const QJsonObject &selectedAgent)
{
    setBatchStatus(batch, BatchStatus::Denied, selectedAgent);
    for (Asset &asset : batch.assets) {
        if (asset.status.countsTowardTotal())
            setAssetStatus(batch, asset, AssetStatus::Discarded);
    }
}

bool Pipeline::discardBatch(Batch &batch, const QJsonObject &selectedAgent)
{
    if (batch.status.isTerminal())
        return false;
    setBatchStatus(batch, BatchStatus::Discarded, selectedAgent);
    for (Asset &asset : batch.assets) {
        if (asset.status.countsTowardTotal() && asset.status.value() != AssetStatus::Completed)
            setAssetStatus(batch, asset, AssetStatus::Discarded);
    }
    return true;
}

void Pipeline::tick()
{
    advance(true);
}

bool Pipeline::due(qint64 lastChangeMs, bool force) const
{
    return force || m_clock.elapsed() - lastChangeMs >= m_stepDelayMs;
}

void Pipeline::advance(bool force)
{
    const QList<QString> keys = m_active.values();
    for (const QString &key : keys) {
        Batch *batch = m_world.batch(key);
        if (!batch) {
            m_active.remove(key);
            continue;
        }
        // The batch first, judged on its assets as they were before this step.
        if (due(batch->lastChangeMs, force))
            stepBatch(*batch);
        for (Asset &asset : batch->assets) {
            if (isOpenAsset(asset) && due(asset.lastChangeMs, force))
                stepAsset(*batch, asset);
        }
        if (!hasAutomaticWork(*batch))
            m_active.remove(key);
    }
    if (m_active.isEmpty())
        m_timer.stop();
}

void Pipeline::stepBatch(Batch &batch)
{
    const Configuration *configuration = m_world.configuration(batch.configurationKey);
    switch (batch.status.value()) {
    case BatchStatus::CompletedAssetsInsertion:
        setBatchStatus(batch, BatchStatus::PendingEligibility);
        break;
    case BatchStatus::PendingEligibility:
        if (!allAssetsSettled(batch))
            break;
        if (batch.approvedCount() == 0)
            setBatchStatus(batch, BatchStatus::Denied); // every asset denied [I]
        else if (configuration && configuration->requiresConsultantApproval())
            setBatchStatus(batch, BatchStatus::PendingConsultantApproval);
        else
            setBatchStatus(batch, BatchStatus::PendingManagerApproval);
        break;
    case BatchStatus::Approved:
        if (batch.termKey.isEmpty())
            batch.termKey = m_world.newKey();
        setBatchStatus(batch, BatchStatus::PendingAssignmentTermSignature);
        break;
    case BatchStatus::PendingAssignmentTermSignature:
        batch.termSigned = true;
        setBatchStatus(batch, BatchStatus::PendingPayment);
        break;
    case BatchStatus::PendingPayment:
        setBatchStatus(batch, BatchStatus::PendingAssetsWalletInclusion);
        break;
    case BatchStatus::PendingAssetsWalletInclusion:
        setBatchStatus(batch, BatchStatus::Completed);
        for (Asset &asset : batch.assets) {
            if (asset.status.value() == AssetStatus::PreApproved)
                setAssetStatus(batch, asset, AssetStatus::Completed);
        }
        break;
    case BatchStatus::Unknown:
    case BatchStatus::PendingAssetsInsertion:
    case BatchStatus::PendingConsultantApproval:
    case BatchStatus::PendingManagerApproval:
    case BatchStatus::Completed:
    case BatchStatus::Denied:
    case BatchStatus::Discarded:
        break;
    }
}

void Pipeline::stepAsset(Batch &batch, Asset &asset)
{
    const Configuration *configuration = m_world.configuration(batch.configurationKey);
    const Fund *fund = m_world.fund(batch.fundClassKey);
    if (!configuration || !fund)
        return;
    if (asset.status.value() == AssetStatus::PendingEligibility) {
        if (const auto reason = Eligibility::denialReason(*fund, *configuration, asset)) {
            setAssetStatus(batch, asset, AssetStatus::Denied, u"eligibility"_s, *reason);
            return;
        }
        if (!Eligibility::documentsComplete(*configuration, asset)) {
            setAssetStatus(batch, asset, AssetStatus::PendingDocumentation);
            return;
        }
    } else if (!Eligibility::documentsComplete(*configuration, asset)) {
        return; // pending_documentation: waits for the uploads
    }
    if (!Eligibility::documentsValid(asset))
        setAssetStatus(batch, asset, AssetStatus::Denied, u"document"_s, u"Invalid documents"_s);
    else
        setAssetStatus(batch, asset, AssetStatus::PreApproved);
}

bool Pipeline::allAssetsSettled(const Batch &batch) const
{
    return std::none_of(batch.assets.cbegin(), batch.assets.cend(), isOpenAsset);
}

bool Pipeline::hasAutomaticWork(const Batch &batch) const
{
    switch (batch.status.value()) {
    case BatchStatus::CompletedAssetsInsertion:
    case BatchStatus::Approved:
    case BatchStatus::PendingAssignmentTermSignature:
    case BatchStatus::PendingPayment:
    case BatchStatus::PendingAssetsWalletInclusion:
        return true;
    case BatchStatus::PendingEligibility:
        if (allAssetsSettled(batch))
            return true;
        break;
    case BatchStatus::Unknown:
    case BatchStatus::PendingAssetsInsertion:
    case BatchStatus::PendingConsultantApproval:
    case BatchStatus::PendingManagerApproval:
    case BatchStatus::Completed:
    case BatchStatus::Denied:
    case BatchStatus::Discarded:
        break;
    }
    const Configuration *configuration = m_world.configuration(batch.configurationKey);
    return std::any_of(batch.assets.cbegin(), batch.assets.cend(), [&](const Asset &asset) {
        if (asset.status.value() == AssetStatus::PendingEligibility)
            return true;
        return asset.status.value() == AssetStatus::PendingDocumentation && configuration
            && Eligibility::documentsComplete(*configuration, asset);
    });
}

} // namespace cessio::sandbox
