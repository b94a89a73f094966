#pragma once

#include "apicontext.h"

namespace cessio::sandbox {

// The batch (assignment) operations of reference §5.2–§5.4 and §5.8–§5.12, callable over HTTP
// (through ApiDispatcher) or in-process (the demo's assignor). Every method validates like QI Tech
// and answers with the documented body or error.
class BatchApi
{
public:
    explicit BatchApi(ApiContext &context);

    // POST …/assignment {"external_id", "assignment_date"?} → 201 {assignment_key, external_id, status}
    ApiResult create(const Actor &actor, const QString &fundClassKey, const QString &configurationKey, const QJsonObject &body);
    // GET …/assignment/{ext}
    ApiResult get(const Actor &actor, const QString &fundClassKey, const QString &configurationKey, const QString &externalId);
    // GET …/assignments (and …/assignment) ?status=&page=&limit= [I]; status may be a comma-separated list
    ApiResult list(const Actor &actor, const QString &fundClassKey, const QString &configurationKey, const QUrlQuery &query);
    // PUT …/assignment/{ext} {"assignment_status": completed_assets_insertion | pending_assets_insertion
    //                         | approved | denied (reproved), "disbursement_account_key"?,
    //                         "number_of_approved_assets"?, "assignment_total_value"?} → 200
    ApiResult update(const Actor &actor, const QString &fundClassKey, const QString &configurationKey, const QString &externalId,
                     const QJsonObject &body);
    // GET …/assignment/{ext}/assets_summary
    ApiResult assetsSummary(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                            const QString &externalId);
    // GET …/assignment/{ext}/assignment_term_link
    ApiResult termLink(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                       const QString &externalId);

    // Not a QI Tech operation: discards a batch (POST /_sandbox/assignments/{ext}/discard).
    ApiResult discard(const QString &externalId);

private:
    Batch *find(const QString &fundClassKey, const QString &configurationKey, const QString &externalId, ApiResult *error) const;
    ApiResult close(const Actor &actor, Batch &batch);
    ApiResult reopen(const Actor &actor, Batch &batch);
    ApiResult decide(const Actor &actor, Batch &batch, const QString &requested, bool approve, const QJsonObject &body);

    ApiContext &m_context;
};

} // namespace cessio::sandbox
