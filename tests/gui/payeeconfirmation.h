#pragma once

// Payee safety in GUI tests that approve into a listed account: waits for the decision record to be
// read, then types the chosen account's last four digits when the dialog asks for them, as a
// manager would.
#include "approvedialog.h"
#include "payeesafetypanel.h"

#include <QLineEdit>
#include <QTest>

namespace cessio::testing {

inline QString lastFourDigits(const BankAccount &account)
{
    return QString(account.number + account.digit).right(4);
}

// False when the record was not read in 20 s.
inline bool confirmPayee(ApproveDialog *dialog)
{
    auto *panel = dialog->findChild<PayeeSafetyPanel *>();
    if (!panel || !dialog->chosenAccount())
        return true;
    if (!QTest::qWaitFor([panel] { return panel->hasHistory(); }, 20000))
        return false;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("payeeConfirmEdit"));
    if (edit->isVisibleTo(dialog))
        QTest::keyClicks(edit, lastFourDigits(*dialog->chosenAccount()));
    return true;
}

} // namespace cessio::testing
