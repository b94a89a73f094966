#include "payeesafety.h"

#include "portfoliotypes.h"

#include <algorithm>

namespace cessio {

namespace {

QString digitsOnly(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
    }
    return out;
}

QString withoutLeadingZeros(QString digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == u'0')
        ++i;
    return digits.mid(i);
}

QString alphanumericUpper(QStringView text)
{
    return portfolio::normalizedDocument(text);
}

} // namespace

QString PayeeSafety::accountIdentity(const BankAccount &account)
{
    const QString bank = !account.institutionCode.isEmpty() ? withoutLeadingZeros(digitsOnly(account.institutionCode))
                                                            : u"ispb" + digitsOnly(account.institutionIspb);
    return bank + u'/' + withoutLeadingZeros(digitsOnly(account.branch)) + u'/'
        + withoutLeadingZeros(digitsOnly(account.number) + alphanumericUpper(account.digit));
}

PayeeSafety::Check PayeeSafety::check(const BankAccount &account, const QString &assignorDocument,
                                      const QList<PreviousApproval> &previous)
{
    Check result;
    const QString identity = accountIdentity(account);
    const PreviousApproval *latest = nullptr;
    for (const PreviousApproval &approval : previous) {
        if (approval.accountIdentity == identity)
            ++result.previousUses;
        if (!latest || latest->date < approval.date)
            latest = &approval;
    }
    result.usedBefore = result.previousUses > 0;
    result.hasPrevious = latest != nullptr;
    if (latest) {
        result.lastApproval = latest->date;
        result.differsFromLast = latest->accountIdentity != identity;
    }

    const QString holder = portfolio::normalizedDocument(account.ownerDocumentNumber);
    const QString assignor = portfolio::normalizedDocument(assignorDocument);
    if (holder.isEmpty() || assignor.isEmpty())
        result.holder = Holder::Unknown;
    else if (holder.size() == 14 && assignor.size() == 14)
        result.holder = holder.left(8) == assignor.left(8) ? Holder::Matches : Holder::Differs;
    else
        result.holder = holder == assignor ? Holder::Matches : Holder::Differs;

    if (!result.usedBefore)
        result.reasons.append(tr("This account was never used for this assignor in an approval recorded here."));
    if (result.differsFromLast)
        result.reasons.append(tr("It differs from the account of the last approval (%1).")
                                  .arg(QLocale().toString(result.lastApproval, QLocale::ShortFormat)));
    if (result.holder == Holder::Differs)
        result.reasons.append(tr("The account holder's document is not the assignor's CNPJ root."));
    result.confirmationNeeded = !result.usedBefore || result.differsFromLast || result.holder == Holder::Differs;

    const QString digits = digitsOnly(account.number) + digitsOnly(account.digit);
    result.expectedConfirmation = digits.size() >= 4 ? digits.right(4) : (digits.isEmpty() ? tr("CONFIRM") : digits);
    return result;
}

bool PayeeSafety::Check::confirms(QStringView typed) const
{
    if (!confirmationNeeded)
        return true;
    QString cleaned;
    for (QChar c : typed) {
        if (!c.isSpace() && c != u'.' && c != u'-')
            cleaned.append(c);
    }
    return !cleaned.isEmpty() && cleaned.compare(expectedConfirmation, Qt::CaseInsensitive) == 0;
}

} // namespace cessio
