#pragma once

#include <QByteArray>
#include <QString>

namespace cessio::sandbox {

class World;

// Reads a --fixture file into a World. The format (app/sandbox/README.md):
//   {"funds": [{"fund_class_key", "name", "document_number", "accounting_date": "YYYY-MM-DD",
//               "manager": {"manager_key", "document_number", "manager_name"}}],
//    "assignors": [{"assignor_key", "document_number", "name",
//                   "accounts": [{"account_key", "account_type", "account_branch", "account_number",
//                                 "account_digit", "financial_institution_code", "financial_institution_ispb",
//                                 "default_account", "status"}]}],
//    "assignment_configurations": [{"assignment_configuration_key", "fund_class_key", "assignor_key",
//                   "assignment_configuration_name", "asset_type", "consultant_decision_type", "active",
//                   "documents_required"?, "webhook_url"?, "signature_key"?, "webhooks"?: [{"webhook_url",
//                   "signature_key", "agent_type"?}], "consultant"?: {"consultant_key", "document_number", "name"},
//                   "assignment_contract_key"?}],
//    "clients": [{"api_client_key", "public_key_pem", "profile": "manager|assignor|consultant",
//                 "permission": "read|write", "agent_key"?, "user"?}]}
// Unknown fields are ignored. An error names the field and the problem, e.g.
// "funds[0].accounting_date: expected YYYY-MM-DD"; on error the world is left unchanged.
class FixtureLoader
{
public:
    static bool loadFile(const QString &path, World &world, QString *error);
    static bool loadJson(const QByteArray &json, World &world, QString *error);
};

} // namespace cessio::sandbox
