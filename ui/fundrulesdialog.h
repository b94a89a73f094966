#pragma once

#include "services/fundrules.h"
#include "services/workspace/foureyespolicy.h"

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
    // The fund's four-eyes policy from the team workspace: editable by admins (and on a SQLite
    // workspace, one person's), shown read-only to the others.
    void setFourEyes(const FourEyesPolicyDocument &document);
    // The policy as entered, when it was shown editable and changed; valid once accepted.
    std::optional<FourEyesPolicy> changedFourEyes() const { return m_changedFourEyes; }
    int fourEyesVersion() const { return m_fourEyes ? m_fourEyes->version : 0; } // what it was read at
    // On a team workspace only admins change a fund's rules (the server refuses the others): for them
    // the rules are shown, not editable, and the dialog only closes.
    void setRulesEditable(bool editable);
    bool rulesEditable() const { return m_rulesEditable; }

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
    QDoubleSpinBox *m_minRate = nullptr;
    QCheckBox *m_companiesOnly = nullptr;
    QListWidget *m_types = nullptr;
    QLineEdit *m_fourEyesAbove = nullptr;
    QCheckBox *m_fourEyesOnBreach = nullptr;
    std::optional<FourEyesPolicyDocument> m_fourEyes;
    std::optional<FourEyesPolicy> m_changedFourEyes;
    QLabel *m_problem = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_rulesEditable = true;
};

} // namespace cessio
