#include "services/assetanalysis.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::Asset;
using cessio::AssetAnalysis;
using cessio::AssetListItem;
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::Money;

namespace {

const QDate batchDate(2026, 11, 23);

Money reais(qint64 centavos)
{
    return Money::fromCentavos(centavos);
}

// A duplicata whose listing item embeds the full asset (the old docs' shape, and the simulator's).
AssetListItem duplicata(const QString &id, qint64 purchase, qint64 face, int daysAfter, const QString &debtor,
                        const QString &document, AssetStatus status = AssetStatus::PreApproved)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::DuplicataMercantil;
    asset.status = status;
    asset.totalPurchaseValue = reais(purchase);
    cessio::DiscountedCreditRight right;
    right.externalId = id;
    right.maturityDate = batchDate.addDays(daysAfter);
    right.faceValue = reais(face);
    right.borrower.name = debtor;
    right.borrower.documentNumber = document;
    asset.creditRight = right;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

AssetListItem ccb(const QString &id, qint64 purchase, const QList<std::pair<int, qint64>> &installments, const QString &debtor,
                  const QString &document)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::Ccb;
    asset.status = AssetStatus::PreApproved;
    asset.totalPurchaseValue = reais(purchase);
    cessio::CreditOperation operation;
    operation.externalId = id;
    int number = 1;
    for (const auto &[days, face] : installments)
        operation.installments.append({ batchDate.addDays(days), number++, reais(face) });
    operation.borrower.name = debtor;
    operation.borrower.documentNumber = document;
    asset.creditOperation = operation;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

// What the current QI listing gives: no embedded asset, maybe a duration.
AssetListItem bare(const QString &id, qint64 purchase, std::optional<int> duration, AssetStatus status = AssetStatus::PreApproved)
{
    AssetListItem item;
    item.externalId = id;
    item.totalPurchaseValue = reais(purchase);
    item.type = AssetType::Ccb;
    item.status = status;
    item.durationDays = duration;
    return item;
}

qint64 bucketValue(const AssetAnalysis &analysis, AssetAnalysis::Bucket bucket)
{
    return analysis.maturity[std::size_t(bucket)].value.centavos();
}

} // namespace

class TestAssetAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketFor_days_fallsInTheDocumentedBucket_data()
    {
        QTest::addColumn<qint64>("days");
        QTest::addColumn<int>("bucket");
        using B = AssetAnalysis::Bucket;
        QTest::newRow("overdue") << qint64(-5) << int(B::AtOrBeforeDate);
        QTest::newRow("at date") << qint64(0) << int(B::AtOrBeforeDate);
        QTest::newRow("1 day") << qint64(1) << int(B::UpTo30);
        QTest::newRow("30 days") << qint64(30) << int(B::UpTo30);
        QTest::newRow("31 days") << qint64(31) << int(B::UpTo60);
        QTest::newRow("60 days") << qint64(60) << int(B::UpTo60);
        QTest::newRow("90 days") << qint64(90) << int(B::UpTo90);
        QTest::newRow("91 days") << qint64(91) << int(B::UpTo180);
        QTest::newRow("180 days") << qint64(180) << int(B::UpTo180);
        QTest::newRow("360 days") << qint64(360) << int(B::UpTo360);
        QTest::newRow("361 days") << qint64(361) << int(B::Over360);
    }
    void bucketFor_days_fallsInTheDocumentedBucket()
    {
        QFETCH(qint64, days);
        QFETCH(int, bucket);
        QCOMPARE(int(AssetAnalysis::bucketFor(days)), bucket);
    }

    void compute_fullAssets_totalsAndProfileAreExact()
    {
        const QList<AssetListItem> assets {
            ccb(u"C1"_s, 24000, { { 10, 10000 }, { 45, 10000 }, { 400, 5001 } }, u"Ana"_s, u"529.982.247-25"_s),
            duplicata(u"D1"_s, 19000, 20000, 0, u"Bruno Ltda"_s, u"11.222.333/0001-81"_s),
            duplicata(u"D2"_s, 9950, 10001, 91, u"Ana"_s, u"52998224725"_s), // same debtor, other punctuation
            duplicata(u"X1"_s, 99900, 100000, 20, u"Denied Co"_s, u"11.444.777/0001-61"_s, AssetStatus::Denied),
        };
        const AssetAnalysis analysis = AssetAnalysis::compute(assets, batchDate);

        QCOMPARE(analysis.assetCount, 4);
        QCOMPARE(analysis.analysedCount, 3);
        QCOMPARE(analysis.assetsWithDetail, 3);
        QVERIFY(analysis.isComplete());
        QCOMPARE(analysis.purchaseValue, reais(24000 + 19000 + 9950));
        QCOMPARE(analysis.faceValue, reais(25001 + 20000 + 10001));
        QCOMPARE(*analysis.discount(), reais(55002 - 52950));
        QCOMPARE(*analysis.discountRate(), 2052.0 / 55002.0);

        QCOMPARE(analysis.debtorCount, 2); // Ana's CPF with and without punctuation is one debtor
        QCOMPARE(analysis.topDebtors.first().name, u"Ana"_s);
        QCOMPARE(analysis.topDebtors.first().faceValue, reais(25001 + 10001));
        QCOMPARE(analysis.topDebtors.first().assets, 2);

        QCOMPARE(analysis.maturityBasis, AssetAnalysis::MaturityBasis::Installments);
        using B = AssetAnalysis::Bucket;
        QCOMPARE(bucketValue(analysis, B::AtOrBeforeDate), 20000);
        QCOMPARE(bucketValue(analysis, B::UpTo30), 10000);
        QCOMPARE(bucketValue(analysis, B::UpTo60), 10000);
        QCOMPARE(bucketValue(analysis, B::UpTo90), 0);
        QCOMPARE(bucketValue(analysis, B::UpTo180), 10001);
        QCOMPARE(bucketValue(analysis, B::Over360), 5001);
        QCOMPARE(analysis.maturity[std::size_t(B::UpTo30)].count, 1);
        QCOMPARE(analysis.lastMaturity, batchDate.addDays(400));
        // Σ face × days / Σ face, days counted from the batch date.
        const double term = (10000.0 * 10 + 10000.0 * 45 + 5001.0 * 400 + 20000.0 * 0 + 10001.0 * 91) / 55002.0;
        QCOMPARE(*analysis.weightedAverageTermDays, term);
    }

    void compute_debtors_topTenAndTheRestWithShares()
    {
        QList<AssetListItem> assets;
        // Twelve debtors: debtor i holds (i + 1) × R$ 100,00 of face value.
        for (int i = 0; i < 12; ++i)
            assets.append(duplicata(u"A%1"_s.arg(i), 9000 * (i + 1), 10000 * (i + 1), 30,
                                    u"Debtor %1"_s.arg(QString::number(i).rightJustified(2, u'0')), u"doc-%1"_s.arg(i)));
        const AssetAnalysis analysis = AssetAnalysis::compute(assets, batchDate);
        const qint64 total = 10000LL * (12 * 13 / 2);
        QCOMPARE(analysis.faceValue.centavos(), total);
        QCOMPARE(analysis.debtorCount, 12);
        QCOMPARE(analysis.topDebtors.size(), 10);
        QCOMPARE(analysis.topDebtors.first().name, u"Debtor 11"_s);
        QCOMPARE(analysis.topDebtors.first().faceValue, reais(120000));
        QCOMPARE(analysis.topDebtors.first().share, 120000.0 / double(total));
        QCOMPARE(analysis.topDebtors.last().name, u"Debtor 02"_s);
        QCOMPARE(analysis.otherDebtors.faceValue, reais(10000 + 20000));
        QCOMPARE(analysis.otherDebtors.assets, 2);
        double hhi = 0.0;
        for (int i = 0; i < 12; ++i)
            hhi += std::pow(10000.0 * (i + 1) / double(total), 2);
        QVERIFY(qAbs(*analysis.herfindahl - hhi) < 1e-12);
    }

    void compute_statusMix_countsEveryAssetIncludingUnknownStatuses()
    {
        QList<AssetListItem> assets {
            bare(u"1"_s, 100, 10),
            bare(u"2"_s, 200, 10),
            bare(u"3"_s, 300, 10, AssetStatus::Denied),
            bare(u"4"_s, 400, 10, AssetStatus::fromApi(u"under_review"_s)),
        };
        const AssetAnalysis analysis = AssetAnalysis::compute(assets, batchDate);
        QCOMPARE(analysis.statusMix.size(), 3);
        QCOMPARE(analysis.statusMix.at(0).status, AssetStatus(AssetStatus::PreApproved));
        QCOMPARE(analysis.statusMix.at(0).count, 2);
        QCOMPARE(analysis.statusMix.at(0).purchaseValue, reais(300));
        QCOMPARE(analysis.statusMix.at(1).status, AssetStatus(AssetStatus::Denied));
        QCOMPARE(analysis.statusMix.at(2).status.apiName(), u"under_review"_s);
        QCOMPARE(analysis.statusMix.at(2).purchaseValue, reais(400));
    }

    void compute_listingWithoutDetail_saysWhatIsMissing()
    {
        const QList<AssetListItem> assets { bare(u"1"_s, 1000, 20), bare(u"2"_s, 3000, 100), bare(u"3"_s, 500, std::nullopt) };
        const AssetAnalysis analysis = AssetAnalysis::compute(assets, batchDate);
        QVERIFY(!analysis.hasDetail());
        QVERIFY(!analysis.isComplete());
        QVERIFY(!analysis.discount());
        QVERIFY(!analysis.herfindahl);
        QCOMPARE(analysis.debtorCount, 0);
        QCOMPARE(analysis.purchaseValue, reais(4500));
        // The profile by final maturity from the listing's duration, weighted by purchase value.
        QCOMPARE(analysis.maturityBasis, AssetAnalysis::MaturityBasis::FinalMaturity);
        QCOMPARE(bucketValue(analysis, AssetAnalysis::Bucket::UpTo30), 1000);
        QCOMPARE(bucketValue(analysis, AssetAnalysis::Bucket::UpTo180), 3000);
        QCOMPARE(*analysis.weightedAverageTermDays, (1000.0 * 20 + 3000.0 * 100) / 4000.0);
    }

    void compute_someWithoutDetail_profileFallsBackAndConcentrationCoversTheOthers()
    {
        const QList<AssetListItem> assets { duplicata(u"D"_s, 900, 1000, 10, u"Ana"_s, u"1"_s), bare(u"B"_s, 500, 40) };
        const AssetAnalysis analysis = AssetAnalysis::compute(assets, batchDate);
        QCOMPARE(analysis.assetsWithDetail, 1);
        QVERIFY(!analysis.isComplete());
        QCOMPARE(analysis.maturityBasis, AssetAnalysis::MaturityBasis::FinalMaturity);
        QCOMPARE(analysis.faceValue, reais(1000));
        QCOMPARE(analysis.purchaseValueWithDetail, reais(900));
        QCOMPARE(*analysis.discount(), reais(100));
    }

    void compute_empty_hasNothingToShow()
    {
        const AssetAnalysis analysis = AssetAnalysis::compute({}, batchDate);
        QCOMPARE(analysis.assetCount, 0);
        QCOMPARE(analysis.maturityBasis, AssetAnalysis::MaturityBasis::None);
        QVERIFY(!analysis.weightedAverageTermDays);
        QVERIFY(analysis.statusMix.isEmpty());
    }

    void computeAsync_largeBatch_matchesTheSynchronousResult()
    {
        QList<AssetListItem> assets;
        for (int i = 0; i < 20000; ++i)
            assets.append(
                duplicata(u"A%1"_s.arg(i), 9000 + i, 10000 + i, i % 500 - 20, u"D%1"_s.arg(i % 700), u"doc%1"_s.arg(i % 700)));
        const AssetAnalysis direct = AssetAnalysis::compute(assets, batchDate);
        QFuture<AssetAnalysis> future = AssetAnalysis::computeAsync(assets, batchDate);
        future.waitForFinished();
        const AssetAnalysis async = future.result();
        QCOMPARE(async.faceValue, direct.faceValue);
        QCOMPARE(async.purchaseValue.centavos(), 20000LL * 9000 + 19999LL * 20000 / 2);
        QCOMPARE(async.debtorCount, 700);
        for (int i = 0; i < AssetAnalysis::bucketCount; ++i)
            QCOMPARE(async.maturity[std::size_t(i)].value, direct.maturity[std::size_t(i)].value);
    }
};

QTEST_GUILESS_MAIN(TestAssetAnalysis)
#include "tst_assetanalysis.moc"
