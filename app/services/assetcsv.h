#pragma once

#include "core/asset.h"
#include "services/assetchecks.h"

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
//
// The last four columns carry the batch checks (AssetChecks) when given: whether the asset was
// checked (bought and with details), its alerts' stable rule keys ("duplicate_title
// outside_fund_rules", space-separated), their text as the application shows it, " | "-separated,
// and the implied monthly rate the checks priced it at (BatchPricing; empty when not priced): a
// fraction in Plain ("0.020500", as QI writes rates), a percentage in ExcelPtBr ("2,0500").
// The fund rules' verdicts are about the whole batch, so they go to a file of their own beside it
// (fundRulesPath(): "…-fund-rules.csv", same style): a block above the asset rows would break
// Excel's filters and every script reading the header.
class AssetCsv
{
public:
    enum class Style { ExcelPtBr, Plain };

    // Atomic (QSaveFile): a half-written export never replaces a good one. Without `checks` every
    // asset is written as not checked.
    static bool write(const QString &path, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style,
                      QString *error = nullptr, const AssetChecks *checks = nullptr);
    static void write(QIODevice &device, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style,
                      const AssetChecks *checks = nullptr);

    static QStringList header(Style style);
    static QStringList row(const QString &batchExternalId, const AssetListItem &asset, Style style,
                           const AssetChecks *checks = nullptr);

    // The fund rules' verdicts (one row per limit set for the fund), written to `path`.
    static QString fundRulesPath(const QString &assetsCsvPath); // "batch-7-assets.csv" → "batch-7-assets-fund-rules.csv"
    static bool writeFundRules(const QString &path, const QString &batchExternalId, const AssetChecks &checks, Style style,
                               QString *error = nullptr);
    static void writeFundRules(QIODevice &device, const QString &batchExternalId, const AssetChecks &checks, Style style);
    static QStringList fundRulesHeader(Style style);
    static QChar separator(Style style) { return style == Style::ExcelPtBr ? u';' : u','; }

    // "1234,56" (ExcelPtBr) or "1234.56" (Plain): no grouping, no currency symbol.
    static QString amount(const Money &value, Style style);
    static QString date(const QDate &value, Style style);
};

} // namespace cessio
