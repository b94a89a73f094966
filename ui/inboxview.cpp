#include "inboxview.h"

#include "icons.h"
#include "models/inboxfiltermodel.h"
#include "models/inboxmodel.h"
#include "services/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {
constexpr int viewCount = 5;
const QString tableName = u"inbox"_s;
} // namespace

BatchStatus::Stage InboxView::stageOf(View view)
{
    switch (view) {
    case View::Awaiting:
        return BatchStatus::Stage::AwaitingManager;
    case View::InProgress:
        return BatchStatus::Stage::InProgress;
    case View::Completed:
        return BatchStatus::Stage::Completed;
    case View::Closed:
        return BatchStatus::Stage::Closed;
    case View::BeforeManager:
        return BatchStatus::Stage::BeforeManager;
    }
    return BatchStatus::Stage::AwaitingManager;
}

InboxView::InboxView(InboxModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new InboxFilterModel(this))
{
    setObjectName(u"inboxView"_s);
    m_filter->setSourceModel(model);
    m_filter->setStage(stageOf(View::Awaiting));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addWidget(createFilterBar());

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"inboxNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setAccessibleName(tr("Inbox notice"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_table = new QTableView(this);
    m_table->setObjectName(u"inboxTable"_s);
    m_table->setAccessibleName(tr("Batches"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents); // few rows: always fit the content
    header->setSectionResizeMode(int(InboxModel::Column::Fund), QHeaderView::Stretch);
    header->setSectionResizeMode(int(InboxModel::Column::Assignor), QHeaderView::Stretch);
    // The batch waiting longest first.
    m_table->sortByColumn(int(InboxModel::Column::WaitingSince), Qt::AscendingOrder);
    showColumnsOf(View::Awaiting);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"inboxEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText); // may quote the search text
    m_empty->setEnabled(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_filter->mapToSource(index).row();
        if (row >= 0)
            Q_EMIT openRequested(m_model->entry(row));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::currentEntryChanged);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &InboxView::showContextMenu);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_model, signal, this, [this] {
            updateFunds();
            filtersChanged();
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InboxView::filtersChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateFunds();
        filtersChanged();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &InboxView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InboxView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &InboxView::updateEmptyState);

    // "Waiting since" is relative: keep it true while the window stays open.
    auto *minute = new QTimer(this);
    minute->setInterval(std::chrono::minutes(1));
    connect(minute, &QTimer::timeout, m_model, &InboxModel::refreshRelativeTimes);
    minute->start();

    setTabOrder(m_tabs, m_fund);
    setTabOrder(m_fund, m_search);
    setTabOrder(m_search, m_alertsOnly);
    setTabOrder(m_alertsOnly, m_table);
    filtersChanged();
}

QWidget *InboxView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);

    m_tabs = new QTabBar(bar);
    m_tabs->setObjectName(u"inboxViews"_s);
    m_tabs->setAccessibleName(tr("Inbox views"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(true);
    m_tabs->setUsesScrollButtons(false);
    for (int i = 0; i < viewCount; ++i)
        m_tabs->addTab(QString());
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_filter->setStage(stageOf(View(index)));
        showColumnsOf(View(index));
        // Only batches awaiting you are checked in the background.
        if (m_alertsOnly)
            m_alertsOnly->setVisible(View(index) == View::Awaiting);
        updateEmptyState();
    });
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addStretch(1);
    m_total = new QLabel(bar);
    m_total->setObjectName(u"inboxAwaitingTotal"_s);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_total);
    rows->addLayout(top);

    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(layout);

    m_fund = new QComboBox(bar);
    m_fund->setObjectName(u"inboxFundFilter"_s);
    m_fund->setAccessibleName(tr("Fund filter"));
    m_fund->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fund->setMinimumContentsLength(28);
    m_fund->addItem(Icons::get(u"fund"_s), tr("All funds"), QString());
    connect(m_fund, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFundClassKey(m_fund->currentData().toString());
        filtersChanged();
    });
    layout->addWidget(m_fund);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"inboxSearch"_s);
    m_search->setAccessibleName(tr("Search batches"));
    m_search->setPlaceholderText(tr("Search fund, assignor, CNPJ or batch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        filtersChanged();
    });
    layout->addWidget(m_search, 1);

    m_alertsOnly = new QCheckBox(bar);
    m_alertsOnly->setObjectName(u"inboxAlertsOnly"_s);
    m_alertsOnly->setToolTip(tr("Show only the batches awaiting your decision in which the background checks found "
                                "alerts."));
    connect(m_alertsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyWithAlerts(only);
        filtersChanged();
    });
    layout->addWidget(m_alertsOnly);
    return bar;
}

void InboxView::filtersChanged()
{
    updateCounts();
    updateTotal();
    updateEmptyState();
}

void InboxView::updateCounts()
{
    // What each tab would show: the fund filter, the search and the alerts filter apply to the counts too.
    const QLocale locale;
    const QString labels[viewCount] = {
        tr("Awaiting your decision (%1)"), tr("In progress (%1)"),        tr("Completed (%1)"),
        tr("Denied or discarded (%1)"),    tr("Before the manager (%1)"),
    };
    const bool narrowed = m_filter->isNarrowed();
    for (int i = 0; i < viewCount; ++i) {
        const BatchStatus::Stage stage = stageOf(View(i));
        const int count = m_filter->countInStage(stage);
        m_tabs->setTabText(i, labels[i].arg(locale.toString(count)));
        QStringList tip;
        if (View(i) == View::BeforeManager)
            tip.append(tr("Batches still being filled or checked by QI Tech or the consultant: for information."));
        if (narrowed) {
            tip.append(tr("%1 of %Ln batch(es) in this view match the fund filter, the search or the alerts filter.", nullptr,
                          m_model->countInStage(stage))
                           .arg(locale.toString(count)));
        }
        m_tabs->setTabToolTip(i, tip.join(u'\n'));
    }
    m_alertsOnly->setText(tr("Only with alerts (%1)").arg(locale.toString(m_filter->countWithAlerts())));
    m_alertsOnly->setAccessibleName(m_alertsOnly->text());
}

void InboxView::updateTotal()
{
    const QLocale locale;
    const InboxFilterModel::AwaitingTotal total = m_filter->awaitingTotal();
    QString text = tr("%Ln batch(es) awaiting your decision: %1", nullptr, total.batches).arg(total.total.format(locale));
    if (total.withoutTotal > 0)
        text += u' ' + tr("(%Ln without a total yet)", nullptr, total.withoutTotal);
    m_total->setText(text);
    m_total->setAccessibleName(text);
    m_total->setToolTip(m_filter->isNarrowed()
                            ? tr("The batches awaiting your decision that match the fund filter, the search and the alerts "
                                 "filter, and the sum of their total values.")
                            : tr("Every batch awaiting your decision, in every fund, and the sum of their total values."));
}

void InboxView::updateFunds()
{
    QMap<QString, QString> funds; // name → key, sorted by name
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InboxEntry &entry = m_model->entry(row);
        funds.insert(entry.fundName.isEmpty() ? entry.ref.fundClassKey : entry.fundName, entry.ref.fundClassKey);
    }
    const QString current = m_fund->currentData().toString();
    bool known = current.isEmpty();
    QSignalBlocker block(m_fund);
    while (m_fund->count() > 1)
        m_fund->removeItem(1);
    for (auto it = funds.cbegin(); it != funds.cend(); ++it) {
        m_fund->addItem(it.key(), it.value());
        known = known || it.value() == current;
    }
    m_fund->setCurrentIndex(known ? std::max(0, m_fund->findData(current)) : 0);
    if (!known)
        m_filter->setFundClassKey(QString());
}

QString InboxView::emptyText() const
{
    if (m_loading)
        return tr("Loading batches…");
    if (m_filter->isNarrowed())
        return tr("No batch matches the search, the fund filter or the alerts filter.");
    switch (view()) {
    case View::Awaiting:
        return tr("Nothing is waiting for your decision.\nNew batches appear here as soon as QI Tech finishes checking them.");
    case View::InProgress:
        return tr("No approved batch is in progress.");
    case View::Completed:
        return tr("No completed batch yet.");
    case View::Closed:
        return tr("No denied or discarded batch.");
    case View::BeforeManager:
        return tr("No batch is being filled or checked.");
    }
    return {};
}

void InboxView::updateEmptyState()
{
    const bool empty = m_loading || m_filter->rowCount() == 0;
    m_empty->setText(emptyText());
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
}

void InboxView::setLoading(bool loading)
{
    m_loading = loading;
    updateEmptyState();
}

void InboxView::setView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

InboxView::View InboxView::view() const
{
    return View(std::clamp(m_tabs->currentIndex(), 0, viewCount - 1));
}

void InboxView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<InboxEntry> InboxView::currentEntry() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return std::nullopt;
    return m_model->entry(m_filter->mapToSource(index).row());
}

bool InboxView::selectBatch(const QString &externalId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (m_model->entry(m_filter->mapToSource(index).row()).ref.externalId == externalId) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void InboxView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const InboxEntry entry = m_model->entry(m_filter->mapToSource(index).row());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(Icons::get(u"open"_s), tr("Open Review"), this, [this, entry] { Q_EMIT openRequested(entry); });
    if (entry.tracked) {
        menu->addAction(Icons::get(u"close"_s), tr("Stop Following This Batch"), this,
                        [this, ref = entry.ref] { Q_EMIT untrackRequested(ref); });
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void InboxView::setNotice(const QString &text, bool warning)
{
    m_notice->setText(warning ? u"⚠ "_s + text : text);
    m_notice->setVisible(!text.isEmpty());
}

// Every batch awaiting you has the same status: its column would only take the fund's and the
// assignor's room.
void InboxView::showColumnsOf(View view)
{
    if (m_table)
        m_table->setColumnHidden(int(InboxModel::Column::Status), view == View::Awaiting);
}

void InboxView::saveState(Settings &settings) const
{
    settings.setTableState(tableName, m_table->horizontalHeader()->saveState());
}

void InboxView::restoreState(const Settings &settings)
{
    const QByteArray state = settings.tableState(tableName);
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    showColumnsOf(View(m_tabs->currentIndex())); // whatever view the saved state was left in
}

} // namespace cessio
