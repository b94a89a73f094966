// The worker thread's part of a review once every asset has loaded, on the demo world's 20,000-asset
// batch with every asset's detail: the whole analysis (figures, checks, fund rules with a minimum rate)
// and, inside it, the pricing (each asset's implied rate over business days, the batch's rate, the
// median and the spread). Thread CPU time, best of N; the pricing should stay a small part of the
// analysis (our own target: at most a quarter of it).
//
//   bench_analysis [--rounds N] [--assets N]
#include "core/asset.h"
#include "core/businesscalendar.h"
#include "sandbox/demoworld.h"
#include "sandbox/world.h"
#include "services/assetanalysis.h"
#include "services/batchpricing.h"
#include "threadcpu.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using cessio::bench::bestCpuMs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"rounds"_s, u"Runs of each measurement (the best counts)."_s, u"N"_s, u"5"_s });
    parser.addOption({ u"assets"_s, u"Assets of the large batch."_s, u"N"_s, u"20000"_s });
    parser.addHelpOption();
    parser.process(app);
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());

    sandbox::World world;
    sandbox::DemoOptions options;
    options.largeBatchAssets = std::clamp(parser.value(u"assets"_s).toInt(), 100, 20000);
    const sandbox::DemoCredentials demo = sandbox::DemoWorld::build(world, options);
    const sandbox::Batch *batch = world.batch(demo.largeBatch.externalId);
    QList<AssetListItem> items;
    for (const sandbox::Asset &asset : batch->assets) {
        Asset parsed = Asset::fromJson(asset.body).value_or(Asset {});
        parsed.externalId = asset.externalId;
        parsed.status = asset.status;
        AssetListItem item = AssetListItem::fromAsset(parsed);
        item.detail = parsed;
        items.append(item);
    }
    FundRules rules;
    rules.maxTermDays = 360;
    rules.minMonthlyRateBasisPoints = 150;

    int priced = 0;
    const double analysis = bestCpuMs(rounds, [&] {
        const AssetAnalysis result = AssetAnalysis::compute(items, batch->date, {}, rules);
        priced = result.pricing().pricedCount();
    });
    const double pricing = bestCpuMs(rounds, [&] { (void)BatchPricing::compute(items, batch->date); });
    volatile int sink = 0;
    const double calendar = bestCpuMs(rounds, [&] {
        for (int i = 0; i < 1'000'000; ++i)
            sink = sink + BusinessCalendar::businessDaysBetween(batch->date, batch->date.addDays(i % 3650));
    });

    std::printf("%lld assets (%d priced), thread CPU time, best of %d\n", qint64(items.size()), priced, rounds);
    std::printf("%-52s %10s %10s %8s\n", "figure", "ms", "target", "ratio");
    std::printf("%-52s %10.1f\n", "whole analysis (figures, checks, fund rules)", analysis);
    std::printf("%-52s %10.1f %10.1f %7.2fx\n", "pricing alone (rates, batch rate, median, spread)", pricing, analysis / 4,
                pricing / (analysis / 4));
    std::printf("%-52s %10.3f\n", "business days between two dates, per 1,000", calendar / 1000);
    return 0;
}
