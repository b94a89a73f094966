#pragma once

#include "core/account.h"
#include "services/auditentry.h"
#include "services/auditseal.h"
#include "services/portfolio/payeesafety.h"

#include <QList>
#include <QString>

namespace cessio {

// The earlier approvals of one assignor's batches found in the decision record, with the account
// each paid into: what PayeeSafety compares the accounts offered now with (issue 11).
class PayeeHistory
{
public:
    struct Query
    {
        QString environmentUrl; // approvals on another server paid into another world's accounts
        QString assignorDocument; // the batch's assignor (any spelling)
        QString configurationKey; // for older entries, written before the record named the assignor
        QList<BankAccount> accounts; // the accounts listed now: they name the keys older entries recorded
    };

    // Approvals that took effect (a pending Approve settled as succeeded or applied), latest first.
    // An entry names its assignor since payee safety exists; an older one is taken as this
    // assignor's when it is of the same configuration ([I] a configuration has one assignor).
    // Approvals into the contract's default account are left out: the record does not say which
    // account that was.
    static QList<PayeeSafety::PreviousApproval> from(const QList<AuditEntry> &entries, const Query &query);

    // Reads the record at `path` (blocking: call off the UI thread) and applies from().
    static QList<PayeeSafety::PreviousApproval> read(const QString &path, const AuditSeal &seal, const Query &query);
};

} // namespace cessio
