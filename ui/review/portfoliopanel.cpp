#include "portfoliopanel.h"

#include "core/documentnumber.h"
#include "scrollingpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

const QColor breachColour(0xb0, 0x1c, 0x1c);

QTableWidget *newTable(const QString &name, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

// A row of plain texts (server names included: items never interpret markup); numbers right-aligned.
void appendRow(QTableWidget *table, const QStringList &cells, const QColor &colour = {})
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (colour.isValid())
            item->setForeground(colour);
        table->setItem(row, column, item);
    }
}

QLabel *newHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString documentText(const QString &document)
{
    return document.isEmpty() ? QString() : DocumentNumber::parse(document).formatted();
}

} // namespace

PortfolioPanel::PortfolioPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"portfolioPanel"_s);
    auto *layout = review::scrollingContent(this);
    QWidget *content = layout->parentWidget();

    m_note = review::plainNote(content, u"portfolioNote"_s);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    auto *book = new QPushButton(tr("Fund &portfolio…"), content);
    book->setObjectName(u"fundBookButton"_s);
    book->setToolTip(tr("The fund's position file, net assets (PL) and portfolio limits"));
    noteRow->addWidget(book, 0, Qt::AlignTop);
    connect(book, &QPushButton::clicked, this, &PortfolioPanel::fundBookRequested);
    layout->addLayout(noteRow);

    m_limitsTitle = newHeading(tr("Portfolio limits after this batch"), content);
    m_limits = newTable(u"portfolioLimits"_s, tr("Portfolio limits"),
                        { tr("Limit"), tr("Maximum or minimum"), tr("Before"), tr("After"), tr("Headroom or excess") }, content);
    m_figures = newTable(u"portfolioFigures"_s, tr("Portfolio before and after"), { tr("Portfolio"), tr("Before"), tr("After") },
                         content);
    // One row per party: its exposure before, what this batch adds, and after, side by side.
    const auto exposureHeaders = [](const QString &party) {
        return QStringList { tr("#"),          party,       tr("Before"),  tr("% of PL"),
                             tr("This batch"), tr("After"), tr("% of PL"), tr("Rank before") };
    };
    m_debtors
        = newTable(u"portfolioDebtors"_s, tr("Ten largest debtors after this batch"), exposureHeaders(tr("Debtor")), content);
    m_assignors = newTable(u"portfolioAssignors"_s, tr("Ten largest assignors after this batch"), exposureHeaders(tr("Assignor")),
                           content);
    for (QTableWidget *table : { m_debtors, m_assignors }) {
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
    m_buckets = newTable(
        u"portfolioBuckets"_s, tr("CVM maturity buckets"),
        { tr("Days"), tr("To fall due before"), tr("To fall due after"), tr("Overdue before"), tr("Overdue after") }, content);

    layout->addWidget(m_limitsTitle);
    layout->addWidget(m_limits);
    layout->addWidget(newHeading(tr("Portfolio"), content));
    layout->addWidget(m_figures);
    layout->addWidget(newHeading(tr("Ten largest debtors after this batch"), content));
    layout->addWidget(m_debtors);
    layout->addWidget(newHeading(tr("Ten largest assignors after this batch"), content));
    layout->addWidget(m_assignors);
    layout->addWidget(newHeading(tr("CVM maturity buckets (days to maturity, or past it for overdue)"), content));
    layout->addWidget(m_buckets);
    layout->addStretch(1);
    setWaiting();
}

QString PortfolioPanel::noteText() const
{
    return m_note->text();
}

void PortfolioPanel::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void PortfolioPanel::clearTables()
{
    for (QTableWidget *table : { m_limits, m_figures, m_debtors, m_assignors, m_buckets })
        table->setRowCount(0);
}

void PortfolioPanel::setComputing()
{
    clearTables();
    showNote(tr("Computing the portfolio before and after this batch…"));
}

void PortfolioPanel::setWaiting()
{
    clearTables();
    showNote(tr("The portfolio pro-forma is computed once every asset of the batch is loaded and checked."));
}

void PortfolioPanel::setProForma(const BatchProForma &proForma)
{
    clearTables();
    if (!proForma.result) {
        showNote(tr("The fund's portfolio could not be read: %1").arg(proForma.problem));
        return;
    }
    const ProForma::Result &r = *proForma.result;
    const QLocale locale;
    QStringList lines;
    if (proForma.bookEmpty)
        lines << tr("This fund has no portfolio in Cessio yet, so only this batch is shown. Import the administrator's "
                    "position file and enter the net assets (PL) in Fund portfolio…; batches Cessio sees completed are "
                    "added by themselves.");
    else if (!r.hasNetAssets)
        lines << tr("The fund's net assets (PL) are not set: no % of PL and no portfolio limits. Enter them in "
                    "Fund portfolio….");
    else
        lines << tr("Net assets (PL) %1 on %2. This batch adds %3 in %Ln position(s).", nullptr, r.batchPositions)
                     .arg(r.netAssets.netAssets.format(locale), locale.toString(r.netAssets.date, QLocale::ShortFormat),
                          r.batchValue.format(locale));
    if (r.batchAssetsWithoutDetail > 0)
        lines << tr("%Ln asset(s) without detail count in the totals and the assignor, not for a debtor or a due date.", nullptr,
                    r.batchAssetsWithoutDetail);
    if (r.rolledOffCount > 0)
        lines << tr("%Ln position(s) worth %1 matured since they were known held and are taken as settled.", nullptr,
                    r.rolledOffCount)
                     .arg(r.rolledOffValue.format(locale));
    if (r.hasNetAssets && r.verdicts.isEmpty())
        lines << tr("No portfolio limits are set for this fund.");
    showNote(lines.join(u'\n'));

    fillLimits(r);
    fillFigures(r);
    fillExposures(m_debtors, r, true);
    fillExposures(m_assignors, r, false);
    fillBuckets(r);
}

void PortfolioPanel::fillLimits(const ProForma::Result &r)
{
    const QLocale locale;
    m_limitsTitle->setVisible(!r.verdicts.isEmpty());
    m_limits->setVisible(!r.verdicts.isEmpty());
    for (const ProForma::Verdict &v : r.verdicts) {
        const QString name = v.subject.isEmpty() ? v.name() : tr("%1 (%2)").arg(v.name(), v.subject);
        const bool minimum = v.kind == ProForma::Verdict::Kind::MinimumCreditRights;
        const QString limit
            = (minimum ? tr("at least %1") : tr("at most %1")).arg(ProForma::formatBasisPoints(v.limitBasisPoints, locale));
        const QString outcome = v.passed ? tr("%1 to spare").arg(v.headroom.format(locale))
                                         : (minimum ? tr("short by %1") : tr("over by %1")).arg(v.excess.format(locale));
        appendRow(m_limits,
                  { name, limit, ProForma::formatBasisPoints(v.beforeBasisPoints, locale),
                    ProForma::formatBasisPoints(v.afterBasisPoints, locale), outcome },
                  v.passed ? QColor() : breachColour);
    }
}

void PortfolioPanel::fillFigures(const ProForma::Result &r)
{
    const QLocale locale;
    const auto ofPl = [&](int bp) { return r.hasNetAssets ? ProForma::formatBasisPoints(bp, locale) : tr("no PL"); };
    const auto term = [](const std::optional<qint64> &days) { return days ? tr("%Ln day(s)", nullptr, int(*days)) : QString(); };
    const ProForma::Side &b = r.before;
    const ProForma::Side &a = r.after;
    appendRow(m_figures, { tr("Credit rights"), b.creditRights.format(locale), a.creditRights.format(locale) });
    appendRow(m_figures,
              { tr("Credit rights, % of PL (allocation)"), ofPl(b.creditRightsBasisPoints), ofPl(a.creditRightsBasisPoints) });
    appendRow(m_figures, { tr("Positions"), locale.toString(b.positions), locale.toString(a.positions) });
    appendRow(m_figures, { tr("Debtors"), locale.toString(b.debtorCount), locale.toString(a.debtorCount) });
    appendRow(m_figures, { tr("Assignors"), locale.toString(b.assignorCount), locale.toString(a.assignorCount) });
    appendRow(m_figures,
              { tr("Concentration (HHI, debtors)"), ProForma::formatHhiPoints(b.hhiMillionths, locale),
                ProForma::formatHhiPoints(a.hhiMillionths, locale) });
    appendRow(m_figures, { tr("Weighted average term"), term(b.weightedAverageTermDays), term(a.weightedAverageTermDays) });
    appendRow(m_figures, { tr("Overdue"), b.overdueValue.format(locale), a.overdueValue.format(locale) });
    appendRow(m_figures,
              { tr("Related parties, % of PL"), ofPl(b.relatedPartiesBasisPoints), ofPl(a.relatedPartiesBasisPoints) });
}

void PortfolioPanel::fillExposures(QTableWidget *table, const ProForma::Result &r, bool debtors)
{
    const QLocale locale;
    const QList<ProForma::Exposure> &after = debtors ? r.after.topDebtors : r.after.topAssignors;
    const auto ofPl = [&](int bp) { return r.hasNetAssets ? ProForma::formatBasisPoints(bp, locale) : QString(); };
    for (qsizetype i = 0; i < after.size(); ++i) {
        const ProForma::Exposure &e = after.at(i);
        const QString who = e.document.isEmpty() ? e.name : tr("%1 · %2").arg(e.name, documentText(e.document));
        const Money added = e.value - e.before;
        appendRow(table,
                  { locale.toString(i + 1), who, e.before.format(locale), ofPl(e.beforeBasisPoints),
                    added.isZero() ? QString() : tr("+%1").arg(added.format(locale)), e.value.format(locale), ofPl(e.basisPoints),
                    e.rankBefore > 0 ? locale.toString(e.rankBefore) : (e.before.isZero() ? tr("new") : tr("below 10th")) });
        table->item(int(i), 1)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void PortfolioPanel::fillBuckets(const ProForma::Result &r)
{
    const QLocale locale;
    for (int i = 0; i < ProForma::bucketCount; ++i) {
        const auto at = size_t(i);
        appendRow(m_buckets,
                  { ProForma::bucketLabel(ProForma::Bucket(i)), r.before.toFallDue[at].value.format(locale),
                    r.after.toFallDue[at].value.format(locale), r.before.overdue[at].value.format(locale),
                    r.after.overdue[at].value.format(locale) });
    }
}

} // namespace cessio
