#include "assetschema.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox::AssetSchema {

namespace {

QDate dateOf(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QString checkMoney(const QJsonValue &value, const QString &field, bool positive)
{
    const auto money = Money::fromJson(value);
    if (!money)
        return field + u": expected a number with at most two decimals"_s;
    if (positive && money->centavos() <= 0)
        return field + u": must be greater than zero"_s;
    return {};
}

QString checkString(const QJsonObject &object, const QString &name, const QString &path, int maxLength = 0)
{
    const QJsonValue value = object.value(name);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return path + u": required string"_s;
    if (maxLength > 0 && value.toString().size() > maxLength)
        return path + u": at most %1 characters"_s.arg(maxLength);
    return {};
}

} // namespace

QString mainObjectName(AssetType type)
{
    return type.value() == AssetType::Ccb ? u"credit_operation"_s : u"discounted_credit_right"_s;
}

QJsonObject mainObject(const QJsonObject &body, AssetType type)
{
    return body.value(mainObjectName(type)).toObject();
}

AssetType type(const QJsonObject &body)
{
    return AssetType::fromApi(body.value(u"asset_type"_s).toString());
}

QString validate(const QJsonObject &body)
{
    if (!body.value(u"asset_type"_s).isString())
        return u"asset_type: required string"_s;
    const AssetType assetType = type(body);
    if (!assetType.isKnown())
        return u"asset_type: unknown asset type '%1'"_s.arg(body.value(u"asset_type"_s).toString());
    if (QString problem = checkMoney(body.value(u"total_purchase_value"_s), u"total_purchase_value"_s, true); !problem.isEmpty())
        return problem;

    const QString name = mainObjectName(assetType);
    if (!body.value(name).isObject())
        return name + u": required object"_s;
    const QJsonObject main = body.value(name).toObject();
    for (const QString &field : { u"external_id"_s, u"originator_document_number"_s }) {
        if (QString problem = checkString(main, field, name + u'.' + field, field == u"external_id" ? 50 : 0); !problem.isEmpty())
            return problem;
    }
    if (QString problem
        = checkString(main.value(u"borrower"_s).toObject(), u"document_number"_s, name + u".borrower.document_number"_s);
        !problem.isEmpty())
        return problem;

    if (assetType.value() == AssetType::Ccb) {
        const QJsonArray installments = main.value(u"installments"_s).toArray();
        if (installments.isEmpty())
            return name + u".installments: required non-empty array"_s;
        for (qsizetype i = 0; i < installments.size(); ++i) {
            const QJsonObject installment = installments.at(i).toObject();
            const QString path = name + u".installments[%1]"_s.arg(i);
            if (!dateOf(installment.value(u"maturity_date"_s)).isValid())
                return path + u".maturity_date: expected YYYY-MM-DD"_s;
            if (QString problem = checkMoney(installment.value(u"face_value"_s), path + u".face_value"_s, true);
                !problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (!dateOf(main.value(u"maturity_date"_s)).isValid())
        return name + u".maturity_date: expected YYYY-MM-DD"_s;
    if (QString problem = checkMoney(main.value(u"face_value"_s), name + u".face_value"_s, true); !problem.isEmpty())
        return problem;
    // Cheques and promissory notes carry their own object instead of an invoice or contract [C].
    if (assetType.value() == AssetType::Check || assetType.value() == AssetType::PromissoryNote) {
        const QString own = assetType.apiName();
        if (!main.value(own).isObject())
            return name + u'.' + own + u": required object"_s;
        for (const QString &refused : { u"invoice"_s, u"contract"_s }) {
            if (main.contains(refused))
                return name + u'.' + refused + u": not accepted for asset type "_s + own;
        }
    }
    return {};
}

QString externalId(const QJsonObject &body)
{
    return mainObject(body, type(body)).value(u"external_id"_s).toString();
}

Money totalPurchaseValue(const QJsonObject &body)
{
    return Money::fromJson(body.value(u"total_purchase_value"_s)).value_or(Money());
}

Money faceValue(const QJsonObject &body)
{
    const AssetType assetType = type(body);
    const QJsonObject main = mainObject(body, assetType);
    if (assetType.value() != AssetType::Ccb)
        return Money::fromJson(main.value(u"face_value"_s)).value_or(Money());
    Money total;
    const QJsonArray installments = main.value(u"installments"_s).toArray();
    for (const QJsonValue &installment : installments)
        total += Money::fromJson(installment.toObject().value(u"face_value"_s)).value_or(Money());
    return total;
}

QList<QDate> maturities(const QJsonObject &body)
{
    const AssetType assetType = type(body);
    const QJsonObject main = mainObject(body, assetType);
    if (assetType.value() != AssetType::Ccb)
        return { dateOf(main.value(u"maturity_date"_s)) };
    QList<QDate> dates;
    const QJsonArray installments = main.value(u"installments"_s).toArray();
    for (const QJsonValue &installment : installments)
        dates.append(dateOf(installment.toObject().value(u"maturity_date"_s)));
    return dates;
}

QString borrowerDocument(const QJsonObject &body)
{
    return mainObject(body, type(body)).value(u"borrower"_s).toObject().value(u"document_number"_s).toString();
}

QString originatorDocument(const QJsonObject &body)
{
    return mainObject(body, type(body)).value(u"originator_document_number"_s).toString();
}

} // namespace cessio::sandbox::AssetSchema
