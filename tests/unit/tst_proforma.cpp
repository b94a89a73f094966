// The portfolio pro-forma (services/portfolio/proforma): every figure against a small portfolio worked
// out by hand in the comments; exact ratios; the batch → positions split.
#include "services/portfolio/exactratio.h"
#include "services/portfolio/proforma.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using Bucket = ProForma::Bucket;

namespace {

const QDate today(2026, 12, 1);

Money brl(qint64 reais)
{
    return Money::fromCentavos(reais * 100);
}

PortfolioPosition position(const QString &debtorDoc, const QString &debtor, const QString &assignorDoc, const QString &assignor,
                           qint64 reais, QDate due, QDate heldOn)
{
    PortfolioPosition p;
    p.debtorDocument = debtorDoc;
    p.debtorName = debtor;
    p.assignorDocument = assignorDoc;
    p.assignorName = assignor;
    p.type = AssetType::DuplicataMercantil;
    p.faceValue = brl(reais);
    p.presentValue = brl(reais);
    p.dueDate = due;
    p.heldOn = heldOn;
    p.source = PortfolioPosition::Source::Import;
    return p;
}

const QString debtorA = u"11222333000181"_s, debtorABranch = u"11222333000262"_s, debtorB = u"12345678909"_s,
              debtorC = u"99888777000100"_s, debtorD = u"55444333000122"_s;
const QString assignorX = u"44555666000199"_s, assignorY = u"77888999000111"_s;

// Portfolio on 2026-12-01, PL R$ 1.000.000,00:
//   P1 debtor A (head office), assignor X, R$ 100.000, due 2026-12-31 (30 days → up to 30)
//   P2 debtor A (branch, same root), assignor X, R$ 50.000, due 2027-01-30 (60 days → 31–60)
//   P3 debtor B (CPF), assignor Y, R$ 30.000, due 2026-11-20, held on 2026-11-25 → overdue 11 days
//   P4 debtor C, assignor X, R$ 20.000, due 2026-11-28, held on 2026-11-01 → matured since: rolled off
QList<PortfolioPosition> heldPortfolio()
{
    return {
        position(debtorA, u"ACME LTDA"_s, assignorX, u"CEDENTE X"_s, 100000, QDate(2026, 12, 31), QDate(2026, 11, 1)),
        position(debtorABranch, u"ACME LTDA FILIAL"_s, assignorX, u"CEDENTE X"_s, 50000, QDate(2027, 1, 30), QDate(2026, 11, 1)),
        position(debtorB, u"JOANA"_s, assignorY, u"CEDENTE Y"_s, 30000, QDate(2026, 11, 20), QDate(2026, 11, 25)),
        position(debtorC, u"CORP C"_s, assignorX, u"CEDENTE X"_s, 20000, QDate(2026, 11, 28), QDate(2026, 11, 1)),
    };
}

// The batch (assignor X): debtor A R$ 200.000 due 2027-03-01 (90 days → 61–90), debtor D R$ 10.000 due
// 2026-12-11 (10 days), and one asset without detail worth R$ 5.000.
portfolio::BatchPositions batch()
{
    portfolio::BatchPositions b;
    b.assignorDocument = assignorX;
    b.assignorName = u"CEDENTE X"_s;
    b.positions = {
        position(debtorA, u"ACME LTDA"_s, assignorX, u"CEDENTE X"_s, 200000, QDate(2027, 3, 1), today),
        position(debtorD, u"DELTA SA"_s, assignorX, u"CEDENTE X"_s, 10000, QDate(2026, 12, 11), today),
    };
    b.assetsWithoutDetail = 1;
    b.purchaseValueWithoutDetail = brl(5000);
    return b;
}

NetAssets pl()
{
    return { brl(1000000), brl(900000), QDate(2026, 11, 30) };
}

PortfolioLimits limits()
{
    PortfolioLimits l;
    l.maxDebtorBasisPoints = 2000; // 20 %
    l.maxAssignorBasisPoints = 4000; // 40 %
    l.topDebtorsCount = 2;
    l.maxTopDebtorsBasisPoints = 3000; // 30 %
    l.minCreditRightsBasisPoints = 5000; // 50 %
    l.relatedParties = { { u"123.456.789-09"_s, u"JOANA"_s } };
    l.maxRelatedPartiesBasisPoints = 200; // 2 %
    return l;
}

} // namespace

class TestProForma : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactRatios()
    {
        using namespace exact;
        QCOMPARE(basisPoints(Money::fromCentavos(1), Money::fromCentavos(3)), 3333); // 3333.33
        QCOMPARE(basisPoints(Money::fromCentavos(2), Money::fromCentavos(3)), 6667); // 6666.67
        QCOMPARE(basisPoints(Money::fromCentavos(1), Money::fromCentavos(20000)), 1); // 0.5 rounds up
        QCOMPARE(basisPoints(Money::fromCentavos(1), Money()), 0);
        QVERIFY(exceeds(Money::fromCentavos(1), Money::fromCentavos(3), 3333)); // 10000 > 9999
        QVERIFY(!exceeds(Money::fromCentavos(1), Money::fromCentavos(3), 3334)); // 10000 < 10002
        QVERIFY(!exceeds(Money::fromCentavos(2000), Money::fromCentavos(10000), 2000)); // exactly at the limit
        QVERIFY(fallsShort(Money::fromCentavos(4999), Money::fromCentavos(10000), 5000));
        QCOMPARE(allowedAmount(Money::fromCentavos(100), 3333).centavos(), 33); // 33.33 down
        QCOMPARE(requiredAmount(Money::fromCentavos(100), 3333).centavos(), 34); // 33.33 up
        const U128 big = U128::product(quint64(1) << 63, 4);
        QCOMPARE(big.hi, quint64(2));
        QCOMPARE(big.lo, quint64(0));
        // Beyond 64 bits: (2^53)² / 2^53 = 2^53.
        const quint64 p53 = quint64(1) << 53;
        QCOMPARE(divideRounded(U128::product(p53, p53), U128 { 0, p53 }), qint64(p53));
        QCOMPARE(scaledFraction(U128 { 0, 1 }, U128 { 0, 3 }, 6), 333333);
        QCOMPARE(scaledFraction(U128 { 0, 2 }, U128 { 0, 3 }, 6), 666667);
        QCOMPARE(scaledFraction(U128 { 0, 3 }, U128 { 0, 3 }, 6), 1000000);
        // A 100-billion-real PL: 10^13 centavos × 10,000 passes 2^63 and stays exact.
        QCOMPARE(basisPoints(Money::fromCentavos(5'000'000'000'000), Money::fromCentavos(10'000'000'000'000)), 5000);
    }

    void buckets()
    {
        QCOMPARE(ProForma::bucketForDays(0), Bucket::UpTo30);
        QCOMPARE(ProForma::bucketForDays(30), Bucket::UpTo30);
        QCOMPARE(ProForma::bucketForDays(31), Bucket::UpTo60);
        QCOMPARE(ProForma::bucketForDays(180), Bucket::UpTo180);
        QCOMPARE(ProForma::bucketForDays(181), Bucket::UpTo360);
        QCOMPARE(ProForma::bucketForDays(1080), Bucket::UpTo1080);
        QCOMPARE(ProForma::bucketForDays(1081), Bucket::Over1080);
    }

    void before_handComputed()
    {
        const ProForma::Result r = ProForma::compute(heldPortfolio(), batch(), pl(), limits(), today);
        QVERIFY(r.hasNetAssets);
        const ProForma::Side &b = r.before;
        // Held: P1 + P2 + P3 = 180.000 (P4 rolled off) → 1800 bp of PL.
        QCOMPARE(b.creditRights, brl(180000));
        QCOMPARE(b.positions, 3);
        QCOMPARE(b.creditRightsBasisPoints, 1800);
        QCOMPARE(r.rolledOffCount, 1);
        QCOMPARE(r.rolledOffValue, brl(20000));
        // Debtor A = head office + branch (one CNPJ root) = 150.000 → 1500 bp; B = 30.000 → 300 bp.
        QCOMPARE(b.debtorCount, 2);
        QCOMPARE(b.topDebtors.size(), 2);
        QCOMPARE(b.topDebtors[0].root, u"11222333"_s);
        QCOMPARE(b.topDebtors[0].value, brl(150000));
        QCOMPARE(b.topDebtors[0].basisPoints, 1500);
        QCOMPARE(b.topDebtors[0].positions, 2);
        QCOMPARE(b.topDebtors[1].root, debtorB);
        QCOMPARE(b.topDebtors[1].basisPoints, 300);
        // HHI: (150/180)² + (30/180)² = 25/36 + 1/36 = 0.7222222… → 722222 millionths.
        QCOMPARE(b.hhiMillionths, 722222);
        // Assignors: X = 150.000, Y = 30.000.
        QCOMPARE(b.assignorCount, 2);
        QCOMPARE(b.topAssignors[0].value, brl(150000));
        QCOMPARE(b.topAssignors[0].name, u"CEDENTE X"_s);
        // Top 2 debtors = 180.000 → 1800 bp.
        QCOMPARE(b.topNDebtors, brl(180000));
        QCOMPARE(b.topNDebtorsBasisPoints, 1800);
        // Term: (100.000 × 30 + 50.000 × 60) / 150.000 = 40 days.
        QCOMPARE(b.weightedAverageTermDays, std::optional<qint64>(40));
        QCOMPARE(b.toFallDue[size_t(Bucket::UpTo30)].value, brl(100000));
        QCOMPARE(b.toFallDue[size_t(Bucket::UpTo60)].value, brl(50000));
        QCOMPARE(b.toFallDue[size_t(Bucket::UpTo60)].count, 1);
        // P3: 11 days overdue, shown apart.
        QCOMPARE(b.overdueValue, brl(30000));
        QCOMPARE(b.overdueCount, 1);
        QCOMPARE(b.overdue[size_t(Bucket::UpTo30)].value, brl(30000));
        // Related: B's CPF is on the watch-list: 30.000 → 300 bp.
        QCOMPARE(b.relatedParties, brl(30000));
        QCOMPARE(b.relatedPartiesBasisPoints, 300);
    }

    void after_handComputed()
    {
        const ProForma::Result r = ProForma::compute(heldPortfolio(), batch(), pl(), limits(), today);
        const ProForma::Side &a = r.after;
        // 180.000 + 200.000 + 10.000 + 5.000 (no detail) = 395.000 → 3950 bp.
        QCOMPARE(r.batchValue, brl(215000));
        QCOMPARE(r.batchPositions, 3);
        QCOMPARE(r.batchAssetsWithoutDetail, 1);
        QCOMPARE(a.creditRights, brl(395000));
        QCOMPARE(a.positions, 6);
        QCOMPARE(a.creditRightsBasisPoints, 3950);
        QCOMPARE(a.withoutDebtor, brl(5000));
        QCOMPARE(a.withoutDueDate, brl(5000));
        // Debtors: A 350.000 (3500 bp), B 30.000, D 10.000.
        QCOMPARE(a.debtorCount, 3);
        QCOMPARE(a.topDebtors[0].value, brl(350000));
        QCOMPARE(a.topDebtors[0].basisPoints, 3500);
        QCOMPARE(a.topDebtors[0].positions, 3);
        QCOMPARE(a.topDebtors[2].root, u"55444333"_s);
        // Each row reads across for one party: A was first before with 150.000, B second with
        // 30.000; D is new with this batch.
        QCOMPARE(a.topDebtors[0].root, u"11222333"_s);
        QCOMPARE(a.topDebtors[0].before, brl(150000));
        QCOMPARE(a.topDebtors[0].beforeBasisPoints, 1500);
        QCOMPARE(a.topDebtors[0].rankBefore, 1);
        QCOMPARE(a.topDebtors[1].before, brl(30000));
        QCOMPARE(a.topDebtors[1].beforeBasisPoints, 300);
        QCOMPARE(a.topDebtors[1].rankBefore, 2);
        QCOMPARE(a.topDebtors[2].before, Money());
        QCOMPARE(a.topDebtors[2].rankBefore, 0);
        // HHI: (350² + 30² + 10²) / 390² = 123500 / 152100 = 0.81196581… → 811966.
        QCOMPARE(a.hhiMillionths, 811966);
        // Assignor X: 150.000 + 200.000 + 10.000 + 5.000 = 365.000.
        QCOMPARE(a.topAssignors[0].value, brl(365000));
        QCOMPARE(a.topAssignors[0].basisPoints, 3650);
        // Term: (100.000×30 + 50.000×60 + 200.000×90 + 10.000×10) / 360.000 = 24.100.000 / 360.000
        // = 66.94 → 67 days.
        QCOMPARE(a.weightedAverageTermDays, std::optional<qint64>(67));
        QCOMPARE(a.toFallDue[size_t(Bucket::UpTo30)].value, brl(110000));
        QCOMPARE(a.toFallDue[size_t(Bucket::UpTo30)].count, 2);
        QCOMPARE(a.toFallDue[size_t(Bucket::UpTo90)].value, brl(200000));
        QCOMPARE(a.topNDebtors, brl(380000));
        QCOMPARE(a.topNDebtorsBasisPoints, 3800);
        QCOMPARE(a.overdueValue, brl(30000));
    }

    void verdicts_handComputed()
    {
        const ProForma::Result r = ProForma::compute(heldPortfolio(), batch(), pl(), limits(), today);
        QCOMPARE(r.verdicts.size(), 5);
        QVERIFY(r.anyBreach());
        const ProForma::Verdict &debtor = r.verdicts[0];
        // 20 % of 1.000.000 = 200.000; A after = 350.000: 150.000 over. Before: 150.000 (15 %) passed.
        QCOMPARE(debtor.key(), u"max_debtor"_s);
        QVERIFY(debtor.passedBefore);
        QVERIFY(!debtor.passed);
        QCOMPARE(debtor.limitAmount, brl(200000));
        QCOMPARE(debtor.excess, brl(150000));
        QCOMPARE(debtor.headroom, Money());
        QCOMPARE(debtor.beforeBasisPoints, 1500);
        QCOMPARE(debtor.afterBasisPoints, 3500);
        QCOMPARE(debtor.subject, u"ACME LTDA"_s);
        const ProForma::Verdict &assignor = r.verdicts[1];
        // 40 % = 400.000; X = 365.000: 35.000 to spare.
        QVERIFY(assignor.passed);
        QCOMPARE(assignor.headroom, brl(35000));
        QVERIFY(assignor.breachText().isEmpty());
        const ProForma::Verdict &top = r.verdicts[2];
        // 30 % = 300.000; top 2 = 380.000: 80.000 over; before 180.000 passed.
        QCOMPARE(top.topCount, 2);
        QVERIFY(top.passedBefore);
        QCOMPARE(top.excess, brl(80000));
        const ProForma::Verdict &minimum = r.verdicts[3];
        // 50 % = 500.000 required; 395.000 held: 105.000 short, before and after.
        QCOMPARE(minimum.key(), u"min_credit_rights"_s);
        QVERIFY(!minimum.passedBefore);
        QVERIFY(!minimum.passed);
        QCOMPARE(minimum.limitAmount, brl(500000));
        QCOMPARE(minimum.excess, brl(105000));
        const ProForma::Verdict &related = r.verdicts[4];
        // 2 % = 20.000; B = 30.000: 10.000 over.
        QVERIFY(!related.passed);
        QCOMPARE(related.excess, brl(10000));

        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(debtor.breachText(en),
                 u"Largest debtor (ACME LTDA): 35.00\u00a0% of net assets after this batch, over the limit of 20.00\u00a0% by "_s
                     + brl(150000).format(en));
        QVERIFY(minimum.breachText(en).contains(u"below the minimum of 50.00\u00a0%"_s));
        QCOMPARE(ProForma::formatBasisPoints(1234, QLocale(QLocale::Portuguese, QLocale::Brazil)), u"12,34\u00a0%"_s);
        QCOMPARE(ProForma::formatBasisPoints(5, en), u"0.05\u00a0%"_s);
    }

    void withoutNetAssets_noPercentagesNoVerdicts()
    {
        const ProForma::Result r = ProForma::compute(heldPortfolio(), batch(), NetAssets {}, limits(), today);
        QVERIFY(!r.hasNetAssets);
        QVERIFY(r.verdicts.isEmpty());
        QCOMPARE(r.after.creditRights, brl(395000));
        QCOMPARE(r.after.topDebtors[0].basisPoints, 0);
    }

    void emptyPortfolio_onlyTheBatch()
    {
        const ProForma::Result r = ProForma::compute({}, batch(), pl(), PortfolioLimits {}, today);
        QCOMPARE(r.before.creditRights, Money());
        QCOMPARE(r.before.debtorCount, 0);
        QCOMPARE(r.before.hhiMillionths, 0);
        QVERIFY(!r.before.weightedAverageTermDays);
        QCOMPARE(r.after.debtorCount, 2);
        QVERIFY(r.verdicts.isEmpty());
    }

    void topTen_largestFirst_tiesByRoot()
    {
        QList<PortfolioPosition> many;
        for (int i = 0; i < 15; ++i) {
            const QString doc = u"%1"_s.arg(10000000 + i).append(u"000100"_s);
            many.append(position(doc, u"D%1"_s.arg(i), assignorX, u"X"_s, 1000 + (i % 5) * 100, QDate(2027, 1, 1), today));
        }
        const ProForma::Result r = ProForma::compute(many, {}, pl(), PortfolioLimits {}, today);
        QCOMPARE(r.before.topDebtors.size(), 10);
        QCOMPARE(r.before.debtorCount, 15);
        // Values 1400 (i = 4, 9, 14), then 1300 (3, 8, 13), …: ties in root order.
        QCOMPARE(r.before.topDebtors[0].name, u"D4"_s);
        QCOMPARE(r.before.topDebtors[1].name, u"D9"_s);
        QCOMPARE(r.before.topDebtors[2].name, u"D14"_s);
        QCOMPARE(r.before.topDebtors[3].value, brl(1300));
        QCOMPARE(r.before.topNDebtors, brl(1400 * 3 + 1300 * 3 + 1200 * 3 + 1100)); // N defaults to 10
    }

    void batchPositions_ccbSplitsPurchaseExactly()
    {
        Asset asset;
        asset.externalId = u"CCB-1"_s;
        asset.type = AssetType::Ccb;
        asset.status = AssetStatus::PreApproved;
        asset.totalPurchaseValue = Money::fromCentavos(25000);
        CreditOperation op;
        op.externalId = u"CCB-1"_s;
        op.borrower.name = u"FULANO"_s;
        op.borrower.documentNumber = u"123.456.789-09"_s;
        for (int i = 1; i <= 3; ++i)
            op.installments.append({ today.addMonths(i), i, Money::fromCentavos(10000) });
        asset.creditOperation = op;
        AssetListItem item = AssetListItem::fromAsset(asset);
        item.detail = asset;
        AssetListItem denied = item;
        denied.externalId = u"DENIED"_s;
        denied.status = AssetStatus::Denied;
        AssetListItem bare;
        bare.externalId = u"BARE"_s;
        bare.status = AssetStatus::PreApproved;
        bare.totalPurchaseValue = Money::fromCentavos(777);

        Party assignor;
        assignor.documentNumber = u"44.555.666/0001-99"_s;
        assignor.name = u"CEDENTE X"_s;
        const portfolio::BatchPositions b = portfolio::positionsFromBatch({ item, denied, bare }, assignor, u"EXT-9"_s, today);
        // 250,00 over three installments of 100,00: floor(25000 × 1/3) = 8333, 8333, and 8334 on the last.
        QCOMPARE(b.positions.size(), 3);
        QCOMPARE(b.positions[0].presentValue.centavos(), 8333);
        QCOMPARE(b.positions[1].presentValue.centavos(), 8333);
        QCOMPARE(b.positions[2].presentValue.centavos(), 8334);
        QCOMPARE(b.positions[2].dueDate, today.addMonths(3));
        QCOMPARE(b.positions[0].debtorDocument, u"12345678909"_s);
        QCOMPARE(b.positions[0].assignorDocument, u"44555666000199"_s);
        QCOMPARE(b.positions[0].sourceReference, u"EXT-9"_s);
        QCOMPARE(b.positions[0].heldOn, today);
        QCOMPARE(b.assetsWithoutDetail, 1);
        QCOMPARE(b.purchaseValueWithoutDetail.centavos(), 777);
        QCOMPARE(b.assignorDocument, u"44555666000199"_s);
    }

    void relatedParties_byCnpjRoot_coverHeadOfficeAndBranches()
    {
        PortfolioLimits l;
        l.relatedParties = { { u"11.222.333"_s, u"ACME (watch-list)"_s } };
        l.maxRelatedPartiesBasisPoints = 1000;
        const ProForma::Result r = ProForma::compute(heldPortfolio(), {}, pl(), l, today);
        QCOMPARE(r.before.relatedParties, brl(150000)); // P1 (head office) and P2 (branch)
        QCOMPARE(r.before.relatedPartiesBasisPoints, 1500);
        QCOMPARE(r.verdicts.size(), 1);
        QVERIFY(!r.verdicts.first().passed);
    }

    void partyRoot_groupsByCnpjRoot()
    {
        QCOMPARE(portfolio::partyRoot(u"11.222.333/0001-81", u"A"), u"11222333"_s);
        QCOMPARE(portfolio::partyRoot(u"123.456.789-09", u"B"), u"12345678909"_s);
        QCOMPARE(portfolio::partyRoot(u"", u" Fulano "), u"name:FULANO"_s);
        QCOMPARE(portfolio::partyRoot(u"12.abc.345/01de-35", u""), u"12ABC345"_s);
    }
};

QTEST_GUILESS_MAIN(TestProForma)
#include "tst_proforma.moc"
