#include "payeesafetypanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

PayeeSafetyPanel::PayeeSafetyPanel(const QString &assignorDocument, QWidget *parent)
    : QWidget(parent)
    , m_assignorDocument(assignorDocument)
{
    setObjectName(u"payeeSafety"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *statusRow = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    statusRow->addWidget(m_icon);
    m_status = new QLabel(this);
    m_status->setObjectName(u"payeeStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_confirmRow = new QWidget(this);
    auto *confirmLayout = new QHBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel = new QLabel(m_confirmRow);
    m_confirmLabel->setObjectName(u"payeeConfirmLabel"_s);
    m_confirmLabel->setTextFormat(Qt::PlainText);
    m_confirmLabel->setWordWrap(true);
    confirmLayout->addWidget(m_confirmLabel, 1);
    m_confirmEdit = new QLineEdit(m_confirmRow);
    m_confirmEdit->setObjectName(u"payeeConfirmEdit"_s);
    m_confirmEdit->setAccessibleName(tr("Payee confirmation"));
    m_confirmEdit->setMaxLength(32);
    m_confirmEdit->setMaximumWidth(m_confirmEdit->fontMetrics().horizontalAdvance(u"0000000000"_s) + 16);
    m_confirmLabel->setBuddy(m_confirmEdit);
    confirmLayout->addWidget(m_confirmEdit);
    layout->addWidget(m_confirmRow);

    connect(m_confirmEdit, &QLineEdit::textChanged, this, &PayeeSafetyPanel::changed);
    refresh();
}

void PayeeSafetyPanel::setHistory(const QList<PayeeSafety::PreviousApproval> &previous)
{
    m_history = previous;
    refresh();
    Q_EMIT changed();
}

void PayeeSafetyPanel::setAccount(const std::optional<BankAccount> &account)
{
    const bool same = account && m_account && account->accountKey == m_account->accountKey;
    m_account = account;
    if (!same)
        m_confirmEdit->clear(); // a confirmation typed for one account never carries to another
    refresh();
}

PayeeSafety::Check PayeeSafetyPanel::checkFor(const BankAccount &account) const
{
    return PayeeSafety::check(account, m_assignorDocument, m_history.value_or(QList<PayeeSafety::PreviousApproval> {}));
}

bool PayeeSafetyPanel::isSatisfied() const
{
    if (!m_account)
        return true;
    return m_history && checkFor(*m_account).confirms(m_confirmEdit->text());
}

QStringList PayeeSafetyPanel::findings() const
{
    if (!m_account || !m_history)
        return {};
    const PayeeSafety::Check check = checkFor(*m_account);
    QStringList findings;
    if (!check.usedBefore)
        findings << u"first_use"_s;
    if (check.differsFromLast)
        findings << u"differs_from_last"_s;
    if (check.holder == PayeeSafety::Holder::Differs)
        findings << u"holder_differs"_s;
    return findings;
}

QString PayeeSafetyPanel::rowText(const BankAccount &account) const
{
    if (!m_history)
        return {};
    const PayeeSafety::Check check = checkFor(account);
    QStringList parts;
    parts << (check.usedBefore ? tr("paid into for this assignor in %Ln earlier approval(s)", nullptr, check.previousUses)
                               : tr("never used for this assignor"));
    if (check.hasPrevious)
        parts << (check.differsFromLast ? tr("not the last approval's account") : tr("the last approval's account"));
    if (check.holder == PayeeSafety::Holder::Matches)
        parts << tr("holder has the assignor's CNPJ root");
    else if (check.holder == PayeeSafety::Holder::Differs)
        parts << tr("⚠ holder is not the assignor");
    return parts.join(u" · "_s);
}

void PayeeSafetyPanel::setEditable(bool editable)
{
    m_confirmEdit->setEnabled(editable);
}

void PayeeSafetyPanel::refresh()
{
    setVisible(m_account.has_value());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    bool confirm = false;
    if (!m_account) {
        m_status->clear();
    } else if (!m_history) {
        m_status->setText(tr("Looking in the decision record for earlier payments to this assignor…"));
    } else {
        const PayeeSafety::Check check = checkFor(*m_account);
        if (check.confirmationNeeded) {
            icon = QStyle::SP_MessageBoxWarning;
            confirm = true;
            m_status->setText(check.reasons.join(u'\n'));
            const bool digits = !check.expectedConfirmation.isEmpty() && check.expectedConfirmation.at(0).isDigit();
            m_confirmLabel->setText(
                digits ? tr("To pay into this account, type the last four digits of its number:")
                       : tr("This account has no number to read back. Type %1 to pay into it:").arg(check.expectedConfirmation));
        } else {
            m_status->setText(tr("This assignor was paid into this account in %Ln earlier approval(s), the last one "
                                 "included.",
                                 nullptr, check.previousUses));
        }
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_confirmRow->setVisible(confirm);
}

} // namespace cessio
