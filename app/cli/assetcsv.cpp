#include "cli/assetcsv.h"

#include "cli/format.h"
#include "services/auditcsv.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

QString money(const Money &value, AssetCsv::Style style)
{
    QString text = value.toDecimalString();
    if (style == AssetCsv::Style::ExcelPtBr)
        text.replace(u'.', u','); // "1234,56": no grouping, so Excel reads it as a number
    return text;
}

QChar separatorOf(AssetCsv::Style style)
{
    return style == AssetCsv::Style::ExcelPtBr ? u';' : u',';
}

} // namespace

QStringList AssetCsv::header(Style style)
{
    if (style == Style::Plain) {
        return { u"external_id"_s,
                 u"asset_key"_s,
                 u"asset_type"_s,
                 u"status"_s,
                 u"total_purchase_value"_s,
                 u"face_value"_s,
                 u"duration"_s,
                 u"debtor_name"_s,
                 u"debtor_document_number"_s,
                 u"denied_by"_s,
                 u"denial_reason"_s };
    }
    return { QCoreApplication::translate("cli", "Asset"),
             QCoreApplication::translate("cli", "Asset key"),
             QCoreApplication::translate("cli", "Type"),
             QCoreApplication::translate("cli", "Status"),
             QCoreApplication::translate("cli", "Purchase value"),
             QCoreApplication::translate("cli", "Face value"),
             QCoreApplication::translate("cli", "Duration (days)"),
             QCoreApplication::translate("cli", "Debtor"),
             QCoreApplication::translate("cli", "Debtor CPF/CNPJ"),
             QCoreApplication::translate("cli", "Denied by"),
             QCoreApplication::translate("cli", "Denial reason") };
}

QStringList AssetCsv::row(const AssetListItem &a, Style style)
{
    const bool plain = style == Style::Plain;
    QString face, debtor, document;
    if (a.detail) {
        face = money(a.detail->faceValue(), style);
        debtor = a.detail->debtorName();
        document = plain ? a.detail->debtorDocument() : Format::document(a.detail->debtorDocument());
    }
    return { a.externalId,
             a.assetKey,
             plain ? a.type.apiName() : a.type.displayName(),
             plain ? a.status.apiName() : a.status.displayName(),
             money(a.totalPurchaseValue, style),
             face,
             a.durationDays ? QString::number(*a.durationDays) : QString(),
             debtor,
             document,
             a.deniedBy,
             a.denialReason };
}

QByteArray AssetCsv::document(const QList<AssetListItem> &assets, Style style)
{
    const QChar sep = separatorOf(style);
    QString text;
    const auto line = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += sep;
            text += AuditCsv::field(fields.at(i), sep); // quoted, and formulas defused
        }
        text += u"\r\n"_s;
    };
    line(header(style));
    for (const AssetListItem &asset : assets)
        line(row(asset, style));
    QByteArray bytes = text.toUtf8();
    if (style == Style::ExcelPtBr)
        bytes.prepend("\xEF\xBB\xBF"); // the BOM tells Excel the file is UTF-8
    return bytes;
}

bool AssetCsv::write(const QString &path, const QList<AssetListItem> &assets, Style style, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = document(assets, style);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cessio::cli
