#include "documentnumber.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr qsizetype cpfLength = 11;
constexpr qsizetype cnpjLength = 14;

bool isPunctuation(QChar c)
{
    return c == u'.' || c == u'/' || c == u'-' || c.isSpace();
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// Modulo-11 check digit over `chars` with weights counting down and wrapping from 2 back to `topWeight`.
int checkDigit(QStringView chars, int firstWeight, int topWeight)
{
    int sum = 0;
    int weight = firstWeight;
    for (const QChar c : chars) {
        sum += (c.unicode() - u'0') * weight; // ASCII − 48: digits 0–9, letters A=17 … Z=42
        weight = weight == 2 ? topWeight : weight - 1;
    }
    const int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
}

} // namespace

QString DocumentNumber::checkDigitsFor(QStringView base)
{
    int first = 0;
    int second = 0;
    if (base.size() == cpfLength - 2) {
        // CPF: weights 10..2, then 11..2 over the base plus the first digit.
        first = checkDigit(base, 10, 10);
        second = checkDigit(QString(base.toString() + QString::number(first)), 11, 11);
    } else if (base.size() == cnpjLength - 2) {
        // CNPJ: weights 5..2 then 9..2, then 6..2 then 9..2.
        first = checkDigit(base, 5, 9);
        second = checkDigit(QString(base.toString() + QString::number(first)), 6, 9);
    } else {
        return {};
    }
    return QString::number(first) + QString::number(second);
}

DocumentNumber DocumentNumber::parse(QStringView text)
{
    DocumentNumber number;
    number.m_input = text.toString();

    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (isPunctuation(c))
            continue;
        const QChar upper = c.toUpper();
        if (!isAsciiDigit(upper) && !isAsciiUpper(upper)) {
            number.m_problem = compact.isEmpty() && text.trimmed().isEmpty() ? Problem::Empty : Problem::InvalidCharacter;
            return number;
        }
        compact.append(upper);
    }
    if (compact.isEmpty()) {
        number.m_problem = Problem::Empty;
        return number;
    }
    if (compact.size() == cpfLength) {
        number.m_kind = Kind::Cpf;
    } else if (compact.size() == cnpjLength) {
        number.m_kind = Kind::Cnpj;
    } else {
        number.m_problem = Problem::WrongLength;
        return number;
    }
    number.m_normalized = compact;

    const bool hasLetter = std::any_of(compact.cbegin(), compact.cend(), isAsciiUpper);
    if (number.m_kind == Kind::Cpf && hasLetter) {
        number.m_problem = Problem::LetterInCpf;
        return number;
    }
    const QStringView checkDigits = QStringView(compact).right(2);
    if (!isAsciiDigit(checkDigits[0]) || !isAsciiDigit(checkDigits[1])) {
        number.m_problem = Problem::LetterInCheckDigits;
        return number;
    }
    if (std::all_of(compact.cbegin(), compact.cend(), [&](QChar c) { return c == compact.front(); })) {
        number.m_problem = Problem::RepeatedDigits;
        return number;
    }
    const QStringView base = QStringView(compact).left(compact.size() - 2);
    number.m_problem = checkDigitsFor(base) == checkDigits ? Problem::None : Problem::BadCheckDigits;
    return number;
}

QString DocumentNumber::formatted() const
{
    if (m_normalized.isEmpty() || m_problem == Problem::LetterInCpf)
        return m_input;
    const QStringView n(m_normalized);
    if (m_kind == Kind::Cpf)
        return n.mid(0, 3) + u'.' + n.mid(3, 3) + u'.' + n.mid(6, 3) + u'-' + n.mid(9, 2);
    return n.mid(0, 2) + u'.' + n.mid(2, 3) + u'.' + n.mid(5, 3) + u'/' + n.mid(8, 4) + u'-' + n.mid(12, 2);
}

QString DocumentNumber::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("DocumentNumber", "The CPF/CNPJ is empty.");
    case Problem::InvalidCharacter:
        return QCoreApplication::translate("DocumentNumber",
                                           "The CPF/CNPJ may contain only digits, letters and the separators . / -");
    case Problem::WrongLength:
        return QCoreApplication::translate("DocumentNumber",
                                           "A CPF has 11 digits and a CNPJ 14 characters; this one has a different length.");
    case Problem::LetterInCpf:
        return QCoreApplication::translate("DocumentNumber", "A CPF has digits only; this one contains letters.");
    case Problem::LetterInCheckDigits:
        return QCoreApplication::translate("DocumentNumber", "The last two characters of a CNPJ (check digits) must be digits.");
    case Problem::RepeatedDigits:
        return QCoreApplication::translate("DocumentNumber", "A CPF/CNPJ made of one repeated digit is not valid.");
    case Problem::BadCheckDigits:
        return m_kind == Kind::Cpf
            ? QCoreApplication::translate("DocumentNumber",
                                          "The CPF check digits do not match; the number was probably mistyped.")
            : QCoreApplication::translate("DocumentNumber",
                                          "The CNPJ check digits do not match; the number was probably mistyped.");
    }
    return {};
}

} // namespace cessio
