#include "decisionoperation.h"

namespace cessio::decision {

bool appliedAccordingTo(AuditEntry::Action action, const BatchStatus &status)
{
    switch (action) {
    case AuditEntry::Action::Approve:
        return status.stage() == BatchStatus::Stage::InProgress || status.value() == BatchStatus::Completed;
    case AuditEntry::Action::Deny:
        return status.value() == BatchStatus::Denied || status.value() == BatchStatus::Discarded;
    case AuditEntry::Action::Reopen:
        return status.value() == BatchStatus::PendingAssetsInsertion;
    case AuditEntry::Action::CloseInsertion:
        return status.value() != BatchStatus::PendingAssetsInsertion;
    default:
        return false;
    }
}

} // namespace cessio::decision
