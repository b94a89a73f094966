// Brazilian Portuguese must stay complete: lupdate is run over the sources into a temporary copy
// of cessio_pt_BR.ts, and any message left unfinished (a new or changed string without its
// translation) fails the test with its text.
#include "core/localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
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
