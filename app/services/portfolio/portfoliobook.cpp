#include "portfoliobook.h"

#include "portfolioworkspace.h"

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

std::shared_ptr<PortfolioBook> PortfolioBook::inWorkspace(const std::shared_ptr<WorkspaceRunner> &runner,
                                                          const QString &legacyFolder)
{
    return std::make_shared<PortfolioBook>(std::make_unique<PortfolioWorkspaceStorage>(runner, legacyFolder));
}

QString PortfolioBook::batchId(const QString &configurationKey, const QString &externalId)
{
    return configurationKey + u'/' + externalId;
}

std::shared_ptr<const FundPortfolio> PortfolioBook::loadLocked(const QString &fundClassKey, QString *error)
{
    if (const auto loaded = m_loaded.constFind(fundClassKey); loaded != m_loaded.cend()) {
        // Unchanged since read, or the store cannot say now: the copy at hand.
        const std::optional<qint64> now = m_storage->revision(fundClassKey);
        if (!now || *now == loaded->revision)
            return loaded->portfolio;
    }
    QString problem;
    qint64 revision = 0;
    std::optional<FundPortfolio> stored = m_storage->load(fundClassKey, &problem, &revision);
    if (!stored) {
        // Not cached: what was repaired is read again on the next call.
        m_loaded.remove(fundClassKey);
        if (error)
            *error = problem;
        return nullptr;
    }
    auto portfolio = std::make_shared<const FundPortfolio>(std::move(*stored));
    m_loaded.insert(fundClassKey, { portfolio, revision });
    return portfolio;
}

std::shared_ptr<const FundPortfolio> PortfolioBook::fund(const QString &fundClassKey, QString *error)
{
    QMutexLocker lock(&m_mutex);
    return loadLocked(fundClassKey, error);
}

template<typename Apply>
PortfolioStorage::Saved PortfolioBook::change(const QString &fundClassKey, const PortfolioChange &change, Apply &&apply)
{
    using Saved = PortfolioStorage::Saved;
    QMutexLocker lock(&m_mutex);
    QString error;
    const std::shared_ptr<const FundPortfolio> current = loadLocked(fundClassKey, &error);
    if (!current)
        return Saved { Saved::Outcome::Failed, 0, false, error };
    FundPortfolio next = *current;
    if (!apply(next))
        return Saved { Saved::Outcome::AlreadyIn, 0, false, {} }; // nothing to change
    Saved saved = m_storage->save(fundClassKey, next, change, m_loaded.value(fundClassKey).revision);
    if (saved.outcome == Saved::Outcome::Kept && saved.storedIsAfter)
        m_loaded.insert(fundClassKey, { std::make_shared<const FundPortfolio>(std::move(next)), saved.revision });
    else if (saved.outcome != Saved::Outcome::Failed)
        m_loaded.remove(fundClassKey); // someone else changed it too: read it whole next time
    return saved;
}

PortfolioBook::AddOutcome PortfolioBook::addBatch(const QString &fundClassKey, const QString &batchId,
                                                  const portfolio::BatchPositions &batch, QString *error)
{
    const PortfolioChange what { PortfolioChange::Kind::AddBatch, batchId, batch.positions };
    const PortfolioStorage::Saved saved = change(fundClassKey, what, [&](FundPortfolio &p) {
        if (p.batchesAdded.contains(batchId))
            return false;
        p.batchesAdded.insert(batchId);
        p.positions += batch.positions;
        return true;
    });
    switch (saved.outcome) {
    case PortfolioStorage::Saved::Outcome::Kept:
        return AddOutcome::Added;
    case PortfolioStorage::Saved::Outcome::AlreadyIn:
        return AddOutcome::AlreadyIn;
    case PortfolioStorage::Saved::Outcome::Failed:
        break;
    }
    if (error)
        *error = saved.error;
    return AddOutcome::Failed;
}

QString PortfolioBook::changeSetting(const QString &fundClassKey, PortfolioChange::Kind kind,
                                     const std::function<bool(FundPortfolio &)> &apply)
{
    return change(fundClassKey, PortfolioChange { kind, {}, {} }, apply).error;
}

QString PortfolioBook::replaceImport(const QString &fundClassKey, const QList<PortfolioPosition> &positions,
                                     const PositionImport::ColumnMapping &mapping, const QString &fileName,
                                     const QDate &positionDate)
{
    const PortfolioChange what { PortfolioChange::Kind::ReplaceImport, {}, positions };
    return change(fundClassKey, what,
                  [&](FundPortfolio &p) {
                      p.positions.removeIf(
                          [](const PortfolioPosition &old) { return old.source == PortfolioPosition::Source::Import; });
                      p.positions += positions;
                      p.importMapping = mapping;
                      p.importedFile = fileName;
                      p.importedPositionDate = positionDate;
                      p.importedCount = int(positions.size());
                      return true;
                  })
        .error;
}

QString PortfolioBook::setNetAssets(const QString &fundClassKey, const NetAssets &netAssets)
{
    return changeSetting(fundClassKey, PortfolioChange::Kind::NetAssets,
                         [&](FundPortfolio &p) { return std::exchange(p.netAssets, netAssets) != netAssets; });
}

QString PortfolioBook::setLimits(const QString &fundClassKey, const PortfolioLimits &limits)
{
    return changeSetting(fundClassKey, PortfolioChange::Kind::Limits,
                         [&](FundPortfolio &p) { return std::exchange(p.limits, limits) != limits; });
}

QString PortfolioBook::setImportMapping(const QString &fundClassKey, const PositionImport::ColumnMapping &mapping)
{
    return changeSetting(fundClassKey, PortfolioChange::Kind::ImportMapping, [&](FundPortfolio &p) {
        const bool changed = p.importMapping != mapping;
        p.importMapping = mapping;
        return changed;
    });
}

} // namespace cessio
