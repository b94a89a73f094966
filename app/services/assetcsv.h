#pragma once

#include "core/asset.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cessio {

// A batch's asset list as CSV — shared by the desktop "Export CSV…" and cessio-cli — in two styles:
//  - ExcelPtBr: what Excel in Brazilian Portuguese opens with a double click: UTF-8 BOM, ';' between
//    fields, decimal comma without grouping ("1234,56"), dates dd/MM/yyyy, translated headers and names.
//  - Plain: for scripts: ',' between fields, '.' decimals, ISO dates (yyyy-MM-dd), stable machine
//    names for headers, types and statuses (the API's own spellings).
// Quoting and the formula-injection guard are AuditCsv::field's (RFC 4180, CRLF rows; text starting
// with = + - @ tab CR gets a leading apostrophe; numbers are not touched).
// Columns that come from an asset's details (debtor, face value, due dates) are empty when the
// listing did not include them.
class AssetCsv
{
public:
    enum class Style { ExcelPtBr, Plain };

    // Atomic (QSaveFile): a half-written export never replaces a good one.
    static bool write(const QString &path, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style,
                      QString *error = nullptr);
    static void write(QIODevice &device, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style);

    static QStringList header(Style style);
    static QStringList row(const QString &batchExternalId, const AssetListItem &asset, Style style);
    static QChar separator(Style style) { return style == Style::ExcelPtBr ? u';' : u','; }

    // "1234,56" (ExcelPtBr) or "1234.56" (Plain): no grouping, no currency symbol.
    static QString amount(const Money &value, Style style);
    static QString date(const QDate &value, Style style);
};

} // namespace cessio
