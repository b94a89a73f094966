#include "assetdetailhtml.h"

#include "core/documentnumber.h"
#include "models/formatting.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A two-column row; empty values are left out.
void row(QString &html, const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    html += u"<tr><td style='padding-right:12px'><i>"_s + esc(label) + u"</i></td><td>"_s + esc(value) + u"</td></tr>"_s;
}

QString date(const QDate &date, const QLocale &locale)
{
    return shortDate(date, locale);
}

void borrower(QString &html, const Borrower &b, const QLocale &)
{
    html += u"<h3>"_s + esc(QCoreApplication::translate("AssetDetails", "Debtor")) + u"</h3><table>"_s;
    row(html, QCoreApplication::translate("AssetDetails", "Name"), b.name);
    row(html, QCoreApplication::translate("AssetDetails", "CPF/CNPJ"),
        b.documentNumber.isEmpty() ? QString() : DocumentNumber::parse(b.documentNumber).formatted());
    row(html, QCoreApplication::translate("AssetDetails", "Person"),
        b.personType == u"natural_person"     ? QCoreApplication::translate("AssetDetails", "Natural person")
            : b.personType == u"legal_person" ? QCoreApplication::translate("AssetDetails", "Legal entity")
                                              : b.personType);
    row(html, QCoreApplication::translate("AssetDetails", "E-mail"), b.email);
    row(html, QCoreApplication::translate("AssetDetails", "Phone"), b.phone.number.isEmpty() ? QString() : b.phone.text());
    const Borrower::Address &a = b.address;
    QStringList street { a.street, a.number, a.complement };
    street.removeAll(QString());
    QStringList place { a.neighborhood, a.city, a.uf, a.postalCode };
    place.removeAll(QString());
    row(html, QCoreApplication::translate("AssetDetails", "Address"),
        street.join(u", "_s) + (place.isEmpty() ? QString() : u" — "_s + place.join(u", "_s)));
    html += u"</table>"_s;
}

} // namespace

QString assetDetailHtml(const Asset &asset, const QLocale &locale)
{
    QString html = u"<h2>"_s + esc(asset.externalId) + u"</h2><table>"_s;
    row(html, QCoreApplication::translate("AssetDetails", "Type"), asset.type.displayName());
    row(html, QCoreApplication::translate("AssetDetails", "Status"), asset.status.displayName());
    if (!asset.denialReason.isEmpty() || !asset.deniedBy.isEmpty())
        row(html, QCoreApplication::translate("AssetDetails", "Denied"),
            QStringList({ asset.deniedBy, asset.denialReason }).join(u": "_s));
    row(html, QCoreApplication::translate("AssetDetails", "Face value"), asset.faceValue().format(locale));
    row(html, QCoreApplication::translate("AssetDetails", "Purchase value"), asset.totalPurchaseValue.format(locale));
    for (const Premium &premium : asset.premiums)
        row(html, QCoreApplication::translate("AssetDetails", "Premium (%1)").arg(premium.type), premium.value.format(locale));
    html += u"</table>"_s;

    if (asset.creditOperation) {
        const CreditOperation &op = *asset.creditOperation;
        html += u"<h3>"_s + esc(QCoreApplication::translate("AssetDetails", "CCB")) + u"</h3><table>"_s;
        row(html, QCoreApplication::translate("AssetDetails", "Contract"), op.contract.number);
        row(html, QCoreApplication::translate("AssetDetails", "Issued"), date(op.contract.issueDate, locale));
        row(html, QCoreApplication::translate("AssetDetails", "Principal"),
            op.principalValue.isZero() ? QString() : op.principalValue.format(locale));
        row(html, QCoreApplication::translate("AssetDetails", "Monthly rate"),
            op.monthlyRate ? locale.toString(*op.monthlyRate * 100.0, 'f', 2) + u" %"_s : QString());
        row(html, QCoreApplication::translate("AssetDetails", "Amortization"), op.amortizationType.toUpper());
        row(html, QCoreApplication::translate("AssetDetails", "Originator"),
            op.originatorDocumentNumber.isEmpty() ? QString() : DocumentNumber::parse(op.originatorDocumentNumber).formatted());
        html += u"</table>"_s;
        borrower(html, op.borrower, locale);
        html += u"<h3>"_s + esc(QCoreApplication::translate("AssetDetails", "Installments"))
            + u"</h3><table cellspacing='0' cellpadding='2'><tr><th align='left'>"_s
            + esc(QCoreApplication::translate("AssetDetails", "No.")) + u"</th><th align='left'>"_s
            + esc(QCoreApplication::translate("AssetDetails", "Maturity")) + u"</th><th align='right'>"_s
            + esc(QCoreApplication::translate("AssetDetails", "Face value")) + u"</th></tr>"_s;
        for (const Installment &installment : op.installments) {
            html += u"<tr><td>"_s + QString::number(installment.number) + u"</td><td>"_s + date(installment.maturity, locale)
                + u"</td><td align='right'>"_s + esc(installment.faceValue.format(locale)) + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    } else if (asset.creditRight) {
        const DiscountedCreditRight &right = *asset.creditRight;
        html += u"<h3>"_s + esc(QCoreApplication::translate("AssetDetails", "Title")) + u"</h3><table>"_s;
        row(html, QCoreApplication::translate("AssetDetails", "Maturity"), date(right.maturityDate, locale));
        row(html, QCoreApplication::translate("AssetDetails", "Face value"), right.faceValue.format(locale));
        row(html, QCoreApplication::translate("AssetDetails", "Order number"), right.orderNumber);
        row(html, QCoreApplication::translate("AssetDetails", "Installment"),
            right.installmentNumber ? QString::number(*right.installmentNumber) : QString());
        row(html, QCoreApplication::translate("AssetDetails", "Originator"),
            right.originatorDocumentNumber.isEmpty() ? QString()
                                                     : DocumentNumber::parse(right.originatorDocumentNumber).formatted());
        if (right.invoice) {
            row(html, QCoreApplication::translate("AssetDetails", "Invoice (NF-e)"),
                right.invoice->number.isEmpty() ? QString()
                                                : QCoreApplication::translate("AssetDetails", "no. %1, series %2")
                                                      .arg(right.invoice->number, right.invoice->serie));
            row(html, QCoreApplication::translate("AssetDetails", "NF-e key"), right.invoice->accessKey);
            row(html, QCoreApplication::translate("AssetDetails", "Invoice value"), right.invoice->totalValue.format(locale));
            row(html, QCoreApplication::translate("AssetDetails", "Issued"), date(right.invoice->issueDate, locale));
        }
        if (right.contract) {
            row(html, QCoreApplication::translate("AssetDetails", "Source contract"), right.contract->number);
            row(html, QCoreApplication::translate("AssetDetails", "Contract value"),
                right.contract->totalFaceValue.format(locale));
            row(html, QCoreApplication::translate("AssetDetails", "Installments in contract"),
                QString::number(right.contract->numberOfInstallments));
        }
        html += u"</table>"_s;
        borrower(html, right.borrower, locale);
    } else {
        html += u"<p><i>"_s
            + esc(QCoreApplication::translate("AssetDetails", "QI Tech sent no credit details for this asset type."))
            + u"</i></p>"_s;
    }
    return html;
}

} // namespace cessio
