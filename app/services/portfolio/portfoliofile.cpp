// PortfolioFileStorage: the fund's book as one owner-only JSON file per fund class. The file is read as
// hostile: every field is type- and range-checked, and anything wrong refuses the whole file (the book
// then reports it and leaves the file as it is) rather than dropping positions silently.
#include "portfoliobook.h"
#include "portfoliojson.h"
#include "services/ownerfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cessio {

namespace {

constexpr auto formatName = "cessio-portfolio"_L1;
constexpr int formatVersion = 1;

} // namespace

PortfolioStorage::~PortfolioStorage() = default;

PortfolioFileStorage::PortfolioFileStorage(const QString &folder)
    : m_folder(folder)
{ }

QString PortfolioFileStorage::filePath(const QString &fundClassKey) const
{
    // A fund class key comes from the server: hashed, it can never name another path.
    const QByteArray digest = QCryptographicHash::hash(fundClassKey.toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_folder).filePath(u"portfolio-"_s + QString::fromLatin1(digest.toHex().left(16)) + u".json"_s);
}

QByteArray PortfolioFileStorage::serialize(const QString &fundClassKey, const FundPortfolio &portfolio)
{
    QStringList batches(portfolio.batchesAdded.cbegin(), portfolio.batchesAdded.cend());
    batches.sort(); // the same book writes the same file
    const QJsonObject json {
        { u"format"_s, QString(formatName) },
        { u"version"_s, formatVersion },
        { u"fund_class_key"_s, fundClassKey },
        { u"net_assets"_s, portfoliojson::netAssets(portfolio.netAssets) },
        { u"limits"_s, portfoliojson::limits(portfolio.limits) },
        { u"import"_s, portfoliojson::import(portfolio) },
        { u"batches"_s, QJsonArray::fromStringList(batches) },
        { u"positions"_s, portfoliojson::positions(portfolio.positions) },
    };
    return portfoliojson::compact(json);
}

std::optional<FundPortfolio> PortfolioFileStorage::parse(const QByteArray &bytes, const QString &fundClassKey, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject json = document.object();
    try {
        if (!document.isObject())
            throw portfoliojson::Flaw {
                tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
            };
        if (json.value("format"_L1).toString() != formatName)
            throw portfoliojson::Flaw { tr("it is not a Cessio portfolio file") };
        if (json.value("version"_L1).toInt() != formatVersion)
            throw portfoliojson::Flaw {
                tr("it was written by another version of Cessio (format %1)").arg(json.value("version"_L1).toInt())
            };
        if (json.value("fund_class_key"_L1).toString() != fundClassKey)
            throw portfoliojson::Flaw { tr("it belongs to another fund class") };
        FundPortfolio out;
        out.netAssets = portfoliojson::readNetAssets(json.value("net_assets"_L1).toObject());
        out.limits = portfoliojson::readLimits(json.value("limits"_L1).toObject());
        portfoliojson::readImport(json.value("import"_L1).toObject(), out);
        for (const QJsonValue &id : json.value("batches"_L1).toArray())
            out.batchesAdded.insert(portfoliojson::readText(id, "batches"));
        portfoliojson::readPositions(json.value("positions"_L1).toArray(), out.positions);
        return out;
    } catch (const portfoliojson::Flaw &flaw) {
        if (error)
            *error = flaw.what;
        return std::nullopt;
    }
}

std::optional<FundPortfolio> PortfolioFileStorage::load(const QString &fundClassKey, QString *error, qint64 *revision)
{
    if (revision)
        *revision = 0;
    const QString path = filePath(fundClassKey);
    QFile file(path);
    if (!file.exists())
        return FundPortfolio {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The portfolio file %1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString flaw;
    std::optional<FundPortfolio> portfolio = parse(file.readAll(), fundClassKey, &flaw);
    if (!portfolio && error)
        *error = tr("The portfolio file %1 cannot be read (%2). It was left as it is; no change is saved over it.")
                     .arg(QDir::toNativeSeparators(path), flaw);
    return portfolio;
}

QString PortfolioFileStorage::write(const QString &fundClassKey, const FundPortfolio &portfolio) const
{
    if (!ownerfiles::makeFolder(m_folder))
        return tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_folder));
    const QString path = filePath(fundClassKey);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ownerfiles::restrict(file))
        return tr("The portfolio file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(serialize(fundClassKey, portfolio));
    if (!file.commit())
        return tr("The portfolio file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

PortfolioStorage::Saved PortfolioFileStorage::save(const QString &fundClassKey, const FundPortfolio &after,
                                                   const PortfolioChange &, qint64)
{
    const QString error = write(fundClassKey, after);
    return { error.isEmpty() ? Saved::Outcome::Kept : Saved::Outcome::Failed, 0, error.isEmpty(), error };
}

} // namespace cessio
