#pragma once

#include <QString>
#include <QStringView>

namespace cessio {

// A Brazilian taxpayer number: CPF (people, 11 digits) or CNPJ (companies, 14 characters).
// Since July 2026 Receita Federal also issues alphanumeric CNPJs: the first 12 characters may be
// letters A–Z, the two check digits stay numeric, and check digits are computed modulo 11 over
// each character's value taken as its ASCII code minus 48.
class DocumentNumber
{
public:
    enum class Kind { Unknown, Cpf, Cnpj };
    enum class Problem {
        None,
        Empty,
        InvalidCharacter, // something other than digits, letters and . / - or spaces
        WrongLength, // neither 11 (CPF) nor 14 (CNPJ) characters
        LetterInCpf, // a CPF is digits only
        LetterInCheckDigits, // a CNPJ's last two characters are digits
        RepeatedDigits, // 000.000.000-00 and the like pass the arithmetic but are invalid
        BadCheckDigits
    };

    DocumentNumber() = default;
    // Accepts the number with or without punctuation; letters may be lowercase.
    static DocumentNumber parse(QStringView text);

    bool isValid() const { return m_problem == Problem::None; }
    Kind kind() const { return m_kind; }
    Problem problem() const { return m_problem; }
    // Digits and uppercase letters only, e.g. "12ABC34501DE35"; empty when not even the shape fits.
    QString normalized() const { return m_normalized; }
    // "123.456.789-09" or "12.ABC.345/01DE-35"; the input as given when it is not valid.
    QString formatted() const;
    // What is wrong, in the user's language; empty when valid.
    QString problemText() const;
    // The input exactly as given.
    QString input() const { return m_input; }

    // The two check digits a CPF base (9 digits) or CNPJ base (12 characters) must end with.
    static QString checkDigitsFor(QStringView base);

private:
    QString m_input;
    QString m_normalized;
    Kind m_kind = Kind::Unknown;
    Problem m_problem = Problem::Empty;
};

} // namespace cessio
