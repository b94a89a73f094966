#pragma once

#include "services/portfolio/portfoliobook.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace cessio {

class PositionImportPage;

// "Fund portfolio" (Carteira do fundo): the fund's book as the pro-forma reads it (issue 11). The
// administrator's position file (PositionImportPage), the net assets (PL) and class equity with their
// date, and the portfolio limits with the related-party watch-list. Each page saves on its own,
// through PortfolioBook on a worker (its file is never written on the UI thread); bookChanged() follows.
class FundBookDialog : public QDialog
{
    Q_OBJECT

public:
    FundBookDialog(std::shared_ptr<PortfolioBook> book, const QString &fundClassKey, const QString &fundName,
                   QWidget *parent = nullptr);
    ~FundBookDialog() override;

    QString fundClassKey() const { return m_fund; }
    PositionImportPage *importPage() const { return m_import; }
    QString statusText() const; // the last save's result or problem
    bool isLoaded() const { return m_loaded; }
    // The net assets or limits page differs from what was read or last saved.
    bool hasUnsavedChanges() const;
    // Close: refused while an import or a save is under way; asks before unsaved edits are dropped.
    void reject() override;

    void saveNetAssets();
    void saveLimits();

Q_SIGNALS:
    void loaded();
    void bookChanged(const QString &fundClassKey);

private:
    enum Page { NetAssetsPage, LimitsPage, PageCount };
    QStringList formOf(Page page) const; // what the page's fields say, to compare with m_clean
    void markClean(Page page) { m_clean[page] = formOf(page); }
    void setImportBusy(bool busy);
    // Pages the login's role may not change are shown, not editable, with a note saying who may.
    void applyPermissions(const PortfolioPermissions &permissions);
    QWidget *createNetAssetsPage();
    QWidget *createLimitsPage();
    QLineEdit *addPercentField(QFormLayout *form, const QString &name, const QString &label);
    void fill(const FundPortfolio &fund);
    void save(Page page, std::function<QString(PortfolioBook &)> change, const QString &done);
    void showStatus(const QString &text, bool problem);
    void addRelatedRow(const QString &root, const QString &name);

    std::shared_ptr<PortfolioBook> m_book;
    QString m_fund;
    bool m_loaded = false;
    QTabWidget *m_tabs = nullptr;
    PositionImportPage *m_import = nullptr;
    QLineEdit *m_netAssets = nullptr;
    QLineEdit *m_classEquity = nullptr;
    QDateEdit *m_netAssetsDate = nullptr;
    QLineEdit *m_maxDebtor = nullptr;
    QLineEdit *m_maxAssignor = nullptr;
    QSpinBox *m_topCount = nullptr;
    QLineEdit *m_maxTop = nullptr;
    QLineEdit *m_minCreditRights = nullptr;
    QLineEdit *m_maxRelated = nullptr;
    QTableWidget *m_related = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_roleNote = nullptr;
    QWidget *m_netAssetsPage = nullptr;
    QWidget *m_limitsPage = nullptr;
    struct Loaded
    {
        std::shared_ptr<const FundPortfolio> fund; // or why not:
        QString error;
        PortfolioPermissions permissions;
    };
    QFutureWatcher<Loaded> m_loading;
    QFutureWatcher<QString> m_saving;
    QString m_savedText;
    Page m_savingPage = NetAssetsPage;
    QStringList m_clean[PageCount]; // each page's fields as read or last saved
};

} // namespace cessio
