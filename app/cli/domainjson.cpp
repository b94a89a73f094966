#include "cli/domainjson.h"

#include "cli/format.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli::DomainJson {

JsonOut party(const Party &party)
{
    if (party.isEmpty())
        return {};
    return JsonOut::object()
        .insert(u"key"_s, JsonOut::stringOrNull(party.key))
        .insert(u"name"_s, JsonOut::stringOrNull(party.name))
        .insert(u"document_number"_s, JsonOut::stringOrNull(party.documentNumber));
}

JsonOut configuration(const AssignmentConfiguration &c)
{
    return JsonOut::object()
        .insert(u"assignment_configuration_key"_s, c.key)
        .insert(u"assignment_configuration_name"_s, JsonOut::stringOrNull(c.name))
        .insert(u"assignment_contract_key"_s, JsonOut::stringOrNull(c.contractKey))
        .insert(u"asset_type"_s, JsonOut::stringOrNull(c.assetType.apiName()))
        .insert(u"registry_type"_s, JsonOut::stringOrNull(c.registryType))
        .insert(u"consultant_decision_type"_s, JsonOut::stringOrNull(c.consultantDecisionName))
        .insert(u"active"_s, JsonOut::optional(c.active))
        .insert(u"fund_class"_s,
                JsonOut::object()
                    .insert(u"fund_class_key"_s, JsonOut::stringOrNull(c.fund.fundClassKey))
                    .insert(u"name"_s, JsonOut::stringOrNull(c.fund.name))
                    .insert(u"document_number"_s, JsonOut::stringOrNull(c.fund.documentNumber))
                    .insert(u"accounting_date"_s, JsonOut::date(c.fund.accountingDate)))
        .insert(u"assignor"_s, party(c.assignor))
        .insert(u"consultant"_s, c.consultant ? party(*c.consultant) : JsonOut());
}

JsonOut account(const BankAccount &a)
{
    return JsonOut::object()
        .insert(u"account_key"_s, JsonOut::stringOrNull(a.accountKey))
        .insert(u"bank"_s, a.bankName())
        .insert(u"financial_institution_code"_s, JsonOut::stringOrNull(a.institutionCode))
        .insert(u"financial_institution_ispb"_s, JsonOut::stringOrNull(a.institutionIspb))
        .insert(u"account_branch"_s, JsonOut::stringOrNull(a.branch))
        .insert(u"account_number"_s, JsonOut::stringOrNull(a.number))
        .insert(u"account_digit"_s, JsonOut::stringOrNull(a.digit))
        .insert(u"account_type"_s, JsonOut::stringOrNull(a.accountType))
        .insert(u"default_account"_s, a.isDefault)
        .insert(u"status"_s, JsonOut::stringOrNull(a.status))
        .insert(u"owner_document_number"_s, JsonOut::stringOrNull(a.ownerDocumentNumber));
}

JsonOut batch(const Batch &b)
{
    JsonOut discounts = JsonOut::array();
    for (const AssignorDiscount &d : b.discounts) {
        discounts.append(JsonOut::object()
                             .insert(u"assignor_discount_key"_s, JsonOut::stringOrNull(d.key))
                             .insert(u"assignor_discount_type"_s, JsonOut::stringOrNull(d.type))
                             .insert(u"status"_s, JsonOut::stringOrNull(d.status))
                             .insert(u"total_value"_s, d.totalValue)
                             .insert(u"description"_s, JsonOut::stringOrNull(d.description)));
    }
    JsonOut events = JsonOut::array();
    for (const StatusEvent &e : b.events) {
        JsonOut event
            = JsonOut::object().insert(u"status"_s, e.status.apiName()).insert(u"event_datetime"_s, JsonOut::dateTime(e.at));
        event.insert(u"agent"_s,
                     e.agent ? JsonOut::object()
                                   .insert(u"type"_s, JsonOut::stringOrNull(e.agent->type))
                                   .insert(u"key"_s, JsonOut::stringOrNull(e.agent->key))
                                   .insert(u"user"_s, JsonOut::stringOrNull(e.agent->user))
                             : JsonOut());
        events.append(event);
    }
    return JsonOut::object()
        .insert(u"external_id"_s, b.externalId)
        .insert(u"assignment_key"_s, JsonOut::stringOrNull(b.assignmentKey))
        .insert(u"name"_s, JsonOut::stringOrNull(b.name))
        .insert(u"assignment_number"_s, JsonOut::stringOrNull(b.number))
        .insert(u"assignment_date"_s, JsonOut::date(b.date))
        .insert(u"status"_s, b.status.apiName())
        .insert(u"assignment_total_value"_s, JsonOut::optional(b.totalValue))
        .insert(u"assignment_irr"_s, JsonOut::optional(b.irr))
        .insert(u"assignment_term_key"_s, JsonOut::stringOrNull(b.termKey))
        .insert(u"assignment_configuration"_s, b.configuration.key.isEmpty() ? JsonOut() : configuration(b.configuration))
        .insert(u"disbursement_account"_s, b.disbursementAccount ? account(*b.disbursementAccount) : JsonOut())
        .insert(u"assignor_discounts"_s, discounts)
        .insert(u"status_events"_s, events)
        .insert(u"waiting_since"_s, JsonOut::dateTime(b.waitingSince()));
}

JsonOut summary(const AssetsSummary &s)
{
    return JsonOut::object()
        .insert(u"assignment_status"_s, s.status.apiName())
        .insert(u"number_of_assets"_s, s.numberOfAssets)
        .insert(u"number_of_approved_assets"_s, s.numberOfApprovedAssets)
        .insert(u"number_of_denied_assets"_s, s.numberOfDeniedAssets)
        .insert(u"assignment_total_value"_s, s.totalValue);
}

JsonOut batchListItem(const BatchListItem &item)
{
    return JsonOut::object()
        .insert(u"external_id"_s, item.externalId)
        .insert(u"assignment_key"_s, JsonOut::stringOrNull(item.assignmentKey))
        .insert(u"assignment_number"_s, JsonOut::stringOrNull(item.number))
        .insert(u"assignment_date"_s, JsonOut::date(item.date))
        .insert(u"status"_s, item.status.apiName())
        .insert(u"number_of_assets"_s, JsonOut::optional(item.numberOfAssets))
        .insert(u"number_of_approved_assets"_s, JsonOut::optional(item.numberOfApprovedAssets))
        .insert(u"assignment_total_value"_s, JsonOut::optional(item.totalValue))
        .insert(u"last_status_event_datetime"_s, JsonOut::dateTime(item.lastEventAt));
}

JsonOut asset(const AssetListItem &a)
{
    JsonOut json = JsonOut::object()
                       .insert(u"external_id"_s, a.externalId)
                       .insert(u"asset_key"_s, JsonOut::stringOrNull(a.assetKey))
                       .insert(u"asset_type"_s, JsonOut::stringOrNull(a.type.apiName()))
                       .insert(u"status"_s, a.status.apiName())
                       .insert(u"total_purchase_value"_s, a.totalPurchaseValue)
                       .insert(u"duration"_s, JsonOut::optional(a.durationDays))
                       .insert(u"denied_by"_s, JsonOut::stringOrNull(a.deniedBy))
                       .insert(u"denial_reason"_s, JsonOut::stringOrNull(a.denialReason));
    if (a.detail) {
        json.insert(u"face_value"_s, a.detail->faceValue());
        json.insert(u"debtor_name"_s, JsonOut::stringOrNull(a.detail->debtorName()));
        json.insert(u"debtor_document_number"_s, JsonOut::stringOrNull(a.detail->debtorDocument()));
    }
    return json;
}

JsonOut termLinks(const TermLinks &links)
{
    const auto url = [](const QUrl &u) { return u.isEmpty() ? JsonOut() : JsonOut(u.toString()); };
    return JsonOut::object()
        .insert(u"assignment_term_url"_s, url(links.termUrl))
        .insert(u"signed_assignment_term_url"_s, url(links.signedTermUrl));
}

JsonOut updateResult(const BatchUpdateResult &r)
{
    return JsonOut::object()
        .insert(u"external_id"_s, JsonOut::stringOrNull(r.externalId))
        .insert(u"assignment_key"_s, JsonOut::stringOrNull(r.assignmentKey))
        .insert(u"status"_s, r.status.apiName())
        .insert(u"number_of_approved_assets"_s, JsonOut::optional(r.numberOfApprovedAssets))
        .insert(u"assignment_total_value"_s, JsonOut::optional(r.totalValue));
}

JsonOut error(const ApiError &e)
{
    return JsonOut::object()
        .insert(u"category"_s, Format::categoryName(e.category()))
        .insert(u"http_status"_s, e.httpStatus() > 0 ? JsonOut(e.httpStatus()) : JsonOut())
        .insert(u"code"_s, JsonOut::stringOrNull(e.code()))
        .insert(u"message"_s, e.userMessage())
        .insert(u"outcome_unknown"_s, e.outcomeUnknown());
}

} // namespace cessio::cli::DomainJson
