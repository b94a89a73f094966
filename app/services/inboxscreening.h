#pragma once

#include "services/assetchecks.h"
#include "services/inboxservice.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace cessio {

class Settings;
class TitleIndex;
class FundRulesImports;
class WorkspaceRunner;

// The inbox's Alerts column: every batch awaiting the manager is checked in the background with the
// review's own checks (AssetChecks: the fund's rules from FundRules::load, the title index read-only),
// so the manager sees which batches need a closer look before opening any.
//
// One batch at a time, after the inbox is loaded (screen() is called with each poll's entries), with
// few pages in flight (its own ApiClient over the session's transport), the checks on a worker thread.
// Only the result is kept, per batch, keyed by its status, asset count and total: a poll that changes
// nothing re-checks nothing; a batch that changed is checked again. The assets are dropped as soon as
// the checks have run. Titles are never recorded from here: only a review records them.
class InboxScreening : public QObject
{
    Q_OBJECT

public:
    // What the checks found in one batch: counts only.
    struct Result
    {
        int checkedCount = 0;
        int uncheckedCount = 0; // bought, but without the details to check
        int flaggedCount = 0; // assets with at least one alert
        std::array<int, AssetChecks::ruleCount> assetsPerRule {};
        QStringList brokenFundRules; // "Largest asset: R$ 580,00 over" (translated when checked)
        QString fundRulesProblem; // the fund's stored rules could not be read

        bool hasAlerts() const { return flaggedCount > 0 || !brokenFundRules.isEmpty(); }
        static Result of(const AssetChecks &checks);
    };
    enum class State {
        NotApplicable, // not awaiting the manager: nothing to check
        NotChecked, // waiting its turn
        Checking,
        Checked,
        Failed, // the assets could not be read; tried again after the next poll
    };
    Q_ENUM(State)
    struct Status
    {
        State state = State::NotApplicable;
        std::optional<Result> result; // when Checked
        QString error; // when Failed
    };

    // `settings` gives each fund's rules; `titleIndex` (optional) the titles of earlier batches.
    InboxScreening(ApiClient *client, Settings *settings, std::shared_ptr<TitleIndex> titleIndex, QObject *parent = nullptr);
    ~InboxScreening() override;

    // Pages of one batch's assets requested at a time (default 2: the inbox's checks should not
    // compete with an open review).
    void setPagesInFlight(int pages);

    // The inbox as the last poll saw it: its batches awaiting the manager are queued unless their
    // result is known for the same status, asset count and total. Results of batches that are no
    // longer awaiting are forgotten.
    void screen(const QList<InboxEntry> &entries);
    // Stops the batch being read and empties the queue (screen() starts again).
    void cancel();

    Status status(const QString &entryKey) const;
    bool isIdle() const { return !m_current && m_queue.isEmpty(); }
    // Batches read from the server so far (tests and the benchmark: a poll without changes adds none).
    int batchesRead() const { return m_batchesRead; }

    // An open review's finished checks of `ref`: they replace (or spare) the background check for the
    // batch as the inbox lists it now.
    void takeReviewChecks(const BatchRef &ref, const AssetChecks &checks);

    // The cache key: a batch is checked again when any of these change.
    static QString signatureOf(const InboxEntry &entry);

    // Each fund's rules from the workspace store (FundRulesDocument; this desktop's settings imported
    // once) instead of the settings; read on the check's worker thread, which waits for the store's.
    // `imports`: the session's tries at importing settings' rules (once per fund per session).
    void setWorkspace(const std::shared_ptr<WorkspaceRunner> &workspace, std::shared_ptr<FundRulesImports> imports = {})
    {
        m_workspace = workspace;
        m_imports = std::move(imports);
    }
    // The fund's rules changed (saved in the fund rules dialog): its batches are checked again.
    void fundRulesChanged(const QString &fundClassKey);

Q_SIGNALS:
    void statusChanged(const QString &entryKey);
    void idle(); // the queue is empty and nothing is being checked

private:
    struct Known
    {
        QString signature;
        Result result;
    };
    struct Current
    {
        InboxEntry entry;
        QString signature;
        QList<QList<AssetListItem>> pages;
        QPointer<PageFetcher> fetcher;
        bool computing = false;
    };

    void startNext();
    void onAssetsRead(const ApiResult<qsizetype> &result);
    void onChecked();
    void stopCurrent();
    void finishCurrent();

    ApiClient *m_client; // our own, over the session's transport: its own pages in flight
    Settings *m_settings;
    std::shared_ptr<TitleIndex> m_titleIndex;
    std::weak_ptr<WorkspaceRunner> m_workspace; // the session's; the rules come from settings without it
    std::shared_ptr<FundRulesImports> m_imports;
    QHash<QString, InboxEntry> m_pending; // awaiting the manager in the last screen(), by key
    QHash<QString, Known> m_known;
    QHash<QString, QString> m_failed; // key → why
    QList<QString> m_queue; // keys, in checking order
    std::optional<Current> m_current;
    QFutureWatcher<Result> m_watcher;
    quint64 m_generation = 0; // answers for a batch no longer being checked are dropped
    int m_batchesRead = 0;
};

} // namespace cessio
