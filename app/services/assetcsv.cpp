#include "assetcsv.h"

#include "core/documentnumber.h"
#include "services/auditcsv.h"
#include "services/ownerfiles.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QString AssetCsv::amount(const Money &value, Style style)
{
    QString text = value.toDecimalString();
    if (style == Style::ExcelPtBr)
        text.replace(u'.', u',');
    return text;
}

QString AssetCsv::date(const QDate &value, Style style)
{
    if (!value.isValid())
        return {};
    return value.toString(style == Style::ExcelPtBr ? u"dd/MM/yyyy"_s : u"yyyy-MM-dd"_s);
}

namespace {

QString yesNo(bool value, AssetCsv::Style style)
{
    if (style == AssetCsv::Style::Plain)
        return value ? u"true"_s : u"false"_s;
    return value ? QCoreApplication::translate("AssetCsv", "yes") : QCoreApplication::translate("AssetCsv", "no");
}

// One CSV line of `fields`, quoted as AuditCsv does, CRLF-terminated.
void writeLine(QIODevice &device, const QStringList &fields, QChar separator)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        line += AuditCsv::field(fields.at(i), separator);
    }
    line += u"\r\n";
    device.write(line.toUtf8());
}

// Atomically writes what `fill` puts into the file.
bool saveAtomically(const QString &path, QString *error, const std::function<void(QIODevice &)> &fill)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ownerfiles::restrict(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    fill(file);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QStringList AssetCsv::header(Style style)
{
    if (style == Style::Plain) {
        return { u"batch_external_id"_s,
                 u"asset_external_id"_s,
                 u"asset_key"_s,
                 u"asset_type"_s,
                 u"status"_s,
                 u"purchase_value"_s,
                 u"face_value"_s,
                 u"duration_days"_s,
                 u"debtor_name"_s,
                 u"debtor_document"_s,
                 u"first_due_date"_s,
                 u"last_due_date"_s,
                 u"denied_by"_s,
                 u"denial_reason"_s,
                 u"checked"_s,
                 u"alerts"_s,
                 u"alert_details"_s,
                 u"implied_monthly_rate"_s };
    }
    return { QCoreApplication::translate("AssetCsv", "Batch"),
             QCoreApplication::translate("AssetCsv", "Asset"),
             QCoreApplication::translate("AssetCsv", "Asset key"),
             QCoreApplication::translate("AssetCsv", "Type"),
             QCoreApplication::translate("AssetCsv", "Status"),
             QCoreApplication::translate("AssetCsv", "Purchase value (R$)"),
             QCoreApplication::translate("AssetCsv", "Face value (R$)"),
             QCoreApplication::translate("AssetCsv", "Duration (days)"),
             QCoreApplication::translate("AssetCsv", "Debtor"),
             QCoreApplication::translate("AssetCsv", "Debtor CPF/CNPJ"),
             QCoreApplication::translate("AssetCsv", "First due date"),
             QCoreApplication::translate("AssetCsv", "Last due date"),
             QCoreApplication::translate("AssetCsv", "Denied by"),
             QCoreApplication::translate("AssetCsv", "Denial reason"),
             QCoreApplication::translate("AssetCsv", "Checked"),
             QCoreApplication::translate("AssetCsv", "Alert keys"),
             QCoreApplication::translate("AssetCsv", "Alerts"),
             QCoreApplication::translate("AssetCsv", "Implied rate (% per month)") };
}

QStringList AssetCsv::row(const QString &batchExternalId, const AssetListItem &asset, Style style, const AssetChecks *checks)
{
    const bool excel = style == Style::ExcelPtBr;
    QString face, debtor, document, firstDue, lastDue;
    if (asset.detail) {
        const Asset &detail = *asset.detail;
        face = amount(detail.faceValue(), style);
        debtor = detail.debtorName();
        const DocumentNumber parsed = DocumentNumber::parse(detail.debtorDocument());
        // Formatted for people (it also keeps Excel from dropping leading zeros); bare for scripts.
        document = !parsed.isValid() ? detail.debtorDocument() : excel ? parsed.formatted() : parsed.normalized();
        const auto maturities = detail.maturities();
        if (!maturities.isEmpty()) {
            firstDue = date(maturities.constFirst().first, style);
            lastDue = date(maturities.constLast().first, style);
        }
    }
    QStringList keys, texts;
    QString rate; // a fraction for scripts (as QI writes rates), a percentage for people
    if (const auto monthly = checks ? checks->pricing.rateOf(asset.externalId) : std::nullopt)
        rate = excel ? QString::number(*monthly * 100.0, 'f', 4).replace(u'.', u',') : QString::number(*monthly, 'f', 6);
    if (checks) {
        for (const AssetChecks::Finding &finding : checks->findingsFor(asset.externalId)) {
            keys.append(AssetChecks::ruleKey(finding.rule));
            texts.append(AssetChecks::findingText(finding));
        }
    }
    return { batchExternalId,
             asset.externalId,
             asset.assetKey,
             excel ? asset.type.displayName() : asset.type.apiName(),
             excel ? asset.status.displayName() : asset.status.apiName(),
             amount(asset.totalPurchaseValue, style),
             face,
             asset.durationDays ? QString::number(*asset.durationDays) : QString(),
             debtor,
             document,
             firstDue,
             lastDue,
             asset.deniedBy,
             asset.denialReason,
             yesNo(checks && AssetChecks::isCheckable(asset), style),
             keys.join(u' '),
             texts.join(u" | "_s),
             rate };
}

void AssetCsv::write(QIODevice &device, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style,
                     const AssetChecks *checks)
{
    if (style == Style::ExcelPtBr)
        device.write("\xEF\xBB\xBF"); // the BOM is how Excel knows the file is UTF-8
    writeLine(device, header(style), separator(style));
    for (const AssetListItem &asset : assets)
        writeLine(device, row(batchExternalId, asset, style, checks), separator(style));
}

bool AssetCsv::write(const QString &path, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style,
                     QString *error, const AssetChecks *checks)
{
    return saveAtomically(path, error, [&](QIODevice &device) { write(device, batchExternalId, assets, style, checks); });
}

QString AssetCsv::fundRulesPath(const QString &assetsCsvPath)
{
    QString base = assetsCsvPath;
    if (base.endsWith(u".csv"_s, Qt::CaseInsensitive))
        base.chop(4);
    return base + u"-fund-rules.csv"_s;
}

QStringList AssetCsv::fundRulesHeader(Style style)
{
    if (style == Style::Plain)
        return { u"batch_external_id"_s, u"rule"_s,  u"name"_s, u"batch_value"_s, u"limit"_s, u"passed"_s,
                 u"assets_outside"_s,    u"result"_s };
    return {
        QCoreApplication::translate("AssetCsv", "Batch"),          QCoreApplication::translate("AssetCsv", "Rule key"),
        QCoreApplication::translate("AssetCsv", "Fund rule"),      QCoreApplication::translate("AssetCsv", "This batch"),
        QCoreApplication::translate("AssetCsv", "Limit"),          QCoreApplication::translate("AssetCsv", "Within the limit"),
        QCoreApplication::translate("AssetCsv", "Assets outside"), QCoreApplication::translate("AssetCsv", "Result")
    };
}

void AssetCsv::writeFundRules(QIODevice &device, const QString &batchExternalId, const AssetChecks &checks, Style style)
{
    if (style == Style::ExcelPtBr)
        device.write("\xEF\xBB\xBF");
    writeLine(device, fundRulesHeader(style), separator(style));
    for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts) {
        writeLine(device,
                  { batchExternalId, verdict.key, verdict.name, verdict.measured, verdict.limit, yesNo(verdict.passed, style),
                    QString::number(verdict.assetsOutside), verdict.outcome() },
                  separator(style));
    }
}

bool AssetCsv::writeFundRules(const QString &path, const QString &batchExternalId, const AssetChecks &checks, Style style,
                              QString *error)
{
    return saveAtomically(path, error, [&](QIODevice &device) { writeFundRules(device, batchExternalId, checks, style); });
}

} // namespace cessio
