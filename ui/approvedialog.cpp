#include "approvedialog.h"

#include "batchfacts.h"
#include "core/documentnumber.h"
#include "models/formatting.h"
#include "payeesafetypanel.h"
#include "portfoliobreachpanel.h"
#include "recommendationpanel.h"
#include "services/portfolio/portfoliotypes.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr int AccountIndexRole = Qt::UserRole;
constexpr int AccountTextRole = Qt::UserRole + 1; // the row's text before payee safety adds its line

bool isActive(const BankAccount &account)
{
    // [I] The registry answers "active" for usable accounts; a missing status is taken as usable.
    return account.status.isEmpty() || account.status.compare("active"_L1, Qt::CaseInsensitive) == 0;
}

// A row with a warning icon and wrapped text: the warning is said in words, never by colour alone.
QWidget *iconRow(QStyle::StandardPixmap icon, QLabel *text, const QString &objectName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(objectName);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(row->style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    layout->addWidget(iconLabel);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text, 1);
    return row;
}

// "CNPJ 12.345.678/0001-95", "CPF 123.456.789-09", or "CPF/CNPJ —" when absent.
QString holderDocumentText(const QString &documentNumber)
{
    const DocumentNumber document = DocumentNumber::parse(documentNumber);
    const QString label = document.kind() == DocumentNumber::Kind::Cnpj ? u"CNPJ"_s
        : document.kind() == DocumentNumber::Kind::Cpf                  ? u"CPF"_s
                                                                        : u"CPF/CNPJ"_s;
    return label + u' ' + (documentNumber.trimmed().isEmpty() ? u"—"_s : document.formatted());
}

} // namespace

ApproveDialog::ApproveDialog(const Batch &batch, const AssetsSummary &summary, const std::optional<QList<BankAccount>> &accounts,
                             QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_summary(summary)
    , m_accounts(accounts)
{
    setObjectName(u"approveDialog"_s);
    setWindowTitle(tr("Approve batch %1").arg(batch.number.isEmpty() ? batch.externalId : batch.number));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check the totals and choose the account the assignor is paid into. QI Tech then "
                                "generates the assignment term."),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(BatchFacts::createSummaryBox(batch, summary, this));

    m_checksText = new QLabel(this);
    m_checksText->setObjectName(u"checksWarningText"_s);
    m_checksRow = iconRow(QStyle::SP_MessageBoxWarning, m_checksText, u"checksWarning"_s, this);
    m_checksRow->hide();
    layout->addWidget(m_checksRow);

    layout->addWidget(createAccountChooser());
    m_recommendation = new RecommendationPanel(this);
    layout->addWidget(m_recommendation);

    m_confirm = new QCheckBox(tr("I &reviewed the assets and the disbursement account"), this);
    m_confirm->setObjectName(u"confirmCheck"_s);
    m_confirm->setAccessibleName(tr("Confirm the review"));
    layout->addWidget(m_confirm);

    m_sendingLabel = new QLabel(tr("Sending the approval to QI Tech…"), this);
    m_sendingLabel->setObjectName(u"sendingLabel"_s);
    m_sendingLabel->setVisible(false);
    layout->addWidget(m_sendingLabel);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"buttons"_s);
    m_approveButton = m_buttons->addButton(tr("&Approve %1").arg(summary.totalValue.format()), QDialogButtonBox::AcceptRole);
    m_approveButton->setObjectName(u"approveButton"_s);
    m_approveButton->setAccessibleName(tr("Approve the batch"));
    m_approveButton->setDefault(false);
    m_approveButton->setAutoDefault(false); // Enter in a field must not approve
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    layout->addWidget(m_buttons);

    connect(m_approveButton, &QPushButton::clicked, this, &ApproveDialog::onApproveClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, &ApproveDialog::updateState);
    connect(m_recommendation, &RecommendationPanel::changed, this, &ApproveDialog::updateState);

    fillAccounts();
    updateState();
}

QWidget *ApproveDialog::createAccountChooser()
{
    auto *box = new QGroupBox(tr("Disbursement account"), this);
    box->setObjectName(u"accountBox"_s);
    auto *layout = new QVBoxLayout(box);
    auto *group = new QButtonGroup(box);

    const bool listed = m_accounts.has_value();
    if (listed) {
        m_listedRadio = new QRadioButton(tr("An account of the a&ssignor:"), box);
        m_listedRadio->setObjectName(u"listedAccountRadio"_s);
        group->addButton(m_listedRadio);
        layout->addWidget(m_listedRadio);
        m_accountList = new QListWidget(box);
        m_accountList->setObjectName(u"accountList"_s);
        m_accountList->setAccessibleName(tr("Assignor's accounts"));
        m_accountList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        layout->addWidget(m_accountList);
        const Party &assignor = m_batch.configuration.assignor;
        m_holderNote = new QLabel(tr("QI Tech does not say who holds these accounts. By QI Tech's rules every disbursement "
                                     "account belongs to the assignor: %1.")
                                      .arg(BatchFacts::partyText(assignor.name, assignor.documentNumber)),
                                  box);
        m_holderNote->setObjectName(u"holderNoteText"_s);
        layout->addWidget(iconRow(QStyle::SP_MessageBoxInformation, m_holderNote, u"holderNote"_s, box));
        m_payee = new PayeeSafetyPanel(assignor.documentNumber, box);
        layout->addWidget(m_payee);
        connect(m_payee, &PayeeSafetyPanel::changed, this, &ApproveDialog::updateState);
        connect(m_accountList, &QListWidget::currentRowChanged, this, [this] {
            if (m_accountList->currentItem())
                m_listedRadio->setChecked(true);
            updateState();
        });
    } else {
        auto *note = new QLabel(tr("The assignor's account list is not available from QI Tech. Use the contract's default "
                                   "account, or paste the key of one of the assignor's accounts."),
                                box);
        layout->addWidget(iconRow(QStyle::SP_MessageBoxInformation, note, u"accountsUnavailable"_s, box));
    }

    m_defaultRadio = new QRadioButton(tr("The contract's &default account (QI Tech chooses it)"), box);
    m_defaultRadio->setObjectName(u"contractDefaultRadio"_s);
    group->addButton(m_defaultRadio);
    layout->addWidget(m_defaultRadio);

    if (!listed) {
        m_pastedRadio = new QRadioButton(tr("Account &key:"), box);
        m_pastedRadio->setObjectName(u"pastedKeyRadio"_s);
        group->addButton(m_pastedRadio);
        m_accountKeyEdit = new QLineEdit(box);
        m_accountKeyEdit->setObjectName(u"accountKeyEdit"_s);
        m_accountKeyEdit->setAccessibleName(tr("Account key"));
        m_accountKeyEdit->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
        m_accountKeyEdit->setClearButtonEnabled(true);
        auto *row = new QHBoxLayout;
        row->addWidget(m_pastedRadio);
        row->addWidget(m_accountKeyEdit, 1);
        layout->addLayout(row);
        m_accountKeyProblem = new QLabel(box);
        m_accountKeyProblem->setObjectName(u"accountKeyProblem"_s);
        QWidget *problemRow = iconRow(QStyle::SP_MessageBoxCritical, m_accountKeyProblem, u"accountKeyProblemRow"_s, box);
        problemRow->setVisible(false);
        layout->addWidget(problemRow);
        connect(m_accountKeyEdit, &QLineEdit::textEdited, this, [this] {
            m_pastedRadio->setChecked(true);
            updateState();
        });
    }

    auto *warningText = new QLabel(box);
    warningText->setObjectName(u"accountWarningText"_s);
    m_warning = warningText;
    QWidget *warningRow = iconRow(QStyle::SP_MessageBoxWarning, warningText, u"accountWarning"_s, box);
    layout->addWidget(warningRow);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            updateState();
    });
    return box;
}

void ApproveDialog::fillAccounts()
{
    if (!m_accountList) {
        m_defaultRadio->setChecked(true);
        return;
    }
    int defaultRow = -1;
    const QList<BankAccount> &accounts = *m_accounts;
    for (int i = 0; i < accounts.size(); ++i) {
        const BankAccount &account = accounts.at(i);
        QString text = BatchFacts::accountText(account);
        if (account.isDefault)
            text += u" — "_s + tr("default account");
        if (!isActive(account))
            text += u" — "_s + tr("inactive (%1)").arg(account.status);
        text += u'\n' + holderText(account);
        auto *item = new QListWidgetItem(text, m_accountList); // plain text: names come from the server
        item->setData(AccountIndexRole, i);
        item->setData(AccountTextRole, text);
        item->setToolTip(toolTipFromPlainText(tr("Account key: %1").arg(account.accountKey)));
        if (account.isDefault) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (!isActive(account))
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else if (account.isDefault && defaultRow < 0)
            defaultRow = i;
    }
    m_holderNote->parentWidget()->setVisible(
        std::any_of(accounts.cbegin(), accounts.cend(), [](const BankAccount &a) { return a.ownerDocumentNumber.isEmpty(); }));
    if (accounts.isEmpty()) {
        auto *item = new QListWidgetItem(tr("The assignor has no registered account."), m_accountList);
        item->setFlags(Qt::NoItemFlags);
        m_listedRadio->setEnabled(false);
    }
    updateAccountRows();
    if (defaultRow >= 0) {
        m_accountList->setCurrentRow(defaultRow);
        m_listedRadio->setChecked(true);
    } else {
        m_defaultRadio->setChecked(true);
    }
}

void ApproveDialog::setPayeeHistory(const QList<PayeeSafety::PreviousApproval> &previous)
{
    if (!m_payee)
        return;
    m_payee->setHistory(previous);
    updateAccountRows();
}

// As tall as its rows (up to six) and as wide as the longest account: nothing hidden or scrolled.
void ApproveDialog::updateAccountRows()
{
    for (int row = 0; row < m_accountList->count(); ++row) {
        QListWidgetItem *item = m_accountList->item(row);
        if (!item->data(AccountIndexRole).isValid())
            continue;
        const QString payee = m_payee->rowText(m_accounts->at(item->data(AccountIndexRole).toInt()));
        item->setText(item->data(AccountTextRole).toString() + (payee.isEmpty() ? QString() : u'\n' + payee));
    }
    const int frame = 2 * m_accountList->frameWidth();
    const int rows = qBound(2, m_accountList->count(), 6);
    m_accountList->setFixedHeight(rows * qMax(1, m_accountList->sizeHintForRow(0)) + frame + 2);
    m_accountList->setMinimumWidth(qMin(900, m_accountList->sizeHintForColumn(0) + frame + 12));
}

QString ApproveDialog::holderText(const BankAccount &account) const
{
    QString text = tr("Holder: %1 · %2")
                       .arg(account.ownerName.trimmed().isEmpty() ? u"—"_s : account.ownerName.trimmed(),
                            holderDocumentText(account.ownerDocumentNumber));
    const QString assignor = DocumentNumber::parse(m_batch.configuration.assignor.documentNumber).normalized();
    if (!account.ownerDocumentNumber.isEmpty() && !assignor.isEmpty()
        && DocumentNumber::parse(account.ownerDocumentNumber).normalized() != assignor)
        text += u" — "_s + tr("⚠ not the assignor");
    return text;
}

ApproveDialog::AccountChoice ApproveDialog::accountChoice() const
{
    if (m_pastedRadio && m_pastedRadio->isChecked())
        return AccountChoice::PastedKey;
    if (m_listedRadio && m_listedRadio->isChecked())
        return AccountChoice::Listed;
    return AccountChoice::ContractDefault;
}

std::optional<BankAccount> ApproveDialog::chosenAccount() const
{
    if (accountChoice() != AccountChoice::Listed || !m_accountList || !m_accountList->currentItem())
        return std::nullopt;
    const QListWidgetItem *item = m_accountList->currentItem();
    if (!(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    const int index = item->data(AccountIndexRole).toInt();
    return m_accounts->value(index);
}

QString ApproveDialog::disbursementAccountKey() const
{
    switch (accountChoice()) {
    case AccountChoice::Listed:
        if (const auto account = chosenAccount())
            return account->accountKey;
        return {};
    case AccountChoice::PastedKey: {
        const QUuid uuid = QUuid::fromString(m_accountKeyEdit->text().trimmed());
        return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
    }
    case AccountChoice::ContractDefault:
        return {};
    }
    return {};
}

ApprovalGuard ApproveDialog::guard() const
{
    return ApprovalGuard { m_summary.numberOfApprovedAssets, m_summary.totalValue };
}

QString ApproveDialog::accountSummaryText() const
{
    switch (accountChoice()) {
    case AccountChoice::Listed:
        if (const auto account = chosenAccount())
            return BatchFacts::accountText(*account);
        return {};
    case AccountChoice::PastedKey:
        return tr("Pasted account key %1").arg(disbursementAccountKey());
    case AccountChoice::ContractDefault:
        return tr("Contract default account");
    }
    return {};
}

void ApproveDialog::setChecks(const AssetChecks &checks)
{
    m_alertCount = checks.checkedCount > 0 || checks.hasFundRules ? std::optional(checks.flaggedCount()) : std::nullopt;
    const int flagged = checks.flaggedCount();
    QStringList lines;
    if (flagged > 0) {
        QStringList rules;
        for (int i = 0; i < AssetChecks::ruleCount; ++i) {
            if (const int count = checks.assetsPerRule[std::size_t(i)]; count > 0)
                rules.append(tr("%1: %2").arg(AssetChecks::ruleLabel(AssetChecks::Rule(i)), QLocale().toString(count)));
        }
        lines.append(tr("%Ln of the assets being bought have alerts (%1). Look at them in the Analysis tab, or remove "
                        "them before approving.",
                        nullptr, flagged)
                         .arg(rules.join(u"; "_s)));
    }
    for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts) {
        if (!verdict.passed)
            lines.append(tr("Fund rule broken — %1: %2 (limit %3).").arg(verdict.name, verdict.measured, verdict.limit));
    }
    m_checksRow->setVisible(!lines.isEmpty());
    if (lines.isEmpty())
        return;
    m_checksText->setText(lines.join(u'\n'));
    m_confirm->setText(tr("I &reviewed the assets, their alerts and the disbursement account"));
}

void ApproveDialog::setProForma(const ProForma::Result &proForma)
{
    if (m_breaches || !proForma.anyBreach())
        return;
    m_breaches = new PortfolioBreachPanel(proForma, this);
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_checksRow) + 1, m_breaches);
    connect(m_breaches, &PortfolioBreachPanel::changed, this, &ApproveDialog::updateState);
    m_confirm->setText(tr("I &reviewed the assets, the portfolio limits and the disbursement account"));
    updateState();
}

AuditEntry::Shown ApproveDialog::shown() const
{
    AuditEntry::Shown shown;
    shown.assetCount = m_summary.numberOfAssets;
    shown.approvedCount = m_summary.numberOfApprovedAssets;
    shown.deniedCount = m_summary.numberOfDeniedAssets;
    shown.alertCount = m_alertCount;
    shown.total = m_summary.totalValue;
    shown.accountKey = disbursementAccountKey();
    shown.accountText = accountSummaryText();
    shown.assignorDocument = portfolio::normalizedDocument(m_batch.configuration.assignor.documentNumber);
    if (const auto account = chosenAccount(); account && m_payee) {
        shown.accountIdentity = PayeeSafety::accountIdentity(*account);
        shown.payeeFindings = m_payee->findings();
    }
    if (m_breaches) {
        shown.portfolioBreaches = m_breaches->breachKeys();
        shown.breachJustification = m_breaches->justification();
    }
    m_recommendation->fill(shown);
    return shown;
}

bool ApproveDialog::isReadyToApprove() const
{
    if (m_sent || !m_confirm->isChecked() || (m_breaches && !m_breaches->isSatisfied())
        || (m_recommendation && !m_recommendation->isSatisfied()))
        return false;
    switch (accountChoice()) {
    case AccountChoice::Listed:
        return chosenAccount().has_value() && (!m_payee || m_payee->isSatisfied());
    case AccountChoice::PastedKey:
        return !disbursementAccountKey().isEmpty();
    case AccountChoice::ContractDefault:
        return true;
    }
    return false;
}

void ApproveDialog::updateState()
{
    if (m_accountList)
        m_accountList->setEnabled(!m_sent);
    if (m_accountKeyEdit) {
        const bool pasted = accountChoice() == AccountChoice::PastedKey;
        const QString text = m_accountKeyEdit->text().trimmed();
        const bool bad = pasted && !text.isEmpty() && disbursementAccountKey().isEmpty();
        m_accountKeyProblem->setText(tr("An account key is a UUID, like 3f2b8c1e-0a4d-4e7b-9c55-2d1e6f7a8b90."));
        m_accountKeyProblem->parentWidget()->setVisible(bad);
    }

    // Warn whenever the money may not go where the assignor normally receives it.
    QString warning;
    switch (accountChoice()) {
    case AccountChoice::Listed:
        if (const auto account = chosenAccount(); account && !account->isDefault)
            warning = tr("This is not the assignor's default account. Make sure the assignor asked to be paid into it.");
        break;
    case AccountChoice::PastedKey:
        warning = tr("This account cannot be checked here: it is not the default account, and QI Tech refuses a key "
                     "that is not one of the assignor's accounts.");
        break;
    case AccountChoice::ContractDefault:
        break;
    }
    m_warning->setText(warning);
    m_warning->parentWidget()->setVisible(!warning.isEmpty());
    if (m_payee)
        m_payee->setAccount(chosenAccount());
    if (m_recommendation)
        m_recommendation->setDecision(workspace::RecommendedAction::Approve, disbursementAccountKey());
    m_approveButton->setEnabled(isReadyToApprove());
}

void ApproveDialog::onApproveClicked()
{
    if (!isReadyToApprove())
        return;
    m_sent = true; // before anything else: a second click finds the button already disabled
    setSending(true);
    Q_EMIT approveConfirmed();
}

void ApproveDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
}

void ApproveDialog::setSending(bool sending)
{
    m_sending = sending;
    m_sendingLabel->setVisible(sending);
    const bool editable = !sending && !m_sent;
    for (QWidget *widget :
         { static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_listedRadio), static_cast<QWidget *>(m_defaultRadio),
           static_cast<QWidget *>(m_pastedRadio), static_cast<QWidget *>(m_accountKeyEdit) }) {
        if (widget)
            widget->setEnabled(editable);
    }
    if (m_listedRadio && m_accounts && m_accounts->isEmpty())
        m_listedRadio->setEnabled(false);
    if (m_payee)
        m_payee->setEditable(editable);
    if (m_breaches)
        m_breaches->setEditable(editable);
    m_recommendation->setEditable(editable);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!sending);
    updateState();
}

} // namespace cessio
