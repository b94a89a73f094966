// Deterministic mutation run over every JSON fixture through every parser (the same entry the
// libFuzzer target uses): bad server answers get a clear error, never a crash. Runs in every build.
#include "fuzztargets.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFuzzRegression : public QObject
{
    Q_OBJECT

    static QByteArray mutate(QByteArray data, QRandomGenerator &rng)
    {
        const int edits = int(rng.bounded(1, 6));
        for (int i = 0; i < edits && !data.isEmpty(); ++i) {
            const qsizetype at = qsizetype(rng.bounded(quint32(data.size())));
            switch (rng.bounded(6)) {
            case 0: // flip a byte
                data[at] = char(rng.bounded(256));
                break;
            case 1: // truncate
                data.truncate(at);
                break;
            case 2: // drop a span
                data.remove(at, qsizetype(rng.bounded(1, 40)));
                break;
            case 3: // a number where text was, and the other way round
                data.insert(at, rng.bounded(2) ? "1e309"_ba : "\"x\""_ba);
                break;
            case 4: // nulls and empty containers
                data.insert(at, rng.bounded(2) ? "null,"_ba : "{},[],"_ba);
                break;
            default: // duplicate a span
                data.insert(at, data.mid(at, qsizetype(rng.bounded(1, 80))));
            }
        }
        return data;
    }

private Q_SLOTS:
    void mutatedFixtures_neverCrashAnyParser()
    {
        const QDir dir(QStringLiteral(CESSIO_SOURCE_DIR "/tests/data/qitech"));
        const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
        QVERIFY(files.size() > 10);
        QRandomGenerator rng(20261123);
        int runs = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray original = file.readAll();
            cessio::fuzz::parseEverything(original);
            for (int i = 0; i < 400; ++i, ++runs)
                cessio::fuzz::parseEverything(mutate(original, rng));
        }
        qInfo("%d mutated inputs parsed", runs);
    }

    // The asset pages are read through JsonTree + JsonReader, everything else may still be read
    // through QJsonDocument: both readings must agree on every input, accepted or refused, value
    // for value and problem for problem (JSON paths included).
    void mutatedFixtures_treeAndDocumentReadTheSame()
    {
        const QDir dir(QStringLiteral(CESSIO_SOURCE_DIR "/tests/data/qitech"));
        const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
        QRandomGenerator rng(20261124);
        int runs = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray original = file.readAll();
            QString difference = cessio::fuzz::compareReadings(original);
            QVERIFY2(difference.isEmpty(), qPrintable(name + u": "_s + difference));
            for (int i = 0; i < 400; ++i, ++runs) {
                const QByteArray input = mutate(original, rng);
                difference = cessio::fuzz::compareReadings(input);
                QVERIFY2(difference.isEmpty(),
                         qPrintable(name + u" mutated: "_s + difference + u"\n"_s + QString::fromUtf8(input)));
            }
        }
        qInfo("%d mutated inputs read both ways", runs);
    }

    void hostileShapes_neverCrash()
    {
        const QList<QByteArray> inputs = { {},
                                           "null",
                                           "[]",
                                           "{}",
                                           "{\"data\":null}",
                                           "{\"data\":[null,1,\"x\",[]],\"limit\":-1,\"page\":\"a\"}",
                                           QByteArray(100000, '['),
                                           "{\"assignment_total_value\":1e308}",
                                           "{\"status_events\":[{\"status\":{}}]}",
                                           "{\"credit_operation\":{\"installments\":[{\"face_value\":\"NaN\"}]}}",
                                           "a.b.c",
                                           "..",
                                           "eyJhbGciOiJub25lIn0.e30." };
        for (const auto &input : inputs) {
            cessio::fuzz::parseEverything(input);
            const QString difference = cessio::fuzz::compareReadings(input);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "tst_fuzzregression.moc"
