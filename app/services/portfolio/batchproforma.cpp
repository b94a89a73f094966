#include "batchproforma.h"

#include "portfoliobook.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cessio {

BatchProForma BatchProForma::compute(PortfolioBook &book, const BatchRef &ref, const Batch &batch,
                                     const QList<AssetListItem> &assets)
{
    BatchProForma out;
    const auto held = book.fund(ref.fundClassKey, &out.problem);
    if (!held)
        return out;
    QList<PortfolioPosition> before = held->positions;
    if (held->batchesAdded.contains(PortfolioBook::batchId(ref.configurationKey, ref.externalId)))
        before.removeIf([&ref](const PortfolioPosition &p) {
            return p.source == PortfolioPosition::Source::Batch && p.sourceReference == ref.externalId;
        });
    out.bookEmpty = before.isEmpty() && !held->netAssets.isUsable();
    const portfolio::BatchPositions positions
        = portfolio::positionsFromBatch(assets, batch.configuration.assignor, ref.externalId, batch.date);
    out.result = ProForma::compute(before, positions, held->netAssets, held->limits, batch.date);
    return out;
}

BatchProFormaRunner::BatchProFormaRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<BatchProForma>::finished, this, &BatchProFormaRunner::onFinished);
}

BatchProFormaRunner::~BatchProFormaRunner()
{
    m_watcher.waitForFinished(); // the worker holds copies; this only avoids a late signal
}

void BatchProFormaRunner::run(const BatchRef &ref, const Batch &batch, const QList<AssetListItem> &assets)
{
    if (!m_book)
        return;
    if (m_running) {
        m_again = Input { ref, batch, assets };
        return;
    }
    m_running = true; // until the result is taken: the future ends before finished() is delivered
    m_watcher.setFuture(
        QtConcurrent::run([book = m_book, ref, batch, assets] { return BatchProForma::compute(*book, ref, batch, assets); }));
    Q_EMIT started();
}

void BatchProFormaRunner::onFinished()
{
    m_running = false;
    if (auto again = std::exchange(m_again, std::nullopt)) {
        run(again->ref, again->batch, again->assets);
        return;
    }
    m_latest = m_watcher.result();
    Q_EMIT ready();
}

} // namespace cessio
