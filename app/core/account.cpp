#include "account.h"

#include "jsonreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

struct Bank
{
    const char16_t *code;
    const char16_t *name; // a brand, not translated
};

// Common COMPE codes of Brazilian banks and payment institutions (public BCB list).
constexpr Bank banks[] = {
    { u"001", u"Banco do Brasil" },
    { u"004", u"Banco do Nordeste" },
    { u"021", u"Banestes" },
    { u"033", u"Santander" },
    { u"041", u"Banrisul" },
    { u"070", u"BRB" },
    { u"077", u"Inter" },
    { u"104", u"Caixa" },
    { u"136", u"Unicred" },
    { u"197", u"Stone" },
    { u"208", u"BTG Pactual" },
    { u"212", u"Original" },
    { u"237", u"Bradesco" },
    { u"246", u"ABC Brasil" },
    { u"260", u"Nu Pagamentos" },
    { u"290", u"PagSeguro" },
    { u"318", u"BMG" },
    { u"323", u"Mercado Pago" },
    { u"329", u"QI SCD" },
    { u"336", u"C6" },
    { u"341", u"Itaú" },
    { u"380", u"PicPay" },
    { u"389", u"Mercantil do Brasil" },
    { u"422", u"Safra" },
    { u"623", u"Pan" },
    { u"633", u"Rendimento" },
    { u"655", u"Votorantim" },
    { u"707", u"Daycoval" },
    { u"745", u"Citibank" },
    { u"748", u"Sicredi" },
    { u"756", u"Sicoob" },
};

// "341", " 1 " and 1 (sent as a number) all name a 3-digit code.
QString normalizedCode(QStringView code)
{
    const QString trimmed = code.trimmed().toString();
    const bool digits = !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    return digits && trimmed.size() < 3 ? trimmed.rightJustified(3, u'0') : trimmed;
}

} // namespace

QString BankAccount::knownBankName(QStringView institutionCode)
{
    const QString code = normalizedCode(institutionCode);
    const auto *it
        = std::find_if(std::begin(banks), std::end(banks), [&](const Bank &bank) { return code == QStringView(bank.code); });
    return it == std::end(banks) ? QString() : QString::fromUtf16(it->name);
}

QString BankAccount::bankName() const
{
    const QString known = knownBankName(institutionCode);
    if (!known.isEmpty())
        return known;
    if (institutionCode.trimmed().isEmpty())
        return QCoreApplication::translate("BankAccount", "Unknown bank");
    return QCoreApplication::translate("BankAccount", "Bank %1").arg(normalizedCode(institutionCode));
}

QString BankAccount::numberWithDigit() const
{
    return digit.isEmpty() ? number : QString(number + u'-' + digit);
}

QString BankAccount::displayText() const
{
    const QString known = knownBankName(institutionCode);
    QStringList pieces;
    pieces << (known.isEmpty() ? bankName()
                               : QCoreApplication::translate("BankAccount", "%1 (%2)", "bank name (COMPE code)")
                                     .arg(known, normalizedCode(institutionCode)));
    if (!branch.isEmpty())
        pieces << QCoreApplication::translate("BankAccount", "br. %1", "bank branch (agência)").arg(branch);
    if (!number.isEmpty()) {
        const char *format = accountType == u"checking_account"_s ? QT_TRANSLATE_NOOP("BankAccount", "chk. %1")
            : accountType == u"savings_account"_s                 ? QT_TRANSLATE_NOOP("BankAccount", "sav. %1")
                                                                  : QT_TRANSLATE_NOOP("BankAccount", "acct. %1");
        pieces << QCoreApplication::translate("BankAccount", format).arg(numberWithDigit());
    }
    return pieces.join(u" · "_s);
}

std::optional<BankAccount> BankAccount::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<BankAccount> BankAccount::fromJson(const JsonReader &reader, QString *error)
{
    BankAccount account;
    account.accountKey = reader.string("account_key"_L1);
    account.accountType = reader.string("account_type"_L1);
    account.branch = reader.string("account_branch"_L1);
    account.number = reader.string("account_number"_L1);
    account.digit = reader.string("account_digit"_L1);
    account.institutionCode = normalizedCode(reader.string("financial_institution_code"_L1));
    account.institutionIspb = reader.string("financial_institution_ispb"_L1);
    if (const auto owner = reader.object("owner"_L1)) {
        account.ownerDocumentNumber = owner->string("document_number"_L1);
        account.ownerName = owner->string("name"_L1);
    }
    account.isDefault = reader.boolean("default_account"_L1).value_or(false);
    account.status = reader.string("status"_L1);
    return reader.finish(account, error);
}

QJsonObject BankAccount::toJson(Shape shape) const
{
    QJsonObject json;
    json.insert("account_key"_L1, accountKey);
    json.insert("account_type"_L1, accountType);
    json.insert("account_branch"_L1, branch);
    json.insert("account_number"_L1, number);
    json.insert("account_digit"_L1, digit);
    json.insert("financial_institution_code"_L1, institutionCode);
    json::insertText(json, "financial_institution_ispb"_L1, institutionIspb);
    QJsonObject owner { { "document_number"_L1, ownerDocumentNumber } };
    json::insertText(owner, "name"_L1, ownerName);
    if (shape == Shape::TargetAccount) {
        json.insert("owner"_L1, owner);
    } else {
        if (!ownerDocumentNumber.isEmpty() || !ownerName.isEmpty())
            json.insert("owner"_L1, owner);
        json::insertText(json, "status"_L1, status);
        json.insert("default_account"_L1, isDefault);
    }
    return json;
}

} // namespace cessio
