#include "money.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr qint64 centavosPerReal = 100;

// How far a double may sit from the nearest centavo and still be taken as a two-decimal value.
// Doubles carry ~15.9 significant digits; a JSON "1234567890.12" parses to within 1e-7 centavo.
constexpr double twoDecimalTolerance = 1e-6;

} // namespace

std::optional<Money> Money::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return fromDecimalString(QStringView(value.toString()).trimmed());
    if (!value.isDouble())
        return std::nullopt;
    return fromReais(value.toDouble());
}

std::optional<Money> Money::fromReais(double reais)
{
    if (!std::isfinite(reais))
        return std::nullopt;
    const double scaled = reais * double(centavosPerReal);
    if (std::fabs(scaled) >= double(maxExactCentavos))
        return std::nullopt;
    const double rounded = std::nearbyint(scaled);
    // Relative check: large values lose absolute precision in the double itself.
    const double tolerance = std::max(twoDecimalTolerance, std::fabs(scaled) * 1e-15);
    if (std::fabs(scaled - rounded) > tolerance)
        return std::nullopt;
    return Money(qint64(rounded));
}

std::optional<Money> Money::fromDecimalString(QStringView text)
{
    // [+-]? digits{1,16} (. digits{1,2})? — by hand: amounts are read for every asset of a page.
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text.front() == u'-';
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+'))
        ++i;
    qint64 reais = 0;
    const qsizetype wholeStart = i;
    while (i < text.size() && isDigit(text[i]) && i - wholeStart < 17)
        reais = reais * 10 + (text[i++].unicode() - u'0');
    const qsizetype wholeDigits = i - wholeStart;
    if (wholeDigits < 1 || wholeDigits > 16)
        return std::nullopt;
    qint64 cents = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        const qsizetype fractionStart = i;
        while (i < text.size() && isDigit(text[i]) && i - fractionStart < 3)
            cents = cents * 10 + (text[i++].unicode() - u'0');
        const qsizetype fractionDigits = i - fractionStart;
        if (fractionDigits < 1 || fractionDigits > 2)
            return std::nullopt;
        if (fractionDigits == 1)
            cents *= 10;
    }
    if (i != text.size())
        return std::nullopt;
    const qint64 centavos = reais * centavosPerReal + cents;
    if (centavos >= maxExactCentavos)
        return std::nullopt;
    return Money(negative ? -centavos : centavos);
}

std::optional<Money> Money::fromUserText(QStringView text, const QLocale &locale)
{
    QString cleaned = text.toString();
    cleaned.remove(u"R$"_s);
    cleaned.remove(locale.currencySymbol(QLocale::CurrencySymbol));
    cleaned.remove(QChar::Nbsp);
    cleaned.remove(u' ');
    cleaned.remove(locale.groupSeparator());
    if (cleaned.isEmpty())
        return std::nullopt;
    cleaned.replace(locale.decimalPoint(), u"."_s);
    cleaned.replace(locale.negativeSign(), u"-"_s);
    return fromDecimalString(cleaned);
}

QJsonValue Money::toJson() const
{
    // Exact: every integer below 2^53 divided by 100 round-trips through the shortest decimal.
    return QJsonValue(double(m_centavos) / double(centavosPerReal));
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = std::llabs(m_centavos);
    return (m_centavos < 0 ? u"-"_s : QString()) + QString::number(magnitude / centavosPerReal) + u'.'
        + QString::number(magnitude % centavosPerReal).rightJustified(2, u'0');
}

QString Money::formatNumber(const QLocale &locale) const
{
    const qint64 magnitude = std::llabs(m_centavos);
    const QString whole = locale.toString(magnitude / centavosPerReal);
    const QString cents = QString::number(magnitude % centavosPerReal).rightJustified(2, u'0');
    return (m_centavos < 0 ? locale.negativeSign() : QString()) + whole + locale.decimalPoint() + cents;
}

QString Money::format(const QLocale &locale) const
{
    // Built from integers (not QLocale::toCurrencyString(double)) so no value is ever rounded.
    const QString number = Money::fromCentavos(std::llabs(m_centavos)).formatNumber(locale);
    const QString sign = m_centavos < 0 ? locale.negativeSign() : QString();
    if (locale.language() == QLocale::Portuguese)
        return sign + u"R$\u00a0"_s + number;
    return sign + u"R$"_s + number;
}

} // namespace cessio
