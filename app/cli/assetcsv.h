#pragma once

#include "core/asset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cessio::cli {

// A batch's assets as CSV:
//  - ExcelPtBr: what Excel in Brazilian Portuguese opens with a double click: UTF-8 BOM, ';' between
//    fields, decimal comma, dd/MM/yyyy, translated headers.
//  - Plain: for scripts: ',' between fields, '.' decimals, ISO dates, QI's field names as headers.
// Text that a spreadsheet would run as a formula (= + - @ ...) is defused (AuditCsv::field).
class AssetCsv
{
public:
    enum class Style { ExcelPtBr, Plain };

    static QStringList header(Style style);
    static QStringList row(const AssetListItem &asset, Style style);
    static QByteArray document(const QList<AssetListItem> &assets, Style style);
    // Writes atomically (QSaveFile).
    static bool write(const QString &path, const QList<AssetListItem> &assets, Style style, QString *error = nullptr);
};

} // namespace cessio::cli
