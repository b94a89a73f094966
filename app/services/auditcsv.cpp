#include "auditcsv.h"

#include "services/ownerfiles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

struct Column
{
    const char *machine; // Plain header, the same name as in the JSON record
    const char *title; // ExcelPtBr header, translated
};

constexpr Column columns[] = {
    { "seq", QT_TRANSLATE_NOOP("AuditCsv", "Sequence") },
    { "time", QT_TRANSLATE_NOOP("AuditCsv", "Time") },
    { "user", QT_TRANSLATE_NOOP("AuditCsv", "User") },
    { "host", QT_TRANSLATE_NOOP("AuditCsv", "Computer") },
    { "app", QT_TRANSLATE_NOOP("AuditCsv", "App version") },
    { "profile", QT_TRANSLATE_NOOP("AuditCsv", "Profile") },
    { "env", QT_TRANSLATE_NOOP("AuditCsv", "Environment") },
    { "fund", QT_TRANSLATE_NOOP("AuditCsv", "Fund class") },
    { "config", QT_TRANSLATE_NOOP("AuditCsv", "Assignment configuration") },
    { "batch", QT_TRANSLATE_NOOP("AuditCsv", "Batch") },
    { "op", QT_TRANSLATE_NOOP("AuditCsv", "Operation") },
    { "relates_to", QT_TRANSLATE_NOOP("AuditCsv", "Relates to entry") },
    { "action", QT_TRANSLATE_NOOP("AuditCsv", "Action") },
    { "outcome", QT_TRANSLATE_NOOP("AuditCsv", "Outcome") },
    { "assets", QT_TRANSLATE_NOOP("AuditCsv", "Assets") },
    { "approved", QT_TRANSLATE_NOOP("AuditCsv", "Approved assets") },
    { "denied", QT_TRANSLATE_NOOP("AuditCsv", "Denied assets") },
    { "alerts", QT_TRANSLATE_NOOP("AuditCsv", "Assets with alerts") },
    { "total", QT_TRANSLATE_NOOP("AuditCsv", "Total value") },
    { "account", QT_TRANSLATE_NOOP("AuditCsv", "Disbursement account") },
    { "account_text", QT_TRANSLATE_NOOP("AuditCsv", "Bank details") },
    { "removed", QT_TRANSLATE_NOOP("AuditCsv", "Removed assets") },
    { "reason", QT_TRANSLATE_NOOP("AuditCsv", "Reason") },
    { "method", QT_TRANSLATE_NOOP("AuditCsv", "Method") },
    { "path", QT_TRANSLATE_NOOP("AuditCsv", "Path") },
    { "request_id", QT_TRANSLATE_NOOP("AuditCsv", "Request id") },
    { "body_sha256", QT_TRANSLATE_NOOP("AuditCsv", "Body SHA-256") },
    { "body", QT_TRANSLATE_NOOP("AuditCsv", "Request body") },
    { "status", QT_TRANSLATE_NOOP("AuditCsv", "HTTP status") },
    { "qi_code", QT_TRANSLATE_NOOP("AuditCsv", "QI code") },
    { "excerpt", QT_TRANSLATE_NOOP("AuditCsv", "Response excerpt") },
    { "ids", QT_TRANSLATE_NOOP("AuditCsv", "Server ids") },
    { "note", QT_TRANSLATE_NOOP("AuditCsv", "Note") },
    { "prev_hash", QT_TRANSLATE_NOOP("AuditCsv", "Previous hash") },
    { "hash", QT_TRANSLATE_NOOP("AuditCsv", "Hash") },
};

QString optionalNumber(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

bool isPlainNumber(const QString &value)
{
    static const QRegularExpression number(u"^[+-]?[0-9]+([.,][0-9]+)?$"_s);
    return number.match(value).hasMatch();
}

} // namespace

QStringList AuditCsv::header(Style style)
{
    QStringList names;
    for (const Column &column : columns)
        names.append(style == Style::Plain ? QString::fromLatin1(column.machine)
                                           : QCoreApplication::translate("AuditCsv", column.title));
    return names;
}

QStringList AuditCsv::row(const AuditEntry &e, Style style)
{
    const bool excel = style == Style::ExcelPtBr;
    QString time;
    if (e.time.isValid()) // Excel has no time zones: local time there, UTC with its 'Z' in plain
        time = excel ? e.time.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s) : e.time.toUTC().toString(Qt::ISODateWithMs);
    QString total;
    if (e.shown.total) {
        total = e.shown.total->toDecimalString(); // never through a double
        if (excel)
            total.replace(u'.', u',');
    }
    QStringList ids;
    for (auto it = e.response.ids.cbegin(); it != e.response.ids.cend(); ++it)
        ids.append(it.key() + u'=' + it.value());

    QStringList row = {
        QString::number(e.sequence),
        time,
        e.userName,
        e.hostName,
        e.appVersion,
        e.profileName,
        e.environmentUrl,
        e.fundClassKey,
        e.configurationKey,
        e.batchExternalId,
        e.operationId,
        e.relatesTo > 0 ? QString::number(e.relatesTo) : QString(),
        excel ? AuditEntry::actionDisplayName(e.action) : AuditEntry::actionName(e.action),
        excel ? AuditEntry::outcomeDisplayName(e.outcome) : AuditEntry::outcomeName(e.outcome),
        optionalNumber(e.shown.assetCount),
        optionalNumber(e.shown.approvedCount),
        optionalNumber(e.shown.deniedCount),
        optionalNumber(e.shown.alertCount),
        total,
        e.shown.accountKey,
        e.shown.accountText,
        e.shown.removedAssetIds.join(u", "_s),
        e.reason,
        e.request.method,
        e.request.path,
        e.request.id,
        e.request.bodySha256,
        e.request.body,
        e.response.httpStatus ? QString::number(*e.response.httpStatus) : QString(),
        e.response.qiCode,
        e.response.excerpt,
        ids.join(u"; "_s),
        e.note,
        e.previousHash,
        e.hash,
    };
    Q_ASSERT(row.size() == qsizetype(std::size(columns)));
    return row;
}

QString AuditCsv::field(const QString &value, QChar separator)
{
    QString text = value;
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection); numbers such
    // as "-12,50" are left alone so they stay numbers.
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    if (!text.isEmpty() && formulaStarts.contains(text.front()) && !isPlainNumber(text))
        text.prepend(u'\'');
    if (text.contains(separator) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

void AuditCsv::write(QIODevice &device, const QList<AuditEntry> &entries, Style style)
{
    const QChar sep = separator(style);
    const auto writeRow = [&](const QStringList &fields) {
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += sep;
            line += field(fields.at(i), sep);
        }
        line += u"\r\n";
        device.write(line.toUtf8());
    };
    if (style == Style::ExcelPtBr)
        device.write("\xEF\xBB\xBF"); // the BOM is how Excel knows the file is UTF-8
    writeRow(header(style));
    for (const AuditEntry &entry : entries)
        writeRow(row(entry, style));
}

bool AuditCsv::write(const QString &path, const QList<AuditEntry> &entries, Style style, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ownerfiles::restrict(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    write(file, entries, style);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cessio
