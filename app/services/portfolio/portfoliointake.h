#pragma once

#include "services/inboxservice.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace cessio {

class PageFetcher;
class PortfolioBook;

// Puts into the fund's book the positions of every batch Cessio sees completed (issue 11): fed with
// each poll's inbox entries, it takes the completed batches the book does not hold yet, one at a time,
// reads their assets (its own ApiClient, two pages in flight: it should not compete with a review) and
// adds portfolio::positionsFromBatch to the book on a worker thread. The book adds a batch once, so a
// batch seen completed again — in this session or the next — is not added twice (and its assets are
// not read again: the book is asked first, on the worker). A batch that could not be read or added is
// tried again on the next poll.
class PortfolioIntake : public QObject
{
    Q_OBJECT

public:
    PortfolioIntake(ApiClient *client, std::shared_ptr<PortfolioBook> book, QObject *parent = nullptr);
    ~PortfolioIntake() override;

    void feed(const QList<InboxEntry> &entries);
    bool isIdle() const { return !m_current && m_queue.isEmpty(); }

Q_SIGNALS:
    // The batch's positions are now in the fund's book (`positions` of them).
    void batchAdded(const cessio::BatchRef &ref, int positions);
    // It could not be read or added (translated); retried on the next poll.
    void batchFailed(const cessio::BatchRef &ref, const QString &error);
    void idle();

private:
    // What a worker step found: whether the book already has the batch, what it added, or why not.
    struct Step
    {
        bool alreadyIn = false;
        int added = 0;
        QString error;
    };
    struct Current
    {
        InboxEntry entry;
        QList<QList<AssetListItem>> pages;
        QPointer<PageFetcher> fetcher;
    };
    void startNext();
    void readAssets();
    void onStep();
    void finishCurrent(const std::optional<QString> &error);

    ApiClient *m_client;
    std::shared_ptr<PortfolioBook> m_book;
    QList<InboxEntry> m_queue;
    QSet<QString> m_done; // entry keys the book holds
    std::optional<Current> m_current;
    QFutureWatcher<Step> m_watcher;
    bool m_checkingBook = false; // the step running is the book lookup (else the add)
    quint64 m_generation = 0;
};

} // namespace cessio
