#include "demoportfolio.h"

#include "sandbox/demonames.h"
#include "sandbox/world.h"
#include "sandbox/worldjson.h"
#include "services/portfolio/portfoliobook.h"
#include "services/portfolio/proforma.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr int maxDebtorBasisPoints = 1000; // 10 % of PL: a common regulamento cap on one debtor
constexpr qint64 million = 1'000'000'00; // R$ 1.000.000,00 in centavos
constexpr int genericDebtors = 60;

using Exposures = QHash<QString, Money>; // debtor root → present value still held on the date

portfolio::BatchPositions positionsOf(const sandbox::World &world, const sandbox::Batch &batch)
{
    const sandbox::Fund *fund = world.fund(batch.fundClassKey);
    QList<AssetListItem> items;
    for (const sandbox::Asset &asset : batch.assets) {
        // Through the API's own JSON and the client's parser: the positions the app would see.
        if (auto item = AssetListItem::fromJson(sandbox::WorldJson::asset(fund, asset, false)))
            items.append(*item);
    }
    Party assignor;
    if (const sandbox::Configuration *configuration = world.configuration(batch.configurationKey)) {
        if (const sandbox::Assignor *a = world.assignor(configuration->assignorKey))
            assignor = Party { a->assignorKey, a->documentNumber, a->name };
    }
    return portfolio::positionsFromBatch(items, assignor, batch.externalId, batch.date);
}

// As the pro-forma counts them: a position that matured after it was known held is settled.
bool isHeldOn(const PortfolioPosition &p, const QDate &date)
{
    return !(p.dueDate.isValid() && p.dueDate < date && !(p.heldOn.isValid() && p.dueDate < p.heldOn));
}

void addExposures(Exposures &exposures, const QList<PortfolioPosition> &positions, const QDate &date)
{
    for (const PortfolioPosition &p : positions) {
        if (isHeldOn(p, date))
            exposures[portfolio::partyRoot(p.debtorDocument, p.debtorName)] += p.presentValue;
    }
}

qint64 roundUp(qint64 value, qint64 step)
{
    return (value + step - 1) / step * step;
}

struct Pending
{
    const sandbox::Batch *batch;
    portfolio::BatchPositions positions;
    Exposures exposures;
};

PortfolioPosition generated(sandbox::DemoRandom &random, const QString &document, const QString &name,
                            const sandbox::Assignor *assignor, Money value, const QDate &date, const QString &file)
{
    PortfolioPosition p;
    p.debtorDocument = portfolio::normalizedDocument(document);
    p.debtorName = name;
    if (assignor) {
        p.assignorDocument = portfolio::normalizedDocument(assignor->documentNumber);
        p.assignorName = assignor->name;
    }
    p.type = AssetType::DuplicataMercantil;
    p.presentValue = value;
    p.faceValue = Money::fromCentavos(value.centavos() + value.centavos() * random.between(2, 15) / 100);
    p.dueDate = date.addDays(random.between(-40, 900));
    // A title past due on the file's date was reported overdue by the administrator.
    p.heldOn = p.dueDate < date ? p.dueDate.addDays(random.between(1, 10)) : date.addDays(-1);
    p.source = PortfolioPosition::Source::Import;
    p.sourceReference = file;
    return p;
}

} // namespace

QString DemoPortfolios::seed(PortfolioBook &book) const
{
    for (const DemoFundPortfolio &fund : funds) {
        PositionImport::ColumnMapping mapping;
        for (int i = 0; i < PositionImport::fieldCount; ++i)
            mapping.set(PositionImport::Field(i), i);
        QString error = book.replaceImport(fund.fundClassKey, fund.imported, mapping, fund.importedFile, fund.netAssets.date);
        for (const auto &[id, positions] : fund.completedBatches) {
            if (error.isEmpty() && book.addBatch(fund.fundClassKey, id, positions, &error) == PortfolioBook::AddOutcome::Failed)
                break;
        }
        if (error.isEmpty())
            error = book.setNetAssets(fund.fundClassKey, fund.netAssets);
        if (error.isEmpty())
            error = book.setLimits(fund.fundClassKey, fund.limits);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

DemoPortfolios DemoPortfolio::build(const sandbox::World &world, quint32 seed)
{
    DemoPortfolios out;
    const QList<sandbox::Fund *> funds = world.funds();
    const QList<sandbox::Batch *> batches = world.batches();
    for (qsizetype f = 0; f < funds.size(); ++f) {
        const sandbox::Fund &fund = *funds[f];
        const QDate date = fund.accountingDate;
        sandbox::DemoRandom random(seed + quint32(f) * 7919u);
        DemoFundPortfolio book;
        book.fundClassKey = fund.fundClassKey;
        book.importedFile = u"carteira-%1.csv"_s.arg(date.toString(u"yyyyMMdd"_s));

        QList<const sandbox::Assignor *> assignors;
        for (const sandbox::Configuration *c : world.configurations()) {
            const sandbox::Assignor *a = world.assignor(c->assignorKey);
            if (c->fundClassKey == fund.fundClassKey && a && !assignors.contains(a))
                assignors.append(a);
        }

        Exposures held;
        QList<Pending> pending;
        for (const sandbox::Batch *batch : batches) {
            if (batch->fundClassKey != fund.fundClassKey)
                continue;
            if (batch->status.value() == BatchStatus::Completed) {
                portfolio::BatchPositions positions = positionsOf(world, *batch);
                addExposures(held, positions.positions, date);
                book.completedBatches.append({ PortfolioBook::batchId(batch->configurationKey, batch->externalId), positions });
            } else if (batch->status.value() == BatchStatus::PendingManagerApproval) {
                Pending p { batch, positionsOf(world, *batch), {} };
                addExposures(p.exposures, p.positions.positions, batch->date);
                pending.append(p);
            }
        }
        std::sort(pending.begin(), pending.end(),
                  [](const Pending &a, const Pending &b) { return a.batch->externalId < b.batch->externalId; });

        // PL: large enough that no batch's debtor comes near the limit on its own (≤ 5 %), nor with
        // what the completed batches hold of it (≤ 7 %).
        qint64 largestPair = 0, largestInBatch = 0;
        for (const Pending &p : std::as_const(pending)) {
            for (auto it = p.exposures.cbegin(); it != p.exposures.cend(); ++it) {
                largestInBatch = std::max(largestInBatch, it.value().centavos());
                largestPair = std::max(largestPair, it.value().centavos() + held.value(it.key()).centavos());
            }
        }
        const qint64 pl = roundUp(std::max({ largestPair * 100 / 7, largestInBatch * 20, 20 * million }), million);
        book.netAssets = { Money::fromCentavos(pl), Money::fromCentavos(pl - pl / 20), date };

        // The administrator's file: debtors of the demo's own, each 0.4–1.4 % of PL.
        QList<QString> genericRoots;
        for (int d = 0; d < genericDebtors; ++d) {
            const QString document = sandbox::DemoNames::cnpj(random);
            const QString name = sandbox::DemoNames::companyName(random, sandbox::DemoNames::segment(random));
            genericRoots.append(portfolio::partyRoot(portfolio::normalizedDocument(document), name));
            const int count = random.between(3, 6);
            const qint64 total = pl * random.between(40, 140) / 10000;
            for (int i = 0; i < count; ++i) {
                const sandbox::Assignor *assignor = assignors.isEmpty() ? nullptr : assignors[(d + i) % assignors.size()];
                book.imported.append(
                    generated(random, document, name, assignor, Money::fromCentavos(total / count), date, book.importedFile));
            }
        }

        // The one batch that breaches only with the portfolio: its largest debtor D (worth v) is
        // already held at the limit less v/2, and no other pending batch of the fund carries more
        // than v/2 of D.
        if (out.breachingBatch.externalId.isEmpty()) {
            const qint64 limit = pl * maxDebtorBasisPoints / 10000;
            for (const Pending &candidate : std::as_const(pending)) {
                if (candidate.batch->assets.size() > 2500 || candidate.exposures.isEmpty())
                    continue;
                QString debtor;
                qint64 value = 0;
                for (auto it = candidate.exposures.cbegin(); it != candidate.exposures.cend(); ++it) {
                    if (it.value().centavos() > value || (it.value().centavos() == value && it.key() < debtor))
                        std::tie(debtor, value) = std::make_pair(it.key(), it.value().centavos());
                }
                const bool alone = std::all_of(pending.cbegin(), pending.cend(), [&](const Pending &other) {
                    return other.batch == candidate.batch || other.exposures.value(debtor).centavos() * 2 < value;
                });
                const qint64 topUp = limit - value / 2 - held.value(debtor).centavos();
                if (!alone || topUp <= 0 || value < 200)
                    continue;
                const auto sample = std::find_if(
                    candidate.positions.positions.cbegin(), candidate.positions.positions.cend(),
                    [&](const PortfolioPosition &p) { return portfolio::partyRoot(p.debtorDocument, p.debtorName) == debtor; });
                for (int i = 0; i < 3; ++i) {
                    PortfolioPosition p = *sample;
                    p.source = PortfolioPosition::Source::Import;
                    p.sourceReference = book.importedFile;
                    p.assetId.clear();
                    p.presentValue = Money::fromCentavos(i < 2 ? topUp / 3 : topUp - 2 * (topUp / 3));
                    p.faceValue = Money::fromCentavos(p.presentValue.centavos() * 108 / 100);
                    p.dueDate = date.addDays(45 + 35 * i);
                    p.heldOn = date.addDays(-1);
                    p.acquiredDate = QDate();
                    book.imported.append(p);
                }
                out.breachingBatch = { fund.fundClassKey, candidate.batch->configurationKey, candidate.batch->externalId };
                break;
            }
        }

        // The other limits where every pending batch passes them, with room to spare.
        PortfolioLimits limits;
        limits.maxDebtorBasisPoints = maxDebtorBasisPoints;
        limits.topDebtorsCount = 10;
        limits.relatedParties = { { genericRoots.constFirst(), u"Parte relacionada (demonstração)"_s } };
        QList<PortfolioPosition> portfolio = book.imported;
        for (const auto &completed : std::as_const(book.completedBatches))
            portfolio += completed.second.positions;
        int top = 0, related = 0, credit = 10000;
        const auto measure = [&](const portfolio::BatchPositions &batch, const QDate &on) {
            const ProForma::Result r = ProForma::compute(portfolio, batch, book.netAssets, limits, on);
            top = std::max(top, r.after.topNDebtorsBasisPoints);
            related = std::max(related, r.after.relatedPartiesBasisPoints);
            credit = std::min({ credit, r.before.creditRightsBasisPoints, r.after.creditRightsBasisPoints });
        };
        measure({}, date);
        for (const Pending &p : std::as_const(pending))
            measure(p.positions, p.batch->date);
        limits.maxTopDebtorsBasisPoints = int(std::min<qint64>(10000, roundUp(top + 500, 500)));
        limits.maxRelatedPartiesBasisPoints = int(std::min<qint64>(10000, roundUp(related + 200, 100)));
        limits.minCreditRightsBasisPoints = std::max(0, (credit - 500) / 500 * 500);
        book.limits = limits;
        out.funds.append(book);
    }
    return out;
}

} // namespace cessio
