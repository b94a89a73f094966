#pragma once

#include "services/fundrules.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace cessio {

// "Fund rules": the limits one fund's batches are checked against (FundRules). Every field is
// optional — empty, zero or no type ticked means "no limit". Amounts are typed as the user writes
// them (R$ 1.500,00 or 1500.00); an amount that cannot be read keeps the dialog open with the reason.
class FundRulesDialog : public QDialog
{
    Q_OBJECT

public:
    FundRulesDialog(const QString &fundName, const FundRules &rules, QWidget *parent = nullptr);

    // The rules as entered; valid once the dialog was accepted.
    FundRules rules() const { return m_rules; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void fundBookRequested(); // the fund's portfolio limits live in FundBookDialog

private:
    QLineEdit *addAmountField(const QString &objectName, const std::optional<Money> &value);
    std::optional<FundRules> readFields(QString *problem) const;

    FundRules m_rules;
    QSpinBox *m_maxTerm = nullptr;
    QLineEdit *m_maxAsset = nullptr;
    QLineEdit *m_maxBatch = nullptr;
    QDoubleSpinBox *m_maxShare = nullptr;
    QCheckBox *m_companiesOnly = nullptr;
    QListWidget *m_types = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cessio
