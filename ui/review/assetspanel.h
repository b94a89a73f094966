#pragma once

#include "core/asset.h"
#include "qitech/apierror.h"
#include "services/assetchecks.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace cessio {

class AssetFilterModel;
class AssetMarking;
class AssetTableModel;
class Settings;

// The Assets tab of a batch review: every asset as it loads (progress and Cancel), filters by status,
// type, alerts and text, denial reasons in their own column, tick boxes to choose assets for removal (many at
// once: AssetMarking), and the details of one asset (installments, borrower) on demand in a side pane.
class AssetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssetsPanel(QWidget *parent = nullptr);

    AssetTableModel *model() const { return m_model; }
    AssetFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *alertsOnlyBox() const { return m_alertsOnly; }
    AssetMarking *marking() const { return m_marking; }

    void startLoading();
    void addAssets(const QList<AssetListItem> &assets);
    void setProgress(qsizetype loaded, int expected);
    void finishLoading(const ApiError &error);
    // The batch checks' alerts, once computed: the Alerts column and the "only with alerts" filter.
    void setChecks(const AssetChecks &checks);
    void showOnlyFlagged();
    // How many assets are outside the fund's rules, and whether they can be removed now.
    void setOutsideRules(int count, bool canRemove);

    void showDetail(const Asset &asset);
    void showDetailProblem(const QString &assetExternalId, const QString &message);
    // The selected row's asset, if any.
    QString currentExternalId() const;

    void focusSearch();
    void saveState(Settings &settings) const;
    void restoreState(const Settings &settings);

Q_SIGNALS:
    void cancelRequested();
    void reloadRequested();
    void detailRequested(const QString &assetExternalId);
    void checkedChanged(int count);
    void removeOutsideRulesRequested();

private:
    QWidget *createFilterBar();
    QWidget *createProgressBar();
    void updateCountLabel();

    AssetTableModel *m_model;
    AssetFilterModel *m_filter;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_alertsOnly = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_checked = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_reload = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    AssetMarking *m_marking = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_detailsButton = nullptr;
    bool m_loading = false;
    bool m_layoutRestored = false;
    QString m_detailFor;
};

} // namespace cessio
