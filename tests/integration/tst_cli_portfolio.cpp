// The fund's book from a terminal, against the demo world served by the real sandbox over loopback
// HTTP: `cessio-cli checks` shows the portfolio before and after a batch, and exactly one pending batch
// of the demo breaches the largest-debtor limit — only when the portfolio is counted (on its own its
// largest debtor is well within the limit); `portfolio import/pl/limits/show` keep the book, an import
// is all or nothing.
#include "demo/demoportfolio.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandbox.h"
#include "sandbox/world.h"
#include "services/portfolio/portfoliobook.h"
#include "services/session.h"
#include "unit/clitest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;
using namespace cessio;

namespace {

Money money(const QJsonValue &value)
{
    return Money::fromJson(value).value_or(Money::fromCentavos(-1));
}

// The value of `root` among the top debtors of one side; zero when it is not there.
Money debtorValue(const QJsonObject &side, const QString &root)
{
    for (const QJsonValue &debtor : side[u"top_debtors"_s].toArray()) {
        if (debtor[u"root"_s].toString() == root)
            return money(debtor[u"value"_s]);
    }
    return {};
}

} // namespace

class TestCliPortfolio : public QObject
{
    Q_OBJECT

    CliHarness m_h;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    sandbox::DemoCredentials m_demo;
    DemoPortfolios m_portfolios;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = m_h.environment(QString());
        env.insert(u"CESSIO_BASE_URL"_s, m_sandbox->baseUrl().toString());
        env.insert(u"CESSIO_CLIENT_KEY"_s, m_demo.clientKey);
        return env;
    }

    CliRun checks(const sandbox::Batch &batch, bool json = true, const QString &lang = u"en"_s)
    {
        QStringList args {
            u"checks"_s, batch.externalId, u"--config"_s, batch.configurationKey, u"--fund"_s, batch.fundClassKey
        };
        if (json)
            args << u"--json"_s;
        return m_h.run(args, lang, environment());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_h.dir.isValid());
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        sandbox::DemoOptions options;
        options.now = QDateTime(QDate(2026, 9, 14), QTime(14, 30, 0), Qt::UTC);
        options.largeBatchAssets = 3000; // the size of the large batch does not matter here
        m_demo = sandbox::DemoWorld::build(m_sandbox->world(), options);
        m_portfolios = DemoPortfolio::build(m_sandbox->world(), options.seed);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        QFile key(m_h.keyFile());
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(m_demo.privateKey.privateKeyPem()) > 0);
        key.close();
        // The book the CLI reads for this connection, seeded as the demo seeds its own.
        const auto book = PortfolioBook::inFolder(Session::portfolioFolder(m_h.auditLog(), QString(), m_sandbox->baseUrl()));
        QCOMPARE(m_portfolios.seed(*book), QString());
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void demo_exactlyOnePendingBatchBreachesTheDebtorLimit_onlyWithThePortfolio()
    {
        QVERIFY(!m_portfolios.breachingBatch.externalId.isEmpty());
        int pendingChecked = 0;
        for (const sandbox::Batch *batch : m_sandbox->world().batches()) {
            if (batch->status.value() != BatchStatus::PendingManagerApproval)
                continue;
            ++pendingChecked;
            const CliRun run = checks(*batch);
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            const QJsonObject portfolio = run.json()[u"portfolio"_s].toObject();
            QVERIFY2(!portfolio.isEmpty() && portfolio[u"net_assets"_s].isObject(), run.describe().constData());
            const bool target = batch->externalId == m_portfolios.breachingBatch.externalId;
            QStringList broken;
            QJsonObject debtorLimit;
            for (const QJsonValue &limit : portfolio[u"limits"_s].toArray()) {
                if (!limit[u"passed"_s].toBool())
                    broken << limit[u"limit"_s].toString();
                if (limit[u"limit"_s].toString() == u"max_debtor")
                    debtorLimit = limit.toObject();
            }
            QCOMPARE(broken, target ? QStringList { u"max_debtor"_s } : QStringList());
            QCOMPARE(portfolio[u"any_breach"_s].toBool(), target);
            if (!target)
                continue;

            // Within before the batch; over after it, by what the limit says.
            QVERIFY(debtorLimit[u"passed_before"_s].toBool());
            QVERIFY(money(debtorLimit[u"excess"_s]).centavos() > 0);
            QVERIFY(debtorLimit[u"after_bp"_s].toInt() > debtorLimit[u"limit_bp"_s].toInt());
            // On its own the batch's share of that debtor is at most half the limit.
            const QJsonObject after = portfolio[u"after"_s].toObject();
            const QString root = after[u"top_debtors"_s].toArray().first()[u"root"_s].toString();
            const Money alone = debtorValue(after, root) - debtorValue(portfolio[u"before"_s].toObject(), root);
            const Money pl = money(portfolio[u"net_assets"_s][u"value"_s]);
            QVERIFY(alone.centavos() > 0);
            // The after side carries each party's own before figure (the before side's, when it was there).
            const QJsonObject largestAfter = after[u"top_debtors"_s].toArray().first().toObject();
            QCOMPARE(money(largestAfter[u"value"_s]) - money(largestAfter[u"before"_s]), alone);
            QVERIFY(largestAfter[u"before_of_pl_bp"_s].toInt() < largestAfter[u"of_pl_bp"_s].toInt());
            QVERIFY(largestAfter.contains(u"rank_before"_s));
            QVERIFY(!portfolio[u"before"_s][u"top_debtors"_s].toArray().first().toObject().contains(u"rank_before"_s));
            QVERIFY2(alone.centavos() * 10000 / pl.centavos() < debtorLimit[u"limit_bp"_s].toInt() / 2,
                     qPrintable(alone.toDecimalString()));
            QCOMPARE(debtorLimit[u"subject"_s].toString(), after[u"top_debtors"_s].toArray().first()[u"name"_s].toString());
            // The rest of the picture is there: buckets, HHI, term, allocation.
            QCOMPARE(after[u"to_fall_due"_s].toArray().size(), 10);
            QVERIFY(after[u"hhi_points"_s].toString().toDouble() > 0);
            QVERIFY(after[u"weighted_average_term_days"_s].toInt() > 0);
            QVERIFY(after[u"credit_rights_of_pl_bp"_s].toInt() > portfolio[u"before"_s][u"credit_rights_of_pl_bp"_s].toInt());

            const CliRun text = checks(*batch, false, u"pt_BR"_s);
            QVERIFY2(text.exitCode == 0, text.describe().constData());
            QVERIFY2(text.out.contains(u"Maior sacado ("_s) && text.out.contains(u"VIOLADO:"_s), text.describe().constData());
            QVERIFY2(text.out.contains(u"Patrimônio líquido (PL)"_s), text.describe().constData());
        }
        QVERIFY(pendingChecked >= 3);
    }

    void portfolioCommands_keepTheBook_importAllOrNothing()
    {
        const QString fund = u"fund-of-the-cli-test"_s;
        const auto run = [&](const QStringList &args) {
            return m_h.run(args + QStringList { u"--fund"_s, fund }, u"en"_s, environment());
        };
        CliRun r = run({ u"portfolio"_s, u"pl"_s, u"10000000.00"_s, u"2026-09-14"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ u"portfolio"_s, u"limits"_s, u"max_debtor=12,5"_s, u"top_debtors=5:40"_s,
                  u"related=11.222.333/0001-81:Gestora"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        const QString good = m_h.dir.filePath(u"positions.csv"_s);
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CPF/CNPJ do Sacado;Nome do Sacado;Valor Presente;Data de Vencimento\n"
                   "11.222.333/0001-81;ACME LTDA;1.000,50;30/01/2027\n"
                   "123.456.789-09;JOANA;200,00;15/02/2027\n");
        file.close();
        r = run({ u"portfolio"_s, u"import"_s, good, u"--date"_s, u"2026-09-13"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        const QString bad = m_h.dir.filePath(u"bad.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("CPF/CNPJ do Sacado;Nome do Sacado;Valor Presente;Data de Vencimento\n"
                      "11.222.333/0001-81;ACME LTDA;1.000,50;30/01/2027\n"
                      "11.222.333/0001-82;TYPO;abc;30/01/2027\n");
        badFile.close();
        r = run({ u"portfolio"_s, u"import"_s, bad, u"--json"_s });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json()[u"error"_s][u"rows"_s].toArray().size(), 2);
        QVERIFY2(r.err.contains(u"Row 3"_s), r.describe().constData());

        r = run({ u"portfolio"_s, u"show"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject shown = r.json();
        QCOMPARE(shown[u"imported"_s].toInt(), 2); // the failed import changed nothing
        QCOMPARE(shown[u"imported_file"_s].toString(), u"positions.csv"_s);
        QCOMPARE(money(shown[u"present_value"_s]), Money::fromCentavos(120050));
        QCOMPARE(money(shown[u"net_assets"_s][u"value"_s]), Money::fromCentavos(1'000'000'000));
        QCOMPARE(shown[u"limits"_s][u"max_debtor_bp"_s].toInt(), 1250);
        QCOMPARE(shown[u"limits"_s][u"max_top_debtors_bp"_s].toInt(), 4000);
        QCOMPARE(shown[u"limits"_s][u"related_parties"_s][0][u"root"_s].toString(), u"11222333"_s);

        r = run({ u"portfolio"_s, u"limits"_s, u"max_debtor=250"_s });
        QCOMPARE(r.exitCode, 2);
    }

    // Four-eyes on breaches from the terminal (issue 10): with the fund's policy covering breaches,
    // cessio-cli approve checks every asset, the fund's rules and the portfolio as the desktop does:
    // the batch that breaches the debtor limit waits for a colleague (nothing sent); a batch of the same
    // without any alert or breach is approved (before, the CLI counted every batch as breached).
    void fourEyesOnBreach_approveChecksTheBatchFirst()
    {
        const QString fund = m_portfolios.breachingBatch.fundClassKey;
        const sandbox::Batch *breaching = nullptr;
        const sandbox::Batch *clean = nullptr;
        for (const sandbox::Batch *batch : m_sandbox->world().batches()) {
            if (batch->status.value() != BatchStatus::PendingManagerApproval)
                continue;
            if (batch->externalId == m_portfolios.breachingBatch.externalId) {
                breaching = batch;
                continue;
            }
            const CliRun run = checks(*batch);
            if (!clean && run.exitCode == 0 && run.json()[u"assets_flagged"_s].toInt() == 0
                && !run.json()[u"portfolio"_s][u"any_breach"_s].toBool())
                clean = batch;
        }
        QVERIFY(breaching && clean);
        const auto run = [&](const QStringList &args) { return m_h.run(args, u"en"_s, environment()); };
        CliRun r;
        for (const QString &key : { fund, clean->fundClassKey }) {
            r = run({ u"four-eyes"_s, u"--fund"_s, key, u"--on-breach"_s, u"yes"_s });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const auto approve = [&](const sandbox::Batch &batch) {
            return run({ u"approve"_s, batch.externalId, u"--config"_s, batch.configurationKey, u"--fund"_s, batch.fundClassKey,
                         u"--yes"_s });
        };

        r = approve(*breaching);
        QVERIFY2(r.exitCode != 0 && r.err.contains(u"four-eyes policy"_s), r.describe().constData());
        QVERIFY2(r.err.contains(u"an alert, fund rule or portfolio limit is breached"_s), r.describe().constData());
        QCOMPARE(m_sandbox->world().batch(breaching->externalId)->status.value(), BatchStatus::PendingManagerApproval);

        r = approve(*clean);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.contains(u"no alert, no fund rule or portfolio limit broken"_s), r.describe().constData());
        QVERIFY(m_sandbox->world().batch(clean->externalId)->status.value() != BatchStatus::PendingManagerApproval);
    }
};

QTEST_GUILESS_MAIN(TestCliPortfolio)
#include "tst_cli_portfolio.moc"
