#include "fundrulesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

FundRulesDialog::FundRulesDialog(const QString &fundName, const FundRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
{
    setObjectName(u"fundRulesDialog"_s);
    setWindowTitle(tr("Fund rules — %1").arg(fundName));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Limits from the fund's regulamento and your policy. Every batch of this fund is checked "
                                "against them; assets that break one are flagged and can be removed before approving. "
                                "Leave a field empty (or zero) for no limit."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_maxTerm = new QSpinBox(this);
    m_maxTerm->setObjectName(u"maxTermDays"_s);
    m_maxTerm->setRange(0, 36500);
    m_maxTerm->setSuffix(tr(" days"));
    m_maxTerm->setSpecialValueText(tr("no limit"));
    m_maxTerm->setValue(rules.maxTermDays.value_or(0));
    form->addRow(tr("Longest &term (to the last maturity):"), m_maxTerm);

    m_maxAsset = addAmountField(u"maxAssetValue"_s, rules.maxAssetValue);
    form->addRow(tr("Largest &asset (purchase value):"), m_maxAsset);
    m_maxBatch = addAmountField(u"maxBatchValue"_s, rules.maxBatchValue);
    form->addRow(tr("Largest &batch (purchase value):"), m_maxBatch);

    m_maxShare = new QDoubleSpinBox(this);
    m_maxShare->setObjectName(u"maxDebtorShare"_s);
    m_maxShare->setRange(0.0, 100.0);
    m_maxShare->setDecimals(1);
    m_maxShare->setSuffix(u"\u00a0%"_s);
    m_maxShare->setSpecialValueText(tr("no limit"));
    m_maxShare->setValue(rules.maxDebtorShareBasisPoints.value_or(0) / 100.0);
    form->addRow(tr("Largest &debtor (share of the batch's face value):"), m_maxShare);

    m_minRate = new QDoubleSpinBox(this);
    m_minRate->setObjectName(u"minMonthlyRate"_s);
    m_minRate->setRange(0.0, 100.0);
    m_minRate->setDecimals(2);
    m_minRate->setSingleStep(0.05);
    m_minRate->setSuffix(u"\u00a0"_s + tr("% per month"));
    m_minRate->setSpecialValueText(tr("no limit"));
    m_minRate->setValue(rules.minMonthlyRateBasisPoints.value_or(0) / 100.0);
    m_minRate->setToolTip(tr("Usually the agreed taxa de cessão. Each asset's implied rate is computed from what the fund "
                             "pays and its installments, over business days (252 a year, 21 a month)."));
    form->addRow(tr("Lowest &implied rate (per month):"), m_minRate);

    m_companiesOnly = new QCheckBox(tr("Only &companies (CNPJ) as debtors"), this);
    m_companiesOnly->setObjectName(u"companiesOnly"_s);
    m_companiesOnly->setChecked(rules.companiesOnly);
    form->addRow(QString(), m_companiesOnly);

    m_types = new QListWidget(this);
    m_types->setObjectName(u"allowedTypes"_s);
    m_types->setAccessibleName(tr("Asset types the fund buys"));
    for (const AssetType::Value type : AssetType::all()) {
        if (type == AssetType::Unknown)
            continue;
        auto *item = new QListWidgetItem(AssetType(type).displayName(), m_types);
        item->setData(Qt::UserRole, int(type));
        item->setCheckState(rules.allowedTypes.contains(type) ? Qt::Checked : Qt::Unchecked);
    }
    m_types->setMaximumHeight(m_types->sizeHintForRow(0) * 5 + 2 * m_types->frameWidth());
    auto *typesLabel = new QLabel(tr("Asset t&ypes it buys (none ticked: any):"), this);
    typesLabel->setBuddy(m_types);
    form->addRow(typesLabel, m_types);
    layout->addLayout(form);

    // Four-eyes: filled by setFourEyes() once the team workspace answered.
    auto *fourEyes = new QGroupBox(tr("Four-eyes policy (team workspace)"), this);
    fourEyes->setObjectName(u"fourEyesBox"_s);
    auto *fourEyesForm = new QFormLayout(fourEyes);
    m_fourEyesAbove = addAmountField(u"fourEyesAbove"_s, std::nullopt);
    m_fourEyesAbove->setPlaceholderText(tr("never — e.g. %1").arg(Money::fromCentavos(100000000).format()));
    fourEyesForm->addRow(tr("A colleague's recommendation is needed when the batch total is a&bove:"), m_fourEyesAbove);
    m_fourEyesOnBreach = new QCheckBox(tr("…or when any alert, fund rule or portfolio limit is b&reached"), this);
    m_fourEyesOnBreach->setObjectName(u"fourEyesOnBreach"_s);
    fourEyesForm->addRow(QString(), m_fourEyesOnBreach);
    fourEyes->hide();
    layout->addWidget(fourEyes);

    m_readOnlyNote = new QLabel(tr("Only a workspace admin changes this fund's rules and policy."), this);
    m_readOnlyNote->setObjectName(u"rulesReadOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // quotes what was typed
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    QPushButton *book = m_buttons->addButton(tr("Fund &portfolio…"), QDialogButtonBox::ActionRole);
    book->setObjectName(u"fundBookButton"_s);
    connect(book, &QPushButton::clicked, this, &FundRulesDialog::fundBookRequested);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FundRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *FundRulesDialog::addAmountField(const QString &objectName, const std::optional<Money> &value)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setPlaceholderText(tr("no limit — e.g. %1").arg(Money::fromCentavos(150000000).format()));
    field->setClearButtonEnabled(true);
    if (value)
        field->setText(value->format());
    return field;
}

void FundRulesDialog::setFourEyes(const FourEyesPolicyDocument &document)
{
    m_fourEyes = document;
    if (document.policy.above)
        m_fourEyesAbove->setText(document.policy.above->format());
    m_fourEyesOnBreach->setChecked(document.policy.onBreach);
    m_fourEyesAbove->setReadOnly(!document.mayEdit);
    m_fourEyesOnBreach->setEnabled(document.mayEdit);
    auto *box = findChild<QGroupBox *>(u"fourEyesBox"_s);
    if (!document.mayEdit)
        box->setToolTip(tr("Only a workspace admin changes this policy."));
    box->show();
    setRulesEditable(document.mayEdit); // the same server rule covers a fund's rules and its policy
}

void FundRulesDialog::setRulesEditable(bool editable)
{
    m_rulesEditable = editable;
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_maxTerm, m_maxAsset, m_maxBatch, m_maxShare, m_minRate, m_companiesOnly, m_types })
        field->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(editable);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(editable ? tr("Cancel") : tr("Close"));
    m_readOnlyNote->setVisible(!editable);
}

std::optional<FundRules> FundRulesDialog::readFields(QString *problem) const
{
    FundRules rules;
    rules.watchList = m_rules.watchList; // edited in Tools → Watch-list…; only the fund's own are saved with it
    if (m_maxTerm->value() > 0)
        rules.maxTermDays = m_maxTerm->value();
    const auto amount = [&](QLineEdit *field, const QString &name, std::optional<Money> *out) {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            return true;
        const auto money = Money::fromUserText(text, QLocale());
        if (!money || money->centavos() <= 0) {
            *problem
                = tr("%1: \"%2\" is not a positive amount (e.g. %3).").arg(name, text, Money::fromCentavos(150000000).format());
            return false;
        }
        *out = money;
        return true;
    };
    if (!amount(m_maxAsset, tr("Largest asset"), &rules.maxAssetValue)
        || !amount(m_maxBatch, tr("Largest batch"), &rules.maxBatchValue))
        return std::nullopt;
    if (const int basisPoints = int(std::lround(m_maxShare->value() * 100.0)); basisPoints > 0)
        rules.maxDebtorShareBasisPoints = basisPoints;
    if (const int basisPoints = int(std::lround(m_minRate->value() * 100.0)); basisPoints > 0)
        rules.minMonthlyRateBasisPoints = basisPoints;
    rules.companiesOnly = m_companiesOnly->isChecked();
    for (int row = 0; row < m_types->count(); ++row) {
        if (m_types->item(row)->checkState() == Qt::Checked)
            rules.allowedTypes.append(AssetType::Value(m_types->item(row)->data(Qt::UserRole).toInt()));
    }
    return rules;
}

void FundRulesDialog::accept()
{
    if (!m_rulesEditable) { // nothing this login may save
        reject();
        return;
    }
    QString problem;
    const auto rules = readFields(&problem);
    if (!rules) {
        m_problem->setText(u"⚠ "_s + problem); // said in words, not by colour
        m_problem->show();
        return;
    }
    if (m_fourEyes && m_fourEyes->mayEdit) {
        FourEyesPolicy policy;
        policy.onBreach = m_fourEyesOnBreach->isChecked();
        if (const QString text = m_fourEyesAbove->text().trimmed(); !text.isEmpty()) {
            policy.above = Money::fromUserText(text, QLocale());
            if (!policy.above || policy.above->isNegative()) {
                m_problem->setText(u"⚠ "_s + tr("Four-eyes: \"%1\" is not an amount (e.g. %2).")
                                                 .arg(text, Money::fromCentavos(100000000).format()));
                m_problem->show();
                return;
            }
        }
        m_changedFourEyes = policy == m_fourEyes->policy ? std::nullopt : std::optional(policy);
    }
    m_rules = *rules;
    QDialog::accept();
}

} // namespace cessio
