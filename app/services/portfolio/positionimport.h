#pragma once

#include "portfoliotypes.h"
#include "positiontable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cessio {

// The administrator's position file (CSV or XLSX) read into portfolio positions (issue 11): a column
// mapping (suggested from the header's usual Portuguese names, chosen once per fund and remembered by
// the store), Brazilian and plain number formats, dd/mm/aaaa and ISO dates (and XLSX date serials),
// CPF/CNPJ with or without punctuation and with their check digits verified. All or nothing: the
// result holds every row as a position, or the errors and no position at all.
class PositionImport
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PositionImport)

public:
    enum class Field {
        DebtorDocument,
        DebtorName,
        AssignorDocument,
        AssignorName,
        AssetType,
        FaceValue,
        PresentValue,
        DueDate,
        AcquiredDate,
        AssetId,
        Count
    };
    static constexpr int fieldCount = int(Field::Count);
    static QString fieldName(Field field); // translated: "Debtor CPF/CNPJ"
    static QString fieldKey(Field field); // stable, for the stored mapping: "debtor_document"

    // Which column (0-based) holds each field; -1 when the file has none. Required: the debtor's
    // document, the due date, and the face or the present value (the one missing takes the other's).
    struct ColumnMapping
    {
        std::array<int, fieldCount> columns;
        ColumnMapping() { columns.fill(-1); }
        int column(Field f) const { return columns[size_t(f)]; }
        void set(Field f, int column) { columns[size_t(f)] = column; }
        QStringList missingRequired() const; // translated field names
        QString toJsonText() const; // {"debtor_document":0,...}
        static std::optional<ColumnMapping> fromJsonText(const QString &text);
        friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
    };
    // Guesses the mapping from a header row by the names administrators use ("CPF/CNPJ do Sacado",
    // "Valor Presente", "Data de Vencimento", ...), accents and case ignored; each column used once.
    static ColumnMapping suggestMapping(const QStringList &headers);

    struct RowError
    {
        qsizetype row = 0; // as the spreadsheet numbers it
        int column = -1; // 0-based, -1 for the whole row
        QString message; // translated, names the row, the column and the value
    };

    struct Options
    {
        ColumnMapping mapping;
        bool firstRowIsHeader = true;
        QDate positionDate; // the file's reference date: the positions' heldOn
        QString sourceName; // the file's name, kept on each position
        bool date1904 = false; // XLSX workbooks saved with the 1904 date system
        int maxErrorsListed = 200; // more are counted, not listed
    };

    struct Result
    {
        QList<PortfolioPosition> positions; // every row, or none
        QList<RowError> errors;
        qsizetype errorCount = 0; // may exceed errors.size()
        qsizetype rowsRead = 0; // data rows (header excluded, empty rows skipped)
        QString fileError; // the file itself could not be read (translated)
        QStringList headers; // the header row as read (for the mapping dialog)
        bool ok() const { return fileError.isEmpty() && errorCount == 0; }
    };

    static Result importCsv(const QByteArray &bytes, const Options &options);
    static Result importXlsx(const QByteArray &bytes, const Options &options);
    // Only the header row (for the mapping dialog and suggestMapping); empty with `error` on failure.
    static QStringList readHeaders(const QByteArray &bytes, bool xlsx, QString *error);

    // The field parsers, public for their tests. Each returns nullopt with a translated `problem`.
    static std::optional<Money> parseAmount(const TableCell &cell, QString *problem);
    static std::optional<QDate> parseDate(const TableCell &cell, bool date1904, QString *problem);
    // A valid CPF or CNPJ, normalized; a number whose leading zeros a spreadsheet dropped is restored
    // when only one of CPF and CNPJ fits the check digits.
    static std::optional<QString> parseDocument(const TableCell &cell, QString *problem);
    static AssetType parseAssetType(const QString &text);
    // "A", "B", … "AA" for a 0-based column.
    static QString columnLetters(int column);
};

} // namespace cessio
