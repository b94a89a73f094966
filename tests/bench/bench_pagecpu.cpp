// The client's CPU for one page of 100 assets of the demo world's 20,000-asset batch, read the way
// the page fetcher's worker reads it, both ways:
//   document: QJsonDocument::fromJson, then AssetListItem::fromJson over each QJsonObject (the way
//             pages were read before; still how a QJsonObject is mapped)
//   tree:     JsonTree::parse, then AssetListItem::fromJson over a JsonReader of the tree (now)
// Prints thread CPU time per page (a busy machine inflates it less than wall time) and the ratio.
// For a load-independent figure count instructions with callgrind, collecting only the reading:
//   valgrind --tool=callgrind --toggle-collect='*readPages*' bench_pagecpu --way tree --pages 50
//
//   bench_pagecpu [--pages N] [--rounds N] [--way both|tree|document]
#include "core/asset.h"
#include "core/jsonreader.h"
#include "core/jsontree.h"
#include "sandbox/demoworld.h"
#include "sandbox/world.h"
#include "sandbox/worldjson.h"
#include "threadcpu.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

// The listing pages as the simulator sends them: {"data":[100 assets], "limit", "page", "is_last_page"}.
QList<QByteArray> pageBodies(int pages)
{
    sandbox::World world;
    const sandbox::DemoCredentials demo = sandbox::DemoWorld::build(world);
    const sandbox::Batch *batch = world.batch(demo.largeBatch.externalId);
    const sandbox::Fund *fund = world.fund(batch->fundClassKey);
    QList<QByteArray> bodies;
    for (int page = 0; page < pages; ++page) {
        QJsonArray data;
        for (int i = page * 100; i < (page + 1) * 100 && i < int(batch->assets.size()); ++i)
            data.append(sandbox::WorldJson::asset(fund, batch->assets[std::size_t(i)], false));
        const QJsonObject body { { u"data"_s, data }, { u"limit"_s, 100 }, { u"page"_s, page }, { u"is_last_page"_s, false } };
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

// Each page parsed and every item mapped; how many items mapped. Kept out of line so that callgrind
// can collect exactly this (--toggle-collect='*readPages*').
[[gnu::noinline]] qsizetype readPagesDocument(const QList<QByteArray> &bodies)
{
    qsizetype mapped = 0;
    for (const QByteArray &body : bodies) {
        const QJsonArray data = QJsonDocument::fromJson(body).object().value(u"data"_s).toArray();
        for (const QJsonValue &item : data)
            mapped += AssetListItem::fromJson(item.toObject()).has_value() ? 1 : 0;
    }
    return mapped;
}

[[gnu::noinline]] qsizetype readPagesTree(const QList<QByteArray> &bodies)
{
    qsizetype mapped = 0;
    for (const QByteArray &body : bodies) {
        const JsonTree tree = JsonTree::parse(body);
        const JsonTree::Index data = tree.member(tree.root(), "data"_L1);
        JsonTree::Index item = tree.first(data);
        for (qsizetype i = 0; i < tree.size(data); ++i, item = tree.next(item))
            mapped += AssetListItem::fromJson(JsonReader(tree, item)).has_value() ? 1 : 0;
    }
    return mapped;
}

// CPU ms per page, best of `rounds`.
double measure(qsizetype (*read)(const QList<QByteArray> &), const QList<QByteArray> &bodies, int rounds)
{
    return bench::bestCpuMs(rounds,
                            [&] {
                                if (const qsizetype mapped = read(bodies); mapped != bodies.size() * 100)
                                    std::fprintf(stderr, "mapped %lld of %lld items\n", qint64(mapped),
                                                 qint64(bodies.size() * 100));
                            })
        / double(bodies.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"pages"_s, u"Pages of 100 assets."_s, u"N"_s, u"200"_s });
    parser.addOption({ u"rounds"_s, u"Runs of each way (the best counts)."_s, u"N"_s, u"5"_s });
    parser.addOption({ u"way"_s, u"both, tree or document."_s, u"WAY"_s, u"both"_s });
    parser.addHelpOption();
    parser.process(app);
    const int pages = std::clamp(parser.value(u"pages"_s).toInt(), 1, 200);
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    const QString way = parser.value(u"way"_s);
    const QList<QByteArray> bodies = pageBodies(pages);
    qint64 bytes = 0;
    for (const QByteArray &body : bodies)
        bytes += body.size();
    std::printf("%d pages of 100 assets, %.0f KB per page, thread CPU time, best of %d\n", pages, double(bytes) / pages / 1024,
                rounds);
    const double document = way != u"tree" ? measure(readPagesDocument, bodies, rounds) : 0;
    const double tree = way != u"document" ? measure(readPagesTree, bodies, rounds) : 0;
    std::printf("%-56s %10s %10s %8s\n", "client worker CPU per page", "ms", "target", "ratio");
    if (way != u"tree")
        std::printf("%-56s %10.3f\n", "QJsonDocument, then QJsonObject mapping (before)", document);
    if (way != u"document") {
        std::printf("%-56s %10.3f", "JsonTree, then JsonReader mapping (now)", tree);
        if (document > 0)
            std::printf(" %10.3f %7.2fx", document / 2, tree / document);
        std::printf("\n");
    }
    return 0;
}
