#include "proforma.h"

#include "exactratio.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace cessio {

namespace {

using exact::U128;

struct Aggregate
{
    QString name;
    QString document;
    Money before;
    Money batch;
    int positionsBefore = 0;
    int positionsBatch = 0;
    bool related = false; // on the watch-list
};

// The parties of one kind (debtors or assignors) by integer id. Each party's root is worked out once
// per distinct document (or name, without a usable document) rather than once per position: a
// 500,000-position portfolio repeats a few thousand documents, and building a root string for every
// position was most of the pro-forma's time (bench_portfolio).
class PartyTable
{
public:
    explicit PartyTable(const QSet<QString> &related)
        : m_related(related)
    { }

    int idOf(const QString &document, const QString &name)
    {
        if (const auto it = m_byDocument.constFind(document); it != m_byDocument.cend())
            return *it;
        const QString normalized = portfolio::normalizedDocument(document);
        if (normalized.size() == 14 || normalized.size() == 11) {
            // The root depends on the document alone (portfolio::partyRoot).
            const int id = idOfRoot(portfolio::partyRoot(normalized, {}), name, document);
            m_byDocument.insert(document, id);
            return id;
        }
        if (const auto it = m_byName.constFind(name); it != m_byName.cend())
            return *it;
        const int id = idOfRoot(portfolio::partyRoot(normalized, name), name, document);
        m_byName.insert(name, id);
        return id;
    }
    Aggregate &at(int id) { return m_aggregates[size_t(id)]; }
    const std::vector<Aggregate> &aggregates() const { return m_aggregates; }
    const QString &root(size_t id) const { return m_roots[id]; }

private:
    int idOfRoot(const QString &root, const QString &name, const QString &document)
    {
        if (const auto it = m_byRoot.constFind(root); it != m_byRoot.cend())
            return *it;
        const int id = int(m_aggregates.size());
        m_aggregates.push_back(Aggregate { name, document, {}, {}, 0, 0, m_related.contains(root) });
        m_roots.push_back(root);
        m_byRoot.insert(root, id);
        return id;
    }

    const QSet<QString> &m_related;
    QHash<QString, int> m_byDocument;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byRoot;
    std::vector<Aggregate> m_aggregates;
    std::vector<QString> m_roots;
};

// Everything but the per-party figures, for the portfolio alone or the batch alone.
struct Totals
{
    Money creditRights;
    int positions = 0;
    std::array<ProForma::BucketTotal, ProForma::bucketCount> toFallDue {};
    std::array<ProForma::BucketTotal, ProForma::bucketCount> overdue {};
    Money overdueValue;
    int overdueCount = 0;
    Money withoutDueDate;
    U128 termNumerator; // Σ value × days, to fall due
    Money termWeight; // Σ value, to fall due
    Money relatedParties;
    Money withoutDebtor;
};

quint64 positive(Money m)
{
    return m.centavos() > 0 ? quint64(m.centavos()) : 0;
}

// Adds `value` to the party's figures; its id.
int addTo(PartyTable &table, const QString &document, const QString &name, Money value, bool batch)
{
    const int id = table.idOf(document, name);
    Aggregate &a = table.at(id);
    if (batch) {
        a.batch += value;
        ++a.positionsBatch;
    } else {
        a.before += value;
        ++a.positionsBefore;
    }
    return id;
}

struct Context
{
    QDate date;
    QSet<QString> related;
    PartyTable debtors { related };
    PartyTable assignors { related };
    int rolledOffCount = 0;
    Money rolledOffValue;
};

void addPosition(Context &ctx, Totals &totals, const PortfolioPosition &p, bool batch)
{
    if (p.dueDate.isValid() && p.dueDate < ctx.date) {
        const bool reportedOverdue = p.heldOn.isValid() && p.dueDate < p.heldOn;
        if (!reportedOverdue) {
            // Matured after it was known held: Cessio sees no payments, so it is taken as settled.
            ++ctx.rolledOffCount;
            ctx.rolledOffValue += p.presentValue;
            return;
        }
        const qint64 daysPast = p.dueDate.daysTo(ctx.date);
        auto &bucket = totals.overdue[size_t(ProForma::bucketForDays(daysPast))];
        bucket.value += p.presentValue;
        ++bucket.count;
        totals.overdueValue += p.presentValue;
        ++totals.overdueCount;
    } else if (p.dueDate.isValid()) {
        const qint64 days = ctx.date.daysTo(p.dueDate);
        auto &bucket = totals.toFallDue[size_t(ProForma::bucketForDays(days))];
        bucket.value += p.presentValue;
        ++bucket.count;
        totals.termNumerator += U128::product(positive(p.presentValue), quint64(days));
        totals.termWeight += p.presentValue;
    } else {
        totals.withoutDueDate += p.presentValue;
    }
    totals.creditRights += p.presentValue;
    ++totals.positions;

    const int debtor = addTo(ctx.debtors, p.debtorDocument, p.debtorName, p.presentValue, batch);
    const int assignor = addTo(ctx.assignors, p.assignorDocument, p.assignorName, p.presentValue, batch);
    if (ctx.debtors.at(debtor).related || ctx.assignors.at(assignor).related)
        totals.relatedParties += p.presentValue;
}

Totals combined(const Totals &a, const Totals &b)
{
    Totals t = a;
    t.creditRights += b.creditRights;
    t.positions += b.positions;
    for (size_t i = 0; i < t.toFallDue.size(); ++i) {
        t.toFallDue[i].value += b.toFallDue[i].value;
        t.toFallDue[i].count += b.toFallDue[i].count;
        t.overdue[i].value += b.overdue[i].value;
        t.overdue[i].count += b.overdue[i].count;
    }
    t.overdueValue += b.overdueValue;
    t.overdueCount += b.overdueCount;
    t.withoutDueDate += b.withoutDueDate;
    t.termNumerator += b.termNumerator;
    t.termWeight += b.termWeight;
    t.relatedParties += b.relatedParties;
    t.withoutDebtor += b.withoutDebtor;
    return t;
}

struct Ranked
{
    Money value;
    const QString *root;
    const Aggregate *aggregate;
    int positions;
};

bool largerFirst(const Ranked &a, const Ranked &b)
{
    return a.value != b.value ? a.value > b.value : *a.root < *b.root;
}

// The parties with something on this side, the ten largest as exposures, and (for debtors) the HHI
// and the N largest together.
struct PartyFigures
{
    QList<ProForma::Exposure> top;
    int count = 0;
    qint64 hhiMillionths = 0;
    Money topN;
};

PartyFigures partyFigures(const PartyTable &table, bool after, int topN, const NetAssets &pl, bool hasPl)
{
    std::vector<Ranked> ranked;
    ranked.reserve(table.aggregates().size());
    U128 sumOfSquares;
    quint64 total = 0;
    for (size_t id = 0; id < table.aggregates().size(); ++id) {
        const Aggregate &a = table.aggregates()[id];
        const Money value = after ? a.before + a.batch : a.before;
        const int positions = after ? a.positionsBefore + a.positionsBatch : a.positionsBefore;
        if (positions == 0)
            continue;
        ranked.push_back({ value, &table.root(id), &a, positions });
        sumOfSquares += U128::product(positive(value), positive(value));
        total += positive(value);
    }
    PartyFigures figures;
    figures.count = int(ranked.size());
    if (total > 0)
        figures.hhiMillionths = exact::scaledFraction(sumOfSquares, U128::product(total, total), 6);

    const size_t n = std::min<size_t>(size_t(std::max(topN, 0)), ranked.size());
    if (n > 0) {
        std::nth_element(ranked.begin(), ranked.begin() + ptrdiff_t(n - 1), ranked.end(), largerFirst);
        for (size_t i = 0; i < n; ++i)
            figures.topN += ranked[i].value;
    }
    const size_t shown = std::min<size_t>(10, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + ptrdiff_t(shown), ranked.end(), largerFirst);
    for (size_t i = 0; i < shown; ++i) {
        const Ranked &r = ranked[i];
        ProForma::Exposure e;
        e.root = *r.root;
        e.name = r.aggregate->name;
        e.document = r.aggregate->document;
        e.value = r.value;
        e.basisPoints = hasPl ? exact::basisPoints(r.value, pl.netAssets) : 0;
        e.positions = r.positions;
        e.before = r.aggregate->before;
        e.beforeBasisPoints = hasPl ? exact::basisPoints(e.before, pl.netAssets) : 0;
        figures.top.append(e);
    }
    return figures;
}

ProForma::Side makeSide(const Totals &t, const Context &ctx, bool after, const NetAssets &pl, bool hasPl, int topN)
{
    ProForma::Side side;
    side.creditRights = t.creditRights;
    side.positions = t.positions;
    side.toFallDue = t.toFallDue;
    side.overdue = t.overdue;
    side.overdueValue = t.overdueValue;
    side.overdueCount = t.overdueCount;
    side.withoutDueDate = t.withoutDueDate;
    side.relatedParties = t.relatedParties;
    side.withoutDebtor = t.withoutDebtor;
    if (t.termWeight.centavos() > 0)
        side.weightedAverageTermDays = exact::divideRounded(t.termNumerator, U128 { 0, positive(t.termWeight) });

    const PartyFigures debtors = partyFigures(ctx.debtors, after, topN, pl, hasPl);
    side.topDebtors = debtors.top;
    side.debtorCount = debtors.count;
    side.hhiMillionths = debtors.hhiMillionths;
    side.topNDebtors = debtors.topN;
    const PartyFigures assignors = partyFigures(ctx.assignors, after, 0, pl, hasPl);
    side.topAssignors = assignors.top;
    side.assignorCount = assignors.count;

    if (hasPl) {
        side.creditRightsBasisPoints = exact::basisPoints(side.creditRights, pl.netAssets);
        side.topNDebtorsBasisPoints = exact::basisPoints(side.topNDebtors, pl.netAssets);
        side.relatedPartiesBasisPoints = exact::basisPoints(side.relatedParties, pl.netAssets);
    }
    return side;
}

// Where each of the ten largest after the purchase stood among the ten largest before it.
void rankAgainst(QList<ProForma::Exposure> &after, const QList<ProForma::Exposure> &before)
{
    for (ProForma::Exposure &e : after) {
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).root == e.root)
                e.rankBefore = int(i + 1);
        }
    }
}

ProForma::Verdict capVerdict(ProForma::Verdict::Kind kind, int limitBp, Money before, Money after, const NetAssets &pl)
{
    ProForma::Verdict v;
    v.kind = kind;
    v.limitBasisPoints = limitBp;
    v.limitAmount = exact::allowedAmount(pl.netAssets, limitBp);
    v.before = before;
    v.after = after;
    v.beforeBasisPoints = exact::basisPoints(before, pl.netAssets);
    v.afterBasisPoints = exact::basisPoints(after, pl.netAssets);
    v.passedBefore = !exact::exceeds(before, pl.netAssets, limitBp);
    v.passed = !exact::exceeds(after, pl.netAssets, limitBp);
    // allowedAmount rounds down, so "passed" and "after ≤ limitAmount" agree to the centavo.
    if (v.passed)
        v.headroom = v.limitAmount - after;
    else
        v.excess = after - v.limitAmount;
    return v;
}

} // namespace

ProForma::Bucket ProForma::bucketForDays(qint64 days)
{
    static constexpr std::array<qint64, bucketCount - 1> upper { 30, 60, 90, 120, 150, 180, 360, 720, 1080 };
    for (size_t i = 0; i < upper.size(); ++i) {
        if (days <= upper[i])
            return Bucket(i);
    }
    return Bucket::Over1080;
}

QString ProForma::bucketLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::UpTo30:
        return tr("Up to 30 days");
    case Bucket::UpTo60:
        return tr("31–60 days");
    case Bucket::UpTo90:
        return tr("61–90 days");
    case Bucket::UpTo120:
        return tr("91–120 days");
    case Bucket::UpTo150:
        return tr("121–150 days");
    case Bucket::UpTo180:
        return tr("151–180 days");
    case Bucket::UpTo360:
        return tr("181–360 days");
    case Bucket::UpTo720:
        return tr("361–720 days");
    case Bucket::UpTo1080:
        return tr("721–1,080 days");
    case Bucket::Over1080:
    case Bucket::Count:
        break;
    }
    return tr("Over 1,080 days");
}

bool ProForma::Result::anyBreach() const
{
    return std::any_of(verdicts.cbegin(), verdicts.cend(), [](const Verdict &v) { return !v.passed; });
}

ProForma::Result ProForma::compute(const QList<PortfolioPosition> &portfolio, const portfolio::BatchPositions &batch,
                                   const NetAssets &netAssets, const PortfolioLimits &limits, const QDate &date)
{
    Result result;
    result.date = date;
    result.netAssets = netAssets;
    result.hasNetAssets = netAssets.isUsable();

    Context ctx;
    ctx.date = date;
    for (const PortfolioLimits::RelatedParty &party : limits.relatedParties) {
        // The watch-list holds CNPJ roots (8 characters) as well as whole documents.
        const QString document = portfolio::normalizedDocument(party.root);
        ctx.related.insert(document.size() == 8 ? document : portfolio::partyRoot(document, party.name));
    }

    Totals before;
    for (const PortfolioPosition &p : portfolio)
        addPosition(ctx, before, p, false);
    Totals added;
    for (const PortfolioPosition &p : batch.positions)
        addPosition(ctx, added, p, true);
    // Batch assets without detail: bought from the batch's assignor, debtor and due date unknown.
    if (batch.assetsWithoutDetail > 0) {
        added.creditRights += batch.purchaseValueWithoutDetail;
        added.withoutDebtor += batch.purchaseValueWithoutDetail;
        added.withoutDueDate += batch.purchaseValueWithoutDetail;
        added.positions += batch.assetsWithoutDetail;
        const int assignor
            = addTo(ctx.assignors, batch.assignorDocument, batch.assignorName, batch.purchaseValueWithoutDetail, true);
        if (ctx.assignors.at(assignor).related)
            added.relatedParties += batch.purchaseValueWithoutDetail;
    }
    result.rolledOffCount = ctx.rolledOffCount;
    result.rolledOffValue = ctx.rolledOffValue;
    result.batchValue = added.creditRights;
    result.batchPositions = added.positions;
    result.batchAssetsWithoutDetail = batch.assetsWithoutDetail;

    const int topN = limits.topDebtorsCount > 0 ? limits.topDebtorsCount : 10;
    result.before = makeSide(before, ctx, false, netAssets, result.hasNetAssets, topN);
    result.after = makeSide(combined(before, added), ctx, true, netAssets, result.hasNetAssets, topN);
    rankAgainst(result.after.topDebtors, result.before.topDebtors);
    rankAgainst(result.after.topAssignors, result.before.topAssignors);
    if (!result.hasNetAssets)
        return result;

    const auto largest = [](const QList<Exposure> &top) { return top.isEmpty() ? Money() : top.constFirst().value; };
    const auto largestName = [](const QList<Exposure> &top) { return top.isEmpty() ? QString() : top.constFirst().name; };
    if (limits.maxDebtorBasisPoints) {
        Verdict v = capVerdict(Verdict::Kind::LargestDebtor, *limits.maxDebtorBasisPoints, largest(result.before.topDebtors),
                               largest(result.after.topDebtors), netAssets);
        v.subject = largestName(result.after.topDebtors);
        result.verdicts.append(v);
    }
    if (limits.maxAssignorBasisPoints) {
        Verdict v = capVerdict(Verdict::Kind::LargestAssignor, *limits.maxAssignorBasisPoints,
                               largest(result.before.topAssignors), largest(result.after.topAssignors), netAssets);
        v.subject = largestName(result.after.topAssignors);
        result.verdicts.append(v);
    }
    if (limits.maxTopDebtorsBasisPoints) {
        Verdict v = capVerdict(Verdict::Kind::TopDebtors, *limits.maxTopDebtorsBasisPoints, result.before.topNDebtors,
                               result.after.topNDebtors, netAssets);
        v.topCount = topN;
        result.verdicts.append(v);
    }
    if (limits.minCreditRightsBasisPoints) {
        Verdict v;
        v.kind = Verdict::Kind::MinimumCreditRights;
        v.limitBasisPoints = *limits.minCreditRightsBasisPoints;
        v.limitAmount = exact::requiredAmount(netAssets.netAssets, v.limitBasisPoints);
        v.before = result.before.creditRights;
        v.after = result.after.creditRights;
        v.beforeBasisPoints = result.before.creditRightsBasisPoints;
        v.afterBasisPoints = result.after.creditRightsBasisPoints;
        v.passedBefore = !exact::fallsShort(v.before, netAssets.netAssets, v.limitBasisPoints);
        v.passed = !exact::fallsShort(v.after, netAssets.netAssets, v.limitBasisPoints);
        if (v.passed)
            v.headroom = v.after - v.limitAmount;
        else
            v.excess = v.limitAmount - v.after;
        result.verdicts.append(v);
    }
    if (limits.maxRelatedPartiesBasisPoints) {
        result.verdicts.append(capVerdict(Verdict::Kind::RelatedParties, *limits.maxRelatedPartiesBasisPoints,
                                          result.before.relatedParties, result.after.relatedParties, netAssets));
    }
    return result;
}

QString ProForma::formatBasisPoints(int basisPoints, const QLocale &locale)
{
    const int magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QString::number(magnitude % 100).rightJustified(2, u'0') + u"\u00a0%";
    return basisPoints < 0 ? locale.negativeSign() + text : text;
}

QString ProForma::formatHhiPoints(qint64 hhiMillionths, const QLocale &locale)
{
    // Millionths are hundredths of a point: exact with two decimals.
    return locale.toString(hhiMillionths / 100) + locale.decimalPoint()
        + QString::number(hhiMillionths % 100).rightJustified(2, u'0');
}

QString ProForma::Verdict::key() const
{
    switch (kind) {
    case Kind::LargestDebtor:
        return QStringLiteral("max_debtor");
    case Kind::LargestAssignor:
        return QStringLiteral("max_assignor");
    case Kind::TopDebtors:
        return QStringLiteral("max_top_debtors");
    case Kind::MinimumCreditRights:
        return QStringLiteral("min_credit_rights");
    case Kind::RelatedParties:
        break;
    }
    return QStringLiteral("max_related_parties");
}

QString ProForma::Verdict::name() const
{
    switch (kind) {
    case Kind::LargestDebtor:
        return tr("Largest debtor");
    case Kind::LargestAssignor:
        return tr("Largest assignor");
    case Kind::TopDebtors:
        return tr("%Ln largest debtors", nullptr, topCount);
    case Kind::MinimumCreditRights:
        return tr("Minimum credit-rights allocation");
    case Kind::RelatedParties:
        break;
    }
    return tr("Related parties");
}

QString ProForma::Verdict::breachText(const QLocale &locale) const
{
    if (passed)
        return {};
    const QString who = subject.isEmpty() ? name() : tr("%1 (%2)").arg(name(), subject);
    const QString measured = formatBasisPoints(afterBasisPoints, locale);
    const QString limit = formatBasisPoints(limitBasisPoints, locale);
    if (kind == Kind::MinimumCreditRights)
        return tr("%1: %2 of net assets after this batch, below the minimum of %3 by %4")
            .arg(who, measured, limit, excess.format(locale));
    return tr("%1: %2 of net assets after this batch, over the limit of %3 by %4")
        .arg(who, measured, limit, excess.format(locale));
}

} // namespace cessio
