#include "cli/proformareport.h"

#include "cli/format.h"
#include "cli/table.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli::ProFormaReport {

namespace {

// Stable names of the CVM buckets, for JSON (the columns of the CVM open data: _30, _31_60 ...).
constexpr std::array<const char16_t *, ProForma::bucketCount> bucketKeys { u"up_to_30", u"31_60",    u"61_90",   u"91_120",
                                                                           u"121_150",  u"151_180",  u"181_360", u"361_720",
                                                                           u"721_1080", u"over_1080" };

QString percent(int basisPoints)
{
    return ProForma::formatBasisPoints(basisPoints, QLocale());
}

// After the purchase each party also carries where it stood before (rank_before 0: not among the ten).
JsonOut exposures(const QList<ProForma::Exposure> &list, bool afterPurchase)
{
    JsonOut out = JsonOut::array();
    for (const ProForma::Exposure &e : list) {
        JsonOut party = JsonOut::object()
                            .insert(u"root"_s, e.root)
                            .insert(u"name"_s, e.name)
                            .insert(u"document"_s, e.document)
                            .insert(u"value"_s, e.value)
                            .insert(u"of_pl_bp"_s, e.basisPoints)
                            .insert(u"positions"_s, e.positions);
        if (afterPurchase)
            party.insert(u"before"_s, e.before)
                .insert(u"before_of_pl_bp"_s, e.beforeBasisPoints)
                .insert(u"rank_before"_s, e.rankBefore);
        out.append(party);
    }
    return out;
}

JsonOut buckets(const std::array<ProForma::BucketTotal, ProForma::bucketCount> &totals)
{
    JsonOut out = JsonOut::array();
    for (int i = 0; i < ProForma::bucketCount; ++i)
        out.append(JsonOut::object()
                       .insert(u"bucket"_s, QString::fromUtf16(bucketKeys[size_t(i)]))
                       .insert(u"value"_s, totals[size_t(i)].value)
                       .insert(u"count"_s, totals[size_t(i)].count));
    return out;
}

JsonOut side(const ProForma::Side &s, bool afterPurchase)
{
    return JsonOut::object()
        .insert(u"credit_rights"_s, s.creditRights)
        .insert(u"credit_rights_of_pl_bp"_s, s.creditRightsBasisPoints)
        .insert(u"positions"_s, s.positions)
        .insert(u"debtor_count"_s, s.debtorCount)
        .insert(u"assignor_count"_s, s.assignorCount)
        .insert(u"top_debtors"_s, exposures(s.topDebtors, afterPurchase))
        .insert(u"top_assignors"_s, exposures(s.topAssignors, afterPurchase))
        .insert(u"top_n_debtors"_s, s.topNDebtors)
        .insert(u"top_n_debtors_of_pl_bp"_s, s.topNDebtorsBasisPoints)
        .insert(u"hhi_points"_s, ProForma::formatHhiPoints(s.hhiMillionths, QLocale::c()))
        .insert(u"weighted_average_term_days"_s, s.weightedAverageTermDays ? JsonOut(*s.weightedAverageTermDays) : JsonOut())
        .insert(u"to_fall_due"_s, buckets(s.toFallDue))
        .insert(u"overdue"_s, buckets(s.overdue))
        .insert(u"overdue_value"_s, s.overdueValue)
        .insert(u"overdue_count"_s, s.overdueCount)
        .insert(u"without_due_date"_s, s.withoutDueDate)
        .insert(u"without_debtor"_s, s.withoutDebtor)
        .insert(u"related_parties"_s, s.relatedParties)
        .insert(u"related_parties_of_pl_bp"_s, s.relatedPartiesBasisPoints);
}

} // namespace

JsonOut json(const ProForma::Result &result)
{
    JsonOut limits = JsonOut::array();
    for (const ProForma::Verdict &v : result.verdicts)
        limits.append(JsonOut::object()
                          .insert(u"limit"_s, v.key())
                          .insert(u"name"_s, v.name())
                          .insert(u"limit_bp"_s, v.limitBasisPoints)
                          .insert(u"top_count"_s, v.kind == ProForma::Verdict::Kind::TopDebtors ? JsonOut(v.topCount) : JsonOut())
                          .insert(u"limit_amount"_s, v.limitAmount)
                          .insert(u"before"_s, v.before)
                          .insert(u"before_bp"_s, v.beforeBasisPoints)
                          .insert(u"after"_s, v.after)
                          .insert(u"after_bp"_s, v.afterBasisPoints)
                          .insert(u"subject"_s, JsonOut::stringOrNull(v.subject))
                          .insert(u"passed_before"_s, v.passedBefore)
                          .insert(u"passed"_s, v.passed)
                          .insert(u"headroom"_s, v.headroom)
                          .insert(u"excess"_s, v.excess)
                          .insert(u"breach"_s, JsonOut::stringOrNull(v.breachText())));
    return JsonOut::object()
        .insert(u"date"_s, JsonOut::date(result.date))
        .insert(u"net_assets"_s,
                result.hasNetAssets ? JsonOut::object()
                                          .insert(u"value"_s, result.netAssets.netAssets)
                                          .insert(u"class_equity"_s, result.netAssets.classEquity)
                                          .insert(u"date"_s, JsonOut::date(result.netAssets.date))
                                    : JsonOut())
        .insert(u"batch"_s,
                JsonOut::object()
                    .insert(u"value"_s, result.batchValue)
                    .insert(u"positions"_s, result.batchPositions)
                    .insert(u"assets_without_detail"_s, result.batchAssetsWithoutDetail))
        .insert(u"rolled_off"_s,
                JsonOut::object().insert(u"count"_s, result.rolledOffCount).insert(u"value"_s, result.rolledOffValue))
        .insert(u"before"_s, side(result.before, false))
        .insert(u"after"_s, side(result.after, true))
        .insert(u"limits"_s, limits)
        .insert(u"any_breach"_s, result.anyBreach());
}

QString text(const ProForma::Result &r)
{
    const auto L = Table::Align::Left;
    const auto R = Table::Align::Right;
    const auto ofPl = [&r](int bp) { return r.hasNetAssets ? percent(bp) : QString(); };
    QString out;

    QList<std::pair<QString, QString>> head {
        { QCoreApplication::translate("cli", "Net assets (PL)"),
          r.hasNetAssets ? QCoreApplication::translate("cli", "%1 on %2")
                               .arg(Format::money(r.netAssets.netAssets), Format::date(r.netAssets.date))
                         : QCoreApplication::translate("cli", "not set: no % of PL and no limits (cessio-cli portfolio pl)") },
        { QCoreApplication::translate("cli", "This batch"),
          QCoreApplication::translate("cli", "%1 in %2 positions")
              .arg(Format::money(r.batchValue), QLocale().toString(r.batchPositions)) },
    };
    if (r.rolledOffCount > 0)
        head.append({ QCoreApplication::translate("cli", "Rolled off"),
                      QCoreApplication::translate("cli", "%1 in %2 matured positions, taken as settled")
                          .arg(Format::money(r.rolledOffValue), QLocale().toString(r.rolledOffCount)) });
    out += Table::keyValues(head) + u'\n';

    Table summary({ QCoreApplication::translate("cli", "Portfolio"), QCoreApplication::translate("cli", "Before"),
                    QCoreApplication::translate("cli", "After") },
                  { L, R, R });
    summary.addRow({ QCoreApplication::translate("cli", "Credit rights"), Format::money(r.before.creditRights),
                     Format::money(r.after.creditRights) });
    summary.addRow({ QCoreApplication::translate("cli", "Credit rights, % of PL"), ofPl(r.before.creditRightsBasisPoints),
                     ofPl(r.after.creditRightsBasisPoints) });
    summary.addRow({ QCoreApplication::translate("cli", "Overdue"), Format::money(r.before.overdueValue),
                     Format::money(r.after.overdueValue) });
    summary.addRow({ QCoreApplication::translate("cli", "Debtors"), QLocale().toString(r.before.debtorCount),
                     QLocale().toString(r.after.debtorCount) });
    summary.addRow({ QCoreApplication::translate("cli", "HHI (debtors)"),
                     ProForma::formatHhiPoints(r.before.hhiMillionths, QLocale()),
                     ProForma::formatHhiPoints(r.after.hhiMillionths, QLocale()) });
    const auto term = [](const std::optional<qint64> &days) {
        return days ? QCoreApplication::translate("cli", "%Ln day(s)", nullptr, int(*days)) : QString();
    };
    summary.addRow({ QCoreApplication::translate("cli", "Weighted average term"), term(r.before.weightedAverageTermDays),
                     term(r.after.weightedAverageTermDays) });
    out += u'\n' + summary.toString();

    const auto exposureTable = [&](const QString &title, const QList<ProForma::Exposure> &after) -> QString {
        Table table({ title, QCoreApplication::translate("cli", "CPF/CNPJ"), QCoreApplication::translate("cli", "Before"),
                      QCoreApplication::translate("cli", "% of PL"), QCoreApplication::translate("cli", "After"),
                      QCoreApplication::translate("cli", "% of PL") },
                    { L, L, R, R, R, R });
        for (const ProForma::Exposure &e : after)
            table.addRow({ e.name, Format::document(e.document), Format::money(e.before), ofPl(e.beforeBasisPoints),
                           Format::money(e.value), ofPl(e.basisPoints) });
        return u'\n' + table.toString();
    };
    out += exposureTable(QCoreApplication::translate("cli", "Top debtors after"), r.after.topDebtors);
    out += exposureTable(QCoreApplication::translate("cli", "Top assignors after"), r.after.topAssignors);

    Table maturities({ QCoreApplication::translate("cli", "CVM bucket"), QCoreApplication::translate("cli", "To fall due after"),
                       QCoreApplication::translate("cli", "Overdue after") },
                     { L, R, R });
    for (int i = 0; i < ProForma::bucketCount; ++i) {
        const auto &due = r.after.toFallDue[size_t(i)];
        const auto &late = r.after.overdue[size_t(i)];
        if (due.count > 0 || late.count > 0)
            maturities.addRow(
                { ProForma::bucketLabel(ProForma::Bucket(i)), Format::money(due.value), Format::money(late.value) });
    }
    out += u'\n' + maturities.toString();

    if (!r.verdicts.isEmpty()) {
        Table limits({ QCoreApplication::translate("cli", "Portfolio limit"), QCoreApplication::translate("cli", "Limit"),
                       QCoreApplication::translate("cli", "Before"), QCoreApplication::translate("cli", "After"),
                       QCoreApplication::translate("cli", "Result") },
                     { L, R, R, R, L });
        for (const ProForma::Verdict &v : r.verdicts) {
            const QString result = v.passed
                ? QCoreApplication::translate("cli", "within (%1 to spare)").arg(Format::money(v.headroom))
                : QCoreApplication::translate("cli", "BROKEN: %1 over").arg(Format::money(v.excess));
            limits.addRow(
                { v.subject.isEmpty() ? v.name() : QCoreApplication::translate("cli", "%1 (%2)").arg(v.name(), v.subject),
                  percent(v.limitBasisPoints), percent(v.beforeBasisPoints), percent(v.afterBasisPoints), result });
        }
        out += u'\n' + limits.toString();
    }
    return out;
}

} // namespace cessio::cli::ProFormaReport
