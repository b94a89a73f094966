// The data-sanity alerts of a batch review: each rule fires on the asset that breaks it and on no
// other, duplicates name each other, unchecked assets are counted, not guessed.
#include "core/localization.h"
#include "services/assetanalysis.h"
#include "services/assetchecks.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::Asset;
using cessio::AssetChecks;
using cessio::AssetListItem;
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::Money;
using Rule = AssetChecks::Rule;

namespace {

const QDate assignmentDate(2026, 11, 23);
const QString assignorCnpj = u"11.222.333/0001-81"_s;

struct Title
{
    QString id {};
    qint64 purchase = 9000;
    qint64 face = 10000;
    int daysAfter = 30;
    QString debtorDocument = u"529.982.247-25"_s;
    QString accessKey {};
    qint64 invoiceTotal = 0;
    QString contract {};
    int installment = 0;
    AssetStatus status = AssetStatus::PreApproved;
};

AssetListItem item(const Title &title)
{
    Asset asset;
    asset.externalId = title.id;
    asset.type = title.contract.isEmpty() ? AssetType::DuplicataMercantil : AssetType::DiscountedContract;
    asset.status = title.status;
    asset.totalPurchaseValue = Money::fromCentavos(title.purchase);
    cessio::DiscountedCreditRight right;
    right.externalId = title.id;
    right.maturityDate = assignmentDate.addDays(title.daysAfter);
    right.faceValue = Money::fromCentavos(title.face);
    right.borrower.name = u"Debtor"_s;
    right.borrower.documentNumber = title.debtorDocument;
    if (!title.accessKey.isEmpty())
        right.invoice = cessio::Invoice { title.accessKey, Money::fromCentavos(title.invoiceTotal), u"1"_s, u"1"_s, {} };
    if (!title.contract.isEmpty()) {
        right.contract = cessio::SourceContract { 12, Money::fromCentavos(title.face * 12), title.contract, {} };
        right.installmentNumber = title.installment;
    }
    asset.creditRight = right;
    AssetListItem listed = AssetListItem::fromAsset(asset);
    listed.detail = asset;
    return listed;
}

AssetListItem ccb(const QString &id, const QString &number, const QList<std::pair<int, qint64>> &installments)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::Ccb;
    asset.status = AssetStatus::PreApproved;
    asset.totalPurchaseValue = Money::fromCentavos(1000);
    cessio::CreditOperation operation;
    operation.externalId = id;
    operation.contract.number = number;
    int n = 1;
    for (const auto &[days, face] : installments)
        operation.installments.append({ assignmentDate.addDays(days), n++, Money::fromCentavos(face) });
    operation.borrower.documentNumber = u"529.982.247-25"_s;
    asset.creditOperation = operation;
    AssetListItem listed = AssetListItem::fromAsset(asset);
    listed.detail = asset;
    return listed;
}

QList<Rule> rulesOf(const AssetChecks &checks, const QString &id)
{
    QList<Rule> rules;
    for (const AssetChecks::Finding &finding : checks.findingsFor(id))
        rules.append(finding.rule);
    return rules;
}

int count(const AssetChecks &checks, Rule rule)
{
    return checks.assetsPerRule[std::size_t(rule)];
}

} // namespace

Q_DECLARE_METATYPE(Title)

class TestAssetChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_cleanBatch_hasNoAlerts()
    {
        const QList<AssetListItem> assets { item({ .id = u"A"_s }), item({ .id = u"B"_s, .face = 10001 }),
                                            item({ .id = u"C"_s, .daysAfter = 31 }) };
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        QCOMPARE(checks.checkedCount, 3);
        QCOMPARE(checks.uncheckedCount, 0);
        QCOMPARE(checks.flaggedCount(), 0);
    }

    void run_eachRule_flagsOnlyTheOffendingAsset_data()
    {
        QTest::addColumn<Title>("offender");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("detail");
        QTest::newRow("bad check digits") << Title { .id = u"X"_s, .debtorDocument = u"529.982.247-26"_s }
                                          << int(Rule::InvalidDebtorDocument) << u"529.982.247-26"_s;
        QTest::newRow("missing document") << Title { .id = u"X"_s, .debtorDocument = QString() }
                                          << int(Rule::InvalidDebtorDocument) << u"missing"_s;
        QTest::newRow("debtor is the assignor") << Title { .id = u"X"_s, .debtorDocument = u"11222333000181"_s }
                                                << int(Rule::DebtorIsAssignor) << u"11.222.333/0001-81"_s;
        // 11.222.333/0002-62: another branch of the same company.
        QTest::newRow("debtor is an assignor branch") << Title { .id = u"X"_s, .debtorDocument = u"11.222.333/0002-62"_s }
                                                      << int(Rule::DebtorIsAssignor) << u"11.222.333/0002-62"_s;
        QTest::newRow("due at the assignment date")
            << Title { .id = u"X"_s, .daysAfter = 0 } << int(Rule::DueOnOrBeforeAssignment) << u"23/11/2026"_s;
        QTest::newRow("overdue") << Title { .id = u"X"_s, .daysAfter = -10 } << int(Rule::DueOnOrBeforeAssignment)
                                 << u"13/11/2026"_s;
        QTest::newRow("bought above face") << Title { .id = u"X"_s, .purchase = 10001, .face = 10000 }
                                           << int(Rule::PurchaseAboveFace) << u"R$\u00a0100,01"_s;
        QTest::newRow("face above the NF-e")
            << Title { .id = u"X"_s, .accessKey = u"35261111222333000181550010000012341000012345"_s, .invoiceTotal = 9999 }
            << int(Rule::FaceAboveInvoice) << u"R$\u00a099,99"_s;
    }
    void run_eachRule_flagsOnlyTheOffendingAsset()
    {
        QFETCH(Title, offender);
        QFETCH(int, rule);
        QFETCH(QString, detail);
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const QList<AssetListItem> assets { item({ .id = u"A"_s, .face = 11111 }), item(offender),
                                            item({ .id = u"B"_s, .face = 20000 }) };
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(checks.flaggedCount(), 1);
        QCOMPARE(rulesOf(checks, u"X"_s), QList<Rule> { Rule(rule) });
        QCOMPARE(count(checks, Rule(rule)), 1);
        const QString text = AssetChecks::findingText(checks.findingsFor(u"X"_s).constFirst());
        QVERIFY2(text.startsWith(AssetChecks::ruleLabel(Rule(rule))), qPrintable(text));
        QVERIFY2(text.contains(detail), qPrintable(text));
    }

    void run_duplicates_nameEachOther_data()
    {
        QTest::addColumn<Title>("first");
        QTest::addColumn<Title>("second");
        const QString key = u"35261111222333000181550010000012341000012345"_s;
        QTest::newRow("same debtor, value and maturity") << Title { .id = u"D1"_s } << Title { .id = u"D2"_s };
        QTest::newRow("debtor with and without punctuation")
            << Title { .id = u"D1"_s } << Title { .id = u"D2"_s, .debtorDocument = u"52998224725"_s };
        QTest::newRow("same NF-e parcel") << Title {
            .id = u"D1"_s, .accessKey = key, .invoiceTotal = 30000
        } << Title { .id = u"D2"_s, .debtorDocument = u"11.444.777/0001-61"_s, .accessKey = key, .invoiceTotal = 30000 };
        QTest::newRow("same contract installment")
            << Title { .id = u"D1"_s, .contract = u"CV-1"_s, .installment = 4 }
            << Title { .id = u"D2"_s, .face = 10500, .contract = u"CV-1"_s, .installment = 4 };
    }
    void run_duplicates_nameEachOther()
    {
        QFETCH(Title, first);
        QFETCH(Title, second);
        const QList<AssetListItem> assets { item(first), item({ .id = u"OK"_s, .face = 12345 }), item(second) };
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        QCOMPARE(checks.flaggedCount(), 2);
        QCOMPARE(count(checks, Rule::DuplicateTitle), 2);
        QCOMPARE(checks.findingsFor(u"D1"_s).constFirst().detail, u"the same as D2"_s);
        QCOMPARE(checks.findingsFor(u"D2"_s).constFirst().detail, u"the same as D1"_s);
        QVERIFY(checks.findingsFor(u"OK"_s).isEmpty());
    }

    void run_ccbs_sameNumberOrSameScheduleAreDuplicates()
    {
        const QList<std::pair<int, qint64>> schedule { { 30, 600 }, { 60, 600 } };
        const QList<AssetListItem> assets {
            ccb(u"N1"_s, u"CCB-7"_s, schedule), ccb(u"N2"_s, u"CCB-7"_s, { { 45, 900 } }), // the same number, other terms
            ccb(u"S1"_s, {}, schedule), // no number: the same schedule as S2 (N1 has a number of its own)
            ccb(u"S2"_s, {}, schedule),         ccb(u"OTHER"_s, {}, { { 30, 600 }, { 61, 600 } }),
        };
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        QCOMPARE(count(checks, Rule::DuplicateTitle), 4);
        QVERIFY(checks.findingsFor(u"OTHER"_s).isEmpty());
        QCOMPARE(checks.findingsFor(u"N1"_s).constFirst().detail, u"the same as N2"_s);
        QCOMPARE(checks.flaggedInBatchOrder, (QStringList { u"N1"_s, u"N2"_s, u"S1"_s, u"S2"_s }));
        QCOMPARE(checks.findingsFor(u"S2"_s).constFirst().detail, u"the same as S1"_s);
    }

    void run_parcelsOfOneInvoice_areNotDuplicates()
    {
        const QString key = u"35261111222333000181550010000012341000012345"_s;
        const QList<AssetListItem> assets {
            item({ .id = u"P1"_s, .daysAfter = 30, .accessKey = key, .invoiceTotal = 30000 }),
            item({ .id = u"P2"_s, .daysAfter = 60, .accessKey = key, .invoiceTotal = 30000 }),
            item({ .id = u"P3"_s, .daysAfter = 90, .accessKey = key, .invoiceTotal = 30000 }),
        };
        QCOMPARE(AssetChecks::run(assets, assignmentDate, assignorCnpj).flaggedCount(), 0);
    }

    void run_sameAssetListedTwice_isNotItsOwnDuplicate()
    {
        const AssetListItem once = item({ .id = u"A"_s });
        const AssetChecks checks = AssetChecks::run({ once, item({ .id = u"B"_s, .purchase = 700, .face = 777 }), once },
                                                    assignmentDate, assignorCnpj);
        QCOMPARE(checks.checkedCount, 2);
        QCOMPARE(checks.flaggedCount(), 0);
    }

    void run_manyCopies_formOneGroupAndTheTextIsShort()
    {
        QList<AssetListItem> assets;
        for (int i = 1; i <= 6; ++i)
            assets.append(item({ .id = u"C%1"_s.arg(i) }));
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        QCOMPARE(count(checks, Rule::DuplicateTitle), 6);
        QCOMPARE(checks.findingsFor(u"C1"_s).constFirst().detail, u"the same as C2, C3, C4 and 2 more"_s);
        QCOMPARE(checks.findingsFor(u"C4"_s).constFirst().detail, u"the same as C1, C2, C3 and 2 more"_s);
    }

    void run_deniedAndBareAssets_areLeftOutAndCounted()
    {
        AssetListItem bare;
        bare.externalId = u"BARE"_s;
        bare.status = AssetStatus::PreApproved;
        bare.totalPurchaseValue = Money::fromCentavos(500);
        const QList<AssetListItem> assets {
            item({ .id = u"A"_s }),
            item({ .id = u"DENIED"_s, .status = AssetStatus::Denied }), // a copy of A, but already out
            item({ .id = u"GONE"_s, .daysAfter = -3, .status = AssetStatus::Discarded }),
            bare,
        };
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        QCOMPARE(checks.checkedCount, 1);
        QCOMPARE(checks.uncheckedCount, 1);
        QCOMPARE(checks.flaggedCount(), 0);
    }

    void run_severalRulesOnOneAsset_countOncePerRule()
    {
        const QList<AssetListItem> assets {
            item({ .id = u"X"_s, .purchase = 20000, .daysAfter = -1, .debtorDocument = assignorCnpj }),
            item({ .id = u"Y"_s, .purchase = 20000, .daysAfter = -1, .debtorDocument = assignorCnpj }),
        };
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        const QList<Rule> expected { Rule::DebtorIsAssignor, Rule::DueOnOrBeforeAssignment, Rule::PurchaseAboveFace,
                                     Rule::DuplicateTitle };
        QCOMPARE(rulesOf(checks, u"X"_s), expected);
        QCOMPARE(rulesOf(checks, u"Y"_s), expected);
        for (const Rule rule : expected)
            QCOMPARE(count(checks, rule), 2);
        QCOMPARE(count(checks, Rule::InvalidDebtorDocument), 0);
    }

    // The rule texts are found under the context the code asks for (lupdate and tr() must agree).
    void texts_inPortuguese_areTranslated()
    {
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        const QString label = AssetChecks::ruleLabel(Rule::DebtorIsAssignor);
        const QString explanation = AssetChecks::ruleExplanation(Rule::DuplicateTitle);
        const QList<AssetListItem> assets { item({ .id = u"A"_s }), item({ .id = u"B"_s }), item({ .id = u"C"_s }),
                                            item({ .id = u"D"_s }), item({ .id = u"E"_s }) };
        const QString detail = AssetChecks::run(assets, assignmentDate, assignorCnpj).findingsFor(u"A"_s).constFirst().detail;
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s));
        QCOMPARE(label, u"Sacado é o próprio cedente"_s);
        QVERIFY2(explanation.startsWith(u"Dois ativos"_s), qPrintable(explanation));
        QCOMPARE(detail, u"igual a B, C, D e mais 1"_s);
    }

    void analysis_carriesTheChecks()
    {
        const QList<AssetListItem> assets { item({ .id = u"A"_s }), item({ .id = u"B"_s }) };
        const auto analysis = cessio::AssetAnalysis::compute(assets, assignmentDate, assignorCnpj);
        QCOMPARE(analysis.checks.flaggedCount(), 2);
    }

    // Not a time assertion: a batch where every asset is a copy of every other must stay linear
    // (a pairwise approach would build 400 million pairs here and exhaust memory).
    void run_twentyThousandCopies_staysLinear()
    {
        QList<AssetListItem> assets;
        assets.reserve(20000);
        for (int i = 0; i < 20000; ++i)
            assets.append(item({ .id = u"C%1"_s.arg(i) }));
        QElapsedTimer timer;
        timer.start();
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, assignorCnpj);
        qInfo("20,000 copies of one title checked in %lld ms", qint64(timer.elapsed()));
        QCOMPARE(count(checks, Rule::DuplicateTitle), 20000);
        QCOMPARE(checks.findingsFor(u"C0"_s).constFirst().detail,
                 u"the same as C1, C2, C3 and %1 more"_s.arg(QLocale().toString(19996)));
    }
};

QTEST_GUILESS_MAIN(TestAssetChecks)
#include "tst_assetchecks.moc"
