#pragma once

#include "services/batchlocator.h"
#include "services/inboxquery.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace cessio {

class Settings;

// One batch of the inbox, whatever its status, with what the table shows about where it lives.
struct InboxEntry
{
    BatchRef ref;
    QString fundName;
    QString fundDocument; // the fund's CNPJ, as sent
    QString configurationName;
    Party assignor;
    BatchListItem batch;
    bool tracked = false; // added by external id (re-read with GET batch on every poll)

    // "fund|configuration|external id": stable across polls.
    QString key() const { return keyOf(ref); }
    static QString keyOf(const BatchRef &ref);
};

// The inbox behind the main window: polls every batch of the profile's funds in the background
// (InboxQuery with no status filter, so every status view is filled by one pass [I]), plus the
// batches the manager added by external id ("tracked": the batch listing endpoint is inferred [I]
// and may not exist on QI Tech, so tracked batches are the fallback; they are kept in the settings
// per profile and re-read with GET batch on every poll).
//
// Never blocks: a poll that comes while one is running is skipped. The first load happens at
// start(); newBatchesAwaitingDecision() reports batches that entered pending_manager_approval since
// the previous poll, never on the first load, and never for a place that could not be read before
// (so a network glitch does not turn into a burst of notifications).
class InboxService : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState {
        Unknown, // no poll finished yet
        Connected, // everything read
        Partial, // some funds, configurations or tracked batches could not be read
        Offline, // nothing could be read
    };
    Q_ENUM(ConnectionState)

    InboxService(ApiClient *client, Settings *settings, const QString &profileName, const QStringList &fundClassKeys,
                 QObject *parent = nullptr);
    ~InboxService() override;

    void start(); // first load now, then every poll interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Polls now; false (nothing happens) when a poll is already under way.
    bool refresh();
    // The server now holds what it was still making at the start (Session::serverDataCompleted()):
    // polls now, or right after the poll under way, and what that poll finds counts as part of the
    // first load (no new-batch notification for it).
    void catchUp();
    bool isRefreshing() const { return m_polling; }
    int skippedPolls() const { return m_skipped; }

    // The interval comes from Settings (PollIntervalSeconds) unless overridden here (demo, tests).
    void setPollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pollInterval() const;

    const QList<InboxEntry> &entries() const { return m_entries; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    ConnectionState connectionState() const { return m_state; }
    QList<InboxFailure> failures() const { return m_failures; } // of the last poll
    // True when every configuration answered 404 on the (inferred) batch listing: only tracked
    // batches can be shown, and the UI says so.
    bool listingUnavailable() const { return m_listingUnavailable; }

    // Finds `externalId` in the profile's funds (BatchLocator), tracks it and polls; false when a
    // search is already running. trackingFinished() tells the outcome.
    bool trackBatch(const QString &externalId);
    void untrackBatch(const BatchRef &ref);
    QList<BatchRef> trackedBatches() const { return m_tracked; }

Q_SIGNALS:
    void refreshStarted();
    void refreshFinished();
    void entriesChanged();
    void newBatchesAwaitingDecision(const QList<cessio::InboxEntry> &entries);
    void trackingFinished(const cessio::BatchLocation &location);

private:
    struct TrackedRead
    {
        std::optional<Batch> batch;
        std::optional<AssetsSummary> summary;
        ApiError error;
        int pending = 2;
    };

    void loadTracked();
    void saveTracked();
    QString trackedSettingsKey() const;
    void onQueryFinished(const InboxResult &result);
    void readTracked(const BatchRef &ref);
    void finishIfDone();
    void applyPoll();
    void refreshAfterThisPoll();
    void applyInterval();

    ApiClient *m_client;
    Settings *m_settings;
    QString m_profileName;
    QStringList m_funds;
    QTimer m_timer;
    std::optional<std::chrono::milliseconds> m_intervalOverride;
    BatchLocator m_locator;

    bool m_polling = false;
    bool m_catchUpRequested = false; // the next poll started is a catch-up
    bool m_catchingUp = false; // the poll under way is one
    int m_skipped = 0;
    QPointer<InboxQuery> m_query;
    std::optional<InboxResult> m_queryResult;
    QHash<QString, TrackedRead> m_trackedReads;
    quint64 m_generation = 0;

    QList<BatchRef> m_tracked;
    QList<InboxEntry> m_entries;
    QList<InboxFailure> m_failures;
    QDateTime m_lastRefresh;
    ConnectionState m_state = ConnectionState::Unknown;
    bool m_listingUnavailable = false;

    // For the notification rule: what the previous poll could read, and what was pending then.
    bool m_hadPoll = false;
    QSet<QString> m_pending;
    QSet<QString> m_failedPlaces; // "fund|" and "fund|configuration" that the previous poll could not read
    QSet<QString> m_trackedRead; // tracked batches the previous poll read
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::InboxEntry)
