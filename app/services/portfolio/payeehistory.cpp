#include "payeehistory.h"

#include "services/auditreader.h"
#include "services/portfolio/portfoliotypes.h"

#include <QSet>

#include <algorithm>

namespace cessio {

namespace {

bool isApplied(AuditEntry::Outcome outcome)
{
    return outcome == AuditEntry::Outcome::Succeeded || outcome == AuditEntry::Outcome::ResolvedApplied;
}

} // namespace

QList<PayeeSafety::PreviousApproval> PayeeHistory::from(const QList<AuditEntry> &entries, const Query &query)
{
    QSet<qint64> applied; // pending sequences an applied outcome relates to
    for (const AuditEntry &e : entries) {
        if (e.relatesTo > 0 && isApplied(e.outcome))
            applied.insert(e.relatesTo);
    }
    const QString assignorRoot = portfolio::partyRoot(query.assignorDocument, {});
    QList<PayeeSafety::PreviousApproval> found;
    for (const AuditEntry &e : entries) {
        if (e.action != AuditEntry::Action::Approve || e.outcome != AuditEntry::Outcome::Pending || !applied.contains(e.sequence)
            || e.environmentUrl != query.environmentUrl)
            continue;
        const bool sameAssignor = !e.shown.assignorDocument.isEmpty()
            ? portfolio::partyRoot(e.shown.assignorDocument, {}) == assignorRoot
            : !query.configurationKey.isEmpty() && e.configurationKey == query.configurationKey;
        if (!sameAssignor)
            continue;
        QString identity = e.shown.accountIdentity;
        if (identity.isEmpty() && !e.shown.accountKey.isEmpty()) {
            const auto listed = std::find_if(query.accounts.cbegin(), query.accounts.cend(),
                                             [&](const BankAccount &a) { return a.accountKey == e.shown.accountKey; });
            // An account no longer listed cannot be any of the accounts offered now.
            identity = listed != query.accounts.cend() ? PayeeSafety::accountIdentity(*listed) : u"key:" + e.shown.accountKey;
        }
        if (identity.isEmpty())
            continue; // the contract's default account: which one is not recorded
        found.append({ identity, e.time.toUTC().date() });
    }
    // Latest first: PayeeSafety keeps the first of equal dates as "the last approval".
    std::reverse(found.begin(), found.end());
    return found;
}

QList<PayeeSafety::PreviousApproval> PayeeHistory::read(const QString &path, const AuditSeal &seal, const Query &query)
{
    return from(AuditReader::read(path, AuditReader::Mode::KeepEntries, seal).entries, query);
}

} // namespace cessio
