// PortfolioFileStorage: the fund's book as one owner-only JSON file per fund class. The file is read as
// hostile: every field is type- and range-checked, and anything wrong refuses the whole file (the book
// then reports it and leaves the file as it is) rather than dropping positions silently.
#include "portfoliobook.h"
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
constexpr int maxBasisPoints = 10000;

// Position columns, in this order, in each row of "positions".
enum Column {
    Source,
    Reference,
    AssetId,
    DebtorDoc,
    DebtorName,
    AssignorDoc,
    AssignorName,
    Type,
    Face,
    Present,
    Due,
    Acquired,
    HeldOn,
    ColumnCount
};

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Thrown inside parse() only, caught there: the first problem names the file's flaw.
struct Flaw
{
    QString what;
};

class Reader
{
public:
    static QString text(const QJsonValue &v, const char *field)
    {
        if (!v.isString())
            throw Flaw { PortfolioFileStorage::tr("%1 is not text").arg(QLatin1StringView(field)) };
        return v.toString();
    }
    static QDate date(const QJsonValue &v, const char *field)
    {
        const QString t = text(v, field);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            throw Flaw { PortfolioFileStorage::tr("%1 is not a date").arg(QLatin1StringView(field)) };
        return d;
    }
    static qint64 integer(const QJsonValue &v, const char *field, qint64 min, qint64 max)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max)
            throw Flaw { PortfolioFileStorage::tr("%1 is not a whole number in range").arg(QLatin1StringView(field)) };
        return qint64(d);
    }
    static Money money(const QJsonValue &v, const char *field)
    {
        return Money::fromCentavos(integer(v, field, -Money::maxExactCentavos, Money::maxExactCentavos));
    }
    static std::optional<int> basisPoints(const QJsonValue &v, const char *field)
    {
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return int(integer(v, field, 0, maxBasisPoints));
    }
};

QJsonObject limitsJson(const PortfolioLimits &limits)
{
    QJsonArray related;
    for (const auto &party : limits.relatedParties)
        related.append(QJsonObject { { u"root"_s, party.root }, { u"name"_s, party.name } });
    return QJsonObject {
        { u"max_debtor_bp"_s, optionalInt(limits.maxDebtorBasisPoints) },
        { u"max_assignor_bp"_s, optionalInt(limits.maxAssignorBasisPoints) },
        { u"top_debtors_count"_s, limits.topDebtorsCount },
        { u"max_top_debtors_bp"_s, optionalInt(limits.maxTopDebtorsBasisPoints) },
        { u"min_credit_rights_bp"_s, optionalInt(limits.minCreditRightsBasisPoints) },
        { u"related_parties"_s, related },
        { u"max_related_parties_bp"_s, optionalInt(limits.maxRelatedPartiesBasisPoints) },
    };
}

PortfolioLimits readLimits(const QJsonObject &json)
{
    PortfolioLimits limits;
    limits.maxDebtorBasisPoints = Reader::basisPoints(json.value("max_debtor_bp"_L1), "max_debtor_bp");
    limits.maxAssignorBasisPoints = Reader::basisPoints(json.value("max_assignor_bp"_L1), "max_assignor_bp");
    limits.topDebtorsCount = int(Reader::integer(json.value("top_debtors_count"_L1), "top_debtors_count", 1, 1000));
    limits.maxTopDebtorsBasisPoints = Reader::basisPoints(json.value("max_top_debtors_bp"_L1), "max_top_debtors_bp");
    limits.minCreditRightsBasisPoints = Reader::basisPoints(json.value("min_credit_rights_bp"_L1), "min_credit_rights_bp");
    limits.maxRelatedPartiesBasisPoints = Reader::basisPoints(json.value("max_related_parties_bp"_L1), "max_related_parties_bp");
    for (const QJsonValue &v : json.value("related_parties"_L1).toArray()) {
        const QJsonObject party = v.toObject();
        PortfolioLimits::RelatedParty p { Reader::text(party.value("root"_L1), "related_parties.root"),
                                          Reader::text(party.value("name"_L1), "related_parties.name") };
        if (p.root.isEmpty())
            throw Flaw { PortfolioFileStorage::tr("a related party has no CPF/CNPJ root") };
        limits.relatedParties.append(p);
    }
    return limits;
}

QJsonArray positionJson(const PortfolioPosition &p)
{
    QJsonArray row;
    row.append(p.source == PortfolioPosition::Source::Import ? u"import"_s : u"batch"_s);
    row.append(p.sourceReference);
    row.append(p.assetId);
    row.append(p.debtorDocument);
    row.append(p.debtorName);
    row.append(p.assignorDocument);
    row.append(p.assignorName);
    row.append(p.type.apiName());
    row.append(double(p.faceValue.centavos()));
    row.append(double(p.presentValue.centavos()));
    row.append(isoDate(p.dueDate));
    row.append(isoDate(p.acquiredDate));
    row.append(isoDate(p.heldOn));
    return row;
}

PortfolioPosition readPosition(const QJsonValue &value)
{
    const QJsonArray row = value.toArray();
    if (!value.isArray() || row.size() != ColumnCount)
        throw Flaw { PortfolioFileStorage::tr("a position is not a row of %1 fields").arg(int(ColumnCount)) };
    PortfolioPosition p;
    const QString source = Reader::text(row[Source], "source");
    if (source != "batch"_L1 && source != "import"_L1)
        throw Flaw { PortfolioFileStorage::tr("a position's source is neither batch nor import") };
    p.source = source == "import"_L1 ? PortfolioPosition::Source::Import : PortfolioPosition::Source::Batch;
    p.sourceReference = Reader::text(row[Reference], "reference");
    p.assetId = Reader::text(row[AssetId], "asset_id");
    p.debtorDocument = portfolio::normalizedDocument(Reader::text(row[DebtorDoc], "debtor_document"));
    p.debtorName = Reader::text(row[DebtorName], "debtor_name");
    p.assignorDocument = portfolio::normalizedDocument(Reader::text(row[AssignorDoc], "assignor_document"));
    p.assignorName = Reader::text(row[AssignorName], "assignor_name");
    p.type = AssetType::fromApi(Reader::text(row[Type], "type"));
    p.faceValue = Reader::money(row[Face], "face_value");
    p.presentValue = Reader::money(row[Present], "present_value");
    p.dueDate = Reader::date(row[Due], "due_date");
    p.acquiredDate = Reader::date(row[Acquired], "acquired_date");
    p.heldOn = Reader::date(row[HeldOn], "held_on");
    return p;
}

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
    QJsonArray positions;
    for (const PortfolioPosition &p : portfolio.positions)
        positions.append(positionJson(p));
    QStringList batches(portfolio.batchesAdded.cbegin(), portfolio.batchesAdded.cend());
    batches.sort(); // the same book writes the same file
    QJsonObject import {
        { u"file"_s, portfolio.importedFile },
        { u"position_date"_s, isoDate(portfolio.importedPositionDate) },
        { u"count"_s, portfolio.importedCount },
    };
    if (portfolio.importMapping)
        import.insert(u"mapping"_s, QJsonDocument::fromJson(portfolio.importMapping->toJsonText().toUtf8()).object());
    const QJsonObject json {
        { u"format"_s, QString(formatName) },
        { u"version"_s, formatVersion },
        { u"fund_class_key"_s, fundClassKey },
        { u"net_assets"_s,
          QJsonObject { { u"centavos"_s, double(portfolio.netAssets.netAssets.centavos()) },
                        { u"class_equity_centavos"_s, double(portfolio.netAssets.classEquity.centavos()) },
                        { u"date"_s, isoDate(portfolio.netAssets.date) } } },
        { u"limits"_s, limitsJson(portfolio.limits) },
        { u"import"_s, import },
        { u"batches"_s, QJsonArray::fromStringList(batches) },
        { u"positions"_s, positions },
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<FundPortfolio> PortfolioFileStorage::parse(const QByteArray &bytes, const QString &fundClassKey, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject json = document.object();
    try {
        if (!document.isObject())
            throw Flaw { tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset) };
        if (json.value("format"_L1).toString() != formatName)
            throw Flaw { tr("it is not a Cessio portfolio file") };
        if (json.value("version"_L1).toInt() != formatVersion)
            throw Flaw { tr("it was written by another version of Cessio (format %1)").arg(json.value("version"_L1).toInt()) };
        if (json.value("fund_class_key"_L1).toString() != fundClassKey)
            throw Flaw { tr("it belongs to another fund class") };
        FundPortfolio out;
        const QJsonObject net = json.value("net_assets"_L1).toObject();
        out.netAssets.netAssets = Reader::money(net.value("centavos"_L1), "net_assets.centavos");
        out.netAssets.classEquity = Reader::money(net.value("class_equity_centavos"_L1), "net_assets.class_equity_centavos");
        out.netAssets.date = Reader::date(net.value("date"_L1), "net_assets.date");
        out.limits = readLimits(json.value("limits"_L1).toObject());
        const QJsonObject import = json.value("import"_L1).toObject();
        out.importedFile = Reader::text(import.value("file"_L1), "import.file");
        out.importedPositionDate = Reader::date(import.value("position_date"_L1), "import.position_date");
        out.importedCount = int(Reader::integer(import.value("count"_L1), "import.count", 0, INT_MAX));
        if (import.contains("mapping"_L1)) {
            const QJsonObject mapping = import.value("mapping"_L1).toObject();
            out.importMapping = PositionImport::ColumnMapping::fromJsonText(
                QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
            if (!out.importMapping)
                throw Flaw { tr("the remembered column mapping is not valid") };
        }
        for (const QJsonValue &id : json.value("batches"_L1).toArray())
            out.batchesAdded.insert(Reader::text(id, "batches"));
        const QJsonArray positions = json.value("positions"_L1).toArray();
        for (const QJsonValue &row : positions)
            out.positions.append(readPosition(row));
        return out;
    } catch (const Flaw &flaw) {
        if (error)
            *error = flaw.what;
        return std::nullopt;
    }
}

std::optional<FundPortfolio> PortfolioFileStorage::load(const QString &fundClassKey, QString *error)
{
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

QString PortfolioFileStorage::save(const QString &fundClassKey, const FundPortfolio &portfolio)
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

} // namespace cessio
