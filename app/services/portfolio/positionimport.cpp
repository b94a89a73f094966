#include "positionimport.h"

#include "core/documentnumber.h"
#include "xlsxreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr std::array<const char *, PositionImport::fieldCount> fieldKeys { "debtor_document", "debtor_name", "assignor_document",
                                                                           "assignor_name",   "asset_type",  "face_value",
                                                                           "present_value",   "due_date",    "acquired_date",
                                                                           "asset_id" };

QString cleanedNumberText(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0x00A0))
            s.append(c);
    }
    if (s.startsWith(u"R$"_s))
        s.remove(0, 2);
    return s;
}

bool digitsOnly(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// "1.234.567" with '.' as the grouping separator: groups of three after a first group of one to three.
std::optional<QString> ungrouped(const QString &integerPart, QChar grouping)
{
    const QStringList groups = integerPart.split(grouping);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &g = groups[i];
        if (!digitsOnly(g) || (i == 0 ? g.size() > 3 : g.size() != 3))
            return std::nullopt;
    }
    return groups.join(QString());
}

QString normalizedHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c : u' ');
    }
    return out.simplified();
}

} // namespace

QString PositionImport::fieldKey(Field field)
{
    return QString::fromLatin1(fieldKeys[size_t(field)]);
}

QString PositionImport::fieldName(Field field)
{
    switch (field) {
    case Field::DebtorDocument:
        return tr("Debtor CPF/CNPJ");
    case Field::DebtorName:
        return tr("Debtor name");
    case Field::AssignorDocument:
        return tr("Assignor CNPJ");
    case Field::AssignorName:
        return tr("Assignor name");
    case Field::AssetType:
        return tr("Asset type");
    case Field::FaceValue:
        return tr("Face value");
    case Field::PresentValue:
        return tr("Present value");
    case Field::DueDate:
        return tr("Due date");
    case Field::AcquiredDate:
        return tr("Acquisition date");
    case Field::AssetId:
    case Field::Count:
        break;
    }
    return tr("Title number");
}

QString PositionImport::columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QStringList PositionImport::ColumnMapping::missingRequired() const
{
    QStringList missing;
    if (column(Field::DebtorDocument) < 0)
        missing.append(fieldName(Field::DebtorDocument));
    if (column(Field::DueDate) < 0)
        missing.append(fieldName(Field::DueDate));
    if (column(Field::FaceValue) < 0 && column(Field::PresentValue) < 0)
        missing.append(tr("%1 or %2").arg(fieldName(Field::FaceValue), fieldName(Field::PresentValue)));
    return missing;
}

QString PositionImport::ColumnMapping::toJsonText() const
{
    QJsonObject json;
    for (int i = 0; i < fieldCount; ++i) {
        if (columns[size_t(i)] >= 0)
            json.insert(fieldKey(Field(i)), columns[size_t(i)]);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<PositionImport::ColumnMapping> PositionImport::ColumnMapping::fromJsonText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    ColumnMapping mapping;
    const QJsonObject json = document.object();
    for (int i = 0; i < fieldCount; ++i) {
        const QJsonValue value = json.value(fieldKey(Field(i)));
        if (value.isUndefined())
            continue;
        const int column = value.toInt(-1);
        if (!value.isDouble() || column < 0 || column >= 16384)
            return std::nullopt;
        mapping.columns[size_t(i)] = column;
    }
    return mapping;
}

PositionImport::ColumnMapping PositionImport::suggestMapping(const QStringList &headers)
{
    ColumnMapping mapping;
    QList<QStringList> words;
    for (const QString &h : headers)
        words.append(normalizedHeader(h).split(u' ', Qt::SkipEmptyParts));
    const auto any = [](const QStringList &w, std::initializer_list<const char16_t *> options) {
        return std::any_of(options.begin(), options.end(), [&w](const char16_t *o) { return w.contains(QStringView(o)); });
    };
    const auto isDebtor = [&](const QStringList &w) { return any(w, { u"sacado", u"devedor", u"pagador" }); };
    const auto isAssignor = [&](const QStringList &w) { return any(w, { u"cedente", u"originador" }); };
    const auto isDocument = [&](const QStringList &w) { return any(w, { u"cpf", u"cnpj", u"documento", u"doc" }); };
    const auto isValue = [&](const QStringList &w) { return any(w, { u"valor", u"vl", u"vlr" }); };
    const auto isDate = [&](const QStringList &w) { return any(w, { u"data", u"dt" }); };

    const QList<std::pair<Field, std::function<bool(const QStringList &)>>> rules {
        { Field::DebtorDocument, [&](const QStringList &w) { return isDebtor(w) && isDocument(w); } },
        { Field::AssignorDocument, [&](const QStringList &w) { return isAssignor(w) && isDocument(w); } },
        { Field::PresentValue,
          [&](const QStringList &w) {
              return isValue(w) && any(w, { u"presente", u"aquisicao", u"compra", u"atual", u"pago", u"cessao", u"mercado" });
          } },
        { Field::FaceValue,
          [&](const QStringList &w) {
              return isValue(w) && any(w, { u"nominal", u"face", u"futuro", u"vencimento", u"titulo", u"original" });
          } },
        { Field::DueDate,
          [&](const QStringList &w) {
              return !isValue(w) && any(w, { u"vencimento", u"vcto", u"venc" });
          } },
        { Field::AcquiredDate,
          [&](const QStringList &w) {
              return isDate(w) && any(w, { u"aquisicao", u"cessao", u"compra" });
          } },
        { Field::DebtorDocument,
          [&](const QStringList &w) {
              return any(w, { u"cpf", u"cnpj" }) && !isAssignor(w);
          } },
        { Field::DebtorName, [&](const QStringList &w) { return isDebtor(w) && !isDocument(w); } },
        { Field::AssignorName, [&](const QStringList &w) { return isAssignor(w) && !isDocument(w); } },
        { Field::AssetType,
          [&](const QStringList &w) {
              return any(w, { u"tipo", u"especie", u"modalidade" });
          } },
        { Field::AssetId,
          [&](const QStringList &w) {
              return any(w, { u"numero", u"titulo", u"id", u"codigo", u"documento", u"contrato" });
          } },
        { Field::PresentValue, [&](const QStringList &w) { return isValue(w); } },
    };
    QList<bool> used(headers.size(), false);
    for (const auto &[field, matches] : rules) {
        if (mapping.column(field) >= 0)
            continue;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!used[i] && matches(words[i])) {
                mapping.set(field, int(i));
                used[i] = true;
                break;
            }
        }
    }
    return mapping;
}

std::optional<Money> PositionImport::parseAmount(const TableCell &cell, QString *problem)
{
    const QString s = cleanedNumberText(cell.text);
    if (s.isEmpty()) {
        *problem = tr("empty");
        return std::nullopt;
    }
    if (s.startsWith(u'-') || s.startsWith(u'(')) {
        *problem = tr("“%1” is negative; positions are amounts owed to the fund").arg(cell.text);
        return std::nullopt;
    }
    if (cell.numeric) {
        // A spreadsheet number: binary floating point in the file ("1234.5599999999999"); taken to the
        // nearest centavo when it is one, refused when it carries a real fraction of a centavo.
        bool ok = false;
        const double value = s.toDouble(&ok);
        const double centavos = value * 100.0;
        if (!ok || !std::isfinite(value) || std::fabs(centavos) > double(Money::maxExactCentavos)) {
            *problem = tr("“%1” is not an amount").arg(cell.text);
            return std::nullopt;
        }
        const double rounded = std::round(centavos);
        if (std::fabs(centavos - rounded) > 1e-6) {
            *problem = tr("“%1” has more than two decimals").arg(cell.text);
            return std::nullopt;
        }
        return Money::fromCentavos(qint64(rounded));
    }
    const qsizetype dots = s.count(u'.'), commas = s.count(u',');
    QChar decimal;
    QChar grouping;
    if (dots > 0 && commas > 0) {
        decimal = s.lastIndexOf(u'.') > s.lastIndexOf(u',') ? u'.' : u',';
        grouping = decimal == u'.' ? u',' : u'.';
    } else if (dots + commas == 1) {
        const QChar sep = dots ? u'.' : u',';
        const qsizetype after = s.size() - s.indexOf(sep) - 1;
        // Money has two decimals at most, so one separator followed by exactly three digits groups
        // thousands ("1.234" = mil duzentos e trinta e quatro reais).
        if (after == 3)
            grouping = sep;
        else
            decimal = sep;
    } else if (dots + commas > 1) {
        grouping = dots ? u'.' : u',';
    }
    QString integerPart = s, fraction;
    if (!decimal.isNull()) {
        const qsizetype at = s.lastIndexOf(decimal);
        integerPart = s.left(at);
        fraction = s.mid(at + 1);
    }
    if (integerPart.isEmpty())
        integerPart = u"0"_s;
    std::optional<QString> digits = grouping.isNull() ? std::optional<QString>(integerPart) : ungrouped(integerPart, grouping);
    if (!digits || !digitsOnly(*digits) || (!fraction.isEmpty() && !digitsOnly(fraction))
        || (!decimal.isNull() && fraction.isEmpty())) {
        *problem = tr("“%1” is not an amount (write 1.234,56 or 1234.56)").arg(cell.text);
        return std::nullopt;
    }
    if (fraction.size() > 2) {
        *problem = tr("“%1” has more than two decimals").arg(cell.text);
        return std::nullopt;
    }
    const std::optional<Money> money = Money::fromDecimalString(fraction.isEmpty() ? *digits : *digits + u'.' + fraction);
    if (!money)
        *problem = tr("“%1” is not an amount (write 1.234,56 or 1234.56)").arg(cell.text);
    return money;
}

std::optional<QDate> PositionImport::parseDate(const TableCell &cell, bool date1904, QString *problem)
{
    const QString s = cell.text.trimmed();
    if (s.isEmpty()) {
        *problem = tr("empty");
        return std::nullopt;
    }
    if (cell.numeric) {
        bool ok = false;
        const double serial = s.toDouble(&ok);
        // 2958465 is 9999-12-31, the last day a spreadsheet has.
        if (!ok || !std::isfinite(serial) || serial < 1 || serial > 2958465) {
            *problem = tr("“%1” is not a date").arg(cell.text);
            return std::nullopt;
        }
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        return base.addDays(qint64(std::floor(serial)));
    }
    static const QRegularExpression brazilian(uR"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$)"_s);
    static const QRegularExpression iso(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$)"_s);
    QDate date;
    if (const QRegularExpressionMatch m = brazilian.match(s); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const QRegularExpressionMatch m2 = iso.match(s); m2.hasMatch())
        date = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    else {
        *problem = tr("“%1” is not a date (write dd/mm/aaaa or aaaa-mm-dd)").arg(cell.text);
        return std::nullopt;
    }
    if (!date.isValid()) {
        *problem = tr("“%1” is not a day of the calendar").arg(cell.text);
        return std::nullopt;
    }
    return date;
}

std::optional<QString> PositionImport::parseDocument(const TableCell &cell, QString *problem)
{
    QString s = cell.text.trimmed();
    if (s.isEmpty()) {
        *problem = tr("empty");
        return std::nullopt;
    }
    if (cell.numeric && (s.contains(u'E') || s.contains(u'e') || s.contains(u'.'))) {
        bool ok = false;
        const double value = s.toDouble(&ok);
        if (ok && value >= 0 && value < 1e15 && value == std::floor(value))
            s = QString::number(qint64(value));
    }
    if (digitsOnly(s) && s.size() < 14 && s.size() != 11) {
        // A spreadsheet that took the document for a number dropped its leading zeros.
        const DocumentNumber asCpf = s.size() < 11 ? DocumentNumber::parse(s.rightJustified(11, u'0')) : DocumentNumber();
        const DocumentNumber asCnpj = DocumentNumber::parse(s.rightJustified(14, u'0'));
        if (asCpf.isValid() && asCnpj.isValid()) {
            *problem = tr("“%1” lost its leading zeros and could be a CPF or a CNPJ; format the column as text and "
                          "export again")
                           .arg(cell.text);
            return std::nullopt;
        }
        if (asCpf.isValid())
            return asCpf.normalized();
        if (asCnpj.isValid())
            return asCnpj.normalized();
        *problem = tr("“%1” is not a valid CPF or CNPJ").arg(cell.text);
        return std::nullopt;
    }
    const DocumentNumber document = DocumentNumber::parse(s);
    if (!document.isValid()) {
        *problem = tr("“%1”: %2").arg(cell.text, document.problemText());
        return std::nullopt;
    }
    return document.normalized();
}

AssetType PositionImport::parseAssetType(const QString &text)
{
    const QString n = normalizedHeader(text);
    if (n.isEmpty())
        return {};
    static const QList<std::pair<QStringList, AssetType::Value>> names {
        { { u"dm"_s, u"duplicata"_s, u"duplicata mercantil"_s }, AssetType::DuplicataMercantil },
        { { u"ds"_s, u"duplicata de servico"_s, u"duplicata de servicos"_s, u"duplicata servico"_s },
          AssetType::DuplicataServicos },
        { { u"ccb"_s, u"cedula de credito bancario"_s }, AssetType::Ccb },
        { { u"ch"_s, u"cheque"_s }, AssetType::Check },
        { { u"np"_s, u"nota promissoria"_s }, AssetType::PromissoryNote },
        { { u"cte"_s, u"ct e"_s }, AssetType::Cte },
        { { u"contrato"_s, u"contrato descontado"_s }, AssetType::DiscountedContract },
    };
    for (const auto &[spellings, value] : names) {
        if (spellings.contains(n))
            return value;
    }
    return AssetType::fromApi(text.trimmed()); // an API name, or unknown kept verbatim
}

namespace {

// Turns rows into positions, collecting every error; once one row fails no more positions are kept.
class RowConverter
{
public:
    RowConverter(const PositionImport::Options &options, PositionImport::Result *result)
        : m_options(options)
        , m_result(result)
    { }

    bool operator()(qsizetype row, const QList<TableCell> &cells)
    {
        if (m_options.firstRowIsHeader && !m_headerSeen) {
            m_headerSeen = true;
            for (const TableCell &c : cells)
                m_result->headers.append(c.text.trimmed());
            return true;
        }
        if (std::all_of(cells.cbegin(), cells.cend(), [](const TableCell &c) { return c.text.trimmed().isEmpty(); }))
            return true;
        ++m_result->rowsRead;
        using Field = PositionImport::Field;
        bool rowOk = true;
        const auto cellOf = [&cells](int column) { return column >= 0 && column < cells.size() ? cells[column] : TableCell {}; };
        const auto error = [&](Field field, const QString &problem) {
            rowOk = false;
            const int column = m_options.mapping.column(field);
            ++m_result->errorCount;
            if (m_result->errors.size() < m_options.maxErrorsListed) {
                m_result->errors.append(
                    { row, column,
                      PositionImport::tr("Row %1, column %2 (%3): %4")
                          .arg(row)
                          .arg(PositionImport::columnLetters(column), PositionImport::fieldName(field), problem) });
            }
        };
        QString problem;
        PortfolioPosition p;
        p.source = PortfolioPosition::Source::Import;
        p.sourceReference = m_options.sourceName;
        p.heldOn = m_options.positionDate;

        if (const auto doc = PositionImport::parseDocument(cellOf(m_options.mapping.column(Field::DebtorDocument)), &problem))
            p.debtorDocument = *doc;
        else
            error(Field::DebtorDocument, problem);
        if (const int c = m_options.mapping.column(Field::AssignorDocument); c >= 0 && !cellOf(c).text.trimmed().isEmpty()) {
            if (const auto doc = PositionImport::parseDocument(cellOf(c), &problem))
                p.assignorDocument = *doc;
            else
                error(Field::AssignorDocument, problem);
        }
        p.debtorName = cellOf(m_options.mapping.column(Field::DebtorName)).text.trimmed();
        p.assignorName = cellOf(m_options.mapping.column(Field::AssignorName)).text.trimmed();
        p.assetId = cellOf(m_options.mapping.column(Field::AssetId)).text.trimmed();
        p.type = PositionImport::parseAssetType(cellOf(m_options.mapping.column(Field::AssetType)).text);

        // Face or present value: an empty one takes the other's (files often fill only one).
        std::optional<Money> face, present;
        const int faceColumn = m_options.mapping.column(Field::FaceValue);
        const int presentColumn = m_options.mapping.column(Field::PresentValue);
        const bool faceEmpty = cellOf(faceColumn).text.trimmed().isEmpty();
        const bool presentEmpty = cellOf(presentColumn).text.trimmed().isEmpty();
        if (faceEmpty && presentEmpty) {
            error(presentColumn >= 0 ? Field::PresentValue : Field::FaceValue, PositionImport::tr("empty"));
        } else {
            if (faceColumn >= 0 && !faceEmpty) {
                face = PositionImport::parseAmount(cellOf(faceColumn), &problem);
                if (!face)
                    error(Field::FaceValue, problem);
            }
            if (presentColumn >= 0 && !presentEmpty) {
                present = PositionImport::parseAmount(cellOf(presentColumn), &problem);
                if (!present)
                    error(Field::PresentValue, problem);
            }
        }
        p.faceValue = face ? *face : present.value_or(Money());
        p.presentValue = present ? *present : face.value_or(Money());

        if (const auto due
            = PositionImport::parseDate(cellOf(m_options.mapping.column(Field::DueDate)), m_options.date1904, &problem))
            p.dueDate = *due;
        else
            error(Field::DueDate, problem);
        if (const int c = m_options.mapping.column(Field::AcquiredDate); c >= 0 && !cellOf(c).text.trimmed().isEmpty()) {
            if (const auto acquired = PositionImport::parseDate(cellOf(c), m_options.date1904, &problem))
                p.acquiredDate = *acquired;
            else
                error(Field::AcquiredDate, problem);
        }

        if (!rowOk || m_result->errorCount > 0) {
            m_result->positions.clear(); // nothing half-imported: once a row fails, no position is kept
            m_result->positions.squeeze();
        } else {
            m_result->positions.append(std::move(p));
        }
        return true;
    }

private:
    const PositionImport::Options &m_options;
    PositionImport::Result *m_result;
    bool m_headerSeen = false;
};

bool checkMapping(const PositionImport::Options &options, PositionImport::Result *result)
{
    const QStringList missing = options.mapping.missingRequired();
    if (missing.isEmpty())
        return true;
    result->fileError = PositionImport::tr("Choose the columns for: %1.").arg(missing.join(u", "_s));
    return false;
}

void finish(PositionImport::Result *result)
{
    if (!result->fileError.isEmpty() || result->errorCount > 0) {
        result->positions.clear();
        result->positions.squeeze();
    } else if (result->rowsRead == 0) {
        result->fileError = PositionImport::tr("The file has no position rows.");
    }
}

} // namespace

PositionImport::Result PositionImport::importCsv(const QByteArray &bytes, const Options &options)
{
    Result result;
    if (!checkMapping(options, &result))
        return result;
    RowConverter converter(options, &result);
    QString error;
    if (!CsvTable::read(bytes, std::ref(converter), &error))
        result.fileError = error;
    finish(&result);
    return result;
}

PositionImport::Result PositionImport::importXlsx(const QByteArray &bytes, const Options &options)
{
    Result result;
    if (!checkMapping(options, &result))
        return result;
    XlsxReader reader;
    if (!reader.open(bytes)) {
        result.fileError = reader.errorString();
        return result;
    }
    Options withDates = options;
    withDates.date1904 = reader.uses1904Dates();
    RowConverter converter(withDates, &result);
    if (!reader.readRows(std::ref(converter)))
        result.fileError = reader.errorString();
    finish(&result);
    return result;
}

QStringList PositionImport::readHeaders(const QByteArray &bytes, bool xlsx, QString *error)
{
    QStringList headers;
    const RowSink sink = [&headers](qsizetype, const QList<TableCell> &cells) {
        for (const TableCell &c : cells)
            headers.append(c.text.trimmed());
        return false; // the first row is all we need
    };
    if (xlsx) {
        XlsxReader reader;
        if (!reader.open(bytes) || !reader.readRows(sink)) {
            *error = reader.errorString();
            return {};
        }
    } else if (!CsvTable::read(bytes, sink, error)) {
        return {};
    }
    return headers;
}

} // namespace cessio
