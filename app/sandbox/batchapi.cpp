#include "batchapi.h"

#include "pipeline.h"
#include "termdocument.h"
#include "worldjson.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

BatchApi::BatchApi(ApiContext &context)
    : m_context(context)
{ }

Batch *BatchApi::find(const QString &fundClassKey, const QString &configurationKey, const QString &externalId,
                      ApiResult *error) const
{
    if (!m_context.world.configuration(fundClassKey, configurationKey)) {
        *error = ApiResult::error(Errors::configurationNotFound());
        return nullptr;
    }
    Batch *batch = m_context.world.batch(configurationKey, externalId);
    if (!batch)
        *error = ApiResult::error(Errors::batchNotFound());
    return batch;
}

ApiResult BatchApi::create(const Actor &, const QString &fundClassKey, const QString &configurationKey, const QJsonObject &body)
{
    World &world = m_context.world;
    const Configuration *configuration = world.configuration(fundClassKey, configurationKey);
    const Fund *fund = world.fund(fundClassKey);
    if (!configuration || !fund)
        return ApiResult::error(Errors::configurationNotFound());
    if (!configuration->active)
        return ApiResult::error(Errors::configurationInactive());
    const QJsonValue externalId = body.value(u"external_id"_s);
    if (!externalId.isString() || externalId.toString().trimmed().isEmpty())
        return ApiResult::error(Errors::invalidPayload(u"external_id: required string"_s));
    if (externalId.toString().size() > 50)
        return ApiResult::error(Errors::invalidPayload(u"external_id: at most 50 characters"_s));
    if (world.batch(externalId.toString())) // unique in the whole sandbox [C: "must be unique"]
        return ApiResult::error(Errors::duplicateExternalId());
    const QJsonValue date = body.value(u"assignment_date"_s);
    if (!date.isUndefined() && !date.isNull()) {
        const QDate parsed = date.isString() ? QDate::fromString(date.toString(), u"yyyy-MM-dd"_s) : QDate();
        if (!parsed.isValid())
            return ApiResult::error(Errors::invalidPayload(u"assignment_date: expected YYYY-MM-DD"_s));
        if (parsed != fund->accountingDate)
            return ApiResult::error(Errors::invalidAssignmentDate());
    }
    Batch &batch = world.addBatch(*configuration, externalId.toString(), fund->accountingDate);
    m_context.pipeline.batchCreated(batch);
    return ApiResult::ok(QJsonObject { { u"assignment_key"_s, batch.assignmentKey },
                                       { u"external_id"_s, batch.externalId },
                                       { u"status"_s, batch.status.apiName() } },
                         201);
}

ApiResult BatchApi::get(const Actor &, const QString &fundClassKey, const QString &configurationKey, const QString &externalId)
{
    ApiResult error;
    const Batch *batch = find(fundClassKey, configurationKey, externalId, &error);
    return batch ? ApiResult::ok(WorldJson::batchDetail(m_context.world, *batch)) : error;
}

ApiResult BatchApi::list(const Actor &, const QString &fundClassKey, const QString &configurationKey, const QUrlQuery &query)
{
    if (!m_context.world.configuration(fundClassKey, configurationKey))
        return ApiResult::error(Errors::configurationNotFound());
    const auto page = PageRequest::parse(query, m_context.options.maxPageLimit);
    if (!page)
        return ApiResult::error(Errors::invalidPaging());
    QList<BatchStatus> wanted;
    const QStringList statuses = query.queryItemValue(u"status"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    for (const QString &status : statuses)
        wanted.append(BatchStatus::fromApi(status.trimmed())); // "reproved" is "denied"
    QList<const Batch *> batches;
    const QList<Batch *> all = m_context.world.batches(configurationKey);
    for (const Batch *batch : all) {
        if (wanted.isEmpty() || wanted.contains(batch->status))
            batches.append(batch);
    }
    return ApiResult::ok(
        page->envelope(batches.size(), [&](qsizetype i) { return WorldJson::batchSummary(m_context.world, *batches[i]); }));
}

ApiResult BatchApi::update(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                           const QString &externalId, const QJsonObject &body)
{
    ApiResult error;
    Batch *batch = find(fundClassKey, configurationKey, externalId, &error);
    if (!batch)
        return error;
    const QJsonValue status = body.value(u"assignment_status"_s);
    if (!status.isString())
        return ApiResult::error(Errors::invalidPayload(u"assignment_status: required string"_s));
    const QString requested = status.toString();
    switch (BatchStatus::fromApi(requested).value()) {
    case BatchStatus::CompletedAssetsInsertion:
        return close(actor, *batch);
    case BatchStatus::PendingAssetsInsertion:
        return reopen(actor, *batch);
    case BatchStatus::Approved:
        return decide(actor, *batch, requested, true, body);
    case BatchStatus::Denied:
        return decide(actor, *batch, requested, false, body);
    case BatchStatus::Unknown:
    case BatchStatus::PendingEligibility:
    case BatchStatus::PendingConsultantApproval:
    case BatchStatus::PendingManagerApproval:
    case BatchStatus::PendingAssignmentTermSignature:
    case BatchStatus::PendingPayment:
    case BatchStatus::PendingAssetsWalletInclusion:
    case BatchStatus::Completed:
    case BatchStatus::Discarded:
        break;
    }
    return ApiResult::error(Errors::invalidBatchStatus(requested));
}

ApiResult BatchApi::close(const Actor &actor, Batch &batch)
{
    if (batch.status.value() != BatchStatus::PendingAssetsInsertion)
        return ApiResult::error(Errors::invalidBatchStatus(u"completed_assets_insertion"_s));
    if (batch.assets.empty())
        return ApiResult::error(Errors::cannotCloseEmpty());
    batch.reopened = false;
    m_context.pipeline.setBatchStatus(batch, BatchStatus::CompletedAssetsInsertion, actor.selectedAgent(m_context.world, batch));
    return ApiResult::ok(WorldJson::decision(batch));
}

ApiResult BatchApi::reopen(const Actor &actor, Batch &batch)
{
    if (actor.profile != Profile::Manager) // reopening is the manager's way to remove assets [I]
        return ApiResult::error(Errors::profileNotAllowed(profileName(actor.profile), u"reopen an assignment"_s));
    if (batch.status.value() != BatchStatus::PendingManagerApproval)
        return ApiResult::error(Errors::invalidBatchStatus(u"pending_assets_insertion"_s));
    batch.reopened = true;
    m_context.pipeline.setBatchStatus(batch, BatchStatus::PendingAssetsInsertion, actor.selectedAgent(m_context.world, batch));
    return ApiResult::ok(WorldJson::decision(batch));
}

ApiResult BatchApi::decide(const Actor &actor, Batch &batch, const QString &requested, bool approve, const QJsonObject &body)
{
    if (actor.profile == Profile::Assignor)
        return ApiResult::error(Errors::profileNotAllowed(profileName(actor.profile), u"approve or deny an assignment"_s));
    // The consultant decides while the batch waits for it [I]; the manager while it waits for the manager [C].
    const bool consultant = actor.profile == Profile::Consultant;
    const auto waitingFor = consultant ? BatchStatus::PendingConsultantApproval : BatchStatus::PendingManagerApproval;
    if (batch.status.value() != waitingFor)
        return ApiResult::error(Errors::invalidBatchStatus(requested));
    const QJsonObject agent = actor.selectedAgent(m_context.world, batch);
    if (!approve) {
        m_context.pipeline.denyBatch(batch, agent);
        return ApiResult::ok(WorldJson::decision(batch, true));
    }

    // The approval guard [I]: assets_summary says both values "can be sent unchanged in the
    // approval body"; when they are sent and no longer match, the batch changed under the manager.
    const QJsonValue count = body.value(u"number_of_approved_assets"_s);
    if (!count.isUndefined() && !count.isNull()) {
        if (!count.isDouble() || count.toDouble() != double(count.toInteger()))
            return ApiResult::error(Errors::invalidPayload(u"number_of_approved_assets: expected an integer"_s));
        if (count.toInteger() != batch.approvedCount())
            return ApiResult::error(Errors::valuesChanged(
                u"number_of_approved_assets is %1, not %2"_s.arg(batch.approvedCount()).arg(count.toInteger())));
    }
    const QJsonValue total = body.value(u"assignment_total_value"_s);
    if (!total.isUndefined() && !total.isNull()) {
        const auto money = Money::fromJson(total);
        if (!money)
            return ApiResult::error(Errors::invalidPayload(u"assignment_total_value: expected a number with two decimals"_s));
        if (*money != batch.totalValue())
            return ApiResult::error(Errors::valuesChanged(
                u"assignment_total_value is %1, not %2"_s.arg(batch.totalValue().toDecimalString(), money->toDecimalString())));
    }

    if (consultant) {
        m_context.pipeline.setBatchStatus(batch, BatchStatus::PendingManagerApproval, agent);
        return ApiResult::ok(WorldJson::decision(batch));
    }

    const Configuration *configuration = m_context.world.configuration(batch.configurationKey);
    Assignor *assignor = configuration ? m_context.world.assignor(configuration->assignorKey) : nullptr;
    if (!assignor)
        return ApiResult::error(Errors::disbursementAccountInvalid());
    const QJsonValue accountKey = body.value(u"disbursement_account_key"_s);
    const Account *account = nullptr;
    if (accountKey.isUndefined() || accountKey.isNull()) {
        account = assignor->defaultAccount(); // "the default account configured in the assignment contract" [C]
    } else if (!accountKey.isString()) {
        return ApiResult::error(Errors::invalidPayload(u"disbursement_account_key: expected a string"_s));
    } else {
        account = assignor->account(accountKey.toString());
    }
    if (!account || !account->isActive())
        return ApiResult::error(Errors::disbursementAccountInvalid());
    batch.disbursementAccountKey = account->accountKey;
    m_context.pipeline.setBatchStatus(batch, BatchStatus::Approved, agent);
    return ApiResult::ok(WorldJson::decision(batch));
}

ApiResult BatchApi::assetsSummary(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                                  const QString &externalId)
{
    ApiResult error;
    const Batch *batch = find(fundClassKey, configurationKey, externalId, &error);
    return batch ? ApiResult::ok(WorldJson::assetsSummary(*batch)) : error;
}

ApiResult BatchApi::termLink(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                             const QString &externalId)
{
    ApiResult error;
    const Batch *batch = find(fundClassKey, configurationKey, externalId, &error);
    if (!batch)
        return error;
    if (batch->termKey.isEmpty())
        return ApiResult::error(Errors::termNotAvailable());
    const QUrl base = m_context.pipeline.baseUrl();
    return ApiResult::ok(QJsonObject { { u"assignment_term_url"_s, TermDocument::url(base, batch->termKey, false).toString() },
                                       { u"signed_assignment_term_url"_s,
                                         batch->termSigned ? QJsonValue(TermDocument::url(base, batch->termKey, true).toString())
                                                           : QJsonValue(QJsonValue::Null) } });
}

ApiResult BatchApi::discard(const QString &externalId)
{
    Batch *batch = m_context.world.batch(externalId);
    if (!batch)
        return ApiResult::error(Errors::batchNotFound());
    if (!m_context.pipeline.discardBatch(*batch))
        return ApiResult::error(Errors::invalidBatchStatus(u"discarded"_s));
    return ApiResult::ok(WorldJson::decision(*batch));
}

} // namespace cessio::sandbox
