#include "batchfacts.h"

#include "core/documentnumber.h"
#include "core/localization.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    // No word wrap: a wrapped label in a form inside a group box gets clipped; the dialog widens instead.
    return label;
}

} // namespace

QString BatchFacts::partyText(const QString &name, const QString &documentNumber)
{
    const QString document = documentNumber.isEmpty() ? QString() : DocumentNumber::parse(documentNumber).formatted();
    if (name.isEmpty())
        return document.isEmpty() ? tr("(not informed)") : document;
    return document.isEmpty() ? name : QString(name + u" · "_s + document);
}

QString BatchFacts::batchText(const Batch &batch)
{
    if (batch.number.isEmpty())
        return batch.externalId;
    return tr("%1 (external id %2)").arg(batch.number, batch.externalId);
}

QString BatchFacts::dateText(const QDate &date)
{
    return shortDate(date);
}

QString BatchFacts::approvedText(const AssetsSummary &summary)
{
    return tr("%Ln of %1 approved", nullptr, summary.numberOfApprovedAssets).arg(QLocale().toString(summary.numberOfAssets));
}

QString BatchFacts::accountTypeName(const QString &apiType)
{
    if (apiType == "checking_account"_L1)
        return tr("Checking");
    if (apiType == "savings_account"_L1)
        return tr("Savings");
    if (apiType == "payment_account"_L1)
        return tr("Payment");
    if (apiType == "salary_account"_L1)
        return tr("Salary");
    return apiType;
}

QString BatchFacts::accountText(const BankAccount &account)
{
    QStringList parts;
    const QString bank = account.bankName();
    parts << (account.institutionCode.isEmpty() ? bank : QString(bank + u" ("_s + account.institutionCode + u')'));
    if (!account.branch.isEmpty())
        parts << tr("Branch %1").arg(account.branch);
    parts << tr("Account %1").arg(account.numberWithDigit());
    if (!account.accountType.isEmpty())
        parts << accountTypeName(account.accountType);
    return parts.join(u" · "_s);
}

QWidget *BatchFacts::createSummaryForm(const Batch &batch, const AssetsSummary &summary, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(u"batchSummary"_s);
    auto *form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QLocale locale;
    const auto &configuration = batch.configuration;

    form->addRow(tr("Fund:"),
                 valueLabel(partyText(configuration.fund.name, configuration.fund.documentNumber), u"fundValue"_s, widget));
    form->addRow(
        tr("Assignor:"),
        valueLabel(partyText(configuration.assignor.name, configuration.assignor.documentNumber), u"assignorValue"_s, widget));
    form->addRow(tr("Batch:"), valueLabel(batchText(batch), u"batchValue"_s, widget));
    if (batch.date.isValid())
        form->addRow(tr("Assignment date:"), valueLabel(dateText(batch.date), u"dateValue"_s, widget));
    form->addRow(tr("Assets:"), valueLabel(approvedText(summary), u"assetsValue"_s, widget));
    form->addRow(tr("Denied assets:"), valueLabel(locale.toString(summary.numberOfDeniedAssets), u"deniedValue"_s, widget));

    QLabel *total = valueLabel(summary.totalValue.format(locale), u"totalValue"_s, widget);
    QFont big = total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.35);
    total->setFont(big);
    total->setAccessibleName(tr("Total value"));
    form->addRow(tr("Total value:"), total);
    return widget;
}

} // namespace cessio

namespace cessio {

QGroupBox *BatchFacts::createSummaryBox(const Batch &batch, const AssetsSummary &summary, QWidget *parent)
{
    auto *box = new QGroupBox(tr("Batch"), parent);
    box->setObjectName(u"summaryBox"_s);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(createSummaryForm(batch, summary, box));
    return box;
}

} // namespace cessio
