// A fund's own limits: stored per fund as JSON in the settings (exact amounts, errors named), and
// evaluated on a batch — which assets break which limit, and how the batch fares against each one.
#include "services/assetchecks.h"
#include "services/fundrules.h"
#include "services/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::Asset;
using cessio::AssetChecks;
using cessio::AssetListItem;
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::FundRules;
using cessio::Money;
using cessio::Settings;

namespace {

const QDate assignmentDate(2026, 11, 23);

Money reais(qint64 value)
{
    return Money::fromCentavos(value * 100);
}

AssetListItem title(const QString &id, qint64 purchaseReais, qint64 faceReais, int days, const QString &debtor,
                    AssetType::Value type = AssetType::DuplicataMercantil)
{
    Asset asset;
    asset.externalId = id;
    asset.type = type;
    asset.status = AssetStatus::PreApproved;
    asset.totalPurchaseValue = reais(purchaseReais);
    cessio::DiscountedCreditRight right;
    right.externalId = id;
    right.maturityDate = assignmentDate.addDays(days);
    right.faceValue = reais(faceReais);
    right.borrower.name = u"Debtor "_s + debtor.left(3);
    right.borrower.documentNumber = debtor;
    asset.creditRight = right;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

const QString companyA = u"11.222.333/0001-81"_s;
const QString companyB = u"11.444.777/0001-61"_s;
const QString person = u"529.982.247-25"_s;

const FundRules::Verdict *verdictNamed(const FundRules::Evaluation &evaluation, const QString &name)
{
    for (const FundRules::Verdict &verdict : evaluation.verdicts) {
        if (verdict.name == name)
            return &verdict;
    }
    return nullptr;
}

} // namespace

class TestFundRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void watchList_debtorAndAssignor_flaggedWithTheReason()
    {
        FundRules rules;
        rules.watchList = { { u"11222333"_s, u"Acme Comércio"_s, u"recuperação judicial"_s, false } };
        // companyA's root is listed: its asset is flagged, companyB's is not.
        const QList<AssetListItem> assets { title(u"A"_s, 900, 1000, 30, companyA), title(u"B"_s, 900, 1000, 30, companyB) };
        const FundRules::Evaluation evaluation = rules.evaluate(assets, assignmentDate);
        QCOMPARE(evaluation.outside.keys(), QList<QString> { u"A"_s });
        QVERIFY2(evaluation.outside.value(u"A"_s).constFirst().contains(u"recuperação judicial"_s),
                 qPrintable(evaluation.outside.value(u"A"_s).join(u"; "_s)));
        const FundRules::Verdict *verdict = verdictNamed(evaluation, u"Watch-list"_s);
        QVERIFY(verdict);
        QCOMPARE(verdict->key, u"watch_list"_s);
        QVERIFY(!verdict->passed);
        QCOMPARE(verdict->assetsOutside, 1);

        // The assignor listed (a branch of it: the root matches): every asset of the batch is flagged.
        const FundRules::Evaluation byAssignor = rules.evaluate(assets, assignmentDate, nullptr, u"11.222.333/0002-62"_s);
        QCOMPARE(byAssignor.outside.size(), 2);
        QVERIFY(byAssignor.outside.value(u"B"_s).constFirst().startsWith(u"the assignor (Acme Comércio)"_s));
        QCOMPARE(verdictNamed(byAssignor, u"Watch-list"_s)->measured, u"the assignor is listed"_s);

        // Nobody listed in the batch: passed.
        rules.watchList = { { u"52998224725"_s, u"Fulano"_s, {}, false } };
        QVERIFY(verdictNamed(rules.evaluate({ assets.at(1) }, assignmentDate), u"Watch-list"_s)->passed);
    }

    void watchList_json_keptExactly_everyFundEntriesNotWritten_badPartyNamed()
    {
        FundRules rules;
        rules.watchList = { { u"11222333"_s, u"Acme"_s, u"blocked"_s, false } };
        const FundRules effective = rules.withEveryFundList({ { u"52998224725"_s, u"Fulano"_s, u"RJ"_s, false } });
        QCOMPARE(effective.watchList.size(), 2);
        QVERIFY(effective.watchList.at(1).everyFund);
        QCOMPARE(FundRules::fromJsonText(effective.toJsonText()), rules); // the fund's own only
        QString error;
        QVERIFY(!FundRules::fromJsonText(u"{\"watch_list\":[{\"party\":\"123\"}]}"_s, &error));
        QVERIFY2(error.contains(u"123"_s), qPrintable(error));
    }

    void json_roundTrip_keepsEveryLimitExactly()
    {
        FundRules rules;
        rules.maxTermDays = 360;
        rules.maxAssetValue = Money::fromCentavos(150000001);
        rules.maxBatchValue = Money::fromCentavos(5000000000);
        rules.maxDebtorShareBasisPoints = 2050;
        rules.companiesOnly = true;
        rules.allowedTypes = { AssetType::DuplicataMercantil, AssetType::Ccb };
        const QString text = rules.toJsonText();
        QVERIFY2(text.contains(u"\"max_asset_value\":\"1500000.01\""_s), qPrintable(text)); // never a float
        QString error;
        const auto back = FundRules::fromJsonText(text, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, rules);
        QCOMPARE(FundRules().toJsonText(), QString());
        QVERIFY(FundRules::fromJsonText(QString())->isEmpty());
    }

    void json_unreadable_isRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << u"{max_term"_s << u"not a JSON object"_s;
        QTest::newRow("days not whole") << u"{\"max_term_days\":30.5}"_s << u"max_term_days"_s;
        QTest::newRow("days zero") << u"{\"max_term_days\":0}"_s << u"max_term_days"_s;
        QTest::newRow("amount as float") << u"{\"max_asset_value\":1500.0}"_s << u"max_asset_value"_s;
        QTest::newRow("negative amount") << u"{\"max_batch_value\":\"-1.00\"}"_s << u"max_batch_value"_s;
        QTest::newRow("share over 100%") << u"{\"max_debtor_share_bp\":10001}"_s << u"max_debtor_share_bp"_s;
        QTest::newRow("unknown type") << u"{\"allowed_types\":[\"bitcoin\"]}"_s << u"bitcoin"_s;
    }
    void json_unreadable_isRefusedWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!FundRules::fromJsonText(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void settings_savePerFund_loadBack_emptyForgets()
    {
        Settings settings(m_dir.filePath(u"rules.ini"_s));
        FundRules rules;
        rules.maxTermDays = 90;
        FundRules::save(settings, u"fund-1"_s, rules);
        QCOMPARE(*FundRules::load(settings, u"fund-1"_s), rules);
        QVERIFY(FundRules::load(settings, u"fund-2"_s)->isEmpty());
        FundRules::save(settings, u"fund-1"_s, FundRules {});
        QVERIFY(!settings.isStored(Settings::Key::FundRules, u"fund-1"_s));

        settings.setValue(Settings::Key::FundRules, u"{\"max_term_days\":\"soon\"}"_s, u"fund-3"_s);
        QString error;
        QVERIFY(!FundRules::load(settings, u"fund-3"_s, &error));
        QVERIFY2(error.contains(u"could not be read"_s) && error.contains(u"max_term_days"_s), qPrintable(error));
    }

    void evaluate_eachLimit_namesTheAssetsAndTheVerdict()
    {
        const QList<AssetListItem> assets {
            title(u"LONG"_s, 900, 1000, 400, companyA), // term over 360
            title(u"BIG"_s, 2500, 2600, 30, companyB), // over the asset limit
            title(u"PERSON"_s, 90, 100, 30, person), // a person as debtor
            title(u"CCB"_s, 90, 100, 30, companyB, AssetType::Ccb), // a type the fund does not buy
        };
        FundRules rules;
        rules.maxTermDays = 360;
        rules.maxAssetValue = reais(2000);
        rules.maxBatchValue = reais(3000); // 900 + 2500 + 90 + 90 = 3580
        rules.companiesOnly = true;
        rules.allowedTypes = { AssetType::DuplicataMercantil };
        const FundRules::Evaluation evaluation = rules.evaluate(assets, assignmentDate);

        QCOMPARE(evaluation.outside.keys().size(), 4);
        QVERIFY(evaluation.outside.value(u"LONG"_s).constFirst().contains(u"400"_s));
        QVERIFY(evaluation.outside.value(u"BIG"_s).constFirst().contains(u"purchase value"_s));
        QVERIFY(evaluation.outside.value(u"PERSON"_s).constFirst().contains(u"not a company"_s));
        QVERIFY(evaluation.outside.value(u"CCB"_s).constFirst().contains(u"not a type this fund buys"_s));

        QCOMPARE(evaluation.verdicts.size(), 5);
        const auto *term = verdictNamed(evaluation, u"Longest term"_s);
        QVERIFY(term && !term->passed && term->assetsOutside == 1 && term->measured == u"400 days"_s);
        const auto *batch = verdictNamed(evaluation, u"Batch value"_s);
        QVERIFY(batch && !batch->passed && batch->assetsOutside == 0 && batch->headroom.isEmpty());
        QCOMPARE(batch->measured, reais(3580).format());
        QCOMPARE(batch->excess, u"%1 over"_s.arg(reais(580).format()));
        const auto *debtors = verdictNamed(evaluation, u"Debtors"_s);
        QVERIFY(debtors && !debtors->passed && debtors->assetsOutside == 1);
    }

    void evaluate_debtorShare_flagsEveryAssetOfTheBigDebtor()
    {
        const QList<AssetListItem> assets {
            title(u"A1"_s, 90, 300, 30, companyA),
            title(u"A2"_s, 90, 300, 60, u"11222333000181"_s), // the same debtor without punctuation
            title(u"B1"_s, 90, 400, 30, companyB),
        };
        FundRules rules;
        rules.maxDebtorShareBasisPoints = 5000; // A holds 600 of 1000 = 60 %
        const FundRules::Evaluation evaluation = rules.evaluate(assets, assignmentDate);
        QCOMPARE(evaluation.outside.size(), 2);
        QVERIFY(evaluation.outside.contains(u"A1"_s) && evaluation.outside.contains(u"A2"_s));
        QVERIFY2(evaluation.outside.value(u"A1"_s).constFirst().contains(u"60.0"_s),
                 qPrintable(evaluation.outside.value(u"A1"_s).constFirst()));
        QCOMPARE(evaluation.verdicts.size(), 1);
        QVERIFY(!evaluation.verdicts.constFirst().passed);
        QCOMPARE(evaluation.verdicts.constFirst().assetsOutside, 2);
    }

    void evaluate_withinEveryLimit_saysTheHeadroom()
    {
        const QList<AssetListItem> assets { title(u"A"_s, 900, 1000, 100, companyA), title(u"B"_s, 800, 1000, 50, companyB) };
        FundRules rules;
        rules.maxTermDays = 360;
        rules.maxBatchValue = reais(2000);
        const FundRules::Evaluation evaluation = rules.evaluate(assets, assignmentDate);
        QVERIFY(evaluation.outside.isEmpty());
        QCOMPARE(evaluation.verdicts.size(), 2);
        QVERIFY(evaluation.verdicts.at(0).passed);
        QCOMPARE(evaluation.verdicts.at(0).headroom, u"260 days to spare"_s);
        QCOMPARE(evaluation.verdicts.at(1).headroom, u"%1 to spare"_s.arg(reais(300).format()));
    }

    void evaluate_deniedAssets_doNotCount()
    {
        AssetListItem denied = title(u"D"_s, 5000, 6000, 900, person);
        denied.status = AssetStatus::Denied;
        FundRules rules;
        rules.maxTermDays = 360;
        rules.companiesOnly = true;
        rules.maxBatchValue = reais(1000);
        const FundRules::Evaluation evaluation
            = rules.evaluate({ denied, title(u"A"_s, 900, 1000, 30, companyA) }, assignmentDate);
        QVERIFY(evaluation.outside.isEmpty());
        for (const FundRules::Verdict &verdict : evaluation.verdicts)
            QVERIFY2(verdict.passed, qPrintable(verdict.name));
    }

    void checks_carryTheRules_evenForAssetsWithoutDetail()
    {
        AssetListItem bare; // the current QI listing: no detail, but a type and a value
        bare.externalId = u"BARE"_s;
        bare.type = AssetType::Ccb;
        bare.status = AssetStatus::PreApproved;
        bare.totalPurchaseValue = reais(10);
        FundRules rules;
        rules.allowedTypes = { AssetType::DuplicataMercantil };
        const AssetChecks checks
            = AssetChecks::run({ title(u"OK"_s, 90, 100, 30, companyA), bare }, assignmentDate, companyB, rules);
        QVERIFY(checks.hasFundRules);
        QCOMPARE(checks.brokenFundRuleCount(), 1);
        QCOMPARE(checks.flaggedInBatchOrder, QStringList { u"BARE"_s });
        QCOMPARE(checks.findingsFor(u"BARE"_s).constFirst().rule, AssetChecks::Rule::OutsideFundRules);
        QCOMPARE(checks.assetsPerRule[std::size_t(AssetChecks::Rule::OutsideFundRules)], 1);
        QVERIFY(!AssetChecks::run({ bare }, assignmentDate, companyB).hasFundRules);
    }
};

QTEST_GUILESS_MAIN(TestFundRules)
#include "tst_fundrules.moc"
