#include "core/documentnumber.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::DocumentNumber;
using Kind = cessio::DocumentNumber::Kind;
using Problem = cessio::DocumentNumber::Problem;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Problem)

class TestDocumentNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("formatted");

        // Valid numbers (check digits verified independently).
        QTest::newRow("cpf punctuated") << u"805.359.140-08"_s << Kind::Cpf << Problem::None << u"805.359.140-08"_s;
        QTest::newRow("cpf bare") << u"52998224725"_s << Kind::Cpf << Problem::None << u"529.982.247-25"_s;
        QTest::newRow("cpf spaces") << u" 529 982 247 25 "_s << Kind::Cpf << Problem::None << u"529.982.247-25"_s;
        QTest::newRow("cnpj punctuated") << u"19.845.976/0001-93"_s << Kind::Cnpj << Problem::None << u"19.845.976/0001-93"_s;
        QTest::newRow("cnpj bare") << u"11222333000181"_s << Kind::Cnpj << Problem::None << u"11.222.333/0001-81"_s;
        QTest::newRow("alphanumeric cnpj") << u"12.ABC.345/01DE-35"_s << Kind::Cnpj << Problem::None << u"12.ABC.345/01DE-35"_s;
        QTest::newRow("alphanumeric cnpj lowercase bare")
            << u"12abc34501de35"_s << Kind::Cnpj << Problem::None << u"12.ABC.345/01DE-35"_s;

        // Wrong check digits.
        QTest::newRow("cpf bad digit") << u"805.359.140-09"_s << Kind::Cpf << Problem::BadCheckDigits << u"805.359.140-09"_s;
        QTest::newRow("cnpj bad digit") << u"19.845.976/0001-94"_s << Kind::Cnpj << Problem::BadCheckDigits
                                        << u"19.845.976/0001-94"_s;
        QTest::newRow("alphanumeric bad digit")
            << u"12.ABC.345/01DE-36"_s << Kind::Cnpj << Problem::BadCheckDigits << u"12.ABC.345/01DE-36"_s;
        QTest::newRow("alphanumeric changed letter")
            << u"12.ABD.345/01DE-35"_s << Kind::Cnpj << Problem::BadCheckDigits << u"12.ABD.345/01DE-35"_s;

        // Shape problems.
        QTest::newRow("empty") << QString() << Kind::Unknown << Problem::Empty << QString();
        QTest::newRow("blank") << u"  "_s << Kind::Unknown << Problem::Empty << u"  "_s;
        QTest::newRow("only punctuation") << u"../-"_s << Kind::Unknown << Problem::Empty << u"../-"_s;
        QTest::newRow("too short") << u"123.456"_s << Kind::Unknown << Problem::WrongLength << u"123.456"_s;
        QTest::newRow("too long") << u"123456789012345"_s << Kind::Unknown << Problem::WrongLength << u"123456789012345"_s;
        QTest::newRow("symbol") << u"805.359.140#08"_s << Kind::Unknown << Problem::InvalidCharacter << u"805.359.140#08"_s;
        QTest::newRow("accented letter") << u"12.ÁBC.345/01DE-35"_s << Kind::Unknown << Problem::InvalidCharacter
                                         << u"12.ÁBC.345/01DE-35"_s;
        QTest::newRow("letter in cpf") << u"805.35A.140-08"_s << Kind::Cpf << Problem::LetterInCpf << u"805.35A.140-08"_s;
        QTest::newRow("letter in cnpj check digits")
            << u"12.ABC.345/01DE-3X"_s << Kind::Cnpj << Problem::LetterInCheckDigits << u"12.ABC.345/01DE-3X"_s;
        QTest::newRow("repeated cpf") << u"111.111.111-11"_s << Kind::Cpf << Problem::RepeatedDigits << u"111.111.111-11"_s;
        QTest::newRow("zero cnpj") << u"00.000.000/0000-00"_s << Kind::Cnpj << Problem::RepeatedDigits << u"00.000.000/0000-00"_s;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(Kind, kind);
        QFETCH(Problem, problem);
        QFETCH(QString, formatted);
        const auto number = DocumentNumber::parse(input);
        QCOMPARE(number.problem(), problem);
        QCOMPARE(number.isValid(), problem == Problem::None);
        QCOMPARE(number.kind(), kind);
        QCOMPARE(number.formatted(), formatted);
        QCOMPARE(number.input(), input);
        QCOMPARE(number.problemText().isEmpty(), problem == Problem::None);
    }

    void checkDigitsFor()
    {
        QCOMPARE(DocumentNumber::checkDigitsFor(u"12ABC34501DE"), u"35"_s);
        QCOMPARE(DocumentNumber::checkDigitsFor(u"198459760001"), u"93"_s);
        QCOMPARE(DocumentNumber::checkDigitsFor(u"529982247"), u"25"_s);
        QCOMPARE(DocumentNumber::checkDigitsFor(u"123"), QString());
    }

    // Every generated number with computed check digits validates; one changed digit never does.
    void generated_numbersValidateAndSingleErrorsAreCaught()
    {
        const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
        for (int i = 0; i < 2000; ++i) {
            QString base;
            for (int j = 0; j < 12; ++j)
                base.append(alphabet.at((i * 7 + j * 13 + j * j) % alphabet.size()));
            const QString full = base + DocumentNumber::checkDigitsFor(base);
            QVERIFY2(DocumentNumber::parse(full).isValid() || DocumentNumber::parse(full).problem() == Problem::RepeatedDigits,
                     qPrintable(full));
            QString typo = full;
            typo[13] = QChar(u'0' + (typo.at(13).unicode() - u'0' + 1) % 10);
            QCOMPARE(DocumentNumber::parse(typo).problem(), Problem::BadCheckDigits);
        }
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumber)
#include "tst_documentnumber.moc"
