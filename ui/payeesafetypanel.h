#pragma once

#include "core/account.h"
#include "services/portfolio/payeesafety.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace cessio {

// Payee safety in the approve dialog (issue 11): for the listed account chosen, whether this assignor
// was paid into it before (from the decision record, read off the UI thread by the caller), whether it
// is the last approval's account and whether its holder is the assignor. A first use, a change or a
// holder mismatch asks for the account's last four digits typed before the approval can go.
class PayeeSafetyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PayeeSafetyPanel(const QString &assignorDocument, QWidget *parent = nullptr);

    // The earlier approvals of this assignor (PayeeHistory); until then the panel says it is reading.
    void setHistory(const QList<PayeeSafety::PreviousApproval> &previous);
    bool hasHistory() const { return m_history.has_value(); }
    // The listed account chosen; nullopt when the payment does not go to a listed account.
    void setAccount(const std::optional<BankAccount> &account);

    PayeeSafety::Check checkFor(const BankAccount &account) const;
    // No listed account chosen, or the record was read and the account needs no confirmation or got it.
    bool isSatisfied() const;
    // What the confirmation was typed for, in machine words for the record.
    QStringList findings() const;
    // One line for the account's row in the list, once the record was read ("" before).
    QString rowText(const BankAccount &account) const;
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QString m_assignorDocument;
    std::optional<QList<PayeeSafety::PreviousApproval>> m_history;
    std::optional<BankAccount> m_account;
    QLabel *m_icon = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_confirmRow = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
};

} // namespace cessio
