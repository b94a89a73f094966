#pragma once

#include "core/statuses.h"
#include "services/inboxservice.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace cessio {

class InboxFilterModel;
class InboxModel;
class Settings;

// The inbox: status views as tabs with counts (awaiting your decision first), the total value awaiting
// your decision, a fund filter, a search field, "only with alerts" and the table. The counts and the
// total follow the fund filter, the search and the alerts filter. Enter or a double click opens the
// batch's review.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    // The views, in tab order.
    enum class View { Awaiting, InProgress, Completed, Closed, BeforeManager };
    Q_ENUM(View)

    explicit InboxView(InboxModel *model, QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    InboxFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *fundFilter() const { return m_fund; }
    QTabBar *viewTabs() const { return m_tabs; }
    QCheckBox *alertsOnly() const { return m_alertsOnly; }
    QLabel *awaitingTotal() const { return m_total; }

    void setView(View view);
    View view() const;
    void focusSearch();
    // The selected batch, if any.
    std::optional<InboxEntry> currentEntry() const;
    bool selectBatch(const QString &externalId); // in the current view

    // Shown above the table: problems of the last refresh, "listing unavailable", ... ("" hides it).
    void setNotice(const QString &text, bool warning);
    // "Loading…" until the first refresh, then the table or the view's empty message.
    void setLoading(bool loading);

    void saveState(Settings &settings) const;
    void restoreState(const Settings &settings);

    static BatchStatus::Stage stageOf(View view);

Q_SIGNALS:
    void openRequested(const cessio::InboxEntry &entry);
    void untrackRequested(const cessio::BatchRef &ref); // "Stop following" on a batch added by external id
    void currentEntryChanged();

private:
    QWidget *createFilterBar();
    void updateCounts();
    void updateTotal();
    void filtersChanged();
    void updateFunds();
    void updateEmptyState();
    void showColumnsOf(View view);
    QString emptyText() const;
    void showContextMenu(const QPoint &position);

    InboxModel *m_model;
    InboxFilterModel *m_filter;
    QTabBar *m_tabs = nullptr;
    QComboBox *m_fund = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_alertsOnly = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    bool m_loading = true;
};

} // namespace cessio
