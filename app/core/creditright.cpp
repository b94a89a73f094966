#include "creditright.h"

#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QString Borrower::Phone::text() const
{
    // Brazilian numbers read as 4+4 or 5+4 digits.
    const QString local = number.size() >= 8 ? QString(number.left(number.size() - 4) + u'-' + number.right(4)) : number;
    return areaCode.isEmpty() ? local : QString(u'(' + areaCode + u") "_s + local);
}

std::optional<Borrower> Borrower::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Borrower> Borrower::fromJson(const JsonReader &reader, QString *error)
{
    Borrower borrower;
    borrower.name = reader.string("name"_L1);
    borrower.documentNumber = reader.string("document_number"_L1);
    borrower.personType = reader.string("person_type"_L1);
    borrower.email = reader.string("email"_L1);
    if (const auto address = reader.object("address"_L1)) {
        borrower.address.street = address->string("street"_L1);
        borrower.address.number = address->string("number"_L1);
        borrower.address.complement = address->string("complement"_L1);
        borrower.address.neighborhood = address->string("neighborhood"_L1);
        borrower.address.city = address->string("city"_L1);
        borrower.address.postalCode = address->string("postal_code"_L1);
        borrower.address.uf = address->string("uf"_L1);
        borrower.address.country = address->string("country"_L1);
    }
    if (const auto phone = reader.object("phone"_L1)) {
        borrower.phone.areaCode = phone->string("area_code"_L1);
        borrower.phone.number = phone->string("number"_L1);
    }
    borrower.naturalPerson = reader.rawObject("natural_person"_L1);
    borrower.legalPerson = reader.rawObject("legal_person"_L1);
    return reader.finish(borrower, error);
}

QJsonObject Borrower::toJson() const
{
    QJsonObject json;
    json::insertText(json, "name"_L1, name);
    json::insertText(json, "document_number"_L1, documentNumber);
    json::insertText(json, "person_type"_L1, personType);
    json::insertText(json, "email"_L1, email);
    QJsonObject addressJson;
    json::insertText(addressJson, "street"_L1, address.street);
    json::insertText(addressJson, "number"_L1, address.number);
    json::insertText(addressJson, "complement"_L1, address.complement);
    json::insertText(addressJson, "neighborhood"_L1, address.neighborhood);
    json::insertText(addressJson, "city"_L1, address.city);
    json::insertText(addressJson, "postal_code"_L1, address.postalCode);
    json::insertText(addressJson, "uf"_L1, address.uf);
    json::insertText(addressJson, "country"_L1, address.country);
    json::insertObject(json, "address"_L1, addressJson);
    QJsonObject phoneJson;
    json::insertText(phoneJson, "area_code"_L1, phone.areaCode);
    json::insertText(phoneJson, "number"_L1, phone.number);
    json::insertObject(json, "phone"_L1, phoneJson);
    json::insertObject(json, "natural_person"_L1, naturalPerson);
    json::insertObject(json, "legal_person"_L1, legalPerson);
    return json;
}

std::optional<Installment> Installment::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Installment> Installment::fromJson(const JsonReader &reader, QString *error)
{
    Installment installment;
    installment.maturity = reader.requiredDate("maturity_date"_L1);
    installment.number = reader.integer("installment_number"_L1).value_or(0);
    installment.faceValue = reader.requiredMoney("face_value"_L1);
    return reader.finish(installment, error);
}

QJsonObject Installment::toJson() const
{
    return QJsonObject { { "maturity_date"_L1, json::dateText(maturity) },
                         { "installment_number"_L1, number },
                         { "face_value"_L1, faceValue.toJson() } };
}

std::optional<CcbContract> CcbContract::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<CcbContract> CcbContract::fromJson(const JsonReader &reader, QString *error)
{
    CcbContract contract;
    contract.number = reader.string("number"_L1);
    contract.disbursementDate = reader.date("disbursement_date"_L1);
    contract.issueDate = reader.date("issue_date"_L1);
    contract.signatureDate = reader.date("signature_date"_L1);
    contract.issueValue = reader.money("issue_value"_L1).value_or(Money());
    return reader.finish(contract, error);
}

QJsonObject CcbContract::toJson() const
{
    QJsonObject json;
    json::insertText(json, "number"_L1, number);
    json::insertDate(json, "disbursement_date"_L1, disbursementDate);
    json::insertDate(json, "issue_date"_L1, issueDate);
    json::insertDate(json, "signature_date"_L1, signatureDate);
    json.insert("issue_value"_L1, issueValue.toJson());
    return json;
}

std::optional<CreditOperation> CreditOperation::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<CreditOperation> CreditOperation::fromJson(const JsonReader &reader, QString *error)
{
    CreditOperation operation;
    operation.externalId = reader.requiredString("external_id"_L1);
    operation.originatorDocumentNumber = reader.string("originator_document_number"_L1);
    operation.contract = reader.parse<CcbContract>("contract"_L1).value_or(CcbContract());
    operation.amortizationType = reader.string("amortization_type"_L1);
    operation.principalValue = reader.money("principal_value"_L1).value_or(Money());
    operation.interestRateType = reader.string("interest_rate_type"_L1);
    if (const auto preFixed = reader.object("pre_fixed"_L1)) {
        operation.calendarBase = preFixed->string("calendar_base"_L1);
        operation.monthlyRate = preFixed->number("monthly_rate"_L1);
    }
    operation.installments = reader.parseList<Installment>("installments"_L1);
    operation.borrower = reader.parse<Borrower>("borrower"_L1).value_or(Borrower());
    operation.modalityCode = reader.string("modality_code"_L1);
    operation.delay = reader.rawObject("delay"_L1);
    operation.consignee = reader.rawObject("consignee"_L1);
    return reader.finish(operation, error);
}

QJsonObject CreditOperation::toJson() const
{
    QJsonObject json;
    json.insert("external_id"_L1, externalId);
    json::insertText(json, "originator_document_number"_L1, originatorDocumentNumber);
    json.insert("contract"_L1, contract.toJson());
    json::insertText(json, "amortization_type"_L1, amortizationType);
    json.insert("principal_value"_L1, principalValue.toJson());
    json::insertText(json, "interest_rate_type"_L1, interestRateType);
    QJsonObject preFixed;
    json::insertText(preFixed, "calendar_base"_L1, calendarBase);
    json::insertNumber(preFixed, "monthly_rate"_L1, monthlyRate);
    json::insertObject(json, "pre_fixed"_L1, preFixed);
    QJsonArray installmentArray;
    for (const Installment &installment : installments)
        installmentArray.append(installment.toJson());
    json.insert("installments"_L1, installmentArray);
    json.insert("borrower"_L1, borrower.toJson());
    json::insertText(json, "modality_code"_L1, modalityCode);
    json::insertObject(json, "delay"_L1, delay);
    json::insertObject(json, "consignee"_L1, consignee);
    return json;
}

std::optional<Invoice> Invoice::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Invoice> Invoice::fromJson(const JsonReader &reader, QString *error)
{
    Invoice invoice;
    invoice.accessKey = reader.string("access_key"_L1);
    invoice.totalValue = reader.money("total_value"_L1).value_or(Money());
    invoice.serie = reader.string("serie"_L1);
    invoice.number = reader.string("number"_L1);
    invoice.issueDate = reader.date("issue_date"_L1);
    return reader.finish(invoice, error);
}

QJsonObject Invoice::toJson() const
{
    QJsonObject json;
    json::insertText(json, "access_key"_L1, accessKey);
    json.insert("total_value"_L1, totalValue.toJson());
    json::insertText(json, "serie"_L1, serie);
    json::insertText(json, "number"_L1, number);
    json::insertDate(json, "issue_date"_L1, issueDate);
    return json;
}

std::optional<SourceContract> SourceContract::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<SourceContract> SourceContract::fromJson(const JsonReader &reader, QString *error)
{
    SourceContract contract;
    contract.numberOfInstallments = reader.integer("number_of_installments"_L1).value_or(0);
    contract.totalFaceValue = reader.money("total_face_value"_L1).value_or(Money());
    contract.number = reader.string("number"_L1);
    contract.issueDate = reader.date("issue_date"_L1);
    return reader.finish(contract, error);
}

QJsonObject SourceContract::toJson() const
{
    QJsonObject json;
    json.insert("number_of_installments"_L1, numberOfInstallments);
    json.insert("total_face_value"_L1, totalFaceValue.toJson());
    json::insertText(json, "number"_L1, number);
    json::insertDate(json, "issue_date"_L1, issueDate);
    return json;
}

std::optional<DiscountedCreditRight> DiscountedCreditRight::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<DiscountedCreditRight> DiscountedCreditRight::fromJson(const JsonReader &reader, QString *error)
{
    DiscountedCreditRight right;
    right.externalId = reader.requiredString("external_id"_L1);
    right.originatorDocumentNumber = reader.string("originator_document_number"_L1);
    right.maturityDate = reader.date("maturity_date"_L1);
    right.orderNumber = reader.string("order_number"_L1);
    right.faceValue = reader.money("face_value"_L1).value_or(Money());
    right.installmentNumber = reader.integer("installment_number"_L1);
    right.personType = reader.string("person_type"_L1);
    right.borrower = reader.parse<Borrower>("borrower"_L1).value_or(Borrower());
    right.participantControlNumber = reader.string("participant_control_number"_L1);
    right.invoice = reader.parse<Invoice>("invoice"_L1);
    right.contract = reader.parse<SourceContract>("contract"_L1);
    right.check = reader.rawObject("check"_L1);
    right.promissoryNote = reader.rawObject("promissory_note"_L1);
    right.bankslip = reader.rawObject("bankslip"_L1);
    right.delay = reader.rawObject("delay"_L1);
    return reader.finish(right, error);
}

QJsonObject DiscountedCreditRight::toJson() const
{
    QJsonObject json;
    json.insert("external_id"_L1, externalId);
    json::insertText(json, "originator_document_number"_L1, originatorDocumentNumber);
    json::insertDate(json, "maturity_date"_L1, maturityDate);
    json::insertText(json, "order_number"_L1, orderNumber);
    json.insert("face_value"_L1, faceValue.toJson());
    json::insertInt(json, "installment_number"_L1, installmentNumber);
    json::insertText(json, "person_type"_L1, personType);
    json.insert("borrower"_L1, borrower.toJson());
    json::insertText(json, "participant_control_number"_L1, participantControlNumber);
    if (invoice)
        json.insert("invoice"_L1, invoice->toJson());
    if (contract)
        json.insert("contract"_L1, contract->toJson());
    json::insertObject(json, "check"_L1, check);
    json::insertObject(json, "promissory_note"_L1, promissoryNote);
    json::insertObject(json, "bankslip"_L1, bankslip);
    json::insertObject(json, "delay"_L1, delay);
    return json;
}

} // namespace cessio
