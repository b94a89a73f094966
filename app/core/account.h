#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cessio {

class JsonReader;

// A disbursement account of the assignor. Read from both shapes QI uses: the batch's
// disbursement.target_account (with owner.document_number) and the assignor-registry account
// (with status and default_account, §5.13).
struct BankAccount
{
    // Which of the two JSON shapes toJson() writes.
    enum class Shape { Registry, TargetAccount };

    QString accountKey;
    QString accountType; // e.g. checking_account
    QString branch; // account_branch
    QString number; // account_number
    QString digit; // account_digit
    QString institutionCode; // financial_institution_code (COMPE, 3 digits)
    QString institutionIspb; // financial_institution_ispb (8 digits)
    // The holder. QI's target_account says owner.document_number [C]; a name, or an owner in the registry
    // shape, is read when a server sends it [I]. QI's rule is that the holder is always the assignor [C].
    QString ownerDocumentNumber; // owner.document_number
    QString ownerName; // owner.name
    bool isDefault = false; // default_account (registry shape only)
    QString status; // e.g. active (registry shape only)

    // The bank's usual name from its COMPE code ("Itaú"), or "Bank 999" when not in our table.
    QString bankName() const;
    // "Itaú (341) · br. 0001 · chk. 12345-6" — translated pieces, for lists and confirmations.
    QString displayText() const;
    // "12345-6" (or "12345" without a digit).
    QString numberWithDigit() const;

    // The usual name for a COMPE code ("341" → "Itaú"); empty when unknown.
    static QString knownBankName(QStringView institutionCode);

    static std::optional<BankAccount> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<BankAccount> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson(Shape shape = Shape::Registry) const;

    friend bool operator==(const BankAccount &, const BankAccount &) = default;
};

} // namespace cessio
