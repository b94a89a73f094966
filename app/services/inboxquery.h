#pragma once

#include "qitech/apiclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cessio {

// One batch of the inbox, with where it lives.
struct InboxRow
{
    QString fundClassKey;
    AssignmentConfiguration configuration; // as listed: name, assignor, fund ...
    BatchListItem batch;
};

// A place the inbox could not read. An empty configurationKey means the fund's configuration
// listing failed, so none of that fund's batches are in the rows.
struct InboxFailure
{
    QString fundClassKey;
    QString configurationKey;
    QString configurationName;
    ApiError error;

    // The batch listing path is our inference [I] (reference §5.4): a 404 on it most likely means the
    // server does not offer it, not that the configuration is gone (we have just listed it).
    bool listingUnavailable() const { return !configurationKey.isEmpty() && error.httpStatus() == 404; }
    QString message() const; // for people, in their language
};

struct InboxResult
{
    QString status; // the status filter used
    QList<InboxRow> rows; // fund order, then configuration order, then as the server listed them
    QList<InboxFailure> failures;
    int configurationsListed = 0; // configurations whose batches were loaded

    bool complete() const { return failures.isEmpty(); }
};

// One-shot inbox: every batch with a given status across all funds and all their configurations.
// Lists each fund's configurations (allConfigurations), then each configuration's batches
// (allBatches with the status filter), a few configurations at a time. A failure is reported per
// fund or configuration without losing the rows that did load.
//
// Asynchronous and UI-free: start() returns at once and finished() comes once, later.
class InboxQuery : public QObject
{
    Q_OBJECT

public:
    explicit InboxQuery(ApiClient *client, QObject *parent = nullptr);
    ~InboxQuery() override;

    // How many configurations are listed at once (each may have several pages in flight; default 4).
    void setMaxInFlight(int configurations) { m_maxInFlight = qMax(1, configurations); }
    int maxInFlight() const { return m_maxInFlight; }

    // False (and nothing happens) when a query is already running or `funds` is empty.
    bool start(const QStringList &funds, const QString &status);
    void cancel(); // finished() is not emitted for a cancelled query
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Configurations whose batches are loaded (or failed), of those known so far.
    void progress(int configurationsDone, int configurationsKnown);
    void finished(const cessio::InboxResult &result);

private:
    struct Slot // one configuration, in display order
    {
        int fundIndex = 0;
        AssignmentConfiguration configuration;
        QList<BatchListItem> batches;
        bool done = false;
        bool failed = false;
    };

    void listConfigurations(int fundIndex);
    void pump();
    void finishIfDone();
    void stopAll();

    ApiClient *m_client;
    int m_maxInFlight = 4;
    bool m_running = false;
    quint64 m_generation = 0;
    QStringList m_funds;
    QString m_status;
    QList<QList<Slot>> m_slots; // per fund
    QList<QPair<int, int>> m_queue; // (fund, slot) waiting to be listed
    struct OrderedFailure
    {
        int fundIndex = 0;
        int slotIndex = -1; // -1: the fund's configuration listing
        InboxFailure failure;
    };
    QList<OrderedFailure> m_failures;
    int m_listingsPending = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_known = 0;
    QList<QPointer<PageFetcher>> m_fetchers;
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::InboxResult)
