#pragma once

#include "cli/jsonout.h"
#include "core/account.h"
#include "core/asset.h"
#include "core/batch.h"
#include "core/configuration.h"
#include "core/responses.h"
#include "qitech/apierror.h"

namespace cessio::cli {

// The --json shapes of the domain values. Keys follow QI's names where there is one; money is a
// decimal number with two places; absent values are null; CPF/CNPJ as QI sent them.
namespace DomainJson {

JsonOut party(const Party &party);
JsonOut configuration(const AssignmentConfiguration &configuration);
JsonOut batch(const Batch &batch);
JsonOut summary(const AssetsSummary &summary);
JsonOut batchListItem(const BatchListItem &item);
JsonOut asset(const AssetListItem &asset);
JsonOut account(const BankAccount &account);
JsonOut termLinks(const TermLinks &links);
JsonOut updateResult(const BatchUpdateResult &result);
// {"category", "http_status", "code", "message", "description", "outcome_unknown"}
JsonOut error(const ApiError &error);

} // namespace DomainJson

} // namespace cessio::cli
