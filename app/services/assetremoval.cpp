#include "assetremoval.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

AssetRemoval::AssetRemoval(DecisionService *service, const DecisionContext &context, const QStringList &assets)
    : DecisionOperation(service, context, AuditEntry::Action::RemoveAsset)
    , m_toRemove(assets)
    , m_total(int(assets.size()))
{ }

void AssetRemoval::start()
{
    reopen();
}

void AssetRemoval::reopen()
{
    sendRecorded<BatchUpdateResult>(AuditEntry::Action::Reopen,
                                    ApiClient::batchStatusRequest(context().batch, u"pending_assets_insertion"_s), m_toRemove,
                                    [this](const ApiResult<BatchUpdateResult> &result, qint64 sequence) {
                                        recordAnswer(AuditEntry::Action::Reopen, sequence, result);
                                        if (result.ok()) {
                                            removeNext();
                                            return;
                                        }
                                        if (!result.error.outcomeUnknown()) { // refused: nothing changed
                                            DecisionOutcome outcome;
                                            outcome.result = DecisionOutcome::Result::Rejected;
                                            outcome.error = result.error;
                                            finish(outcome);
                                            return;
                                        }
                                        reconcile(AuditEntry::Action::Reopen, sequence, [this](DecisionOutcome outcome) {
                                            if (outcome.result == DecisionOutcome::Result::Applied)
                                                removeNext();
                                            else
                                                finish(outcome);
                                        });
                                    });
}

void AssetRemoval::resume()
{
    // Where is the batch now, and which of the assets are still not denied?
    client()->batch(context().batch, this, [this](const ApiResult<Batch> &read) {
        if (!read.ok()) {
            interrupted(read.error);
            return;
        }
        const BatchStatus status = read.value->status;
        if (status.value() == BatchStatus::PendingManagerApproval) {
            reopen(); // never reopened, or closed again by someone else: start over
            return;
        }
        if (status.value() != BatchStatus::PendingAssetsInsertion) { // closed already: nothing left to do
            DecisionOutcome outcome;
            outcome.result = DecisionOutcome::Result::Applied;
            outcome.batchAfter = read.value;
            finish(outcome);
            return;
        }
        auto denied = std::make_shared<QSet<QString>>();
        client()->allAssets(
            context().batch, this,
            [denied](const QList<AssetListItem> &items) {
                for (const auto &item : items) {
                    if (item.status.value() == AssetStatus::Denied || item.status.value() == AssetStatus::Discarded)
                        denied->insert(item.externalId);
                }
            },
            [this, denied](const ApiResult<qsizetype> &done) {
                if (!done.ok()) {
                    interrupted(done.error);
                    return;
                }
                QStringList still;
                for (const QString &asset : std::as_const(m_toRemove)) {
                    if (denied->contains(asset))
                        m_removed.append(asset);
                    else
                        still.append(asset);
                }
                m_toRemove = still;
                removeNext();
            });
    });
}

void AssetRemoval::removeNext()
{
    Q_EMIT service()->progress(context().batch, int(m_removed.size()), m_total);
    if (m_toRemove.isEmpty()) {
        closeInsertion();
        return;
    }
    const QString asset = m_toRemove.first();
    sendRecorded<AssetUpdateResult>(AuditEntry::Action::RemoveAsset, ApiClient::removeAssetRequest(context().batch, asset),
                                    { asset }, [this, asset](const ApiResult<AssetUpdateResult> &result, qint64 sequence) {
                                        recordAnswer(AuditEntry::Action::RemoveAsset, sequence, result);
                                        if (result.ok()) {
                                            m_removed.append(m_toRemove.takeFirst());
                                            removeNext();
                                            return;
                                        }
                                        if (!result.error.outcomeUnknown()) {
                                            interrupted(result.error);
                                            return;
                                        }
                                        // Unknown: look at the asset itself before going on.
                                        client()->asset(context().batch, asset, this,
                                                        [this, result](const ApiResult<Asset> &read) {
                                                            if (read.ok() && read.value->status.value() == AssetStatus::Denied) {
                                                                m_removed.append(m_toRemove.takeFirst());
                                                                removeNext();
                                                            } else {
                                                                interrupted(result.error);
                                                            }
                                                        });
                                    });
}

void AssetRemoval::closeInsertion()
{
    sendRecorded<BatchUpdateResult>(
        AuditEntry::Action::CloseInsertion, ApiClient::batchStatusRequest(context().batch, u"completed_assets_insertion"_s), {},
        [this](const ApiResult<BatchUpdateResult> &result, qint64 sequence) {
            recordAnswer(AuditEntry::Action::CloseInsertion, sequence, result);
            if (result.ok()) {
                succeeded();
                return;
            }
            if (!result.error.outcomeUnknown()) {
                interrupted(result.error);
                return;
            }
            reconcile(AuditEntry::Action::CloseInsertion, sequence, [this, error = result.error](DecisionOutcome outcome) {
                if (outcome.result == DecisionOutcome::Result::Applied)
                    succeeded();
                else
                    interrupted(error);
            });
        });
}

void AssetRemoval::interrupted(const ApiError &error)
{
    DecisionOutcome outcome;
    outcome.result = DecisionOutcome::Result::Interrupted;
    outcome.error = error;
    outcome.removedAssets = m_removed;
    outcome.remainingAssets = m_toRemove;
    finish(outcome);
}

void AssetRemoval::succeeded()
{
    DecisionOutcome outcome;
    outcome.result = DecisionOutcome::Result::Applied;
    outcome.removedAssets = m_removed;
    finish(outcome);
}

} // namespace cessio
