#pragma once

#include "core/account.h"
#include "core/batch.h"
#include "core/responses.h"
#include "qitech/apiclient.h"
#include "services/assetchecks.h"
#include "services/auditentry.h"
#include "services/portfolio/payeesafety.h"
#include "services/portfolio/proforma.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace cessio {

class PayeeSafetyPanel;
class PortfolioBreachPanel;
class RecommendationPanel;

// "Approve batch": the totals in view, the disbursement account (with payee safety for a listed one),
// the portfolio limits broken (with a written justification), an explicit confirmation.
// Emits approveConfirmed() once, when the manager clicks Approve (the button then disables itself:
// no double send); the caller sends the decision and closes the dialog with finish() afterwards.
class ApproveDialog : public QDialog
{
    Q_OBJECT

public:
    // `accounts`: the assignor's accounts; nullopt when the listing is not available.
    ApproveDialog(const Batch &batch, const AssetsSummary &summary, const std::optional<QList<BankAccount>> &accounts,
                  QWidget *parent = nullptr);

    const Batch &batch() const { return m_batch; }
    enum class AccountChoice { Listed, ContractDefault, PastedKey };
    AccountChoice accountChoice() const;
    // The disbursement account key to send; empty = the contract's default account.
    QString disbursementAccountKey() const;
    // The listed account chosen, when one is.
    std::optional<BankAccount> chosenAccount() const;
    // The counts and total shown, sent with the approval as a guard.
    ApprovalGuard guard() const;
    // What was on screen, for the audit record.
    AuditEntry::Shown shown() const;
    bool isReadyToApprove() const;
    // The batch checks, when they have run: flagged assets are named before the manager confirms,
    // and their number goes into the record.
    void setChecks(const AssetChecks &checks);
    // The assignor's earlier approvals from the decision record (read off the UI thread by the caller).
    // Until they arrive, a listed account cannot be approved: whether it is a first use is not known.
    void setPayeeHistory(const QList<PayeeSafety::PreviousApproval> &previous);
    // The fund's portfolio before and after this batch: the limits it breaks are named, and approving
    // then needs a written justification.
    void setProForma(const ProForma::Result &proForma);
    // A colleague's recommendation (four-eyes): approving otherwise (another account, or against a
    // recommended denial or removal) needs a written disagreement note.
    RecommendationPanel *recommendation() const { return m_recommendation; }

    // While the decision is being sent: everything read-only, a "Sending…" note.
    void setSending(bool sending);
    bool isSending() const { return m_sending; }
    bool wasSent() const { return m_sent; }

public Q_SLOTS:
    void reject() override; // ignored while sending: the outcome must be seen

Q_SIGNALS:
    void approveConfirmed();

private:
    QWidget *createSummary();
    QWidget *createAccountChooser();
    void fillAccounts();
    void updateAccountRows();
    void updateState();
    void onApproveClicked();
    QString accountSummaryText() const;
    // "Holder: name · CNPJ 12.345.678/0001-95", "—" for what the account does not say.
    QString holderText(const BankAccount &account) const;

    Batch m_batch;
    AssetsSummary m_summary;
    std::optional<QList<BankAccount>> m_accounts;
    bool m_sent = false;
    bool m_sending = false;

    QRadioButton *m_listedRadio = nullptr;
    QRadioButton *m_defaultRadio = nullptr;
    QRadioButton *m_pastedRadio = nullptr;
    QListWidget *m_accountList = nullptr;
    QLineEdit *m_accountKeyEdit = nullptr;
    QLabel *m_accountKeyProblem = nullptr;
    QLabel *m_holderNote = nullptr;
    PayeeSafetyPanel *m_payee = nullptr;
    PortfolioBreachPanel *m_breaches = nullptr;
    RecommendationPanel *m_recommendation = nullptr;
    QLabel *m_warning = nullptr;
    QWidget *m_checksRow = nullptr;
    QLabel *m_checksText = nullptr;
    std::optional<int> m_alertCount;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_sendingLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_approveButton = nullptr;
};

} // namespace cessio
