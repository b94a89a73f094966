#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cessio {

// One cell of a position file as read: its text, and whether the file stored it as a number (XLSX
// numeric cells: amounts, and dates as serial day numbers).
struct TableCell
{
    QString text;
    bool numeric = false;
};

// Receives the rows of a table one at a time (row numbers as the spreadsheet shows them, from 1);
// returns false to stop reading. Rows are streamed so a 500,000-row file is never held as cells.
using RowSink = std::function<bool(qsizetype rowNumber, const QList<TableCell> &cells)>;

// A CSV position file: ';' ',' or tab separated (taken from the first line), RFC 4180 quotes, UTF-8
// (with or without BOM) or, when the bytes are not valid UTF-8, Latin-1 (what Excel in Portuguese
// writes). Bounded: fields, columns and rows are capped, so a hostile file costs at most its size.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(cessio::CsvTable)

public:
    struct Limits
    {
        qsizetype maxRows = 2'000'000;
        qsizetype maxColumns = 1000;
        qsizetype maxFieldBytes = 64 * 1024;
    };

    // Reads every row into `sink`; false with a translated `error` when the file breaks a cap or a
    // quote is never closed (rows already given to the sink must then be discarded by the caller).
    static bool read(const QByteArray &bytes, const RowSink &sink, QString *error, const Limits &limits);
    static bool read(const QByteArray &bytes, const RowSink &sink, QString *error) { return read(bytes, sink, error, Limits {}); }
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace cessio
