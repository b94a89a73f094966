// The three programs start, answer --version and --help, and refuse an unknown language — both in
// the test's environment and in a bare one (a package check, cron, `env -i`): a different environment
// moves memory around, which is how CI caught main() iterating over two copies of arguments().
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPrograms : public QObject
{
    Q_OBJECT

    // A crash reports -1, a hang -2: neither can pass for an exit code the test expects.
    static QString run(const QString &program, const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const bool bare = QByteArrayView(QTest::currentDataTag()).endsWith(" (bare environment)");
#ifndef Q_OS_WIN // Windows needs its system variables to load any DLL at all
        if (bare) {
            QProcessEnvironment environment;
            environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
            environment.insert(u"HOME"_s, qEnvironmentVariable("HOME"));
            process.setProcessEnvironment(environment);
        }
#else
        Q_UNUSED(bare)
#endif
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            *exitCode = -2;
            return {};
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAll());
    }

private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("program");
        const QList<std::pair<const char *, QString>> programs = { { "cessio", QStringLiteral(CESSIO_APP_EXE) },
                                                                   { "cessio-cli", QStringLiteral(CESSIO_CLI_EXE) },
                                                                   { "cessio-sandbox", QStringLiteral(CESSIO_SANDBOX_EXE) } };
        for (const auto &[name, path] : programs) {
            QTest::newRow(name) << path;
            QTest::addRow("%s (bare environment)", name) << path;
        }
    }
    void version()
    {
        QFETCH(QString, program);
        int exitCode = 0;
        const QString out = run(program, { u"--version"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QStringLiteral(CESSIO_VERSION)), qPrintable(out));
    }

    void help_data()
    {
        version_data();
    }
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

    void unknownLanguage_data()
    {
        version_data();
    }
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
