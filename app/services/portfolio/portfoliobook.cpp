#include "portfoliobook.h"

#include <QMutexLocker>

#include <utility>

namespace cessio {

PortfolioBook::PortfolioBook(std::unique_ptr<PortfolioStorage> storage)
    : m_storage(std::move(storage))
{ }

std::shared_ptr<PortfolioBook> PortfolioBook::inFolder(const QString &folder)
{
    return std::make_shared<PortfolioBook>(std::make_unique<PortfolioFileStorage>(folder));
}

QString PortfolioBook::batchId(const QString &configurationKey, const QString &externalId)
{
    return configurationKey + u'/' + externalId;
}

std::shared_ptr<const FundPortfolio> PortfolioBook::loadLocked(const QString &fundClassKey, QString *error)
{
    if (const auto loaded = m_loaded.constFind(fundClassKey); loaded != m_loaded.cend())
        return *loaded;
    QString problem;
    std::optional<FundPortfolio> stored = m_storage->load(fundClassKey, &problem);
    if (!stored) {
        // Not cached: a file repaired by hand is read again on the next call.
        if (error)
            *error = problem;
        return nullptr;
    }
    auto portfolio = std::make_shared<const FundPortfolio>(std::move(*stored));
    m_loaded.insert(fundClassKey, portfolio);
    return portfolio;
}

std::shared_ptr<const FundPortfolio> PortfolioBook::fund(const QString &fundClassKey, QString *error)
{
    QMutexLocker lock(&m_mutex);
    return loadLocked(fundClassKey, error);
}

template<typename Change>
QString PortfolioBook::change(const QString &fundClassKey, Change &&apply)
{
    QMutexLocker lock(&m_mutex);
    QString error;
    const std::shared_ptr<const FundPortfolio> current = loadLocked(fundClassKey, &error);
    if (!current)
        return error;
    FundPortfolio next = *current;
    if (!apply(next))
        return {}; // nothing to change
    error = m_storage->save(fundClassKey, next);
    if (error.isEmpty())
        m_loaded.insert(fundClassKey, std::make_shared<const FundPortfolio>(std::move(next)));
    return error;
}

PortfolioBook::AddOutcome PortfolioBook::addBatch(const QString &fundClassKey, const QString &batchId,
                                                  const portfolio::BatchPositions &batch, QString *error)
{
    bool added = false;
    const QString problem = change(fundClassKey, [&](FundPortfolio &p) {
        if (p.batchesAdded.contains(batchId))
            return false;
        p.batchesAdded.insert(batchId);
        p.positions += batch.positions;
        added = true;
        return true;
    });
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return AddOutcome::Failed;
    }
    return added ? AddOutcome::Added : AddOutcome::AlreadyIn;
}

QString PortfolioBook::replaceImport(const QString &fundClassKey, const QList<PortfolioPosition> &positions,
                                     const PositionImport::ColumnMapping &mapping, const QString &fileName,
                                     const QDate &positionDate)
{
    return change(fundClassKey, [&](FundPortfolio &p) {
        p.positions.removeIf([](const PortfolioPosition &old) { return old.source == PortfolioPosition::Source::Import; });
        p.positions += positions;
        p.importMapping = mapping;
        p.importedFile = fileName;
        p.importedPositionDate = positionDate;
        p.importedCount = int(positions.size());
        return true;
    });
}

QString PortfolioBook::setNetAssets(const QString &fundClassKey, const NetAssets &netAssets)
{
    return change(fundClassKey, [&](FundPortfolio &p) { return std::exchange(p.netAssets, netAssets) != netAssets; });
}

QString PortfolioBook::setLimits(const QString &fundClassKey, const PortfolioLimits &limits)
{
    return change(fundClassKey, [&](FundPortfolio &p) { return std::exchange(p.limits, limits) != limits; });
}

QString PortfolioBook::setImportMapping(const QString &fundClassKey, const PositionImport::ColumnMapping &mapping)
{
    return change(fundClassKey, [&](FundPortfolio &p) {
        const bool changed = p.importMapping != mapping;
        p.importMapping = mapping;
        return changed;
    });
}

} // namespace cessio
