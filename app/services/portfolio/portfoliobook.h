#pragma once

#include "portfoliotypes.h"
#include "positionimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cessio {

class WorkspaceRunner;

// Everything Cessio keeps about one fund class's portfolio (issue 11): what the pro-forma needs and
// what the import dialog remembers. A plain value; PortfolioBook hands out immutable copies.
struct FundPortfolio
{
    QList<PortfolioPosition> positions; // the batches' and the last import's, in the order added
    QSet<QString> batchesAdded; // PortfolioBook::batchId of every batch whose positions are in
    NetAssets netAssets; // unset (not usable) until entered or imported
    PortfolioLimits limits; // empty until set
    std::optional<PositionImport::ColumnMapping> importMapping; // the last mapping used for this fund
    QString importedFile; // the last import's file name ("" when none)
    QDate importedPositionDate; // its reference date
    int importedCount = 0; // its positions

    friend bool operator==(const FundPortfolio &, const FundPortfolio &) = default;
};

// What this desktop's login may change in the funds' books: the team workspace's roles (approvers and
// admins set net assets and import, admins set limits; every member's desktop adds batches); a file
// or a single user's workspace: everything. The server enforces it; this is for the dialog.
struct PortfolioPermissions
{
    bool netAssetsAndImport = true;
    bool limits = true;
    friend bool operator==(const PortfolioPermissions &, const PortfolioPermissions &) = default;
};

// What the book changed in a fund's portfolio, for a storage that keeps changes rather than wholes.
struct PortfolioChange
{
    enum class Kind { AddBatch, ReplaceImport, NetAssets, Limits, ImportMapping };
    Kind kind = Kind::NetAssets;
    QString batchId; // AddBatch: PortfolioBook::batchId
    QList<PortfolioPosition> positions; // AddBatch: the batch's; ReplaceImport: the file's
};

// Where fund portfolios are kept: the gestora's workspace store (PortfolioWorkspaceStorage), or one
// owner-only file per fund (PortfolioFileStorage: tools, tests, and what the store imports once).
// Each stored portfolio has a revision that moves with every change, whoever makes it.
class PortfolioStorage
{
public:
    struct Saved
    {
        enum class Outcome { Kept, AlreadyIn, Failed };
        Outcome outcome = Outcome::Failed;
        qint64 revision = 0; // the stored portfolio's now
        bool storedIsAfter = false; // it is exactly `after`: nobody else changed it meanwhile
        QString error; // Failed: why, translated
    };

    virtual ~PortfolioStorage();
    // The stored portfolio and its revision; an empty FundPortfolio when there is none yet; nullopt with
    // a translated `error` when what is stored cannot be read (it is then left untouched).
    virtual std::optional<FundPortfolio> load(const QString &fundClassKey, QString *error, qint64 *revision) = 0;
    // The stored revision now, cheaply; nullopt when that cannot be told (the copy at hand is used).
    virtual std::optional<qint64> revision(const QString &fundClassKey) = 0;
    // Keeps `change`, which turned the portfolio read at revision `basedOn` into `after`, all or nothing.
    // AlreadyIn: the batch of an AddBatch was added meanwhile by someone else.
    virtual Saved save(const QString &fundClassKey, const FundPortfolio &after, const PortfolioChange &change, qint64 basedOn)
        = 0;
    virtual PortfolioPermissions permissions() { return {}; }
};

// One JSON file per fund class in `folder` (created owner-only), written atomically with QSaveFile.
class PortfolioFileStorage : public PortfolioStorage
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PortfolioFileStorage)

public:
    explicit PortfolioFileStorage(const QString &folder);
    // Revisions are always 0: the file is this desktop's alone.
    std::optional<FundPortfolio> load(const QString &fundClassKey, QString *error, qint64 *revision = nullptr) override;
    std::optional<qint64> revision(const QString &) override { return 0; }
    Saved save(const QString &fundClassKey, const FundPortfolio &after, const PortfolioChange &change, qint64 basedOn) override;
    // Writes `portfolio` as the fund's file. "" or why not (translated).
    QString write(const QString &fundClassKey, const FundPortfolio &portfolio) const;
    QString filePath(const QString &fundClassKey) const; // "<folder>/portfolio-<hash of key>.json"

    // The file's format, public for its tests.
    static QByteArray serialize(const QString &fundClassKey, const FundPortfolio &portfolio);
    static std::optional<FundPortfolio> parse(const QByteArray &bytes, const QString &fundClassKey, QString *error);

private:
    QString m_folder;
};

// The fund's book: per fund class, its positions, net assets, portfolio limits and remembered import
// mapping. Thread-safe; every call may reach the workspace database or a file, so call it off the UI
// thread. A fund read before is read again only when its stored revision moved (a colleague's change).
// Each change is saved before it is kept: when saving fails the book (and what is stored) stay as
// they were and the error is returned.
class PortfolioBook
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PortfolioBook)

public:
    explicit PortfolioBook(std::unique_ptr<PortfolioStorage> storage);
    // The file-backed book kept in `folder` (one folder per profile and server, beside the decision record).
    static std::shared_ptr<PortfolioBook> inFolder(const QString &folder);
    // The book in the workspace store `runner` opens (Session::portfolioBook, cessio-cli); the files a
    // desktop kept in `legacyFolder` before are imported into it once per fund.
    static std::shared_ptr<PortfolioBook> inWorkspace(const std::shared_ptr<WorkspaceRunner> &runner,
                                                      const QString &legacyFolder);

    // The key a batch is remembered by: "configurationKey/externalId".
    static QString batchId(const QString &configurationKey, const QString &externalId);

    // The fund's portfolio as stored (an empty one when none); nullptr with `error` when unreadable.
    std::shared_ptr<const FundPortfolio> fund(const QString &fundClassKey, QString *error = nullptr);

    enum class AddOutcome { Added, AlreadyIn, Failed };
    // Adds a completed batch's positions once: a batch seen complete twice is added once.
    AddOutcome addBatch(const QString &fundClassKey, const QString &batchId, const portfolio::BatchPositions &batch,
                        QString *error = nullptr);
    // Replaces the previous import's positions with `positions` (all of them: PositionImport gives all
    // or none) and remembers the mapping; the batches' positions stay. "" or why not.
    QString replaceImport(const QString &fundClassKey, const QList<PortfolioPosition> &positions,
                          const PositionImport::ColumnMapping &mapping, const QString &fileName, const QDate &positionDate);
    QString setNetAssets(const QString &fundClassKey, const NetAssets &netAssets);
    QString setLimits(const QString &fundClassKey, const PortfolioLimits &limits);
    QString setImportMapping(const QString &fundClassKey, const PositionImport::ColumnMapping &mapping);
    PortfolioPermissions permissions() { return m_storage->permissions(); }

private:
    // Applies `apply` to the current portfolio (false: nothing to change) and stores it as `change`.
    template<typename Apply>
    PortfolioStorage::Saved change(const QString &fundClassKey, const PortfolioChange &change, Apply &&apply);
    QString changeSetting(const QString &fundClassKey, PortfolioChange::Kind kind,
                          const std::function<bool(FundPortfolio &)> &apply);
    std::shared_ptr<const FundPortfolio> loadLocked(const QString &fundClassKey, QString *error);

    struct Loaded
    {
        std::shared_ptr<const FundPortfolio> portfolio;
        qint64 revision = 0;
    };

    std::unique_ptr<PortfolioStorage> m_storage;
    QMutex m_mutex; // one change at a time; guards m_loaded and the storage
    QHash<QString, Loaded> m_loaded;
};

} // namespace cessio
