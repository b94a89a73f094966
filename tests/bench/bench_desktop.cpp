// The desktop's numbers for `cessio --demo` (prints a table, asserts nothing; run it in a Release build):
//   - start to a painted inbox (demo world with the 20,000-asset batch built, sandbox listening,
//     session ready, first poll done, the inbox table painted);
//   - for the 20,000-asset batch: time to the first rows, to all rows, to the charts;
//   - the longest stall of the UI event loop while the review loads, measured with a 5 ms heartbeat
//     timer (target: none over 50 ms). The embedded sandbox runs on the same thread, as in the demo.
//
//   bench_desktop [--runs N] [--assets N]
#include "inboxview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/assettablemodel.h"
#include "review/assetspanel.h"
#include "review/batchreviewview.h"
#include "sandbox/sandbox.h"
#include "services/batchloader.h"
#include "services/demosession.h"
#include "services/inboxservice.h"
#include "services/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

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
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (now - m_last > 50'000'000)
                ++m_over50;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_over50 = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
};

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
    double firstRows = 0;
    double allRows = 0;
    double charts = 0;
    double longestStall = 0;
    int stallsOver50 = 0;
};

Run measure(int assets)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    DemoSession::Options options;
    options.world.largeBatchAssets = assets;
    options.assignorInterval = std::chrono::milliseconds(0);
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
    StallMeter stalls;
    stalls.start();
    clock.restart();
    BatchReviewView *review = window.openBatch({ large.fundClassKey, large.configurationKey, large.externalId });
    AssetTableModel *model = review->assetsPanel()->model();
    bool allRows = false;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, review, [&] {
        if (run.firstRows == 0)
            run.firstRows = double(clock.nsecsElapsed()) / 1e6;
    });
    QObject::connect(review->loader(), &BatchLoader::assetsFinished, review, [&] {
        run.allRows = double(clock.nsecsElapsed()) / 1e6;
        allRows = true;
    });
    review->setTab(BatchReviewView::Tab::Analysis);
    waitFor([&] { return allRows && review->isFullyLoaded(); });
    QCoreApplication::processEvents(); // the charts' first paint
    run.charts = double(clock.nsecsElapsed()) / 1e6;
    stalls.stop();
    run.longestStall = stalls.longestMs();
    run.stallsOver50 = stalls.over50();
    if (model->rowCount() != assets)
        std::fprintf(stderr, "warning: %d rows, expected %d\n", model->rowCount(), assets);
    window.setSession(nullptr);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"runs"_s, u"How many runs (the median is printed)."_s, u"N"_s, u"3"_s });
    parser.addOption({ u"assets"_s, u"Assets in the large batch."_s, u"N"_s, u"20000"_s });
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int assets = std::max(1, parser.value(u"assets"_s).toInt());
    MessageBox::setTestMode(true);

    QList<double> inbox, first, all, charts, stall;
    int over50 = 0;
    for (int i = 0; i < runs; ++i) {
        const Run run = measure(assets);
        inbox.append(run.startToInbox);
        first.append(run.firstRows);
        all.append(run.allRows);
        charts.append(run.charts);
        stall.append(run.longestStall);
        over50 = std::max(over50, run.stallsOver50);
        std::printf("run %d: inbox %.0f ms, first rows %.0f ms, all rows %.0f ms, charts %.0f ms, longest stall %.1f ms\n", i + 1,
                    run.startToInbox, run.firstRows, run.allRows, run.charts, run.longestStall);
    }
    std::printf("\n%-52s %12s\n", "cessio --demo (median of runs)", "ms");
    std::printf("%-52s %12.0f\n", "start to a painted inbox", median(inbox));
    std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch: first rows"_s.arg(assets)), median(first));
    std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch: all rows"_s.arg(assets)), median(all));
    std::printf("%-52s %12.0f\n", qPrintable(u"%1-asset batch: all rows and charts"_s.arg(assets)), median(charts));
    std::printf("%-52s %12.1f\n", "longest UI stall while loading (5 ms heartbeat)", median(stall));
    std::printf("%-52s %12d\n", "stalls over 50 ms (worst run)", over50);
    return 0;
}
