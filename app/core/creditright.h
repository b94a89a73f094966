#pragma once

#include "core/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cessio {

class JsonReader;

// The debtor (sacado) of a credit right (borrower in every asset type).
struct Borrower
{
    struct Address
    {
        QString street, number, complement, neighborhood, city, postalCode, uf, country;
        friend bool operator==(const Address &, const Address &) = default;
    };
    struct Phone
    {
        QString areaCode, number;
        QString text() const; // "(11) 936360268"
        friend bool operator==(const Phone &, const Phone &) = default;
    };

    QString name;
    QString documentNumber; // CPF/CNPJ as sent
    QString personType; // natural_person / legal_person
    QString email;
    Address address;
    Phone phone;
    QJsonObject naturalPerson; // {mother_name, birthdate}, kept as received
    QJsonObject legalPerson; // {activity_code}, kept as received

    static std::optional<Borrower> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Borrower> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Borrower &, const Borrower &) = default;
};

// One CCB installment.
struct Installment
{
    QDate maturity; // maturity_date (required)
    int number = 0; // installment_number
    Money faceValue; // face_value (required)

    static std::optional<Installment> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Installment> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Installment &, const Installment &) = default;
};

// credit_operation.contract of a CCB.
struct CcbContract
{
    QString number;
    QDate disbursementDate;
    QDate issueDate;
    QDate signatureDate;
    Money issueValue;

    static std::optional<CcbContract> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<CcbContract> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const CcbContract &, const CcbContract &) = default;
};

// A CCB's credit_operation (§5.5.1).
struct CreditOperation
{
    QString externalId; // required
    QString originatorDocumentNumber;
    CcbContract contract;
    QString amortizationType; // e.g. sac
    Money principalValue;
    QString interestRateType; // e.g. pre_fixed
    QString calendarBase; // pre_fixed.calendar_base: calendar_360 / calendar_365 / workdays
    std::optional<double> monthlyRate; // pre_fixed.monthly_rate, a decimal fraction
    QList<Installment> installments;
    Borrower borrower;
    QString modalityCode;
    QJsonObject delay; // fine and interest on delay, kept as received
    QJsonObject consignee; // kept as received

    static std::optional<CreditOperation> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<CreditOperation> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const CreditOperation &, const CreditOperation &) = default;
};

// The NF-e behind a duplicata (discounted_credit_right.invoice).
struct Invoice
{
    QString accessKey; // 44 digits
    Money totalValue;
    QString serie;
    QString number;
    QDate issueDate;

    static std::optional<Invoice> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Invoice> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

// The source contract of a discounted contract installment (discounted_credit_right.contract).
struct SourceContract
{
    int numberOfInstallments = 0;
    Money totalFaceValue;
    QString number;
    QDate issueDate;

    static std::optional<SourceContract> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<SourceContract> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const SourceContract &, const SourceContract &) = default;
};

// discounted_credit_right: duplicata mercantil/serviços, discounted contract, cheque,
// promissory note (§5.5.2–5.5.4).
struct DiscountedCreditRight
{
    QString externalId; // required
    QString originatorDocumentNumber;
    QDate maturityDate;
    QString orderNumber; // the title number in the partner's system
    Money faceValue;
    std::optional<int> installmentNumber; // discounted contracts
    QString personType;
    Borrower borrower;
    QString participantControlNumber;
    std::optional<Invoice> invoice; // duplicatas
    std::optional<SourceContract> contract; // discounted contracts
    QJsonObject check; // cheques: body not captured [GAP], kept as received
    QJsonObject promissoryNote; // promissory notes: same
    QJsonObject bankslip; // kept as received
    QJsonObject delay; // kept as received

    static std::optional<DiscountedCreditRight> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<DiscountedCreditRight> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const DiscountedCreditRight &, const DiscountedCreditRight &) = default;
};

} // namespace cessio
