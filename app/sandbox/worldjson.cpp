#include "worldjson.h"

#include "assetschema.h"
#include "core/jsonreader.h"
#include "world.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox::WorldJson {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject party(const QString &keyName, const QString &key, const QString &documentNumber, const QString &name)
{
    return { { keyName, key }, { u"document_number"_s, documentNumber }, { u"name"_s, name } };
}

QJsonValue disbursement(const World &world, const Batch &batch)
{
    const Configuration *configuration = world.configuration(batch.configurationKey);
    Assignor *assignor = configuration ? world.assignor(configuration->assignorKey) : nullptr;
    const Account *account = assignor ? assignor->account(batch.disbursementAccountKey) : nullptr;
    if (!account)
        return QJsonValue::Null;
    QJsonObject target = WorldJson::account(*account);
    target.remove(u"default_account"_s);
    target.remove(u"status"_s);
    target.insert(u"owner"_s, QJsonObject { { u"document_number"_s, assignor->documentNumber } });
    return QJsonObject { { u"target_account"_s, target } };
}

QJsonArray discounts(const Batch &batch)
{
    QJsonArray result;
    for (const Discount &discount : batch.discounts) {
        result.append(QJsonObject { { u"assignor_discount_key"_s, discount.discountKey },
                                    { u"assignor_discount_type"_s, discount.type },
                                    { u"status"_s, discount.status },
                                    { u"total_value"_s, discount.totalValue.toJson() },
                                    { u"description"_s, discount.description } });
    }
    return result;
}

// The batch's monthly internal rate of return [I: the seed shows `assignment_irr: 0.0215` without
// saying how it is computed]: the rate r at which the face values, discounted from their maturities
// back to the fund's accounting date in 30-day months, sum to what the fund pays. Bisection.
std::optional<double> computeMonthlyIrr(const Fund *fund, const Batch &batch);

std::optional<double> monthlyIrr(const World &world, const Batch &batch)
{
    const Fund *fund = world.fund(batch.fundClassKey);
    if (!fund)
        return std::nullopt;
    qsizetype counted = 0;
    qint64 paid = 0;
    for (const Asset &asset : batch.assets) {
        if (asset.status.countsTowardTotal()) {
            ++counted;
            paid += asset.totalPurchaseValue.centavos();
        }
    }
    Batch::IrrCache &cache = batch.irrCache;
    if (cache.counted != counted || cache.paidCentavos != paid || cache.accountingDate != fund->accountingDate)
        cache = { counted, paid, fund->accountingDate, computeMonthlyIrr(fund, batch) };
    return cache.value;
}

std::optional<double> computeMonthlyIrr(const Fund *fund, const Batch &batch)
{
    struct Flow
    {
        double months;
        double amount;
    };
    std::vector<Flow> flows;
    double paid = 0;
    for (const Asset &asset : batch.assets) {
        if (!asset.status.countsTowardTotal())
            continue;
        paid += double(asset.totalPurchaseValue.centavos());
        const QJsonObject main = AssetSchema::mainObject(asset.body, asset.type);
        const QJsonArray installments
            = asset.type.value() == AssetType::Ccb ? main.value(u"installments"_s).toArray() : QJsonArray { main };
        for (const QJsonValue &installment : installments) {
            const QDate maturity = QDate::fromString(installment[u"maturity_date"_s].toString(), Qt::ISODate);
            const auto face = Money::fromJson(installment[u"face_value"_s]);
            if (!maturity.isValid() || !face)
                return std::nullopt;
            flows.push_back({ std::max(0.0, double(fund->accountingDate.daysTo(maturity)) / 30.0), double(face->centavos()) });
        }
    }
    if (flows.empty() || paid <= 0)
        return std::nullopt;
    const auto presentValue = [&](double rate) {
        double sum = 0;
        for (const Flow &flow : flows)
            sum += flow.amount / std::pow(1.0 + rate, flow.months);
        return sum;
    };
    double low = -0.99, high = 10.0; // present value falls as the rate rises
    if (presentValue(low) < paid || presentValue(high) > paid)
        return std::nullopt;
    for (int i = 0; i < 100 && high - low > 1e-9; ++i) {
        const double middle = (low + high) / 2;
        (presentValue(middle) > paid ? low : high) = middle;
    }
    return std::round((low + high) / 2 * 1e6) / 1e6;
}

// The part of the batch shared by the detail and the listing.
QJsonObject batchCommon(const World &world, const Batch &batch)
{
    const Batch::Tally tally = batch.tally();
    QJsonObject json { { u"assignment_key"_s, batch.assignmentKey },
                       { u"external_id"_s, batch.externalId },
                       { u"name"_s, batch.name },
                       { u"assignment_number"_s, batch.number },
                       { u"assignment_date"_s, batch.date.toString(Qt::ISODate) },
                       { u"status"_s, batch.status.apiName() },
                       { u"origin_type"_s, batch.originType },
                       { u"assignment_term_key"_s, orNull(batch.termKey) },
                       { u"disbursement"_s, disbursement(world, batch) },
                       { u"assignment_total_value"_s, tally.totalValue.toJson() },
                       { u"number_of_assets"_s, qint64(batch.assets.size()) },
                       { u"number_of_approved_assets"_s, tally.approved },
                       { u"status_events"_s, statusEvents(batch) } };
    if (!batch.discounts.isEmpty())
        json.insert(u"assignor_discounts"_s, discounts(batch));
    return json;
}

} // namespace

QJsonObject fund(const Fund &fund)
{
    return { { u"fund_class_key"_s, fund.fundClassKey },
             { u"name"_s, fund.name },
             { u"document_number"_s, fund.documentNumber },
             { u"accounting_date"_s, fund.accountingDate.toString(Qt::ISODate) },
             { u"manager"_s,
               QJsonObject { { u"manager_key"_s, fund.manager.managerKey },
                             { u"document_number"_s, fund.manager.documentNumber },
                             { u"manager_name"_s, fund.manager.managerName } } } };
}

QJsonObject configuration(const World &world, const Configuration &configuration)
{
    QJsonObject json { { u"assignment_configuration_key"_s, configuration.configurationKey },
                       { u"validation_configuration_key"_s, orNull(configuration.validationConfigurationKey) },
                       { u"assignment_configuration_name"_s, configuration.name },
                       { u"assignment_contract_key"_s, orNull(configuration.assignmentContractKey) },
                       { u"registry_type"_s, configuration.registryType },
                       { u"asset_type"_s, configuration.assetType.apiName() },
                       { u"assignment_configuration_type"_s, configuration.configurationType },
                       { u"consultant_decision_type"_s, configuration.consultantDecisionType },
                       { u"active"_s, configuration.active },
                       { u"asset_fees"_s, QJsonValue::Null },
                       { u"assignment_reports"_s, QJsonValue::Null },
                       { u"originator_bonds"_s, QJsonArray() } };
    if (const Fund *f = world.fund(configuration.fundClassKey))
        json.insert(u"fund_class"_s, fund(*f));
    if (const Assignor *assignor = world.assignor(configuration.assignorKey))
        json.insert(u"assignor"_s, party(u"assignor_key"_s, assignor->assignorKey, assignor->documentNumber, assignor->name));
    if (configuration.consultant) {
        const Consultant &c = *configuration.consultant;
        json.insert(u"consultant"_s, party(u"consultant_key"_s, c.consultantKey, c.documentNumber, c.name));
    }
    if (!configuration.documentsRequired.isEmpty())
        json.insert(u"documents_required"_s, QJsonArray::fromStringList(configuration.documentsRequired));
    QJsonArray bonds;
    for (const WebhookTarget &target : configuration.webhooks) {
        bonds.append(QJsonObject { { u"webhook_configuration_bond"_s,
                                     QJsonObject { { u"webhook_configuration_key"_s, target.webhookConfigurationKey },
                                                   { u"agent_type"_s, target.agentType },
                                                   { u"agent_key"_s, target.agentKey } } },
                                   { u"signature_key"_s, target.signatureKey },
                                   { u"webhook_url"_s, target.url.toString() } });
    }
    json.insert(u"webhook_configuration_bonds"_s, bonds);
    return json;
}

QJsonObject account(const Account &account)
{
    return { { u"account_key"_s, account.accountKey },
             { u"account_type"_s, account.accountType },
             { u"account_branch"_s, account.branch },
             { u"account_number"_s, account.number },
             { u"account_digit"_s, account.digit },
             { u"financial_institution_code"_s, account.institutionCode },
             { u"financial_institution_ispb"_s, account.institutionIspb },
             { u"default_account"_s, account.isDefault },
             { u"status"_s, account.status } };
}

QJsonObject batchDetail(const World &world, const Batch &batch)
{
    QJsonObject json = batchCommon(world, batch);
    if (const Configuration *c = world.configuration(batch.configurationKey))
        json.insert(u"assignment_configuration"_s, configuration(world, *c));
    if (const auto irr = monthlyIrr(world, batch)) // only in the detail: it walks every installment
        json.insert(u"assignment_irr"_s, *irr);
    return json;
}

QJsonObject batchSummary(const World &world, const Batch &batch)
{
    QJsonObject json = batchCommon(world, batch);
    json.insert(u"fund_class_key"_s, batch.fundClassKey);
    json.insert(u"assignment_configuration_key"_s, batch.configurationKey);
    return json;
}

QJsonObject assetsSummary(const Batch &batch)
{
    const Batch::Tally tally = batch.tally();
    return {
        { u"assignment_external_id"_s, batch.externalId },      { u"assignment_status"_s, batch.status.apiName() },
        { u"number_of_assets"_s, qint64(batch.assets.size()) }, { u"number_of_approved_assets"_s, tally.approved },
        { u"number_of_denied_assets"_s, tally.denied },         { u"assignment_total_value"_s, tally.totalValue.toJson() }
    };
}

QJsonObject decision(const Batch &batch, bool zeroTotals)
{
    const Batch::Tally tally = zeroTotals ? Batch::Tally() : batch.tally();
    return { { u"assignment_key"_s, batch.assignmentKey },
             { u"external_id"_s, batch.externalId },
             { u"status"_s, batch.status.apiName() },
             { u"number_of_approved_assets"_s, tally.approved },
             { u"assignment_total_value"_s, tally.totalValue.toJson() } };
}

QJsonObject assetJson(const Fund *fund, const Asset &asset, bool withDocuments);

namespace {

// The listing item of the asset as it is now, rendered again only when its state changed.
const Asset::ListingCache &listingCache(const Fund *fund, const Asset &asset)
{
    const QDate date = fund ? fund->accountingDate : QDate();
    const auto &cache = asset.listingCache;
    if (!cache || !(cache->status == asset.status) || cache->deniedBy != asset.deniedBy
        || cache->denialReason != asset.denialReason || cache->accountingDate != date)
        asset.listingCache
            = Asset::ListingCache { asset.status, asset.deniedBy, asset.denialReason, date, assetJson(fund, asset, false), {} };
    return *asset.listingCache;
}

} // namespace

QJsonObject asset(const Fund *fund, const Asset &asset, bool withDocuments)
{
    if (withDocuments)
        return assetJson(fund, asset, true);
    return listingCache(fund, asset).json;
}

QByteArray encodedListingItem(const Fund *fund, const Asset &asset)
{
    const Asset::ListingCache &cache = listingCache(fund, asset);
    if (cache.encoded.isEmpty())
        cache.encoded = QJsonDocument(cache.json).toJson(QJsonDocument::Compact);
    return cache.encoded;
}

QJsonObject assetJson(const Fund *fund, const Asset &asset, bool withDocuments)
{
    QJsonObject json = asset.body;
    json.insert(u"asset_key"_s, asset.assetKey);
    json.insert(u"external_id"_s, asset.externalId);
    json.insert(u"asset_type"_s, asset.type.apiName());
    json.insert(u"total_purchase_value"_s, asset.totalPurchaseValue.toJson());
    json.insert(u"status"_s, asset.status.apiName());
    if (asset.status.value() == AssetStatus::Denied) {
        json.insert(u"denied_by"_s, asset.deniedBy);
        json.insert(u"denial_reason"_s, asset.denialReason);
    }
    const QList<QDate> maturities = AssetSchema::maturities(asset.body);
    const auto last = std::max_element(maturities.cbegin(), maturities.cend());
    if (fund && last != maturities.cend() && last->isValid())
        json.insert(u"duration"_s, fund->accountingDate.daysTo(*last));
    if (withDocuments) {
        QJsonArray documents;
        for (const Document &document : asset.documents)
            documents.append(
                QJsonObject { { u"document_key"_s, document.documentKey }, { u"document_type"_s, document.documentType } });
        json.insert(u"documents"_s, documents);
    }
    return json;
}

QJsonArray statusEvents(const Batch &batch)
{
    QJsonArray events;
    for (const StatusEvent &event : batch.events) {
        // São Paulo wall-clock time, as QI Tech sends it [I]; the world keeps UTC.
        QJsonObject json { { u"status"_s, event.status }, { u"event_datetime"_s, cessio::json::localDateTimeText(event.at) } };
        if (!event.selectedAgent.isEmpty())
            json.insert(u"selected_agent"_s, event.selectedAgent);
        events.append(json);
    }
    return events;
}

} // namespace cessio::sandbox::WorldJson
