#pragma once

#include "core/creditright.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Seeded randomness and Brazilian name tables for the demonstration world (--demo-data) and the
// demo assignor. Every name is invented; the document numbers are made up with valid check digits.
namespace cessio::sandbox {

// A seeded generator with the few draws the demo needs. Same seed, same sequence, every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed)
    { }

    int between(int lowest, int highest); // inclusive
    qint64 between64(qint64 lowest, qint64 highest); // inclusive
    double uniform() { return m_generator.generateDouble(); } // [0, 1)
    bool chance(double probability) { return uniform() < probability; }
    // Log-uniform between the two bounds: many small values, a few large ones (invoice amounts).
    double logUniform(double lowest, double highest);
    QString digits(int count);
    QString alphanumeric(int count); // uppercase letters and digits
    QString uuid(); // version-4 UUID, lowercase, without braces

    template<typename List>
    decltype(auto) pick(const List &list) // an element reference, or a QChar by value
    {
        return list[between(0, int(list.size()) - 1)];
    }

private:
    QRandomGenerator m_generator;
};

namespace DemoNames {

struct Bank
{
    QString code; // COMPE
    QString ispb;
    QString name;
};

struct City
{
    QString name;
    QString uf;
    QString areaCode;
    QString postalPrefix; // first three digits of the CEP
};

const QList<Bank> &banks();
const QList<City> &cities();

// Formatted, valid CPF / CNPJ (head office "0001" branch). An alphanumeric CNPJ has letters in
// its first twelve characters, as Receita Federal issues them from July 2026.
QString cpf(DemoRandom &random);
QString cnpj(DemoRandom &random, bool alphanumeric = false);
// The same number with its check digits wrong (for assets eligibility must deny).
QString withBadCheckDigits(const QString &documentNumber);

QString personName(DemoRandom &random, bool female);
QString companyName(DemoRandom &random, const QString &segment);
QString segment(DemoRandom &random); // a line of business for a company debtor
QString activityCode(const QString &segment); // its CNAE subclass, "47.11-3-02"
QString slug(const QString &name); // "Têxtil Santa Clara S.A." → "textilsantaclara"

// A debtor (sacado) with every field of the reference's borrower example.
Borrower person(DemoRandom &random);
Borrower company(DemoRandom &random, const QString &segment);
Borrower company(DemoRandom &random, const QString &name, const QString &segment);

} // namespace DemoNames

} // namespace cessio::sandbox
