// Brazilian Portuguese must stay complete: lupdate is run over the sources into a temporary copy
// of cessio_pt_BR.ts, and any message left unfinished (a new or changed string without its
// translation) fails the test with its text.
#include "core/localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ptBR_isCompleteForEverySourceString()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(u"cessio_pt_BR.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(CESSIO_PT_BR_TS), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments = { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h,ui"_s };
        arguments += QStringLiteral(CESSIO_I18N_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts);
        arguments += { u"-ts"_s, ts };
        QProcess lupdate;
        lupdate.start(QStringLiteral(CESSIO_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ++messages;
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const bool isUnfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (isUnfinished || text.trimmed().isEmpty())
                    unfinished.append(context + u": " + source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 0, "no messages found: is lupdate scanning the sources?");
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(u"%1 of %2 strings lack a finished pt_BR translation "
                            "(run the update_translations target and translate them):\n  "_s.arg(unfinished.size())
                                .arg(messages)
                            + unfinished.join(u"\n  ")));
        qInfo("%d messages, all translated", messages);
    }

    void embeddedTranslations_load()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/cessio_pt_BR.qm"_s));
        QVERIFY(!translator.isEmpty());
        QVERIFY(QFile::exists(u":/i18n/cessio_en.qm"_s));
    }

    // Qt's Brazilian Portuguese rule puts 0 and 1 in the singular ("0 dia", "1 dia", "2 dias"); %Ln adds
    // the locale's thousands separator.
    void plurals_followQtsRuleWithThousandsSeparators_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("shown");
        QTest::newRow("pt_BR 0") << u"pt_BR"_s << 0 << u"0 ativo"_s;
        QTest::newRow("pt_BR 1") << u"pt_BR"_s << 1 << u"1 ativo"_s;
        QTest::newRow("pt_BR 2") << u"pt_BR"_s << 2 << u"2 ativos"_s;
        QTest::newRow("pt_BR 20000") << u"pt_BR"_s << 20000 << u"20.000 ativos"_s;
        QTest::newRow("en 1") << u"en"_s << 1 << u"1 asset"_s;
        QTest::newRow("en 0") << u"en"_s << 0 << u"0 assets"_s;
        QTest::newRow("en 20000") << u"en"_s << 20000 << u"20,000 assets"_s;
    }
    void plurals_followQtsRuleWithThousandsSeparators()
    {
        QFETCH(QString, lang);
        QFETCH(int, n);
        QFETCH(QString, shown);
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), lang));
        QCOMPARE(QCoreApplication::translate("cli", "%Ln asset(s)", nullptr, n), shown);
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

    // Every count goes through %Ln with both Portuguese forms written out: no "%n" (no thousands
    // separator), no "(s)" in a form, no singular form with a plural noun, and no plain "%1 ativos"
    // where a count is put before a noun without a plural.
    void counts_haveRealPortuguesePlurals()
    {
        QFile file(QStringLiteral(CESSIO_PT_BR_TS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        bool numerus = false;
        QStringList forms;
        QStringList problems;
        static const QRegularExpression pluralAfterCount(
            u"%Ln (ativos|dias|negados|aprovados|lotes|sacados|parcelas|lançamentos|configurações|fundos)\\b"_s);
        static const QRegularExpression singularAfterCount(
            u"%Ln (ativo|dia|negado|aprovado|lote|sacado|parcela|lançamento|configuração|fundo)\\b"_s);
        static const QRegularExpression countBeforeNoun(
            u"%L?[0-9] (ativos|dias|negados|aprovados|lotes|sacados|parcelas|lançamentos|configurações|fundos|retirados)\\b"_s);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"name") {
                    context = xml.readElementText();
                } else if (xml.name() == u"message") {
                    numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                    forms.clear();
                } else if (xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.name() == u"numerusform") {
                    forms.append(xml.readElementText());
                } else if (xml.name() == u"translation" && !numerus) {
                    const QString text = xml.readElementText();
                    if (countBeforeNoun.match(text).hasMatch())
                        problems.append(context + u": a count without a plural: "_s + text);
                    if (text.contains(u"(s)"_s) && QRegularExpression(u"%L?\\d[^.;]*\\(s\\)"_s).match(text).hasMatch())
                        problems.append(context + u": \"(s)\" after a count: "_s + text);
                }
            } else if (xml.isEndElement() && xml.name() == u"message" && numerus) {
                if (!source.contains(u"%Ln"_s))
                    problems.append(context + u": %n without the thousands separator (use %Ln): "_s + source);
                if (forms.size() != 2 || forms.contains(QString()))
                    problems.append(context + u": not two Portuguese forms: "_s + source);
                else if (forms.at(0).contains(u"(s)"_s) || forms.at(1).contains(u"(s)"_s))
                    problems.append(context + u": \"(s)\" in a form: "_s + forms.join(u" | "_s));
                else if (pluralAfterCount.match(forms.at(0)).hasMatch())
                    problems.append(context + u": the singular form is plural: "_s + forms.at(0));
                else if (singularAfterCount.match(forms.at(1)).hasMatch())
                    problems.append(context + u": the plural form is singular: "_s + forms.at(1));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    // English follows the system's own English for dates (day first in Britain, month first in the US);
    // Portuguese is always Brazilian.
    void english_followsTheSystemLocale()
    {
        using cessio::Localization;
        const QLocale britain(QLocale::English, QLocale::UnitedKingdom);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale germany(QLocale::German, QLocale::Germany);
        const QLocale portugal(QLocale::Portuguese, QLocale::Portugal);
        QCOMPARE(Localization::localeFor(u"en"_s, britain), britain);
        QCOMPARE(Localization::localeFor(u"en"_s, us), us);
        QCOMPARE(Localization::localeFor(QString(), britain), britain);
        QCOMPARE(Localization::localeFor(u"en"_s, germany), us);
        QCOMPARE(Localization::localeFor(u"pt_BR"_s, britain).name(), u"pt_BR"_s);
        QCOMPARE(Localization::localeFor(QString(), portugal).name(), u"pt_BR"_s);
        const QDate date(2026, 11, 23);
        QCOMPARE(cessio::shortDate(date, britain), u"23/11/2026"_s);
        QCOMPARE(cessio::shortDate(date, us), u"11/23/2026"_s);
        QCOMPARE(cessio::shortDate(date, QLocale(QLocale::Portuguese, QLocale::Brazil)), u"23/11/2026"_s);
        QCOMPARE(cessio::shortDate(QDate(), us), QString());
    }

    void localization_rejectsUnknownLanguage()
    {
        QVERIFY(!cessio::Localization::apply(*QCoreApplication::instance(), u"fr"_s));
        QCOMPARE(cessio::Localization::localeFor(u"pt_BR"_s).name(), u"pt_BR"_s);
        QCOMPARE(cessio::Localization::localeFor(u"en"_s).language(), QLocale::English);
        QCOMPARE(cessio::Localization::requestedLanguage({ u"app"_s, u"--lang"_s, u"en"_s }), u"en"_s);
        QCOMPARE(cessio::Localization::requestedLanguage({ u"app"_s, u"--lang=pt_BR"_s }), u"pt_BR"_s);
        QCOMPARE(cessio::Localization::requestedLanguage({ u"app"_s }), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
