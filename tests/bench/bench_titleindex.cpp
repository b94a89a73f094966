// The title index in the workspace store: what each check of a batch pays to learn the titles of
// earlier batches, with the index unchanged (the store's revision asked, the last index kept) and after
// a colleague's recording (read whole). On SQLite, and on PostgreSQL when run under
// tests/support/with-postgres.sh. Prints a table; asserts nothing.
//
//   bench_titleindex [--batches N] [--titles N]
#include "services/titleindex.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

TitleIndex::Batch batch(int i)
{
    return { u"fund-%1"_s.arg(i % 7), u"cfg"_s, u"LOTE-%1"_s.arg(i, 5, 10, QChar(u'0')), u"no. %1"_s.arg(i), QDate(2026, 12, 1) };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"batches"_s, u"Batches in the index."_s, u"N"_s, u"1000"_s });
    parser.addOption({ u"titles"_s, u"Titles per batch."_s, u"N"_s, u"100"_s });
    parser.process(app);
    const int batches = std::max(1, parser.value(u"batches"_s).toInt());
    const int titles = std::max(1, parser.value(u"titles"_s).toInt());

    WorkspaceTestDb db;
    QString error;
    if (!db.create(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto runner = std::make_shared<WorkspaceRunner>();
    error = runner->open(db.as(WorkspaceTestDb::admin()), {}).result();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const auto index = TitleIndex::inWorkspace(runner, dir.filePath(u"no-legacy-file.jsonl"_s));
    const double fillMs = msOf([&] {
        for (int i = 0; i < batches; ++i) {
            QList<QByteArray> digests;
            for (int t = 0; t < titles; ++t)
                digests.append(TitleIndex::digest(u"title|%1|%2"_s.arg(i).arg(t)));
            if (const QString failed = index->record(batch(i), digests).result(); !failed.isEmpty())
                std::fprintf(stderr, "record: %s\n", qPrintable(failed));
        }
    });

    // The first read, then unchanged reads, then one recording before each read.
    const double firstMs = msOf([&] { index->snapshot(); });
    QList<double> unchanged, changed;
    for (int i = 0; i < 20; ++i)
        unchanged.append(msOf([&] { index->snapshot(); }));
    for (int i = 0; i < 5; ++i) {
        index->record(batch(i), { TitleIndex::digest(u"again|%1"_s.arg(i)) }).waitForFinished();
        changed.append(msOf([&] { index->snapshot(); }));
    }
    const qsizetype seen = index->snapshot()->batches.size();

    std::printf("title index in the workspace store (%s): %d batches x %d titles, %lld batches read back, filled in %.0f ms\n",
                qPrintable(WorkspaceTestDb::backendName()), batches, titles, qint64(seen), fillMs);
    std::printf("%-56s %10s\n", "snapshot() as each check of a batch calls it", "ms");
    std::printf("%-56s %10.2f\n", "first read (the index read whole)", firstMs);
    std::printf("%-56s %10.2f\n", "after a colleague's recording, median of 5 (read whole)", median(changed));
    std::printf("%-56s %10.3f\n", "unchanged, median of 20 (the revision only)", median(unchanged));
    std::printf("%-56s %9.4fx\n", "unchanged / read whole", median(unchanged) / std::max(median(changed), 1e-9));
    return index->problem().isEmpty() ? 0 : 1;
}
