#pragma once

#include <QObject>

class QAction;
class QTableView;
class QToolButton;
class QWidget;

namespace cessio {

class AssetFilterModel;
class AssetTableModel;

// Ticking many assets at once in the Assets tab: Space ticks (or unticks) every selected row, and a
// "Tick" menu ticks every row the filters show, unticks all, or starts removing everything outside
// the fund's rules. The ticks themselves live in the AssetTableModel.
class AssetMarking : public QObject
{
    Q_OBJECT

public:
    AssetMarking(QTableView *table, AssetTableModel *model, AssetFilterModel *filter, QWidget *buttonParent);

    QToolButton *button() const { return m_button; }
    QAction *tickShownAction() const { return m_tickShown; }
    QAction *untickAllAction() const { return m_untickAll; }
    QAction *removeOutsideRulesAction() const { return m_outsideRules; }

    // Ticks the selected rows, or unticks them when every one of them is ticked already.
    void toggleSelected();
    void tickShown();
    // How many assets are outside the fund's rules, and whether they can be removed now.
    void setOutsideRules(int count, bool canRemove);

Q_SIGNALS:
    void removeOutsideRulesRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    AssetTableModel *m_model;
    AssetFilterModel *m_filter;
    QToolButton *m_button = nullptr;
    QAction *m_tickShown = nullptr;
    QAction *m_untickAll = nullptr;
    QAction *m_outsideRules = nullptr;
};

} // namespace cessio
