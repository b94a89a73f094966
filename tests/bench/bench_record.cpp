// The decision record in the workspace store (issue 10): an append and the moment a second connection
// sees it (p50, p95), verifying 100,000 entries, importing a 100,000-entry record file. On SQLite, and
// on PostgreSQL when run under tests/support/with-postgres.sh. Prints a table (figure, measured,
// target, ratio); asserts nothing.
#include "services/auditlog.h"
#include "services/auditrecordstore.h"
#include "services/workspace/sqlworkspacestore.h"
#include "support/workspacetestdb.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

constexpr int appends = 200;
constexpr int bigRecord = 100'000;

struct Row
{
    QString figure;
    double measured;
    double target;
    QString unit;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// A record file as Cessio writes it, made without a sync per line.
bool writeLegacy(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QString last = AuditEntry::genesisHash();
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.note = u"legacy entry %1: approve batch LOTE-%2 into account 0001/123456-7"_s.arg(i + 1).arg(i % 500);
        file.write(AuditLog::completeEntry(entry, i, last, nullptr));
        last = entry.hash;
    }
    return true;
}

QList<Row> measure(const QString &backend)
{
    QList<Row> rows;
    WorkspaceTestDb db;
    QTemporaryDir dir;
    QString error;
    if (!db.create(&error) || !SqlWorkspaceStore::open(db.as(WorkspaceTestDb::admin()), {}).ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(error));
        return rows;
    }
    const WorkspaceSettings settings = db.as(WorkspaceTestDb::admin());

    // The big record first, imported into the empty workspace as a desktop's first open does.
    const QString legacy = dir.filePath(u"legacy/audit.jsonl"_s);
    QDir().mkpath(dir.filePath(u"legacy"_s));
    writeLegacy(legacy, bigRecord);
    AuditRecordStore::attach(legacy, settings, {});
    AuditLog imported(legacy);
    QElapsedTimer timer;
    timer.start();
    const bool importOk = imported.open(&error);
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    if (!importOk)
        std::fprintf(stderr, "%s import: %s\n", qPrintable(backend), qPrintable(error));
    rows.append({ backend + u": import a 100,000-entry record file"_s, importMs, 60'000, u"ms"_s });

    timer.restart();
    const AuditVerification verified = imported.verify();
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!verified.ok() || verified.entriesChecked < bigRecord)
        std::fprintf(stderr, "%s verify: %s\n", qPrintable(backend), qPrintable(verified.summary()));
    rows.append({ backend + u": verify 100,000 entries (read + check)"_s, verifyMs, 5'000, u"ms"_s });

    // Appends by one desktop, each looked for by another desktop's connection.
    auto other = SqlWorkspaceStore::open(settings, {});
    QList<double> appendMs, seenMs;
    for (int i = 0; i < appends && other.ok(); ++i) {
        AuditEntry entry;
        entry.note = u"bench %1"_s.arg(i);
        timer.restart();
        const auto stored = imported.append(entry, &error);
        appendMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!stored)
            break;
        while ((*other.value)->lastRecordLine().value.value_or(workspace::RecordLine()).sequence < stored->sequence) { }
        seenMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!appendMs.isEmpty()) {
        rows.append({ backend + u": append p50"_s, percentile(appendMs, 0.5), 20, u"ms"_s });
        rows.append({ backend + u": append p95"_s, percentile(appendMs, 0.95), 50, u"ms"_s });
        rows.append({ backend + u": append, seen by a 2nd connection p50"_s, percentile(seenMs, 0.5), 25, u"ms"_s });
        rows.append({ backend + u": append, seen by a 2nd connection p95"_s, percentile(seenMs, 0.95), 60, u"ms"_s });
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<Row> rows = measure(WorkspaceTestDb::backendName());
    std::printf("%-58s %12s %10s %7s\n", "figure", "measured", "target", "ratio");
    for (const Row &row : rows)
        std::printf("%-58s %9.1f %s %7.0f %s %6.2fx\n", qPrintable(row.figure), row.measured, qPrintable(row.unit), row.target,
                    qPrintable(row.unit), row.measured / row.target);
    return 0;
}
