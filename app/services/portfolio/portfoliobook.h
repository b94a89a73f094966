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

#include <memory>
#include <optional>

namespace cessio {

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

// Where fund portfolios are kept. Today one owner-only file per fund (PortfolioFileStorage); the
// workspace store (issue 10) can take this over by implementing the same two calls.
class PortfolioStorage
{
public:
    virtual ~PortfolioStorage();
    // The stored portfolio; an empty FundPortfolio when there is none yet; nullopt with a translated
    // `error` when what is stored cannot be read (it is then left untouched).
    virtual std::optional<FundPortfolio> load(const QString &fundClassKey, QString *error) = 0;
    // Replaces the stored portfolio, all or nothing. "" or why it could not (translated).
    virtual QString save(const QString &fundClassKey, const FundPortfolio &portfolio) = 0;
};

// One JSON file per fund class in `folder` (created owner-only), written atomically with QSaveFile.
class PortfolioFileStorage : public PortfolioStorage
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PortfolioFileStorage)

public:
    explicit PortfolioFileStorage(const QString &folder);
    std::optional<FundPortfolio> load(const QString &fundClassKey, QString *error) override;
    QString save(const QString &fundClassKey, const FundPortfolio &portfolio) override;
    QString filePath(const QString &fundClassKey) const; // "<folder>/portfolio-<hash of key>.json"

    // The file's format, public for its tests.
    static QByteArray serialize(const QString &fundClassKey, const FundPortfolio &portfolio);
    static std::optional<FundPortfolio> parse(const QByteArray &bytes, const QString &fundClassKey, QString *error);

private:
    QString m_folder;
};

// The fund's book: per fund class, its positions, net assets, portfolio limits and remembered import
// mapping. Thread-safe; every call may read or write a file, so call it off the UI thread (the
// snapshot of a fund already loaded is cheap). Each change is saved before it is kept: when saving
// fails the book (and the file) stay as they were and the error is returned.
class PortfolioBook
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PortfolioBook)

public:
    explicit PortfolioBook(std::unique_ptr<PortfolioStorage> storage);
    // The file-backed book kept in `folder` (Session::portfolioBook: one folder per profile and server,
    // beside the decision record).
    static std::shared_ptr<PortfolioBook> inFolder(const QString &folder);

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

private:
    template<typename Change>
    QString change(const QString &fundClassKey, Change &&apply);
    std::shared_ptr<const FundPortfolio> loadLocked(const QString &fundClassKey, QString *error);

    std::unique_ptr<PortfolioStorage> m_storage;
    QMutex m_mutex; // one change at a time; guards m_loaded and the storage
    QHash<QString, std::shared_ptr<const FundPortfolio>> m_loaded;
};

} // namespace cessio
