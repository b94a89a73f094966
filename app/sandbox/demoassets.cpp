#include "demoassets.h"

#include "core/asset.h"
#include "core/businesscalendar.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

Money centavos(double value)
{
    return Money::fromCentavos(qint64(std::llround(value)));
}

qint64 reaisToCentavos(double reais)
{
    return qint64(std::llround(reais * 100.0));
}

// Days to maturity, skewed towards the short end the way trade receivables are.
int maturityDays(DemoRandom &random, int lowest, int highest)
{
    return lowest + int(std::floor(double(highest - lowest + 1) * std::pow(random.uniform(), 1.7)));
}

QJsonObject delay(const QString &interestMethod)
{
    QJsonObject rate = interestMethod == u"compound"
        ? QJsonObject { { u"monthly_rate"_s, 0.01 }, { u"calendar_base"_s, u"calendar_360"_s } }
        : QJsonObject { { u"daily_rate"_s, 0.00033 }, { u"calendar_base"_s, u"calendar_360"_s } };
    return { { u"fine"_s, QJsonObject { { u"fine_type"_s, u"percentage"_s }, { u"percentage_value"_s, 0.02 } } },
             { u"interest"_s, QJsonObject { { u"method"_s, interestMethod }, { u"pre_fixed"_s, rate } } } };
}

} // namespace

DebtorPool DebtorPool::make(quint32 seed, const Shape &shape)
{
    DemoRandom random(seed);
    DebtorPool pool;
    pool.m_debtors.reserve(shape.size);
    pool.m_cumulative.reserve(std::size_t(shape.size));
    double total = 0;
    for (int i = 0; i < shape.size; ++i) {
        const QString segment = shape.segments.isEmpty() ? DemoNames::segment(random) : random.pick(shape.segments);
        if (i < shape.anchors.size())
            pool.m_debtors.append(DemoNames::company(random, shape.anchors.at(i), segment));
        else if (random.chance(shape.personShare))
            pool.m_debtors.append(DemoNames::person(random));
        else
            pool.m_debtors.append(DemoNames::company(random, segment));
        total += 1.0 / std::pow(double(i + 1), shape.concentration);
        pool.m_cumulative.push_back(total);
    }
    return pool;
}

const Borrower &DebtorPool::pick(DemoRandom &random) const
{
    const double target = random.uniform() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
    const auto index = std::min<qsizetype>(qsizetype(it - m_cumulative.cbegin()), m_debtors.size() - 1);
    return m_debtors.at(index);
}

DemoAssetFactory::DemoAssetFactory(const QString &originatorDocument, const QString &stateCode, double monthlyRate)
    : m_originator(originatorDocument)
    , m_stateCode(stateCode)
    , m_monthlyRate(monthlyRate)
{ }

Money DemoAssetFactory::discounted(qint64 faceCentavos, QDate from, QDate to, Flaw flaw) const
{
    const double rate = flaw == Flaw::Mispriced ? m_monthlyRate / 4 : m_monthlyRate;
    const int businessDays = std::max(BusinessCalendar::businessDaysBetween(from, to), 0);
    return centavos(double(faceCentavos) / std::pow(1.0 + rate, double(businessDays) / 21.0));
}

Asset DemoAssetFactory::make(DemoRandom &random, AssetType type, const QString &externalId, const Borrower &debtor,
                             QDate accountingDate, Flaw flaw)
{
    ++m_sequence;
    Borrower borrower = debtor;
    if (flaw == Flaw::BadBorrowerDocument)
        borrower.documentNumber = DemoNames::withBadCheckDigits(borrower.documentNumber);
    Money purchase;
    Asset asset;
    asset.externalId = externalId;
    asset.type = type;
    asset.body = type.value() == AssetType::Ccb
        ? ccb(random, externalId, borrower, accountingDate, flaw, &purchase)
        : creditRight(random, type, externalId, borrower, accountingDate, flaw, &purchase);
    asset.totalPurchaseValue = purchase;
    return asset;
}

QJsonObject DemoAssetFactory::ccb(DemoRandom &random, const QString &externalId, const Borrower &debtor, QDate accountingDate,
                                  Flaw flaw, Money *purchase)
{
    const bool person = debtor.personType == u"natural_person";
    const qint64 principal = reaisToCentavos(random.logUniform(person ? 2500 : 15000, person ? 45000 : 250000));
    const int count = random.between(3, 12);
    const double rate = double(random.between(150, 450)) / 10000.0; // 1.50%–4.50% a month
    const QDate issue = accountingDate.addDays(-random.between(0, 20));

    CreditOperation operation;
    operation.externalId = externalId;
    operation.originatorDocumentNumber = m_originator;
    operation.contract = { random.digits(10) + u"/SCD"_s, issue, issue, issue, Money::fromCentavos(principal) };
    operation.amortizationType = u"sac"_s;
    operation.principalValue = Money::fromCentavos(principal);
    operation.interestRateType = u"pre_fixed"_s;
    operation.calendarBase = u"calendar_365"_s;
    operation.monthlyRate = rate;
    double present = 0;
    qint64 balance = principal;
    const qint64 amortization = principal / count;
    for (int k = 1; k <= count; ++k) {
        const qint64 principalPart = k == count ? balance : amortization; // SAC: equal amortization
        const qint64 payment = principalPart + std::llround(double(balance) * rate);
        balance -= principalPart;
        QDate maturity = issue.addDays(30 * k);
        if (k == 1 && flaw == Flaw::MaturityNotAfterAccountingDate)
            maturity = accountingDate;
        operation.installments.append({ maturity, k, Money::fromCentavos(payment) });
        present += double(discounted(payment, accountingDate, maturity, flaw).centavos());
    }
    operation.borrower = debtor;
    operation.modalityCode = u"0202"_s;
    operation.delay = delay(u"compound"_s);

    cessio::Asset asset;
    asset.type = AssetType::Ccb;
    Money face;
    for (const Installment &installment : std::as_const(operation.installments))
        face += installment.faceValue;
    *purchase = flaw == Flaw::PurchaseAboveFace ? centavos(double(face.centavos()) * 1.015) : centavos(present);
    asset.totalPurchaseValue = *purchase;
    if (*purchase > operation.principalValue) // bought above par: the difference is the spread [C example]
        asset.premiums.append({ u"spread"_s, *purchase - operation.principalValue });
    asset.creditOperation = operation;
    return asset.toJson();
}

QJsonObject DemoAssetFactory::creditRight(DemoRandom &random, AssetType type, const QString &externalId, const Borrower &debtor,
                                          QDate accountingDate, Flaw flaw, Money *purchase)
{
    int days = 30;
    qint64 face = 0;
    switch (type.value()) {
    case AssetType::DuplicataServicos:
        days = maturityDays(random, 7, 120);
        face = reaisToCentavos(random.logUniform(250, 35000));
        break;
    case AssetType::DiscountedContract:
        days = maturityDays(random, 10, 360);
        face = reaisToCentavos(random.logUniform(1800, 9500));
        break;
    case AssetType::Check:
        days = maturityDays(random, 5, 120);
        face = reaisToCentavos(random.logUniform(150, 12000));
        break;
    case AssetType::PromissoryNote:
        days = random.between(60, 360); // due at harvest
        face = reaisToCentavos(random.logUniform(5000, 250000));
        break;
    default: // duplicata mercantil
        days = maturityDays(random, 1, 360);
        face = reaisToCentavos(random.logUniform(180, 48000));
        break;
    }
    QDate maturity = flaw == Flaw::MaturityNotAfterAccountingDate ? accountingDate.addDays(-random.between(0, 3))
                                                                  : accountingDate.addDays(days);
    // At least one business day away: a title bought on a Saturday and due on the Monday is worth its face.
    // (No run of days without business is longer than a week; the bound also covers an unsupported date.)
    for (int extra = 0; extra < 7 && flaw != Flaw::MaturityNotAfterAccountingDate
         && BusinessCalendar::businessDaysBetween(accountingDate, maturity) < 1;
         ++extra)
        maturity = maturity.addDays(1);

    DiscountedCreditRight right;
    right.externalId = externalId;
    right.originatorDocumentNumber = m_originator;
    right.maturityDate = maturity;
    right.faceValue = Money::fromCentavos(face);
    right.personType = debtor.personType;
    right.borrower = debtor;
    right.delay = delay(u"pre_fixed"_s);
    const int number = 100000 + m_sequence;
    const QDate issue = accountingDate.addDays(-random.between(1, 25));
    switch (type.value()) {
    case AssetType::DiscountedContract: {
        const int installments = random.between(36, 120);
        const int installment = random.between(1, installments);
        right.installmentNumber = installment;
        right.orderNumber = u"CV-%1-%2"_s.arg(number).arg(installment, 3, 10, QLatin1Char('0'));
        right.contract = SourceContract { installments, Money::fromCentavos(face * installments), u"CV-%1"_s.arg(number),
                                          maturity.addMonths(-installment) };
        break;
    }
    case AssetType::Check: {
        const DemoNames::Bank &bank = random.pick(DemoNames::banks());
        right.orderNumber = random.digits(6);
        const QString branch = random.digits(4);
        const QString account = random.digits(6);
        // [I] The cheque object's fields are not documented (reference §5.5.4).
        right.check = QJsonObject { { u"bank_code"_s, bank.code },
                                    { u"branch"_s, branch },
                                    { u"account_number"_s, QString(account + u'-' + random.digits(1)) },
                                    { u"check_number"_s, right.orderNumber } };
        break;
    }
    case AssetType::PromissoryNote:
        right.orderNumber = u"NP-%1"_s.arg(number);
        // [I] The promissory note object's fields are not documented (reference §5.5.4).
        right.promissoryNote = QJsonObject { { u"issue_date"_s, issue.toString(Qt::ISODate) },
                                             { u"place_of_payment"_s, QString(debtor.address.city + u'/' + debtor.address.uf) } };
        break;
    default: { // duplicatas: the NF-e behind them, paid by bank slip
        const int parcels = random.between(1, 3);
        const int parcel = random.between(1, parcels);
        right.orderNumber = u"%1/%2"_s.arg(number).arg(parcel, 2, 10, QLatin1Char('0'));
        right.participantControlNumber = random.alphanumeric(25);
        right.bankslip
            = QJsonObject { { u"our_number"_s, QJsonObject { { u"number"_s, number }, { u"digit"_s, random.digits(1) } } } };
        right.invoice = Invoice { accessKey(random, issue, 1, number), Money::fromCentavos(face * parcels), u"1"_s,
                                  QString::number(number), issue };
        break;
    }
    }

    cessio::Asset asset;
    asset.type = type;
    *purchase
        = flaw == Flaw::PurchaseAboveFace ? centavos(double(face) * 1.02) : discounted(face, accountingDate, maturity, flaw);
    asset.totalPurchaseValue = *purchase;
    asset.creditRight = right;
    return asset.toJson();
}

QString DemoAssetFactory::accessKey(DemoRandom &random, QDate issueDate, int series, int number) const
{
    // NF-e access key: state, AAMM, issuer CNPJ, model 55, series, number, emission type, code, check digit.
    QString cnpjDigits;
    for (const QChar c : m_originator) {
        if (c.isLetterOrNumber())
            cnpjDigits.append(c.isDigit() ? c : QChar(u'0'));
    }
    const QString key = m_stateCode + issueDate.toString(u"yyMM"_s) + cnpjDigits.rightJustified(14, u'0') + u"55"_s
        + u"%1"_s.arg(series, 3, 10, QLatin1Char('0')) + u"%1"_s.arg(number, 9, 10, QLatin1Char('0')) + u"1"_s + random.digits(8);
    int sum = 0;
    int weight = 2;
    for (qsizetype i = key.size() - 1; i >= 0; --i) {
        sum += key.at(i).digitValue() * weight;
        weight = weight == 9 ? 2 : weight + 1;
    }
    const int digit = 11 - sum % 11;
    return key + QString::number(digit >= 10 ? 0 : digit);
}

QByteArray demoPdf(const QString &title)
{
    // One page with the title; offsets computed so readers accept the cross-reference table.
    QByteArray text = title.toLatin1();
    text.replace('(', '[').replace(')', ']').replace('\\', '/');
    const QByteArray stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace cessio::sandbox
