#pragma once

#include "qitech/apiclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace cessio {

// Where a batch was found, or why it was not.
struct BatchLocation
{
    enum class Status {
        Found,
        NotFound, // every configuration tried answered "not found"
        Failed, // not found, and at least one configuration (or a fund's listing) failed otherwise
    };

    // One configuration that could not be checked. An empty configurationKey means the listing of
    // the fund's configurations failed, so none of that fund's configurations was tried.
    struct Failure
    {
        QString fundClassKey;
        QString configurationKey;
        ApiError error;
    };

    Status status = Status::NotFound;
    BatchRef ref; // fund and configuration filled in when Found
    std::optional<Batch> batch; // the batch as read, when Found
    // The configuration as listed, when the locator listed the fund's configurations (the batch's own
    // copy in `batch->configuration` may be empty on old servers).
    std::optional<AssignmentConfiguration> configuration;
    int configurationsTried = 0;
    QList<Failure> failures;
    // What QI answered where the batch was not found (TRC000018 "Assignment not found" …), each distinct
    // answer once: shown with our sentence, never replaced by it.
    QList<ApiError> notFoundAnswers;

    bool found() const { return status == Status::Found; }
    // The first failure's error; none when there was no failure.
    ApiError firstError() const { return failures.isEmpty() ? ApiError() : failures.constFirst().error; }
    // For people: "Batch X was not found in any configuration of the fund(s)." or the failures.
    QString message() const;
};

// Finds the assignment configuration a batch belongs to, knowing only its external id: QI's batch
// paths need the configuration, and the manager usually knows only the fund. Without a configuration
// it lists every configuration of each fund and tries GET batch in each, a few at a time; with one,
// it tries that configuration in each fund. The first configuration that has the batch wins; nothing
// more is asked, and the answers of requests already in flight are ignored.
//
// Asynchronous and UI-free: locate() returns at once and finished() comes once, later.
class BatchLocator : public QObject
{
    Q_OBJECT

public:
    explicit BatchLocator(ApiClient *client, QObject *parent = nullptr);
    ~BatchLocator() override;

    // How many GET batch requests may be in flight at once (default 4).
    void setMaxInFlight(int requests) { m_maxInFlight = qMax(1, requests); }
    int maxInFlight() const { return m_maxInFlight; }

    // Starts a search; false (and nothing happens) when one is already running or `funds` is empty.
    bool locate(const QStringList &funds, const QString &externalId, const QString &configurationKey = {});
    void cancel(); // aborts the requests in flight; finished() is not emitted for a cancelled search
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const cessio::BatchLocation &location);

private:
    struct Candidate
    {
        QString fundClassKey;
        std::optional<AssignmentConfiguration> configuration; // when listed
        QString configurationKey;
    };

    void listConfigurations(const QString &fund);
    void pump();
    void onBatch(const Candidate &candidate, const ApiResult<Batch> &result);
    void finishIfDone();
    void complete(BatchLocation::Status status);
    void stopAll();

    ApiClient *m_client;
    int m_maxInFlight = 4;
    bool m_running = false;
    QString m_externalId;
    QList<Candidate> m_queue;
    int m_listingsPending = 0;
    int m_inFlight = 0;
    QList<QPointer<ApiCall>> m_calls;
    QList<QPointer<PageFetcher>> m_fetchers;
    BatchLocation m_result;
    quint64 m_generation = 0; // ignores late answers of an earlier, cancelled search
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::BatchLocation)
