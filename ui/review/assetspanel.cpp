#include "assetspanel.h"

#include "assetdetailhtml.h"
#include "assetmarking.h"
#include "icons.h"
#include "models/assetfiltermodel.h"
#include "models/assettablemodel.h"
#include "services/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {
const QString tableName = u"assets.v3"_s; // v2: the Alerts column; v3: the Rate column
const QString splitterName = u"assets.splitter"_s;
} // namespace

AssetsPanel::AssetsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AssetTableModel(this))
    , m_filter(new AssetFilterModel(this))
{
    setObjectName(u"assetsPanel"_s);
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(createFilterBar());
    layout->addWidget(createProgressBar());

    m_table = new QTableView(this);
    m_table->setObjectName(u"assetsTable"_s);
    m_table->setAccessibleName(tr("Assets"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring of 20,000 rows
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const std::pair<AssetTableModel::Column, int> widths[] = {
        { AssetTableModel::Column::ExternalId, 12 },   { AssetTableModel::Column::Type, 9 },
        { AssetTableModel::Column::Debtor, 15 },       { AssetTableModel::Column::DebtorDocument, 11 },
        { AssetTableModel::Column::Maturity, 10 },     { AssetTableModel::Column::FaceValue, 9 },
        { AssetTableModel::Column::PurchaseValue, 9 }, { AssetTableModel::Column::Rate, 6 },
        { AssetTableModel::Column::Status, 9 },        { AssetTableModel::Column::Alerts, 14 },
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width * em);
    m_marking = new AssetMarking(m_table, m_model, m_filter, this);
    auto *bar = static_cast<QBoxLayout *>(m_checked->parentWidget()->layout()); // after the ticked count
    bar->insertWidget(bar->indexOf(m_checked) + 1, m_marking->button());
    connect(m_marking, &AssetMarking::removeOutsideRulesRequested, this, &AssetsPanel::removeOutsideRulesRequested);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"assetDetails"_s);
    m_details->setAccessibleName(tr("Asset details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(
        tr("Select an asset and press Details (or double-click it) to see its installments and debtor."));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"assetsSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setSizes({ 1, 0 }); // the details pane opens with the first asset shown in it
    layout->addWidget(m_splitter, 1);

    connect(m_table, &QTableView::activated, this, [this] {
        if (const QString id = currentExternalId(); !id.isEmpty())
            Q_EMIT detailRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detailsButton->setEnabled(!currentExternalId().isEmpty()); });
    connect(m_model, &AssetTableModel::checkedChanged, this, [this](int count) {
        updateCountLabel();
        Q_EMIT checkedChanged(count);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AssetsPanel::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AssetsPanel::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AssetsPanel::updateCountLabel);
    setTabOrder(m_status, m_type);
    setTabOrder(m_type, m_alertsOnly);
    setTabOrder(m_alertsOnly, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_details);
}

QWidget *AssetsPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_status = new QComboBox(bar);
    m_status->setObjectName(u"assetStatusFilter"_s);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"), -1);
    for (const AssetStatus::Value value : AssetStatus::all()) {
        if (value != AssetStatus::Unknown)
            m_status->addItem(AssetStatus(value).displayName(), int(value));
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_filter->setStatus(value < 0 ? std::nullopt : std::optional(AssetStatus::Value(value)));
    });
    layout->addWidget(m_status);

    m_type = new QComboBox(bar);
    m_type->setObjectName(u"assetTypeFilter"_s);
    m_type->setAccessibleName(tr("Filter by type"));
    m_type->addItem(tr("All types"), -1);
    for (const AssetType::Value value : AssetType::all()) {
        if (value != AssetType::Unknown)
            m_type->addItem(AssetType(value).displayName(), int(value));
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_type->currentData().toInt();
        m_filter->setType(value < 0 ? std::nullopt : std::optional(AssetType::Value(value)));
    });
    layout->addWidget(m_type);

    m_alertsOnly = new QCheckBox(tr("Only with alerts"), bar);
    m_alertsOnly->setObjectName(u"assetAlertsFilter"_s);
    m_alertsOnly->setToolTip(tr("Show only the assets Cessio's checks flagged (computed once every asset has loaded)"));
    m_alertsOnly->setEnabled(false);
    connect(m_alertsOnly, &QCheckBox::toggled, m_filter, &AssetFilterModel::setOnlyWithAlerts);
    layout->addWidget(m_alertsOnly);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"assetSearch"_s);
    m_search->setAccessibleName(tr("Search assets"));
    m_search->setPlaceholderText(tr("Search asset, debtor or CPF/CNPJ"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AssetFilterModel::setSearchText);
    layout->addWidget(m_search, 1);

    m_count = new QLabel(bar);
    m_count->setObjectName(u"assetCount"_s);
    layout->addWidget(m_count);
    m_checked = new QLabel(bar);
    m_checked->setObjectName(u"assetCheckedCount"_s);
    layout->addWidget(m_checked);

    m_detailsButton = new QPushButton(Icons::get(u"details"_s), tr("Details"), bar);
    m_detailsButton->setObjectName(u"assetDetailsButton"_s);
    m_detailsButton->setToolTip(tr("Show the selected asset's installments and debtor"));
    m_detailsButton->setEnabled(false);
    connect(m_detailsButton, &QPushButton::clicked, this, [this] {
        if (const QString id = currentExternalId(); !id.isEmpty())
            Q_EMIT detailRequested(id);
    });
    layout->addWidget(m_detailsButton);
    return bar;
}

QWidget *AssetsPanel::createProgressBar()
{
    m_progressRow = new QWidget(this);
    auto *layout = new QHBoxLayout(m_progressRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(u"assetsProgress"_s);
    m_progress->setAccessibleName(tr("Assets loaded"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setObjectName(u"assetsProgressText"_s);
    m_progressText->setTextFormat(Qt::PlainText); // may quote the server's error
    m_cancel = new QPushButton(Icons::get(u"cancel"_s), tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(u"assetsCancel"_s);
    m_cancel->setToolTip(tr("Stop loading; the assets loaded so far stay in the table"));
    connect(m_cancel, &QPushButton::clicked, this, &AssetsPanel::cancelRequested);
    m_reload = new QPushButton(Icons::get(u"refresh"_s), tr("Load all assets"), m_progressRow);
    m_reload->setObjectName(u"assetsReload"_s);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &AssetsPanel::reloadRequested);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_progressText);
    layout->addWidget(m_cancel);
    layout->addWidget(m_reload);
    m_progressRow->hide();
    return m_progressRow;
}

void AssetsPanel::startLoading()
{
    m_loading = true;
    m_model->clear();
    m_alertsOnly->setChecked(false);
    m_alertsOnly->setEnabled(false);
    m_alertsOnly->setText(tr("Only with alerts"));
    m_progress->setRange(0, 0); // busy until the summary says how many
    m_progressText->setText(tr("Loading assets…"));
    m_cancel->show();
    m_reload->hide();
    m_progress->show();
    m_progressRow->show();
    updateCountLabel();
}

void AssetsPanel::addAssets(const QList<AssetListItem> &assets)
{
    const bool first = m_model->rowCount() == 0;
    m_model->appendAssets(assets);
    // Fit the columns to the first page, unless the user's own layout was restored.
    if (first && !m_layoutRestored) {
        m_table->resizeColumnsToContents();
        const int widest = fontMetrics().horizontalAdvance(u'M') * 20; // long names are elided, not stretched
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
}

void AssetsPanel::setProgress(qsizetype loaded, int expected)
{
    const QLocale locale;
    if (expected > 0) {
        if (m_progress->maximum() != expected)
            m_model->reserve(expected);
        m_progress->setRange(0, expected);
        // QProgressBar::setValue repaints at once, and a synchronous repaint paints everything the
        // window has pending, the growing table included (about 13 ms), once per page: 50 ms stalls
        // while a large batch loads. With updates held, the bar paints with the next frame instead.
        m_progress->setUpdatesEnabled(false);
        m_progress->setValue(int(std::min<qsizetype>(loaded, expected)));
        m_progress->setUpdatesEnabled(true); // an ordinary update()
        m_progressText->setText(tr("%1 of %Ln asset(s)", nullptr, int(expected)).arg(locale.toString(loaded)));
    } else {
        m_progressText->setText(tr("%Ln asset(s)", nullptr, int(loaded)));
    }
}

void AssetsPanel::finishLoading(const ApiError &error)
{
    m_loading = false;
    if (!error.isError()) {
        m_progressRow->hide();
        updateCountLabel();
        return;
    }
    const QLocale locale;
    m_progress->hide();
    m_cancel->hide();
    m_reload->show();
    m_progressText->setText(
        error.category() == ApiError::Category::Cancelled
            ? tr("Loading stopped: %Ln asset(s) loaded. Figures below cover only these.", nullptr, m_model->rowCount())
            : tr("Loading failed after %Ln asset(s): %1", nullptr, m_model->rowCount()).arg(error.userMessage()));
    updateCountLabel();
}

void AssetsPanel::setChecks(const AssetChecks &checks)
{
    m_model->setChecks(checks);
    const int flagged = checks.flaggedCount();
    m_alertsOnly->setText(tr("Only with alerts (%1)").arg(QLocale().toString(flagged)));
    m_alertsOnly->setEnabled(flagged > 0 || m_alertsOnly->isChecked());
    if (m_alertsOnly->isChecked())
        m_filter->invalidate(); // the filter reads the alerts
    updateCountLabel();
}

void AssetsPanel::showOnlyFlagged()
{
    if (!m_alertsOnly->isEnabled())
        return;
    m_status->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_search->clear();
    m_alertsOnly->setChecked(true);
}

void AssetsPanel::setOutsideRules(int count, bool canRemove)
{
    m_marking->setOutsideRules(count, canRemove);
}

void AssetsPanel::updateCountLabel()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%Ln asset(s)", nullptr, total)
                                    : tr("%1 of %Ln asset(s)", nullptr, total).arg(locale.toString(shown)));
    const int checked = m_model->checkedCount();
    m_checked->setVisible(checked > 0);
    if (checked > 0)
        m_checked->setText(
            tr("· %Ln ticked for removal (%1)", nullptr, checked).arg(m_model->checkedPurchaseValue().format(locale)));
}

QString AssetsPanel::currentExternalId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(AssetTableModel::ExternalIdRole).toString() : QString();
}

void AssetsPanel::showDetail(const Asset &asset)
{
    m_detailFor = asset.externalId;
    m_details->setHtml(assetDetailHtml(asset));
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) == 0) { // collapsed: open it
        const int total = sizes.at(0);
        m_splitter->setSizes({ total - total / 3, total / 3 });
    }
}

void AssetsPanel::showDetailProblem(const QString &assetExternalId, const QString &message)
{
    m_details->setPlainText(tr("The details of %1 could not be loaded: %2").arg(assetExternalId, message));
}

void AssetsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AssetsPanel::saveState(Settings &settings) const
{
    settings.setTableState(tableName, m_table->horizontalHeader()->saveState());
    settings.setTableState(splitterName, m_splitter->saveState());
}

void AssetsPanel::restoreState(const Settings &settings)
{
    if (const QByteArray state = settings.tableState(tableName); !state.isEmpty())
        m_layoutRestored = m_table->horizontalHeader()->restoreState(state);
    if (const QByteArray state = settings.tableState(splitterName); !state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace cessio
