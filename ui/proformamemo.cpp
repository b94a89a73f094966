#include "proformamemo.h"

#include "approvalmemo.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio::ProFormaMemo {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cells(const QStringList &texts, const QString &tag = u"td"_s)
{
    QString h = u"<tr>"_s;
    for (qsizetype i = 0; i < texts.size(); ++i)
        h += u"<%1%2>"_s.arg(tag, i > 0 ? u" class='num'"_s : QString()) + esc(texts.at(i)) + u"</"_s + tag + u'>';
    return h + u"</tr>"_s;
}

} // namespace

QString html(const ProForma::Result &r)
{
    const QLocale locale;
    const auto ofPl = [&](const Money &value, int bp) {
        return r.hasNetAssets
            ? ApprovalMemo::tr("%1 (%2 of PL)").arg(value.format(locale), ProForma::formatBasisPoints(bp, locale))
            : value.format(locale);
    };
    QString h = u"<h2>"_s + esc(ApprovalMemo::tr("Portfolio pro-forma")) + u"</h2><p>"_s;
    h += esc(r.hasNetAssets ? ApprovalMemo::tr("Net assets (PL) %1 on %2; this batch adds %3.")
                                  .arg(r.netAssets.netAssets.format(locale),
                                       locale.toString(r.netAssets.date, QLocale::ShortFormat), r.batchValue.format(locale))
                            : ApprovalMemo::tr("The fund's net assets (PL) were not set: no % of PL and no portfolio limits."));
    h += u"</p><table class='grid' width='100%' cellpadding='3' cellspacing='0'>"_s;
    h += cells({ ApprovalMemo::tr("Portfolio"), ApprovalMemo::tr("Before"), ApprovalMemo::tr("After") }, u"th"_s);
    h += cells({ ApprovalMemo::tr("Credit rights"), ofPl(r.before.creditRights, r.before.creditRightsBasisPoints),
                 ofPl(r.after.creditRights, r.after.creditRightsBasisPoints) });
    const auto largest = [&](const ProForma::Side &side) {
        const ProForma::Exposure *e = side.largestDebtor();
        return e ? ApprovalMemo::tr("%1: %2").arg(e->name, ofPl(e->value, e->basisPoints)) : QString();
    };
    h += cells({ ApprovalMemo::tr("Largest debtor"), largest(r.before), largest(r.after) });
    h += cells({ ApprovalMemo::tr("Concentration (HHI, debtors)"), ProForma::formatHhiPoints(r.before.hhiMillionths, locale),
                 ProForma::formatHhiPoints(r.after.hhiMillionths, locale) });
    h += u"</table>"_s;
    if (!r.after.topDebtors.isEmpty()) { // each debtor read across: what it was, what this batch makes it
        h += u"<p></p><table class='grid' width='100%' cellpadding='3' cellspacing='0'>"_s;
        h += cells(
            { ApprovalMemo::tr("Ten largest debtors after this batch"), ApprovalMemo::tr("Before"), ApprovalMemo::tr("After") },
            u"th"_s);
        for (const ProForma::Exposure &e : r.after.topDebtors)
            h += cells({ e.name, ofPl(e.before, e.beforeBasisPoints), ofPl(e.value, e.basisPoints) });
        h += u"</table>"_s;
    }
    if (r.verdicts.isEmpty())
        return h;
    h += u"<p></p><table class='grid' width='100%' cellpadding='3' cellspacing='0'>"_s;
    h += cells({ ApprovalMemo::tr("Portfolio limit"), ApprovalMemo::tr("Limit"), ApprovalMemo::tr("Before"),
                 ApprovalMemo::tr("After"), ApprovalMemo::tr("Result") },
               u"th"_s);
    for (const ProForma::Verdict &v : r.verdicts) {
        const QString result = v.passed ? ApprovalMemo::tr("within (%1 to spare)").arg(v.headroom.format(locale))
                                        : ApprovalMemo::tr("BROKEN: %1 beyond the limit").arg(v.excess.format(locale));
        h += cells({ v.subject.isEmpty() ? v.name() : ApprovalMemo::tr("%1 (%2)").arg(v.name(), v.subject),
                     ProForma::formatBasisPoints(v.limitBasisPoints, locale),
                     ProForma::formatBasisPoints(v.beforeBasisPoints, locale),
                     ProForma::formatBasisPoints(v.afterBasisPoints, locale), result });
    }
    return h + u"</table>"_s;
}

QString justificationRows(const AuditEntry::Shown &shown, const ProForma::Result *proForma)
{
    if (shown.portfolioBreaches.isEmpty() && shown.breachJustification.isEmpty())
        return {};
    QStringList names;
    for (const QString &key : shown.portfolioBreaches) { // named as the pro-forma names them, else by key
        QString name = key;
        if (proForma) {
            for (const ProForma::Verdict &v : proForma->verdicts) {
                if (v.key() == key)
                    name = v.name();
            }
        }
        names.append(name);
    }
    const auto row = [](const QString &label, const QString &value) -> QString { // not a dangling QStringBuilder
        return u"<tr><td class='k' width='32%'>"_s + esc(label) + u"</td><td>"_s + esc(value) + u"</td></tr>"_s;
    };
    return row(ApprovalMemo::tr("Approved over portfolio limits"), names.join(u"; "_s))
        + row(ApprovalMemo::tr("Justification"), shown.breachJustification);
}

} // namespace cessio::ProFormaMemo
