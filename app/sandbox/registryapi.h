#pragma once

#include "apicontext.h"

namespace cessio::sandbox {

// The operations around the batches: the configuration listing (§5.1), the assignor's
// disbursement accounts (§5.13) and the authentication test (§2.1).
class RegistryApi
{
public:
    explicit RegistryApi(ApiContext &context);

    // GET /trade_receivables/fund_class/{fund}/assignment_configurations
    //     ?asset_type=&assignor_document_number=&assignment_contract_key=&page=&limit=
    ApiResult listConfigurations(const Actor &actor, const QString &fundClassKey, const QUrlQuery &query);
    // GET /assignor_registry/assignor_registry/{assignor}/account [I: not published]
    ApiResult listAccounts(const Actor &actor, const QString &assignorKey, const QUrlQuery &query);
    // POST …/account {account_number, account_digit, account_branch, account_type,
    //                 financial_institution_code, default_account} → 201 account
    ApiResult addAccount(const Actor &actor, const QString &assignorKey, const QJsonObject &body);
    // PUT …/account/{account} {"status"?, "default_account"?} → 200 account
    ApiResult updateAccount(const Actor &actor, const QString &assignorKey, const QString &accountKey, const QJsonObject &body);
    // POST /authentication_test → 200 {"message", "api_client_key", "profile", "permission", "body"} [I]
    ApiResult authenticationTest(const Actor &actor, const QJsonObject &body);

private:
    ApiContext &m_context;
};

} // namespace cessio::sandbox
