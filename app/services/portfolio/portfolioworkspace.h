#pragma once

#include "portfoliobook.h"
#include "services/workspace/workspacestore.h"

#include <QCoreApplication>

#include <memory>

namespace cessio {

class WorkspaceRunner;

// The funds' portfolios in the gestora's workspace store (issue 11), so that every desktop of the team
// computes the pro-forma over the same book: a batch seen complete is added once whichever desktop sees
// it, and a colleague's net assets, limits or import are used as soon as they are saved. Each call waits
// on the store's thread (WorkspaceRunner): call it from a worker, never the UI thread. Parsing and
// serialising happen on the calling thread, not the store's.
//
// A desktop's portfolio files from before (PortfolioFileStorage, one per fund) are imported once per
// file and login the first time the fund is read, checked by reading them back; the file is kept.
class PortfolioWorkspaceStorage : public PortfolioStorage
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PortfolioWorkspaceStorage)

public:
    PortfolioWorkspaceStorage(std::shared_ptr<WorkspaceRunner> runner, const QString &legacyFolder);

    std::optional<FundPortfolio> load(const QString &fundClassKey, QString *error, qint64 *revision) override;
    std::optional<qint64> revision(const QString &fundClassKey) override;
    Saved save(const QString &fundClassKey, const FundPortfolio &after, const PortfolioChange &change, qint64 basedOn) override;
    // From the login's role on PostgreSQL; everything on SQLite, or when the members cannot be read.
    PortfolioPermissions permissions() override;

    // The administrator's file is kept in chunks of this many positions (one row each).
    static constexpr int importChunk = 20000;
    // The conversions, public for their tests.
    static workspace::StoredPortfolio toStored(const FundPortfolio &portfolio);
    static std::optional<FundPortfolio> fromStored(const workspace::StoredPortfolio &stored, QString *error);
    // On the store's thread: imports the legacy file at `path` unless this login did before.
    // "" or why not (translated; the file is left as it is and tried again next time).
    static QString importLegacyFile(WorkspaceStore &store, const QString &fundClassKey, const QString &path);

private:
    std::shared_ptr<WorkspaceRunner> m_runner;
    PortfolioFileStorage m_legacy;
};

} // namespace cessio
