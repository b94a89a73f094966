// The three programs start, answer --version and --help, and refuse an unknown language.
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPrograms : public QObject
{
    Q_OBJECT

    static QString run(const QString &program, const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            *exitCode = -1;
            return {};
        }
        *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAll());
    }

private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cessio") << QStringLiteral(CESSIO_APP_EXE);
        QTest::newRow("cessio-cli") << QStringLiteral(CESSIO_CLI_EXE);
        QTest::newRow("cessio-sandbox") << QStringLiteral(CESSIO_SANDBOX_EXE);
    }
    void version()
    {
        QFETCH(QString, program);
        int exitCode = 0;
        const QString out = run(program, { u"--version"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QStringLiteral(CESSIO_VERSION)), qPrintable(out));
    }

    void help_data() { version_data(); }
    void help()
    {
        QFETCH(QString, program);
        int exitCode = 0;
        const QString out = run(program, { u"--help"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(u"--version"_s), qPrintable(out));
        QVERIFY2(out.contains(u"--lang"_s), qPrintable(out));
        const QString translated = run(program, { u"--lang"_s, u"pt_BR"_s, u"--help"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(translated.contains(u"Idioma da interface"_s), qPrintable(translated));
    }

    void unknownLanguage_data() { version_data(); }
    void unknownLanguage()
    {
        QFETCH(QString, program);
        int exitCode = 0;
        const QString out = run(program, { u"--lang"_s, u"xx"_s, u"--version"_s }, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(out.contains(u"xx"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
