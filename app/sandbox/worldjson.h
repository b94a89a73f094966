#pragma once

#include <QJsonArray>
#include <QJsonObject>

// The JSON the sandbox answers with, in the shapes of the QI Tech documentation (reference §5).
namespace cessio::sandbox {

struct Account;
struct Asset;
struct Batch;
struct Configuration;
struct Fund;
class World;

namespace WorldJson {

QJsonObject fund(const Fund &fund);
QJsonObject configuration(const World &world, const Configuration &configuration); // §5.1 + §5.3 extras
QJsonObject account(const Account &account);
QJsonObject batchDetail(const World &world, const Batch &batch); // GET batch, seed 002
QJsonObject batchSummary(const World &world, const Batch &batch); // batch listing item [I]
QJsonObject assetsSummary(const Batch &batch); // §5.8
// The approval / close / reopen answer; `zeroTotals` for a denial (0 / 0.00) [C].
QJsonObject decision(const Batch &batch, bool zeroTotals = false);
// The asset as submitted plus asset_key, external_id, status, denied_by, denial_reason, duration
// (days from the fund's accounting date to the last maturity [I]); `withDocuments` for the detail.
QJsonObject asset(const Fund *fund, const Asset &asset, bool withDocuments);
// The listing item (asset(fund, asset, false)) as compact JSON, kept with the asset until its state
// changes: a page of a large batch is then joined from bytes instead of encoded again each time.
QByteArray encodedListingItem(const Fund *fund, const Asset &asset);
QJsonArray statusEvents(const Batch &batch);

} // namespace WorldJson

} // namespace cessio::sandbox
