#include "portfoliointake.h"

#include "portfoliobook.h"
#include "qitech/apiclient.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace cessio {

PortfolioIntake::PortfolioIntake(ApiClient *client, std::shared_ptr<PortfolioBook> book, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(client->transport(), this))
    , m_book(std::move(book))
{
    m_client->setPageSize(client->pageSize());
    m_client->setPagesInFlight(2);
    connect(&m_watcher, &QFutureWatcher<Step>::finished, this, &PortfolioIntake::onStep);
}

PortfolioIntake::~PortfolioIntake()
{
    ++m_generation;
    if (m_current && m_current->fetcher)
        m_current->fetcher->cancel();
    // A step on the worker holds its own copies (the book by shared_ptr); wait so it ends before us.
    m_watcher.waitForFinished();
}

void PortfolioIntake::feed(const QList<InboxEntry> &entries)
{
    if (!m_book)
        return;
    for (const InboxEntry &entry : entries) {
        if (entry.batch.status.value() != BatchStatus::Completed || m_done.contains(entry.key()))
            continue;
        if (m_current && m_current->entry.key() == entry.key())
            continue;
        const bool queued
            = std::any_of(m_queue.cbegin(), m_queue.cend(), [&entry](const InboxEntry &q) { return q.key() == entry.key(); });
        if (!queued)
            m_queue.append(entry);
    }
    startNext();
}

void PortfolioIntake::startNext()
{
    if (m_current)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_current = Current { m_queue.takeFirst(), {}, {} };
    const BatchRef ref = m_current->entry.ref;
    m_checkingBook = true;
    m_watcher.setFuture(QtConcurrent::run([book = m_book, ref] {
        Step step;
        QString error;
        const auto held = book->fund(ref.fundClassKey, &error);
        step.error = error;
        step.alreadyIn = held && held->batchesAdded.contains(PortfolioBook::batchId(ref.configurationKey, ref.externalId));
        return step;
    }));
}

void PortfolioIntake::readAssets()
{
    const quint64 generation = ++m_generation;
    m_current->fetcher = m_client->allAssets(
        m_current->entry.ref, this,
        [this, generation](const QList<AssetListItem> &page) {
            if (generation == m_generation && m_current)
                m_current->pages.append(page);
        },
        [this, generation](const ApiResult<qsizetype> &result) {
            if (generation != m_generation || !m_current)
                return;
            m_current->fetcher = nullptr;
            if (!result.ok()) {
                finishCurrent(result.error.userMessage());
                return;
            }
            const InboxEntry entry = m_current->entry;
            m_checkingBook = false;
            // Joined, split into positions and saved on the worker: a 20,000-asset batch never touches the UI thread.
            m_watcher.setFuture(QtConcurrent::run([pages = std::exchange(m_current->pages, {}), entry, book = m_book] {
                QList<AssetListItem> assets;
                for (const QList<AssetListItem> &page : pages)
                    assets += page;
                const portfolio::BatchPositions positions
                    = portfolio::positionsFromBatch(assets, entry.assignor, entry.ref.externalId, entry.batch.date);
                Step step;
                const auto outcome = book->addBatch(entry.ref.fundClassKey,
                                                    PortfolioBook::batchId(entry.ref.configurationKey, entry.ref.externalId),
                                                    positions, &step.error);
                step.alreadyIn = outcome == PortfolioBook::AddOutcome::AlreadyIn;
                step.added = outcome == PortfolioBook::AddOutcome::Added ? int(positions.positions.size()) : 0;
                return step;
            }));
        });
}

void PortfolioIntake::onStep()
{
    if (!m_current || !m_watcher.future().isFinished() || m_watcher.future().isCanceled())
        return;
    const Step step = m_watcher.result();
    if (!step.error.isEmpty()) {
        finishCurrent(step.error);
        return;
    }
    if (m_checkingBook && !step.alreadyIn) {
        readAssets();
        return;
    }
    if (!step.alreadyIn)
        Q_EMIT batchAdded(m_current->entry.ref, step.added);
    finishCurrent(std::nullopt);
}

void PortfolioIntake::finishCurrent(const std::optional<QString> &error)
{
    const InboxEntry entry = std::exchange(m_current, std::nullopt)->entry;
    if (error)
        Q_EMIT batchFailed(entry.ref, *error);
    else
        m_done.insert(entry.key());
    startNext();
}

} // namespace cessio
