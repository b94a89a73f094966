#pragma once

#include "core/account.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cessio {

// Payee safety for the approve dialog (issue 11): is the disbursement account one this assignor was
// paid into before, is it the one of the last approval, and is its holder the assignor (same CNPJ
// root)? A first use, a change from the last approval or a holder mismatch needs a typed
// confirmation. Pure: the decision record supplies the previous approvals.
class PayeeSafety
{
    Q_DECLARE_TR_FUNCTIONS(cessio::PayeeSafety)

public:
    // One earlier approval of this assignor's batches and the account it paid into.
    struct PreviousApproval
    {
        QString accountIdentity; // PayeeSafety::accountIdentity of that account
        QDate date;
    };

    enum class Holder { Matches, Differs, Unknown };

    struct Check
    {
        bool usedBefore = false; // some earlier approval of this assignor paid into this account
        int previousUses = 0;
        bool hasPrevious = false; // the assignor had earlier approvals at all
        bool differsFromLast = false; // the latest earlier approval paid into another account
        QDate lastApproval; // the latest earlier approval's date
        Holder holder = Holder::Unknown; // Unknown: the account states no holder document
        bool confirmationNeeded = false;
        QString expectedConfirmation; // what to type: the account's last four digits
        QStringList reasons; // translated, one per finding that needs attention

        // Whether what was typed is the confirmation asked for (spaces, dots and dashes ignored).
        bool confirms(QStringView typed) const;
    };

    // Bank (COMPE or ISPB), branch and account with its digit, leading zeros and punctuation dropped:
    // "341/1/123456" for Itaú, branch 0001, account 12345-6. Two spellings of one account agree.
    static QString accountIdentity(const BankAccount &account);

    static Check check(const BankAccount &account, const QString &assignorDocument, const QList<PreviousApproval> &previous);
};

} // namespace cessio
