#pragma once

#include "services/auditentry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cessio {

// The decision record as CSV, in one of two styles:
//  - ExcelPtBr: what Excel in Brazilian Portuguese opens with a double click: UTF-8 BOM, ';' between
//    fields, decimal comma, local time as dd/MM/yyyy HH:mm:ss, translated headers and names.
//  - Plain: for scripts: ',' between fields, ISO 8601 UTC times, '.' decimals, stable machine
//    names for headers, actions and outcomes (the same names as the JSON record).
// Both quote fields holding a separator, quote or line break (RFC 4180, CRLF rows) and defuse
// spreadsheet formulas: text starting with = + - @ (or tab, CR) gets a leading apostrophe, numbers don't.
class AuditCsv
{
public:
    enum class Style { ExcelPtBr, Plain };

    // Writes atomically (QSaveFile): a half-written export never replaces a good one.
    static bool write(const QString &path, const QList<AuditEntry> &entries, Style style, QString *error = nullptr);
    static void write(QIODevice &device, const QList<AuditEntry> &entries, Style style);

    static QStringList header(Style style);
    static QStringList row(const AuditEntry &entry, Style style);
    // One field, guarded and quoted for `separator`.
    static QString field(const QString &value, QChar separator);
    static QChar separator(Style style) { return style == Style::ExcelPtBr ? u';' : u','; }
};

} // namespace cessio
