#include "assetmarking.h"

#include "icons.h"
#include "models/assetfiltermodel.h"
#include "models/assettablemodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

AssetMarking::AssetMarking(QTableView *table, AssetTableModel *model, AssetFilterModel *filter, QWidget *buttonParent)
    : QObject(table)
    , m_table(table)
    , m_model(model)
    , m_filter(filter)
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->installEventFilter(this);

    m_button = new QToolButton(buttonParent);
    m_button->setObjectName(u"tickMenuButton"_s);
    m_button->setText(tr("Tick"));
    m_button->setToolTip(tr("Tick many assets at once (or select rows and press Space)"));
    m_button->setAccessibleName(tr("Tick assets"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_button);
    menu->setObjectName(u"tickMenu"_s);
    m_tickShown = menu->addAction(tr("Tick &all shown"));
    connect(m_tickShown, &QAction::triggered, this, &AssetMarking::tickShown);
    m_tickShown->setObjectName(u"tickShownAction"_s);
    m_tickShown->setToolTip(tr("Tick every asset the filters show"));
    m_untickAll = menu->addAction(tr("&Untick all"));
    connect(m_untickAll, &QAction::triggered, m_model, &AssetTableModel::clearChecked);
    m_untickAll->setObjectName(u"untickAllAction"_s);
    menu->addSeparator();
    m_outsideRules = menu->addAction(Icons::get(u"remove-assets"_s), tr("&Remove everything outside the fund rules…"));
    connect(m_outsideRules, &QAction::triggered, this, &AssetMarking::removeOutsideRulesRequested);
    m_outsideRules->setObjectName(u"removeOutsideRulesAction"_s);
    m_button->setMenu(menu);
    setOutsideRules(0, false);
}

bool AssetMarking::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelected();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AssetMarking::toggleSelected()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex());
    QStringList ids;
    bool allTicked = true;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex cell = row.siblingAtColumn(int(AssetTableModel::Column::ExternalId));
        if (!(cell.flags() & Qt::ItemIsUserCheckable))
            continue; // denied, discarded or already in the portfolio
        ids.append(cell.data(AssetTableModel::ExternalIdRole).toString());
        allTicked = allTicked && cell.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    }
    m_model->setChecked(ids, !allTicked);
}

void AssetMarking::tickShown()
{
    QStringList ids;
    ids.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(AssetTableModel::ExternalIdRole).toString());
    m_model->setChecked(ids, true);
}

void AssetMarking::setOutsideRules(int count, bool canRemove)
{
    m_outsideRules->setEnabled(count > 0 && canRemove);
    m_outsideRules->setText(count > 0 ? tr("&Remove everything outside the fund rules (%1)…").arg(QLocale().toString(count))
                                      : tr("&Remove everything outside the fund rules…"));
}

} // namespace cessio
