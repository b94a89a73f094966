#include "registryapi.h"

#include "core/documentnumber.h"
#include "worldjson.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

// ISPB of the most common banks, so an added account looks like QI Tech's answer [I].
QString ispbFor(const QString &institutionCode)
{
    static const QHash<QString, QString> known { { u"001"_s, u"00000000"_s }, { u"033"_s, u"90400888"_s },
                                                 { u"077"_s, u"00416968"_s }, { u"104"_s, u"00360305"_s },
                                                 { u"237"_s, u"60746948"_s }, { u"260"_s, u"18236120"_s },
                                                 { u"341"_s, u"60701190"_s }, { u"336"_s, u"31872495"_s } };
    return known.value(institutionCode);
}

QString checkLength(const QJsonObject &body, const QString &field, int minimum, int maximum)
{
    const QJsonValue value = body.value(field);
    if (!value.isString())
        return field + u": required string"_s;
    const qsizetype length = value.toString().size();
    if (length < minimum || length > maximum)
        return minimum == maximum ? field + u": exactly %1 characters"_s.arg(minimum)
                                  : field + u": %1 to %2 characters"_s.arg(minimum).arg(maximum);
    return {};
}

} // namespace

RegistryApi::RegistryApi(ApiContext &context)
    : m_context(context)
{ }

ApiResult RegistryApi::listConfigurations(const Actor &, const QString &fundClassKey, const QUrlQuery &query)
{
    const World &world = m_context.world;
    if (!world.fund(fundClassKey))
        return ApiResult::error(Errors::fundNotFound());
    const auto page = PageRequest::parse(query, m_context.options.maxPageLimit);
    if (!page)
        return ApiResult::error(Errors::invalidPaging());
    const QString assetType = query.queryItemValue(u"asset_type"_s);
    const QString assignorDocument
        = DocumentNumber::parse(query.queryItemValue(u"assignor_document_number"_s, QUrl::FullyDecoded)).normalized();
    const QString contractKey = query.queryItemValue(u"assignment_contract_key"_s);
    QList<const Configuration *> matching;
    const QList<Configuration *> all = world.configurations();
    for (const Configuration *configuration : all) {
        if (configuration->fundClassKey != fundClassKey)
            continue;
        if (!assetType.isEmpty() && !(AssetType::fromApi(assetType) == configuration->assetType))
            continue;
        if (!contractKey.isEmpty() && configuration->assignmentContractKey != contractKey)
            continue;
        const Assignor *assignor = world.assignor(configuration->assignorKey);
        if (query.hasQueryItem(u"assignor_document_number"_s)
            && (!assignor || DocumentNumber::parse(assignor->documentNumber).normalized() != assignorDocument))
            continue;
        matching.append(configuration);
    }
    return ApiResult::ok(
        page->envelope(matching.size(), [&](qsizetype i) { return WorldJson::configuration(world, *matching[i]); }));
}

ApiResult RegistryApi::listAccounts(const Actor &, const QString &assignorKey, const QUrlQuery &query)
{
    const Assignor *assignor = m_context.world.assignor(assignorKey);
    if (!assignor)
        return ApiResult::error(Errors::assignorNotFound());
    const auto page = PageRequest::parse(query, m_context.options.maxPageLimit);
    if (!page)
        return ApiResult::error(Errors::invalidPaging());
    return ApiResult::ok(
        page->envelope(assignor->accounts.size(), [&](qsizetype i) { return WorldJson::account(assignor->accounts[i]); }));
}

ApiResult RegistryApi::addAccount(const Actor &actor, const QString &assignorKey, const QJsonObject &body)
{
    if (actor.profile == Profile::Assignor) // accounts are kept by the manager or the consultant [C]
        return ApiResult::error(Errors::profileNotAllowed(profileName(actor.profile), u"maintain disbursement accounts"_s));
    Assignor *assignor = m_context.world.assignor(assignorKey);
    if (!assignor)
        return ApiResult::error(Errors::assignorNotFound());
    for (const auto &[field, minimum, maximum] :
         { std::tuple { u"account_number"_s, 3, 20 }, std::tuple { u"account_digit"_s, 1, 1 },
           std::tuple { u"account_branch"_s, 4, 4 }, std::tuple { u"account_type"_s, 1, 50 },
           std::tuple { u"financial_institution_code"_s, 3, 3 } }) {
        if (const QString problem = checkLength(body, field, minimum, maximum); !problem.isEmpty())
            return ApiResult::error(Errors::invalidPayload(problem));
    }
    if (!body.value(u"default_account"_s).isBool())
        return ApiResult::error(Errors::invalidPayload(u"default_account: required boolean"_s));
    Account account;
    account.accountKey = m_context.world.newKey();
    account.accountType = body.value(u"account_type"_s).toString();
    account.branch = body.value(u"account_branch"_s).toString();
    account.number = body.value(u"account_number"_s).toString();
    account.digit = body.value(u"account_digit"_s).toString();
    account.institutionCode = body.value(u"financial_institution_code"_s).toString();
    account.institutionIspb = ispbFor(account.institutionCode);
    account.isDefault = body.value(u"default_account"_s).toBool() || assignor->accounts.isEmpty();
    if (account.isDefault) { // a new default demotes the previous one [C]
        for (Account &other : assignor->accounts)
            other.isDefault = false;
    }
    assignor->accounts.append(account);
    return ApiResult::ok(WorldJson::account(account), 201);
}

ApiResult RegistryApi::updateAccount(const Actor &actor, const QString &assignorKey, const QString &accountKey,
                                     const QJsonObject &body)
{
    if (actor.profile == Profile::Assignor)
        return ApiResult::error(Errors::profileNotAllowed(profileName(actor.profile), u"maintain disbursement accounts"_s));
    Assignor *assignor = m_context.world.assignor(assignorKey);
    if (!assignor)
        return ApiResult::error(Errors::assignorNotFound());
    Account *account = assignor->account(accountKey);
    if (!account)
        return ApiResult::error(Errors::accountNotFound());
    const QJsonValue status = body.value(u"status"_s);
    if (!status.isUndefined() && (!status.isString() || (status.toString() != u"active" && status.toString() != u"inactive")))
        return ApiResult::error(Errors::invalidPayload(u"status: expected 'active' or 'inactive'"_s));
    const QJsonValue isDefault = body.value(u"default_account"_s);
    if (!isDefault.isUndefined() && !isDefault.isBool())
        return ApiResult::error(Errors::invalidPayload(u"default_account: expected a boolean"_s));
    if (isDefault.isBool() && !isDefault.toBool() && account->isDefault)
        return ApiResult::error(Errors::cannotUnsetDefault()); // set another account as default instead [C]
    if (status.isString())
        account->status = status.toString();
    if (isDefault.toBool()) {
        for (Account &other : assignor->accounts)
            other.isDefault = other.accountKey == accountKey;
    }
    return ApiResult::ok(WorldJson::account(*account));
}

ApiResult RegistryApi::authenticationTest(const Actor &actor, const QJsonObject &body)
{
    return ApiResult::ok(QJsonObject { { u"message"_s, u"Authenticated"_s },
                                       { u"api_client_key"_s, actor.clientKey },
                                       { u"profile"_s, profileName(actor.profile) },
                                       { u"permission"_s, actor.permission == Permission::Write ? u"write"_s : u"read"_s },
                                       { u"body"_s, body } });
}

} // namespace cessio::sandbox
