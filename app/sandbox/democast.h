#pragma once

#include "demoassets.h"

#include <QList>
#include <QString>
#include <QStringList>

// Who is who in the demonstration world: the funds, their manager, the assignors and their
// contracts with the funds. Names are invented; numbers (CNPJs, keys) come from the seed.
namespace cessio::sandbox::DemoCast {

struct FundRole
{
    QString name;
    bool alphanumericCnpj = false; // a fund registered after July 2026 gets a new-style CNPJ
};

struct AssignorRole
{
    QString name;
    QString code; // short code in batch external ids, "MVA"
    QString stateCode; // IBGE code of its state (first digits of its NF-e access keys)
    double monthlyRate = 0.02; // discount rate the funds buy its receivables at
    QStringList banks; // COMPE codes of its accounts; the first is the default
    bool inactiveAccount = false; // one more account, deactivated
    DebtorPool::Shape debtors;
};

struct ContractRole
{
    int fund = 0; // index into funds()
    int assignor = 0; // index into assignors()
    AssetType type;
    bool manualApproval = false; // consultant_decision_type manual_approval, with the consultant
    bool active = true;
};

const QList<FundRole> &funds();
const QList<AssignorRole> &assignors();
const QList<ContractRole> &contracts();
QString managerName();
QString managerUser(); // the demo manager's AGENT-USER (an e-mail)
QString consultantName();

// The role of an assignor by name; a generic role for an assignor the demo did not create
// (a fixture world), so the demo assignor can submit batches anywhere.
AssignorRole roleOf(const QString &assignorName);
// The debtors of an assignor: the same for the world and the demo assignor.
DebtorPool debtorsOf(const AssignorRole &role, const QString &assignorDocument);
// The integration user an assignor's requests are recorded with (AGENT-USER).
QString assignorUser(const QString &assignorName);

} // namespace cessio::sandbox::DemoCast
