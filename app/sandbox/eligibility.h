#pragma once

#include "core/statuses.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cessio::sandbox {

struct Asset;
struct Configuration;
struct Fund;

// The sandbox's deterministic eligibility rules (QI Tech's real ones are not published), checked
// in this order; the first that fails is the denial_reason (denied_by "eligibility"):
//  1. the asset type is the configuration's asset type (duplicata_servico = duplicata_servicos)
//  2. the originator's CPF/CNPJ has valid check digits
//  3. the borrower's CPF/CNPJ has valid check digits
//  4. every maturity is after the fund's accounting date
//  5. total_purchase_value is not above the face value (sum of the installments for a CCB)
// And for documents (denied_by "document", reason "Invalid documents"): every document sent must
// be a PDF. The rules are listed in app/sandbox/README.md.
namespace Eligibility {

std::optional<QString> denialReason(const Fund &fund, const Configuration &configuration, const Asset &asset);

// Document types an asset of `type` must have before pre_approved: ccb → "ccb",
// duplicata_servicos → "duplicata_servicos", discounted_contract → the configuration's
// documents_required; none for the other types [C, discounted contract per configuration].
QStringList requiredDocuments(const Configuration &configuration, AssetType type);

// The document types an upload may have for this asset (TRC000026 otherwise).
QStringList acceptedDocuments(const Configuration &configuration, AssetType type);

bool documentsComplete(const Configuration &configuration, const Asset &asset);
bool documentsValid(const Asset &asset);

} // namespace Eligibility

} // namespace cessio::sandbox
