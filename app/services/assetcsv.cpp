#include "assetcsv.h"

#include "core/documentnumber.h"
#include "services/auditcsv.h"

#include <QCoreApplication>
#include <QSaveFile>

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

QStringList AssetCsv::header(Style style)
{
    if (style == Style::Plain) {
        return { u"batch_external_id"_s, u"asset_external_id"_s, u"asset_key"_s,     u"asset_type"_s,   u"status"_s,
                 u"purchase_value"_s,    u"face_value"_s,        u"duration_days"_s, u"debtor_name"_s,  u"debtor_document"_s,
                 u"first_due_date"_s,    u"last_due_date"_s,     u"denied_by"_s,     u"denial_reason"_s };
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
             QCoreApplication::translate("AssetCsv", "Denial reason") };
}

QStringList AssetCsv::row(const QString &batchExternalId, const AssetListItem &asset, Style style)
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
             asset.denialReason };
}

void AssetCsv::write(QIODevice &device, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style)
{
    const QChar sep = separator(style);
    const auto writeRow = [&](const QStringList &fields) {
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += sep;
            line += AuditCsv::field(fields.at(i), sep);
        }
        line += u"\r\n";
        device.write(line.toUtf8());
    };
    if (style == Style::ExcelPtBr)
        device.write("\xEF\xBB\xBF"); // the BOM is how Excel knows the file is UTF-8
    writeRow(header(style));
    for (const AssetListItem &asset : assets)
        writeRow(row(batchExternalId, asset, style));
}

bool AssetCsv::write(const QString &path, const QString &batchExternalId, const QList<AssetListItem> &assets, Style style,
                     QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    write(file, batchExternalId, assets, style);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cessio
