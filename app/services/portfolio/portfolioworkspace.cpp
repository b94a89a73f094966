#include "portfolioworkspace.h"

#include "portfoliojson.h"
#include "services/workspace/workspacerunner.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace cessio {

using namespace workspace;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The book's revision: the store's, and which store it was (the runner may open another, say the team's
// server after the local file): revisions of two stores never compare equal.
qint64 markOf(const QAtomicInt &opens, qint64 revision)
{
    return (qint64(opens.loadRelaxed()) << 40) + revision;
}

// "configurationKey/externalId" → externalId: configuration keys are UUIDs, only the batch's id may hold '/'.
QString externalIdOf(const QString &batchId)
{
    return batchId.mid(batchId.indexOf(u'/') + 1);
}

QList<QByteArray> importChunks(const QList<PortfolioPosition> &positions)
{
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < positions.size(); at += PortfolioWorkspaceStorage::importChunk)
        chunks.append(portfoliojson::positionsText(positions.mid(at, PortfolioWorkspaceStorage::importChunk)));
    return chunks;
}

StoreResult<PortfolioWrite> marked(const QAtomicInt &opens, StoreResult<PortfolioWrite> written)
{
    if (written.ok())
        written.value->revision = markOf(opens, written.value->revision);
    return written;
}

const PortfolioPart *findPart(const StoredPortfolio &p, const PortfolioPart &like)
{
    for (const PortfolioPart &part : p.parts)
        if (part.isImport == like.isImport && part.source == like.source && part.chunk == like.chunk)
            return &part;
    return nullptr;
}

} // namespace

PortfolioWorkspaceStorage::PortfolioWorkspaceStorage(std::shared_ptr<WorkspaceRunner> runner, const QString &legacyFolder)
    : m_runner(std::move(runner))
    , m_legacy(legacyFolder)
{ }

StoredPortfolio PortfolioWorkspaceStorage::toStored(const FundPortfolio &portfolio)
{
    StoredPortfolio stored;
    if (portfolio.netAssets != NetAssets())
        stored.netAssets = portfoliojson::compact(portfoliojson::netAssets(portfolio.netAssets));
    if (!portfolio.limits.isEmpty())
        stored.limits = portfoliojson::compact(portfoliojson::limits(portfolio.limits));
    if (portfolio.importMapping || !portfolio.importedFile.isEmpty())
        stored.import = portfoliojson::compact(portfoliojson::import(portfolio));
    // Batch positions name the batch by its external id; the book knows batches by configuration and id.
    QHash<QString, QList<PortfolioPosition>> ofReference;
    QList<PortfolioPosition> imported;
    for (const PortfolioPosition &p : portfolio.positions) {
        if (p.source == PortfolioPosition::Source::Import)
            imported.append(p);
        else
            ofReference[p.sourceReference].append(p);
    }
    QStringList batches(portfolio.batchesAdded.cbegin(), portfolio.batchesAdded.cend());
    batches.sort();
    for (const QString &id : std::as_const(batches)) // a reference two batches share goes with the first
        stored.parts.append({ false, id, 0, portfoliojson::positionsText(ofReference.take(externalIdOf(id))) });
    // Positions of no batch the book lists (never written so by Cessio): kept, under their reference.
    QStringList orphans = ofReference.keys();
    orphans.sort();
    for (const QString &reference : std::as_const(orphans))
        stored.parts.append({ false, u"legacy/"_s + reference, 0, portfoliojson::positionsText(ofReference.value(reference)) });
    const QList<QByteArray> chunks = importChunks(imported);
    for (qsizetype i = 0; i < chunks.size(); ++i)
        stored.parts.append({ true, {}, int(i), chunks.at(i) });
    return stored;
}

std::optional<FundPortfolio> PortfolioWorkspaceStorage::fromStored(const StoredPortfolio &stored, QString *error)
{
    try {
        FundPortfolio out;
        if (!stored.netAssets.isEmpty())
            out.netAssets = portfoliojson::readNetAssets(portfoliojson::parseObject(stored.netAssets, u"net_assets"_s));
        if (!stored.limits.isEmpty())
            out.limits = portfoliojson::readLimits(portfoliojson::parseObject(stored.limits, u"limits"_s));
        if (!stored.import.isEmpty())
            portfoliojson::readImport(portfoliojson::parseObject(stored.import, u"import"_s), out);
        for (const PortfolioPart &part : stored.parts) {
            portfoliojson::readPositionsText(part.json, part.isImport ? u"import"_s : part.source, out.positions);
            if (!part.isImport && !part.source.startsWith(u"legacy/"))
                out.batchesAdded.insert(part.source);
        }
        return out;
    } catch (const portfoliojson::Flaw &flaw) {
        if (error)
            *error = tr("The fund's portfolio in the workspace cannot be read (%1). Nothing was changed in it.").arg(flaw.what);
        return std::nullopt;
    }
}

QString PortfolioWorkspaceStorage::importLegacyFile(WorkspaceStore &store, const QString &fundClassKey, const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    const auto done = store.wasImported(u"portfolio"_s, path);
    if (!done.ok())
        return done.error;
    if (*done.value)
        return {};
    QString flaw;
    const std::optional<FundPortfolio> file = PortfolioFileStorage(QFileInfo(path).absolutePath()).load(fundClassKey, &flaw);
    const auto kept = [&](const QString &why) {
        return tr("The portfolio this computer kept in %1 was not moved into the workspace: %2 The file is left as it is; "
                  "move it away to use the workspace's portfolio without it.")
            .arg(QDir::toNativeSeparators(path), why);
    };
    if (!file)
        return kept(flaw);
    const auto before = store.portfolio(fundClassKey);
    if (!before.ok())
        return before.error;
    const StoredPortfolio legacy = toStored(*file);
    // What this import writes must read back exactly; what the store had before is left as it was.
    const auto check = [&](const StoredPortfolio &after, QString *error) {
        QString unreadable;
        if (!fromStored(after, &unreadable)) {
            *error = kept(unreadable);
            return false;
        }
        for (const PortfolioPart &part : legacy.parts) {
            if (findPart(*before.value, part) || (part.isImport && !before.value->import.isEmpty()))
                continue;
            const PortfolioPart *stored = findPart(after, part);
            if (!stored || stored->json != part.json) {
                *error = kept(tr("the positions of %1 did not read back as the file has them.")
                                  .arg(part.isImport ? tr("the imported file") : part.source));
                return false;
            }
        }
        const std::pair<QByteArray, QByteArray> settings[] = { { before.value->netAssets, after.netAssets },
                                                               { before.value->limits, after.limits },
                                                               { before.value->import, after.import } };
        const QByteArray *mine[] = { &legacy.netAssets, &legacy.limits, &legacy.import };
        for (int i = 0; i < 3; ++i) {
            if (settings[i].first.isEmpty() && !mine[i]->isEmpty() && settings[i].second != *mine[i]) {
                *error = kept(tr("the fund's net assets, limits or import did not read back as the file has them."));
                return false;
            }
        }
        return true;
    };
    const auto imported = store.importPortfolio(fundClassKey, legacy, path, nowMs(), check);
    return imported.ok() ? QString() : imported.error;
}

std::optional<FundPortfolio> PortfolioWorkspaceStorage::load(const QString &fundClassKey, QString *error, qint64 *revision)
{
    // The job holds neither this storage nor the runner: its last owner must never be the store's thread.
    const QString legacyPath = m_legacy.filePath(fundClassKey);
    const auto read = m_runner
                          ->run([fundClassKey, legacyPath, opens = m_runner->opens()](WorkspaceStore &store) {
                              if (const QString problem = importLegacyFile(store, fundClassKey, legacyPath); !problem.isEmpty())
                                  return StoreResult<StoredPortfolio>::failure(problem);
                              auto stored = store.portfolio(fundClassKey);
                              if (stored.ok())
                                  stored.value->revision = markOf(*opens, stored.value->revision);
                              return stored;
                          })
                          .result();
    if (!read.ok()) {
        if (error)
            *error = read.error;
        return std::nullopt;
    }
    std::optional<FundPortfolio> portfolio = fromStored(*read.value, error);
    if (portfolio && revision)
        *revision = read.value->revision;
    return portfolio;
}

std::optional<qint64> PortfolioWorkspaceStorage::revision(const QString &fundClassKey)
{
    const auto now = m_runner
                         ->run([fundClassKey, opens = m_runner->opens()](WorkspaceStore &store) {
                             auto revision = store.portfolioRevision(fundClassKey);
                             if (revision.ok())
                                 *revision.value = markOf(*opens, *revision.value);
                             return revision;
                         })
                         .result();
    return now.value;
}

PortfolioPermissions PortfolioWorkspaceStorage::permissions()
{
    const auto role = m_runner
                          ->run([](WorkspaceStore &store) -> StoreResult<std::optional<Role>> {
                              if (store.backendName() != u"postgresql")
                                  return StoreResult<std::optional<Role>>::success(Role::Admin); // one person's file
                              const auto members = store.members();
                              if (!members.ok())
                                  return StoreResult<std::optional<Role>>::failure(members.error);
                              for (const Member &member : *members.value)
                                  if (member.login == store.login())
                                      return StoreResult<std::optional<Role>>::success(member.role);
                              return StoreResult<std::optional<Role>>::success(std::nullopt);
                          })
                          .result();
    if (!role.ok())
        return {}; // the server still decides
    const std::optional<Role> r = *role.value;
    return { r == Role::Approver || r == Role::Admin, r == Role::Admin };
}

PortfolioStorage::Saved PortfolioWorkspaceStorage::save(const QString &fundClassKey, const FundPortfolio &after,
                                                        const PortfolioChange &change, qint64 basedOn)
{
    using Kind = PortfolioChange::Kind;
    StoreResult<PortfolioWrite> written;
    switch (change.kind) {
    case Kind::AddBatch: {
        const QByteArray json = portfoliojson::positionsText(change.positions);
        written = m_runner
                      ->run([fundClassKey, batchId = change.batchId, json, opens = m_runner->opens()](WorkspaceStore &store) {
                          return marked(*opens, store.addPortfolioBatch(fundClassKey, batchId, json, nowMs()));
                      })
                      .result();
        break;
    }
    case Kind::ReplaceImport: {
        const QList<QByteArray> chunks = importChunks(change.positions);
        const QByteArray json = portfoliojson::compact(portfoliojson::import(after));
        written = m_runner
                      ->run([fundClassKey, chunks, json, opens = m_runner->opens()](WorkspaceStore &store) {
                          return marked(*opens, store.replacePortfolioImport(fundClassKey, chunks, json, nowMs()));
                      })
                      .result();
        break;
    }
    case Kind::NetAssets:
    case Kind::Limits:
    case Kind::ImportMapping: {
        const PortfolioSetting setting = change.kind == Kind::NetAssets ? PortfolioSetting::NetAssets
            : change.kind == Kind::Limits                               ? PortfolioSetting::Limits
                                                                        : PortfolioSetting::Import;
        const QByteArray json = portfoliojson::compact(change.kind == Kind::NetAssets ? portfoliojson::netAssets(after.netAssets)
                                                           : change.kind == Kind::Limits ? portfoliojson::limits(after.limits)
                                                                                         : portfoliojson::import(after));
        written = m_runner
                      ->run([fundClassKey, setting, json, opens = m_runner->opens()](WorkspaceStore &store) {
                          return marked(*opens, store.setPortfolioSetting(fundClassKey, setting, json, nowMs()));
                      })
                      .result();
        break;
    }
    }
    if (!written.ok())
        return { Saved::Outcome::Failed, 0, false, written.error };
    if (!written.value->changed)
        return { Saved::Outcome::AlreadyIn, written.value->revision, false, {} };
    return { Saved::Outcome::Kept, written.value->revision, written.value->revision == basedOn + 1, {} };
}

} // namespace cessio
