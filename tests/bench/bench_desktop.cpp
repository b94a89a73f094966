// The desktop's numbers for `cessio --demo` (prints a table, asserts nothing; run it in a Release build):
//   - start to a painted inbox (demo world built but for the 20,000-asset batch, sandbox listening,
//     session ready, first poll done, the inbox table painted), then to the 20,000-asset batch in the
//     inbox (made on the thread pool meanwhile, read at once when it is ready);
//   - for the 20,000-asset batch: time to the first rows, to all rows, to the charts;
//   - the longest stall of the UI event loop while the review loads, measured with a 5 ms heartbeat
//     timer (target: none over 50 ms). The embedded sandbox runs on the same thread, as in the demo;
//   - the inbox's background checks (InboxScreening) of every pending batch, the 20,000-asset one
//     included: how long, the longest stall meanwhile, and the resident memory before, at its peak
//     and after (the assets must not stay in memory once checked);
//   - memory (first run): the resident memory with the 20,000-asset batch open, and per 1,000 assets,
//     then the same batch opened and closed `--cycles` times: what stays once it is closed must not grow.
// The last table puts each figure beside its target (issue 12).
//
//   - cold start (--cold N): the real `cessio --demo` process launched N times, to its painted inbox;
//   bench_desktop [--runs N] [--assets N] [--cycles N] [--trim] [--cold N]
//   CESSIO_BENCH_TRACE=1: print every stall over 50 ms and the loader's signals with their times;
//   CESSIO_BENCH_ANALYSIS_TAB=1: load with the Analysis tab in front instead of Assets.
#include "demo/demosession.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/assettablemodel.h"
#include "review/assetspanel.h"
#include "review/batchreviewview.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandbox.h"
#include "sandbox/worldjson.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"
#include "services/settings.h"
#include "threadcpu.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

// Records the largest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 cpu = threadCpuNs();
            m_longestBusy = std::max(m_longestBusy, cpu - m_lastCpu);
            m_lastCpu = cpu;
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (now - m_last > 50'000'000) {
                ++m_over50;
                if (qEnvironmentVariableIsSet("CESSIO_BENCH_TRACE")) {
                    timespec mono {};
                    clock_gettime(CLOCK_MONOTONIC, &mono);
                    std::fprintf(stderr, "stall %.1f ms ending at %.1f ms (monotonic %ld.%09ld)\n", double(now - m_last) / 1e6,
                                 double(now) / 1e6, long(mono.tv_sec), long(mono.tv_nsec));
                }
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_over50 = 0;
        m_lastCpu = threadCpuNs();
        m_longestBusy = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    int over50() const { return m_over50; }
    // The most CPU the UI thread used between two ticks: its own work, whatever the machine's load
    // (a wall-clock gap can also be the thread waiting for a CPU on a busy machine).
    double longestBusyMs() const { return double(m_longestBusy) / 1e6; }

private:
    static qint64 threadCpuNs() { return bench::threadCpuNs(); }
    qint64 m_lastCpu = 0;
    qint64 m_longestBusy = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
};

// The process's resident memory (VmRSS), in MiB; 0 where /proc is not there.
double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// The heap in use (live allocations, every arena, mmapped blocks included), in MiB: unlike the
// resident memory, it does not count what the allocator keeps after a free, so growth here is
// something kept alive. 0 without glibc.
double heapInUseMiB()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

// Runs the event loop until `done` returns true (or the time is up).
bool waitFor(const std::function<bool()> &done, int timeoutMs = 180000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Paint events of a widget tree, counted.
class PaintWatcher : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Run
{
    double startToInbox = 0;
    double startToLargeBatch = 0; // the large batch in the inbox's entries
    double openReview = 0; // building the review's widgets, synchronously on the click
    double firstRows = 0;
    double allRows = 0;
    double charts = 0;
    double longestStall = 0;
    double longestBusy = 0;
    int stallsOver50 = 0;
    double screening = 0; // every pending batch checked in the background
    double screeningStall = 0;
    double screeningBusy = 0;
    int screeningOver50 = 0;
    double rssBefore = 0, rssPeak = 0, rssAfter = 0;
};

// The batch opened and closed again and again in one window: the resident memory before, while open
// (its peak) and once closed, per cycle.
struct Cycles
{
    double before = 0; // the inbox alone, the batch never opened in this window
    QList<double> peakOpen; // per cycle
    QList<double> afterClose; // per cycle, once the review is deleted and the loop idle a moment
    QList<double> heapAfterClose; // the heap in use then
    QList<double> afterTrim; // with --trim: resident once malloc_trim(0) gave the free pages back
};

Cycles openCloseCycles(MainWindow &window, const BatchRef &ref, int cycles, bool trim)
{
    Cycles result;
    const auto settle = [] {
        QElapsedTimer idle;
        idle.start();
        waitFor([&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return idle.elapsed() > 1000; // the window gives freed memory back 500 ms after a close
        });
    };
    settle();
    result.before = residentMiB();
    auto *closeAction = window.findChild<QAction *>(u"closeReviewAction"_s);
    for (int i = 0; i < cycles; ++i) {
        double peak = residentMiB();
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, residentMiB()); });
        sampler.start(20);
        QPointer<BatchReviewView> review = window.openBatch(ref);
        waitFor([&] {
            return review && !review->batchReview()->loader()->isLoadingAssets() && review->batchReview()->isFullyLoaded();
        });
        QCoreApplication::processEvents();
        peak = std::max(peak, residentMiB());
        sampler.stop();
        result.peakOpen.append(peak);
        closeAction->trigger(); // the review is in front: openBatch brought it there
        waitFor([&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return review.isNull();
        });
        settle();
        result.afterClose.append(residentMiB());
        result.heapAfterClose.append(heapInUseMiB());
#if defined(__GLIBC__)
        if (trim) { // what the allocator kept, free, in its arenas: given back to the system
            malloc_trim(0);
            result.afterTrim.append(residentMiB());
        }
#endif
    }
    return result;
}

Run measure(int assets, int cycles, bool trim, Cycles *memory)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    DemoSession::Options options;
    options.world.largeBatchAssets = assets;
    options.assignorInterval = std::chrono::milliseconds(0);
    options.makeLargeBatchInBackground = true; // as cessio --demo
    DemoSession session(options);
    MainWindow window({ .demo = true });
    window.setSettings(&settings);
    QObject::connect(&session, &Session::ready, &window, [&] { window.setSession(&session); });
    session.start();
    window.show();
    PaintWatcher paints;
    window.inboxView()->table()->viewport()->installEventFilter(&paints);
    waitFor([&] { return window.hasLoadedInbox(); });
    const int before = paints.paints;
    window.inboxView()->table()->viewport()->update();
    waitFor([&] { return paints.paints > before; });
    run.startToInbox = double(clock.nsecsElapsed()) / 1e6;
    const sandbox::DemoBatchRef large = session.credentials().largeBatch;
    waitFor([&] {
        const QList<InboxEntry> &entries = window.inbox()->entries();
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&](const InboxEntry &e) { return e.ref.externalId == large.externalId; });
    });
    run.startToLargeBatch = double(clock.nsecsElapsed()) / 1e6;

    // The background checks start with the inbox; the largest batch comes last.
    {
        StallMeter stalls;
        stalls.start();
        run.rssBefore = run.rssPeak = residentMiB();
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { run.rssPeak = std::max(run.rssPeak, residentMiB()); });
        sampler.start(50);
        waitFor([&] { return window.screening()->isIdle(); });
        sampler.stop();
        run.screening = double(clock.nsecsElapsed()) / 1e6 - run.startToInbox;
        stalls.stop();
        run.screeningStall = stalls.longestMs();
        run.screeningBusy = stalls.longestBusyMs();
        run.screeningOver50 = stalls.over50();
        QElapsedTimer settle; // the worker's last frees
        settle.start();
        waitFor([&] { return settle.elapsed() > 500; });
        run.rssAfter = residentMiB();
    }

    StallMeter stalls;
    stalls.start();
    clock.restart();
    if (qEnvironmentVariableIsSet("CESSIO_BENCH_TRACE")) {
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::fprintf(stderr, "open at monotonic %ld.%09ld\n", long(now.tv_sec), long(now.tv_nsec));
    }
    BatchReviewView *review = window.openBatch({ large.fundClassKey, large.configurationKey, large.externalId });
    run.openReview = double(clock.nsecsElapsed()) / 1e6;
    AssetTableModel *model = review->assetsPanel()->model();
    bool allRows = false;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, review, [&] {
        if (run.firstRows == 0)
            run.firstRows = double(clock.nsecsElapsed()) / 1e6;
    });
    QObject::connect(review->batchReview()->loader(), &BatchLoader::assetsFinished, review, [&] {
        run.allRows = double(clock.nsecsElapsed()) / 1e6;
        allRows = true;
    });
    if (qEnvironmentVariableIsSet("CESSIO_BENCH_TRACE")) {
        const auto trace
            = [&clock](const char *what) { std::fprintf(stderr, "%8.1f ms  %s\n", double(clock.nsecsElapsed()) / 1e6, what); };
        QObject::connect(review->batchReview()->loader(), &BatchLoader::batchLoaded, review, [trace] { trace("batch"); });
        QObject::connect(review->batchReview()->loader(), &BatchLoader::summaryLoaded, review, [trace] { trace("summary"); });
        QObject::connect(review->batchReview()->loader(), &BatchLoader::accountsChanged, review, [trace] { trace("accounts"); });
        QObject::connect(review->batchReview()->loader(), &BatchLoader::assetsArrived, review, [trace] { trace("page"); });
    }
    if (qEnvironmentVariableIsSet("CESSIO_BENCH_ANALYSIS_TAB"))
        review->setTab(BatchReviewView::Tab::Analysis);
    waitFor([&] { return allRows && review->batchReview()->isFullyLoaded(); });
    QCoreApplication::processEvents(); // the charts' first paint
    run.charts = double(clock.nsecsElapsed()) / 1e6;
    stalls.stop();
    run.longestStall = stalls.longestMs();
    run.longestBusy = stalls.longestBusyMs();
    run.stallsOver50 = stalls.over50();
    if (model->rowCount() != assets)
        std::fprintf(stderr, "warning: %d rows, expected %d\n", model->rowCount(), assets);
    if (memory && cycles > 0) {
        // From a window that has not opened it yet: close this review, then the cycles.
        QPointer<BatchReviewView> first = review;
        window.findChild<QAction *>(u"closeReviewAction"_s)->trigger();
        waitFor([&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return first.isNull();
        });
        *memory = openCloseCycles(window, { large.fundClassKey, large.configurationKey, large.externalId }, cycles, trim);
    }
    window.setSession(nullptr);
    return run;
}

// What one page costs: mapping 100 listing items (with the embedded asset) from JSON (ApiClient does it on
// the worker thread that parses the page),
// and appending them to the asset table model (on the UI thread).
std::pair<double, double> pageCosts(int assets)
{
    sandbox::World world;
    sandbox::DemoOptions options;
    options.largeBatchAssets = assets;
    const sandbox::DemoCredentials demo = sandbox::DemoWorld::build(world, options);
    const sandbox::Batch *batch = world.batch(demo.largeBatch.externalId);
    QList<QJsonObject> json;
    for (const sandbox::Asset &asset : batch->assets)
        json.append(sandbox::WorldJson::asset(world.fund(batch->fundClassKey), asset, false));
    QElapsedTimer clock;
    clock.start();
    QList<AssetListItem> items;
    for (const QJsonObject &object : std::as_const(json))
        items.append(*AssetListItem::fromJson(object));
    const double parse = double(clock.nsecsElapsed()) / 1e6 / (double(json.size()) / 100.0);
    AssetTableModel model;
    clock.restart();
    for (qsizetype i = 0; i < items.size(); i += 100)
        model.appendAssets(items.mid(i, 100));
    const double append = double(clock.nsecsElapsed()) / 1e6 / (double(items.size()) / 100.0);
    return { parse, append };
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// The real program started `runs` times as a user starts it: `cessio --demo` with
// CESSIO_STARTUP_PROBE=quit (ui/startupprobe.h), its own settings and data folders. Per start: from
// launching the process to the probe's "inbox-painted" line (loading included), the probe's own
// figure from main(), and from there to the process's exit.
struct ColdStarts
{
    QList<double> launchToInbox, mainToInbox, inboxToExit;
};

ColdStarts coldStarts(int runs)
{
    ColdStarts result;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CESSIO_STARTUP_PROBE"_s, u"quit"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        if (!environment.contains(u"DISPLAY"_s) && !environment.contains(u"WAYLAND_DISPLAY"_s))
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(environment);
        process.setReadChannel(QProcess::StandardError); // where the probe writes; waitForReadyRead waits on it
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(CESSIO_APP_EXE), { u"--demo"_s });
        QByteArray said;
        double painted = -1;
        while (painted < 0 && process.waitForReadyRead(30000)) {
            said += process.readAllStandardError();
            const qsizetype at = said.indexOf("cessio-startup: inbox-painted ");
            if (at >= 0 && said.indexOf('\n', at) > at) {
                painted = double(clock.nsecsElapsed()) / 1e6;
                const QByteArray line = said.mid(at).split('\n').constFirst();
                result.mainToInbox.append(line.split(' ').constLast().toDouble());
            }
        }
        if (painted < 0 || !process.waitForFinished(30000)) {
            std::fprintf(stderr, "cold start %d: no painted inbox reported\n%s\n", i + 1, said.constData());
            process.kill();
            process.waitForFinished();
            continue;
        }
        result.launchToInbox.append(painted);
        result.inboxToExit.append(double(clock.nsecsElapsed()) / 1e6 - painted);
        std::printf("cold start %d: launch to painted inbox %.0f ms (from main() %.0f ms), then quit to exit %.0f ms\n", i + 1,
                    painted, result.mainToInbox.constLast(), result.inboxToExit.constLast());
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"runs"_s, u"How many runs (the median is printed)."_s, u"N"_s, u"3"_s });
    parser.addOption({ u"assets"_s, u"Assets in the large batch."_s, u"N"_s, u"20000"_s });
    parser.addOption({ u"cycles"_s, u"Opens and closes of the large batch (first run only)."_s, u"N"_s, u"20"_s });
    parser.addOption({ u"trim"_s, u"After each close, malloc_trim(0) and the resident memory again (glibc)."_s });
    parser.addOption({ u"cold"_s, u"Starts of the real cessio --demo process (the median is printed)."_s, u"N"_s, u"5"_s });
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int assets = std::max(1, parser.value(u"assets"_s).toInt());
    const int cycles = std::max(0, parser.value(u"cycles"_s).toInt());
    MessageBox::setTestMode(true);
    const ColdStarts cold = coldStarts(std::max(0, parser.value(u"cold"_s).toInt()));

    QList<double> inbox, inboxLarge, open, first, all, charts, stall, busy, screening, screeningStall, screeningBusy, rssBefore,
        rssPeak, rssAfter;
    int over50 = 0, screeningOver50 = 0;
    Cycles memory;
    for (int i = 0; i < runs; ++i) {
        const Run run = measure(assets, cycles, parser.isSet(u"trim"_s), i == 0 ? &memory : nullptr);
        inbox.append(run.startToInbox);
        inboxLarge.append(run.startToLargeBatch);
        open.append(run.openReview);
        first.append(run.firstRows);
        all.append(run.allRows);
        charts.append(run.charts);
        stall.append(run.longestStall);
        busy.append(run.longestBusy);
        over50 = std::max(over50, run.stallsOver50);
        screening.append(run.screening);
        screeningStall.append(run.screeningStall);
        screeningBusy.append(run.screeningBusy);
        screeningOver50 = std::max(screeningOver50, run.screeningOver50);
        rssBefore.append(run.rssBefore);
        rssPeak.append(run.rssPeak);
        rssAfter.append(run.rssAfter);
        std::printf("run %d: inbox %.0f ms (large batch in it %.0f ms), first rows %.0f ms, all rows %.0f ms, charts %.0f ms, "
                    "longest stall %.1f ms "
                    "(UI-thread work %.1f ms)\n",
                    i + 1, run.startToInbox, run.startToLargeBatch, run.firstRows, run.allRows, run.charts, run.longestStall,
                    run.longestBusy);
        std::printf("run %d: background checks %.0f ms, longest stall %.1f ms (UI-thread work %.1f ms), "
                    "memory %.0f → peak %.0f → %.0f MiB\n",
                    i + 1, run.screening, run.screeningStall, run.screeningBusy, run.rssBefore, run.rssPeak, run.rssAfter);
    }
    std::printf("\n%-52s %12s\n", "cessio --demo (median of runs)", "ms");
    std::printf("%-52s %12.0f\n", "cold start: launch to a painted inbox (the process)", median(cold.launchToInbox));
    std::printf("%-52s %12.0f\n", "  of which from main()", median(cold.mainToInbox));
    std::printf("%-52s %12.0f\n", "  quit to the process's exit", median(cold.inboxToExit));
    std::printf("%-52s %12.0f\n", "start to a painted inbox (in this process)", median(inbox));
    std::printf("%-52s %12.0f\n", qPrintable(u"start to the %1-asset batch in the inbox"_s.arg(assets)), median(inboxLarge));
    std::printf("%-52s %12.0f\n", "opening a review (widgets built on the click)", median(open));
    std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch: first rows"_s.arg(assets)), median(first));
    std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch: all rows"_s.arg(assets)), median(all));
    std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch: all rows and charts"_s.arg(assets)), median(charts));
    std::printf("%-52s %12.1f\n", "longest UI stall while loading (5 ms heartbeat)", median(stall));
    std::printf("%-52s %12d\n", "stalls over 50 ms (worst run)", over50);
    std::printf("%-52s %12.1f\n", "longest UI-thread work between two heartbeats", median(busy));
    std::printf("%-52s %12.0f\n", "inbox background checks, every pending batch", median(screening));
    std::printf("%-52s %12.1f\n", "  longest UI stall meanwhile (5 ms heartbeat)", median(screeningStall));
    std::printf("%-52s %12d\n", "  stalls over 50 ms (worst run)", screeningOver50);
    std::printf("%-52s %12.1f\n", "  longest UI-thread work between two heartbeats", median(screeningBusy));
    std::printf("%-52s %12.0f\n", "  resident memory before (MiB)", median(rssBefore));
    std::printf("%-52s %12.0f\n", "  resident memory at the peak (MiB)", median(rssPeak));
    std::printf("%-52s %12.0f\n", "  resident memory after (MiB)", median(rssAfter));
    const auto [parse, append] = pageCosts(assets);
    std::printf("%-52s %12.2f\n", "per page of 100: JSON to AssetListItem (worker thread)", parse);
    std::printf("%-52s %12.2f\n", "per page of 100: append to the table model (UI)", append);

    // Memory: the process holds the embedded simulator's world too (the demo's in-process server).
    const double peakOpen = memory.peakOpen.isEmpty() ? 0 : memory.peakOpen.constFirst();
    const double perThousand = (peakOpen - memory.before) / assets * 1000;
    const double growth = memory.afterClose.size() > 1 ? memory.afterClose.constLast() - memory.afterClose.constFirst() : 0;
    // The trend: the least-squares line through every cycle's closed figure, over the cycles run. One
    // cycle's figure moves by several MiB with the allocator (400–417 MiB seen in one run), so last −
    // first says more about which two cycles were sampled than about growth with every reopen.
    const auto trend = [](const QList<double> &values) {
        const qsizetype n = values.size();
        if (n < 2)
            return 0.0;
        double meanX = 0, meanY = 0;
        for (qsizetype i = 0; i < n; ++i) {
            meanX += double(i) / double(n);
            meanY += values.at(i) / double(n);
        }
        double covariance = 0, variance = 0;
        for (qsizetype i = 0; i < n; ++i) {
            covariance += (double(i) - meanX) * (values.at(i) - meanY);
            variance += (double(i) - meanX) * (double(i) - meanX);
        }
        return covariance / variance * double(n - 1);
    };
    const double growthTrend = trend(memory.afterClose);
    if (!memory.peakOpen.isEmpty()) {
        std::printf("\n%-52s %12s\n", "memory (first run, resident, MiB)", "MiB");
        std::printf("%-52s %12.0f\n", "the inbox, the batch not opened yet", memory.before);
        std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch open: peak"_s.arg(assets)), peakOpen);
        std::printf("%-52s %12.1f\n", "  the open batch per 1,000 assets (peak - inbox)", perThousand);
        std::printf("%-52s %12.1f\n", "  the whole process per 1,000 assets (peak)", peakOpen / assets * 1000);
        std::printf("%-46s %18s\n", qPrintable(u"open/close cycles: %1"_s.arg(memory.peakOpen.size())), "open / closed (heap)");
        for (qsizetype c = 0; c < memory.peakOpen.size(); ++c) {
            if (c < 3 || c == memory.peakOpen.size() - 1 || (c + 1) % 5 == 0) {
                std::printf("  cycle %-38lld %6.0f / %.0f (%.1f)", qint64(c + 1), memory.peakOpen.at(c), memory.afterClose.at(c),
                            memory.heapAfterClose.at(c));
                if (c < memory.afterTrim.size())
                    std::printf(", trimmed %.0f", memory.afterTrim.at(c));
                std::printf("\n");
            }
        }
        QStringList everyClosed;
        for (const double closed : std::as_const(memory.afterClose))
            everyClosed.append(QString::number(closed, 'f', 0));
        std::printf("  closed, every cycle: %s\n", qPrintable(everyClosed.join(u' ')));
        std::printf("%-52s %12.1f\n", "  closed: last cycle - first cycle", growth);
        std::printf("%-52s %12.1f\n", "  closed: trend over the cycles (least squares)", growthTrend);
        std::printf("%-52s %12.1f\n", "  heap in use: last cycle - first cycle",
                    memory.heapAfterClose.constLast() - memory.heapAfterClose.constFirst());
        if (memory.afterTrim.size() > 1)
            std::printf("%-52s %12.1f\n", "  closed and trimmed: last cycle - first cycle",
                        memory.afterTrim.constLast() - memory.afterTrim.constFirst());
    }

    // Each figure against its target (issue 12); ratio = figure / target, at most 1.00 is within.
    std::printf("\n%-52s %10s %10s %8s\n", "figure", "measured", "target", "ratio");
    const auto row = [](const char *name, double value, double target) {
        std::printf("%-52s %10.1f %10.1f %7.2fx\n", name, value, target, value / target);
    };
    if (!cold.launchToInbox.isEmpty())
        row("cold start to a painted inbox, ms (<=)", median(cold.launchToInbox), 1000);
    row("longest UI stall loading the batch, ms (<=)", median(stall), 50);
    if (!memory.afterClose.isEmpty()) {
        // No growth: the trend of what stays once closed, over every cycle, within 2 MiB (allocator noise).
        row(qPrintable(u"growth over %1 open/close cycles (trend), MiB (<=)"_s.arg(memory.afterClose.size())),
            std::max(growthTrend, 0.0), 2);
    }
    return 0;
}
