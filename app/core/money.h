#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace cessio {

// An amount of Brazilian reais held as an exact integer number of centavos.
// The API speaks JSON numbers with two decimals; they are converted here, once, and every sum
// after that is integer arithmetic, so a total never drifts.
class Money
{
public:
    constexpr Money() = default;

    static constexpr Money fromCentavos(qint64 centavos) { return Money(centavos); }

    // A JSON number such as 150000.00 (or a string "150000.00", which some payloads use).
    // Refuses non-numbers, non-finite values, values beyond the exact range and values with
    // more than two decimals (a sub-centavo amount is an input error, not something to round).
    static std::optional<Money> fromJson(const QJsonValue &value);
    // The number part of fromJson(): an amount in reais given as a double.
    static std::optional<Money> fromReais(double reais);

    // A plain decimal string: optional sign, 1 to 16 ASCII digits, optional '.' and up to two decimals.
    static std::optional<Money> fromDecimalString(QStringView text);

    // What a person typed, in the conventions of `locale` ("1.234,56" in pt_BR, "1,234.56" in en),
    // with or without the currency symbol.
    static std::optional<Money> fromUserText(QStringView text, const QLocale &locale);

    constexpr qint64 centavos() const { return m_centavos; }
    constexpr bool isZero() const { return m_centavos == 0; }
    constexpr bool isNegative() const { return m_centavos < 0; }

    // JSON number with the exact value (e.g. 1234.56).
    QJsonValue toJson() const;
    // "1234.56", "-0.05": two decimals, '.' separator, no grouping. Used for machine output.
    QString toDecimalString() const;
    // "R$ 1.234,56" in pt_BR, "R$1,234.56" in en: the currency is always BRL.
    QString format(const QLocale &locale = QLocale()) const;
    // "1.234,56" without the currency symbol, for dense tables.
    QString formatNumber(const QLocale &locale = QLocale()) const;

    constexpr Money operator+(Money other) const { return Money(m_centavos + other.m_centavos); }
    constexpr Money operator-(Money other) const { return Money(m_centavos - other.m_centavos); }
    constexpr Money operator-() const { return Money(-m_centavos); }
    constexpr Money &operator+=(Money other)
    {
        m_centavos += other.m_centavos;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_centavos -= other.m_centavos;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // The largest magnitude whose reais part a double holds exactly (2^53 centavos).
    static constexpr qint64 maxExactCentavos = 9007199254740992LL;

private:
    constexpr explicit Money(qint64 centavos)
        : m_centavos(centavos)
    { }
    qint64 m_centavos = 0;
};

} // namespace cessio
