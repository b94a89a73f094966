#include "portfoliojson.h"

#include "core/jsontree.h"

#include <QJsonDocument>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cessio::portfoliojson {

namespace {

constexpr int maxBasisPoints = 10000;

// Position fields, in this order, in each row.
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

// "" is no date; anything else must be an ISO date.
QDate dateFrom(const QString &text, const char *field)
{
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw Flaw { PortfolioFileStorage::tr("%1 is not a date").arg(QLatin1StringView(field)) };
    return d;
}

QDate readDate(const QJsonValue &v, const char *field)
{
    return dateFrom(readText(v, field), field);
}

Money readMoney(const QJsonValue &v, const char *field)
{
    return Money::fromCentavos(readInteger(v, field, -Money::maxExactCentavos, Money::maxExactCentavos));
}

std::optional<int> readBasisPoints(const QJsonValue &v, const char *field)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return int(readInteger(v, field, 0, maxBasisPoints));
}

QJsonArray positionJson(const PortfolioPosition &p)
{
    return QJsonArray {
        p.source == PortfolioPosition::Source::Import ? u"import"_s : u"batch"_s,
        p.sourceReference,
        p.assetId,
        p.debtorDocument,
        p.debtorName,
        p.assignorDocument,
        p.assignorName,
        p.type.apiName(),
        double(p.faceValue.centavos()),
        double(p.presentValue.centavos()),
        isoDate(p.dueDate),
        isoDate(p.acquiredDate),
        isoDate(p.heldOn),
    };
}

PortfolioPosition readPosition(const QJsonValue &value)
{
    const QJsonArray row = value.toArray();
    if (!value.isArray() || row.size() != ColumnCount)
        throw Flaw { PortfolioFileStorage::tr("a position is not a row of %1 fields").arg(int(ColumnCount)) };
    PortfolioPosition p;
    const QString source = readText(row[Source], "source");
    if (source != "batch"_L1 && source != "import"_L1)
        throw Flaw { PortfolioFileStorage::tr("a position's source is neither batch nor import") };
    p.source = source == "import"_L1 ? PortfolioPosition::Source::Import : PortfolioPosition::Source::Batch;
    p.sourceReference = readText(row[Reference], "reference");
    p.assetId = readText(row[AssetId], "asset_id");
    p.debtorDocument = portfolio::normalizedDocument(readText(row[DebtorDoc], "debtor_document"));
    p.debtorName = readText(row[DebtorName], "debtor_name");
    p.assignorDocument = portfolio::normalizedDocument(readText(row[AssignorDoc], "assignor_document"));
    p.assignorName = readText(row[AssignorName], "assignor_name");
    p.type = AssetType::fromApi(readText(row[Type], "type"));
    p.faceValue = readMoney(row[Face], "face_value");
    p.presentValue = readMoney(row[Present], "present_value");
    p.dueDate = readDate(row[Due], "due_date");
    p.acquiredDate = readDate(row[Acquired], "acquired_date");
    p.heldOn = readDate(row[HeldOn], "held_on");
    return p;
}

} // namespace

QString readText(const QJsonValue &v, const char *field)
{
    if (!v.isString())
        throw Flaw { PortfolioFileStorage::tr("%1 is not text").arg(QLatin1StringView(field)) };
    return v.toString();
}

qint64 readInteger(const QJsonValue &v, const char *field, qint64 min, qint64 max)
{
    const double d = v.toDouble();
    // Range first: converting a double beyond qint64 is undefined.
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != std::trunc(d))
        throw Flaw { PortfolioFileStorage::tr("%1 is not a whole number in range").arg(QLatin1StringView(field)) };
    return qint64(d);
}

QJsonObject netAssets(const NetAssets &netAssets)
{
    return QJsonObject { { u"centavos"_s, double(netAssets.netAssets.centavos()) },
                         { u"class_equity_centavos"_s, double(netAssets.classEquity.centavos()) },
                         { u"date"_s, isoDate(netAssets.date) } };
}

NetAssets readNetAssets(const QJsonObject &json)
{
    NetAssets out;
    out.netAssets = readMoney(json.value("centavos"_L1), "net_assets.centavos");
    out.classEquity = readMoney(json.value("class_equity_centavos"_L1), "net_assets.class_equity_centavos");
    out.date = readDate(json.value("date"_L1), "net_assets.date");
    return out;
}

QJsonObject limits(const PortfolioLimits &limits)
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
    limits.maxDebtorBasisPoints = readBasisPoints(json.value("max_debtor_bp"_L1), "max_debtor_bp");
    limits.maxAssignorBasisPoints = readBasisPoints(json.value("max_assignor_bp"_L1), "max_assignor_bp");
    limits.topDebtorsCount = int(readInteger(json.value("top_debtors_count"_L1), "top_debtors_count", 1, 1000));
    limits.maxTopDebtorsBasisPoints = readBasisPoints(json.value("max_top_debtors_bp"_L1), "max_top_debtors_bp");
    limits.minCreditRightsBasisPoints = readBasisPoints(json.value("min_credit_rights_bp"_L1), "min_credit_rights_bp");
    limits.maxRelatedPartiesBasisPoints = readBasisPoints(json.value("max_related_parties_bp"_L1), "max_related_parties_bp");
    for (const QJsonValue &v : json.value("related_parties"_L1).toArray()) {
        const QJsonObject party = v.toObject();
        PortfolioLimits::RelatedParty p { readText(party.value("root"_L1), "related_parties.root"),
                                          readText(party.value("name"_L1), "related_parties.name") };
        if (p.root.isEmpty())
            throw Flaw { PortfolioFileStorage::tr("a related party has no CPF/CNPJ root") };
        limits.relatedParties.append(p);
    }
    return limits;
}

QJsonObject import(const FundPortfolio &portfolio)
{
    QJsonObject json {
        { u"file"_s, portfolio.importedFile },
        { u"position_date"_s, isoDate(portfolio.importedPositionDate) },
        { u"count"_s, portfolio.importedCount },
    };
    if (portfolio.importMapping)
        json.insert(u"mapping"_s, QJsonDocument::fromJson(portfolio.importMapping->toJsonText().toUtf8()).object());
    return json;
}

void readImport(const QJsonObject &json, FundPortfolio &into)
{
    into.importedFile = readText(json.value("file"_L1), "import.file");
    into.importedPositionDate = readDate(json.value("position_date"_L1), "import.position_date");
    into.importedCount = int(readInteger(json.value("count"_L1), "import.count", 0, INT_MAX));
    into.importMapping.reset();
    if (json.contains("mapping"_L1)) {
        const QJsonObject mapping = json.value("mapping"_L1).toObject();
        into.importMapping = PositionImport::ColumnMapping::fromJsonText(
            QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
        if (!into.importMapping)
            throw Flaw { PortfolioFileStorage::tr("the remembered column mapping is not valid") };
    }
}

QJsonArray positions(const QList<PortfolioPosition> &positions)
{
    QJsonArray rows;
    for (const PortfolioPosition &p : positions)
        rows.append(positionJson(p));
    return rows;
}

void readPositions(const QJsonArray &rows, QList<PortfolioPosition> &into)
{
    into.reserve(into.size() + rows.size());
    for (const QJsonValue &row : rows)
        into.append(readPosition(row));
}

namespace {

void appendText(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = uchar(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendDate(QByteArray &out, const QDate &date)
{
    out += '"';
    if (date.isValid())
        out += date.toString(Qt::ISODate).toLatin1();
    out += '"';
}

// A field of a row read from the tree: the same checks as the QJsonValue readers.
class TreeRow
{
public:
    TreeRow(const JsonTree &tree, JsonTree::Index row)
        : m_tree(tree)
    {
        if (tree.type(row) != JsonTree::Type::Array || tree.size(row) != ColumnCount)
            throw Flaw { PortfolioFileStorage::tr("a position is not a row of %1 fields").arg(int(ColumnCount)) };
        JsonTree::Index at = tree.first(row);
        for (int i = 0; i < ColumnCount; ++i, at = tree.next(at))
            m_fields[i] = at;
    }
    QString text(Column column, const char *field) const
    {
        const JsonTree::Index node = m_fields[column];
        if (m_tree.type(node) != JsonTree::Type::String)
            throw Flaw { PortfolioFileStorage::tr("%1 is not text").arg(QLatin1StringView(field)) };
        return m_tree.toString(node);
    }
    QDate date(Column column, const char *field) const { return dateFrom(text(column, field), field); }
    Money money(Column column, const char *field) const
    {
        const JsonTree::Index node = m_fields[column];
        const QJsonValue value = m_tree.type(node) == JsonTree::Type::Number ? QJsonValue(m_tree.toDouble(node)) : QJsonValue();
        return readMoney(value, field);
    }

private:
    const JsonTree &m_tree;
    JsonTree::Index m_fields[ColumnCount] = {};
};

} // namespace

QByteArray positionsText(const QList<PortfolioPosition> &positions)
{
    QByteArray out;
    out.reserve(positions.size() * 220);
    out += '[';
    for (const PortfolioPosition &p : positions) {
        if (out.size() > 1)
            out += ',';
        out += p.source == PortfolioPosition::Source::Import ? "[\"import\"," : "[\"batch\",";
        for (const QString *text :
             { &p.sourceReference, &p.assetId, &p.debtorDocument, &p.debtorName, &p.assignorDocument, &p.assignorName }) {
            appendText(out, *text);
            out += ',';
        }
        appendText(out, p.type.apiName());
        out += ',';
        out += QByteArray::number(p.faceValue.centavos());
        out += ',';
        out += QByteArray::number(p.presentValue.centavos());
        for (const QDate *date : { &p.dueDate, &p.acquiredDate, &p.heldOn }) {
            out += ',';
            appendDate(out, *date);
        }
        out += ']';
    }
    out += ']';
    return out;
}

void readPositionsText(const QByteArray &text, const QString &what, QList<PortfolioPosition> &into)
{
    QJsonParseError error;
    const JsonTree tree = JsonTree::parse(text, &error);
    if (tree.isNull())
        throw Flaw {
            PortfolioFileStorage::tr("%1 is not JSON (%2 at byte %3)").arg(what, error.errorString()).arg(error.offset)
        };
    if (tree.type(tree.root()) != JsonTree::Type::Array)
        throw Flaw { PortfolioFileStorage::tr("%1 is not a list").arg(what) };
    if (into.isEmpty()) // appending part after part: growing geometrically beats an exact reserve each time
        into.reserve(tree.size(tree.root()));
    JsonTree::Index at = tree.first(tree.root());
    for (qsizetype i = 0; i < tree.size(tree.root()); ++i, at = tree.next(at)) {
        const TreeRow row(tree, at);
        PortfolioPosition p;
        const QString source = row.text(Source, "source");
        if (source != "batch"_L1 && source != "import"_L1)
            throw Flaw { PortfolioFileStorage::tr("a position's source is neither batch nor import") };
        p.source = source == "import"_L1 ? PortfolioPosition::Source::Import : PortfolioPosition::Source::Batch;
        p.sourceReference = row.text(Reference, "reference");
        p.assetId = row.text(AssetId, "asset_id");
        p.debtorDocument = portfolio::normalizedDocument(row.text(DebtorDoc, "debtor_document"));
        p.debtorName = row.text(DebtorName, "debtor_name");
        p.assignorDocument = portfolio::normalizedDocument(row.text(AssignorDoc, "assignor_document"));
        p.assignorName = row.text(AssignorName, "assignor_name");
        p.type = AssetType::fromApi(row.text(Type, "type"));
        p.faceValue = row.money(Face, "face_value");
        p.presentValue = row.money(Present, "present_value");
        p.dueDate = row.date(Due, "due_date");
        p.acquiredDate = row.date(Acquired, "acquired_date");
        p.heldOn = row.date(HeldOn, "held_on");
        into.append(std::move(p));
    }
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

namespace {

QJsonDocument parse(const QByteArray &text, const QString &what)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (document.isNull())
        throw Flaw {
            PortfolioFileStorage::tr("%1 is not JSON (%2 at byte %3)").arg(what, error.errorString()).arg(error.offset)
        };
    return document;
}

} // namespace

QJsonObject parseObject(const QByteArray &text, const QString &what)
{
    const QJsonDocument document = parse(text, what);
    if (!document.isObject())
        throw Flaw { PortfolioFileStorage::tr("%1 is not a JSON object").arg(what) };
    return document.object();
}

} // namespace cessio::portfoliojson
