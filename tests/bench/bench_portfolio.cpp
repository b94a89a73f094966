// The portfolio engine at scale (issue 11): the pro-forma of a 500,000-position portfolio with a
// 20,000-asset batch, computed on a worker thread as the review will; reading a 500,000-row position
// file as CSV and as XLSX. Prints a table (figure, target, measured, ratio); asserts nothing.
// Peak memory is the process's VmHWM, reset before each figure through /proc/self/clear_refs (Linux).
#include "core/documentnumber.h"
#include "services/portfolio/portfoliobook.h"
#include "services/portfolio/positionimport.h"
#include "services/portfolio/proforma.h"
#include "services/workspace/workspacerunner.h"
#include "support/testzip.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

constexpr int portfolioSize = 500'000;
constexpr int batchSize = 20'000;
constexpr int debtorCount = 60'000;
constexpr int assignorCount = 300;
const QDate today(2026, 12, 1);

double peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// A valid CNPJ (or CPF) from a number: the base with its check digits.
QString cnpj(int n)
{
    const QString base = QString::number(10000000 + n).rightJustified(8, u'0') + u"0001"_s;
    return base + DocumentNumber::checkDigitsFor(base);
}

QList<PortfolioPosition> makePortfolio()
{
    QList<PortfolioPosition> positions;
    positions.reserve(portfolioSize);
    QStringList debtors, assignors;
    for (int i = 0; i < debtorCount; ++i)
        debtors.append(cnpj(i));
    for (int i = 0; i < assignorCount; ++i)
        assignors.append(cnpj(5'000'000 + i));
    for (int i = 0; i < portfolioSize; ++i) {
        PortfolioPosition p;
        // A skewed portfolio: a few debtors carry much more than the rest.
        const int d = (i % 7 == 0) ? i % 50 : int((qint64(i) * 7919) % debtorCount);
        p.debtorDocument = debtors[d];
        p.debtorName = u"SACADO %1"_s.arg(d);
        p.assignorDocument = assignors[i % assignorCount];
        p.assignorName = u"CEDENTE %1"_s.arg(i % assignorCount);
        p.type = AssetType::DuplicataMercantil;
        p.presentValue = Money::fromCentavos(100'000 + (i * 37) % 5'000'000);
        p.faceValue = p.presentValue + Money::fromCentavos(5'000);
        p.dueDate = today.addDays(-60 + i % 900);
        p.heldOn = today.addDays(-30);
        p.source = PortfolioPosition::Source::Import;
        positions.append(p);
    }
    return positions;
}

QList<AssetListItem> makeBatch()
{
    QList<AssetListItem> items;
    items.reserve(batchSize);
    for (int i = 0; i < batchSize; ++i) {
        Asset asset;
        asset.externalId = u"A%1"_s.arg(i);
        asset.type = AssetType::DuplicataMercantil;
        asset.status = AssetStatus::PreApproved;
        asset.totalPurchaseValue = Money::fromCentavos(200'000 + i % 1000);
        DiscountedCreditRight right;
        right.externalId = asset.externalId;
        right.maturityDate = today.addDays(30 + i % 120);
        right.faceValue = asset.totalPurchaseValue + Money::fromCentavos(10'000);
        right.borrower.name = u"SACADO %1"_s.arg(i % 2000);
        right.borrower.documentNumber = cnpj(i % 2000);
        asset.creditRight = right;
        AssetListItem item = AssetListItem::fromAsset(asset);
        item.detail = asset;
        items.append(item);
    }
    return items;
}

QByteArray makeCsv()
{
    QByteArray csv = "CPF/CNPJ do Sacado;Nome do Sacado;CNPJ Cedente;Valor Nominal;Valor Presente;Data de Vencimento\n";
    csv.reserve(qsizetype(portfolioSize) * 90);
    QStringList debtors;
    for (int i = 0; i < debtorCount; ++i)
        debtors.append(cnpj(i));
    const QByteArray assignor = cnpj(5'000'000).toLatin1();
    for (int i = 0; i < portfolioSize; ++i) {
        const QDate due = today.addDays(i % 900);
        // One append per piece: QByteArray += of a long QStringBuilder chain reserves the exact size on
        // Qt 6.4, which made this loop quadratic.
        csv.append(debtors[int((qint64(i) * 7919) % debtorCount)].toLatin1())
            .append(";SACADO ")
            .append(QByteArray::number(i % debtorCount))
            .append(';')
            .append(assignor)
            .append(';')
            .append(QByteArray::number(1000 + i % 5000))
            .append(",00;")
            .append(QByteArray::number(950 + i % 5000))
            .append(",50;")
            .append(due.toString(u"dd/MM/yyyy"_s).toLatin1())
            .append('\n');
    }
    return csv;
}

QByteArray makeXlsx()
{
    QList<QStringList> rows;
    rows.reserve(portfolioSize + 1);
    rows.append({ u"CPF/CNPJ do Sacado"_s, u"Valor Nominal"_s, u"Valor Presente"_s, u"Data de Vencimento"_s });
    const QDate base(1899, 12, 30);
    for (int i = 0; i < portfolioSize; ++i) {
        rows.append({ cnpj(int((qint64(i) * 7919) % debtorCount)), u"=%1"_s.arg(1000 + i % 5000), u"=%1.5"_s.arg(950 + i % 5000),
                      u"=%1"_s.arg(base.daysTo(today.addDays(i % 900))) });
    }
    return testzip::makeXlsx(rows);
}

struct Row
{
    const char *figure;
    double target;
    double measured;
    const char *unit;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QList<Row> rows;

    const QList<PortfolioPosition> portfolio = makePortfolio();
    const QList<AssetListItem> batch = makeBatch();
    Party assignor;
    assignor.documentNumber = cnpj(5'000'000);
    assignor.name = u"CEDENTE 0"_s;
    PortfolioLimits limits;
    limits.maxDebtorBasisPoints = 1000;
    limits.maxAssignorBasisPoints = 2500;
    limits.maxTopDebtorsBasisPoints = 4000;
    limits.minCreditRightsBasisPoints = 5000;
    limits.relatedParties = { { cnpj(3), {} }, { cnpj(4), {} } };
    limits.maxRelatedPartiesBasisPoints = 500;
    const NetAssets pl { Money::fromCentavos(2'000'000'000'000), Money::fromCentavos(1'800'000'000'000), today };

    resetPeak();
    const double baseline = peakMiB();
    QElapsedTimer clock;
    clock.start();
    const portfolio::BatchPositions added = portfolio::positionsFromBatch(batch, assignor, u"EXT-BENCH"_s, today);
    const double splitMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    QFuture<ProForma::Result> future
        = QtConcurrent::run([&] { return ProForma::compute(portfolio, added, pl, limits, today); }); // off the calling thread
    const ProForma::Result result = future.result();
    const double proformaMs = double(clock.nsecsElapsed()) / 1e6;
    const double proformaPeak = peakMiB() - baseline;
    rows.append({ "batch → positions (20,000 assets)", 100, splitMs, "ms" });
    rows.append({ "pro-forma, 500,000 positions + 20,000-asset batch", 1000, proformaMs, "ms" });
    rows.append({ "pro-forma, memory above the loaded portfolio", 256, proformaPeak, "MiB" });
    std::printf("pro-forma: %d debtors after, HHI %lld millionths, largest debtor %d bp, %d verdicts, %d breaches\n",
                result.after.debtorCount, static_cast<long long>(result.after.hhiMillionths),
                result.after.largestDebtor() ? result.after.largestDebtor()->basisPoints : 0, int(result.verdicts.size()),
                int(std::count_if(result.verdicts.cbegin(), result.verdicts.cend(),
                                  [](const ProForma::Verdict &v) { return !v.passed; })));

    {
        // The book in the workspace store (SQLite, as a single desktop has it): the administrator's file
        // written, read whole by another desktop's book, then the batch added once.
        QTemporaryDir dir;
        WorkspaceSettings settings;
        settings.sqliteFile = dir.filePath(u"workspace.sqlite"_s);
        auto runner = std::make_shared<WorkspaceRunner>();
        if (const QString error = runner->open(settings, {}).result(); !error.isEmpty())
            std::printf("workspace: %s\n", qPrintable(error));
        PositionImport::ColumnMapping mapping;
        mapping.set(PositionImport::Field::DebtorDocument, 0);
        const QString fund = u"fund-bench"_s;
        resetPeak();
        double before = peakMiB();
        clock.restart();
        const QString imported = PortfolioBook::inWorkspace(runner, dir.filePath(u"legacy"_s))
                                     ->replaceImport(fund, portfolio, mapping, u"bench.csv"_s, today);
        rows.append({ "store: write 500,000 imported positions", 5000, double(clock.nsecsElapsed()) / 1e6, "ms" });
        rows.append({ "store: write, memory above the positions", 512, peakMiB() - before, "MiB" });
        const auto colleague = PortfolioBook::inWorkspace(runner, dir.filePath(u"legacy"_s));
        resetPeak();
        before = peakMiB();
        clock.restart();
        QString readError;
        const auto held = QtConcurrent::run([&] { return colleague->fund(fund, &readError); }).result();
        rows.append({ "store: read 500,000 positions (another book)", 3000, double(clock.nsecsElapsed()) / 1e6, "ms" });
        rows.append({ "store: read, memory", 768, peakMiB() - before, "MiB" });
        clock.restart();
        const auto outcome = colleague->addBatch(fund, u"cfg/EXT-BENCH"_s, added);
        rows.append({ "store: add the 20,000-asset batch", 500, double(clock.nsecsElapsed()) / 1e6, "ms" });
        clock.restart();
        const qsizetype count = colleague->fund(fund)->positions.size();
        rows.append({ "store: current copy checked (no colleague change)", 5, double(clock.nsecsElapsed()) / 1e6, "ms" });
        std::printf("store: import %s, read %lld positions %s, batch %s, then %lld positions\n",
                    imported.isEmpty() ? "ok" : qPrintable(imported),
                    held ? static_cast<long long>(held->positions.size()) : -1LL, qPrintable(readError),
                    outcome == PortfolioBook::AddOutcome::Added ? "added" : "NOT added", static_cast<long long>(count));
    }

    PositionImport::Options options;
    options.positionDate = today;
    options.sourceName = u"bench.csv"_s;
    {
        const QByteArray csv = makeCsv();
        options.mapping = PositionImport::suggestMapping({ u"CPF/CNPJ do Sacado"_s, u"Nome do Sacado"_s, u"CNPJ Cedente"_s,
                                                           u"Valor Nominal"_s, u"Valor Presente"_s, u"Data de Vencimento"_s });
        resetPeak();
        const double before = peakMiB();
        clock.restart();
        const PositionImport::Result r = PositionImport::importCsv(csv, options);
        rows.append({ "CSV import, 500,000 rows", 3000, double(clock.nsecsElapsed()) / 1e6, "ms" });
        rows.append({ "CSV import, memory above the file bytes", 512, peakMiB() - before, "MiB" });
        std::printf("CSV: %.1f MB, %lld positions, %lld errors %s\n", double(csv.size()) / 1e6,
                    static_cast<long long>(r.positions.size()), static_cast<long long>(r.errorCount), qPrintable(r.fileError));
    }
    {
        const QByteArray xlsx = makeXlsx();
        options.mapping = PositionImport::suggestMapping(
            { u"CPF/CNPJ do Sacado"_s, u"Valor Nominal"_s, u"Valor Presente"_s, u"Data de Vencimento"_s });
        resetPeak();
        const double before = peakMiB();
        clock.restart();
        const PositionImport::Result r = PositionImport::importXlsx(xlsx, options);
        rows.append({ "XLSX import, 500,000 rows", 6000, double(clock.nsecsElapsed()) / 1e6, "ms" });
        rows.append({ "XLSX import, memory above the file bytes", 768, peakMiB() - before, "MiB" });
        std::printf("XLSX: %.1f MB, %lld positions, %lld errors %s\n", double(xlsx.size()) / 1e6,
                    static_cast<long long>(r.positions.size()), static_cast<long long>(r.errorCount), qPrintable(r.fileError));
    }

    std::printf("\n%-52s %10s %10s %8s\n", "figure", "target", "measured", "ratio");
    for (const Row &row : rows)
        std::printf("%-52s %7.0f %-3s%8.1f %-3s%6.2f\n", row.figure, row.target, row.unit, row.measured, row.unit,
                    row.measured / row.target);
    return 0;
}
