#include "services/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using cessio::Settings;
using Key = cessio::Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"settings.ini"_s); }

    // Writes a raw value the way an older or hand-edited file might hold it.
    void writeRaw(const QString &key, const QVariant &value)
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(key, value);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaults_whenNothingStored_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("poll interval") << Key::PollIntervalSeconds << QVariant(60);
        QTest::newRow("language") << Key::Language << QVariant(QString());
        QTest::newRow("active profile") << Key::ActiveProfile << QVariant(QString());
        QTest::newRow("csv style") << Key::CsvStyle << QVariant(u"excel_ptbr"_s);
        QTest::newRow("window geometry") << Key::WindowGeometry << QVariant(QByteArray());
        QTest::newRow("window state") << Key::WindowState << QVariant(QByteArray());
        QTest::newRow("memo signer name") << Key::MemoSignerName << QVariant(QString());
    }
    void defaults_whenNothingStored()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, expected);
        Settings settings(path());
        QCOMPARE(settings.value(key), expected);
        QCOMPARE(Settings::defaultValue(key), expected);
        QVERIFY(!settings.isStored(key));
    }

    void typedValue_convertsToTheKeysType()
    {
        Settings settings(path());
        QCOMPARE(settings.value<int>(Key::PollIntervalSeconds), 60);
        QCOMPARE(settings.csvStyle(), Settings::CsvStyle::ExcelPtBr);
        QCOMPARE(settings.tableState(u"inbox"_s), QByteArray());
    }

    void setValue_persistsAcrossInstances_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("poll interval") << Key::PollIntervalSeconds << QVariant(120);
        QTest::newRow("language") << Key::Language << QVariant(u"pt_BR"_s);
        QTest::newRow("active profile") << Key::ActiveProfile << QVariant(u"Fundo Ação"_s);
        QTest::newRow("csv style") << Key::CsvStyle << QVariant(u"plain"_s);
        QTest::newRow("geometry bytes") << Key::WindowGeometry << QVariant(QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6));
        QTest::newRow("state bytes") << Key::WindowState << QVariant("\x00\x00\x00\xff"_ba);
    }
    void setValue_persistsAcrossInstances()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, value);
        {
            Settings settings(path());
            settings.setValue(key, value);
            QCOMPARE(settings.value(key), value);
            QVERIFY(settings.sync());
        }
        Settings reopened(path());
        QVERIFY(reopened.isStored(key));
        QCOMPARE(reopened.value(key), value);
    }

    void changed_emittedOnceWithTheKey_onlyWhenTheValueChanges()
    {
        Settings settings(path());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(Key::PollIntervalSeconds, 90);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::PollIntervalSeconds);
        QCOMPARE(spy.at(0).at(1).toString(), QString());

        settings.setValue(Key::PollIntervalSeconds, 90); // same value
        QCOMPARE(spy.size(), 1);
        settings.setValue(Key::Language, QString()); // equal to the default
        QCOMPARE(spy.size(), 1);

        settings.reset(Key::PollIntervalSeconds);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(settings.value<int>(Key::PollIntervalSeconds), 60);
        QVERIFY(!settings.isStored(Key::PollIntervalSeconds));
        settings.reset(Key::PollIntervalSeconds); // already the default
        QCOMPARE(spy.size(), 2);
    }

    void unusableStoredValue_fallsBackToDefault_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("poll not a number") << Key::PollIntervalSeconds << QVariant(u"often"_s) << QVariant(60);
        QTest::newRow("poll as text") << Key::PollIntervalSeconds << QVariant(u"300"_s) << QVariant(300);
        QTest::newRow("poll too small, clamped") << Key::PollIntervalSeconds << QVariant(1) << QVariant(15);
        QTest::newRow("poll too large, clamped") << Key::PollIntervalSeconds << QVariant(999999) << QVariant(3600);
        QTest::newRow("unsupported language") << Key::Language << QVariant(u"fr"_s) << QVariant(QString());
        QTest::newRow("supported language") << Key::Language << QVariant(u"en"_s) << QVariant(u"en"_s);
        QTest::newRow("unknown csv style") << Key::CsvStyle << QVariant(u"tsv"_s) << QVariant(u"excel_ptbr"_s);
    }
    void unusableStoredValue_fallsBackToDefault()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, raw);
        QFETCH(QVariant, expected);
        writeRaw(Settings::storageKey(key), raw);
        Settings settings(path());
        QCOMPARE(settings.value(key), expected);
    }

    void setValue_storesTheNormalisedValue()
    {
        Settings settings(path());
        settings.setValue(Key::PollIntervalSeconds, 2);
        QCOMPARE(settings.value<int>(Key::PollIntervalSeconds), Settings::minPollIntervalSeconds);
        settings.setValue(Key::CsvStyle, u"nonsense"_s);
        QCOMPARE(settings.csvStyle(), Settings::CsvStyle::ExcelPtBr);
    }

    // Printed on paper under a signature: one line, no control characters, a sane length.
    void memoSignerName_storedAsOnePlainLine()
    {
        Settings settings(path());
        settings.setValue(Key::MemoSignerName, u"  Ana\tMaria\nSouza\u202e "_s);
        QCOMPARE(settings.value<QString>(Key::MemoSignerName), u"Ana Maria Souza"_s);
        settings.setValue(Key::MemoSignerName, QString(500, u'x'));
        QCOMPARE(settings.value<QString>(Key::MemoSignerName).size(), 120);
        QCOMPARE(Settings::storageKey(Key::MemoSignerName), u"export/memoSignerName"_s);
    }

    void csvStyle_typedAccessors_roundTrip()
    {
        Settings settings(path());
        settings.setCsvStyle(Settings::CsvStyle::Plain);
        QCOMPARE(settings.csvStyle(), Settings::CsvStyle::Plain);
        QCOMPARE(settings.value<QString>(Key::CsvStyle), u"plain"_s);
        settings.setCsvStyle(Settings::CsvStyle::ExcelPtBr);
        QCOMPARE(settings.value<QString>(Key::CsvStyle), u"excel_ptbr"_s);
    }

    void tableState_isKeptPerTable_andSignalsTheTable()
    {
        Settings settings(path());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setTableState(u"inbox"_s, "inbox-state"_ba);
        settings.setTableState(u"assets"_s, "assets-state"_ba);
        QCOMPARE(settings.tableState(u"inbox"_s), "inbox-state"_ba);
        QCOMPARE(settings.tableState(u"assets"_s), "assets-state"_ba);
        QCOMPARE(settings.tableState(u"audit"_s), QByteArray());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<Key>(), Key::TableState);
        QCOMPARE(spy.at(1).at(1).toString(), u"assets"_s);
        QVERIFY(Settings::takesSuffix(Key::TableState));
        QVERIFY(!Settings::takesSuffix(Key::WindowState));
    }

    void storageKey_suffixCannotOpenOtherGroups()
    {
        QCOMPARE(Settings::storageKey(Key::TableState, u"assets"_s), u"tables/assets/state"_s);
        QCOMPARE(Settings::storageKey(Key::TableState, u"a/b\\c"_s), u"tables/a_b_c/state"_s);
        QCOMPARE(Settings::storageKey(Key::PollIntervalSeconds), u"inbox/pollIntervalSeconds"_s);
        QCOMPARE(Settings::storageKey(Key::FundRules, u"fund-1"_s), u"funds/fund-1/rules"_s);
        QVERIFY(Settings::takesSuffix(Key::FundRules));
    }

    void storageKeys_areDistinct()
    {
        const QList<Key> keys { Key::PollIntervalSeconds, Key::Language,    Key::ActiveProfile, Key::CsvStyle,
                                Key::WindowGeometry,      Key::WindowState, Key::MemoSignerName };
        QSet<QString> seen;
        for (const Key key : keys) {
            const QString storage = Settings::storageKey(key);
            QVERIFY2(!storage.startsWith(u"profiles/"_s), qPrintable(storage)); // that group belongs to profiles
            seen.insert(storage);
        }
        seen.insert(Settings::storageKey(Key::TableState, u"x"_s));
        seen.insert(Settings::storageKey(Key::FundRules, u"x"_s));
        QCOMPARE(seen.size(), keys.size() + 2);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
