#pragma once

#include "core/money.h"
#include "qitech/apiclient.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace cessio {

class AnalysisPanel;
class AssetsPanel;
class BatchHeader;
class BatchReview;
class PortfolioPanel;
class ReviewActionBar;
class ReviewNotices;
class Settings;
class TimelinePanel;

// The review of one batch on screen: the key facts, the notices, the decision buttons, and the Assets,
// Analysis and Timeline tabs, all bound to one BatchReview (which loads, checks and says what can be
// done), and the Portfolio tab (the fund's portfolio before and after the batch). The decisions are not made here: the buttons
// emit requests that the main window hands to the decision controller.
class BatchReviewView : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Assets, Analysis, Portfolio, Timeline };
    Q_ENUM(Tab)

    BatchReviewView(ApiClient *client, const BatchRef &ref, QWidget *parent = nullptr);
    ~BatchReviewView() override;

    BatchReview *batchReview() const { return m_review; }
    const BatchRef &ref() const;
    BatchHeader *header() const { return m_header; }
    ReviewNotices *notices() const { return m_notices; }
    AssetsPanel *assetsPanel() const { return m_assets; }
    AnalysisPanel *analysisPanel() const { return m_analysis; }
    PortfolioPanel *portfolioPanel() const { return m_portfolio; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }

    void setTab(Tab tab);
    Tab tab() const;
    QString title() const;
    int tickedCount() const;

    // Emits removeRequested() with the ticked assets, if any (the Remove button and its shortcut).
    void requestRemoval();
    // Ticks exactly the assets outside the fund's rules, shows the batch as it would be without
    // them, and on the manager's go-ahead emits removeRequested() (whose confirmation follows).
    void removeOutsideFundRules();
    // Fetches a fresh term link (they expire) and opens it in the browser.
    void openTerm(bool signedTerm);

    void focusSearch();
    // The Assets tab with only the assets the checks flagged.
    void showFlaggedAssets();
    // What the team is doing on this batch (who reviews it, recommendations), one sentence a line;
    // hidden when empty.
    void setTeamActivity(const QStringList &lines);
    QStringList teamActivity() const;
    void saveState(Settings &settings) const;
    void restoreState(const Settings &settings);

Q_SIGNALS:
    void approveRequested();
    void denyRequested();
    void removeRequested(const QStringList &assetExternalIds, const cessio::Money &value);
    void resumeRemovalRequested(const QStringList &assetExternalIds);
    void exportCsvRequested();
    void exportMemoRequested();
    void fundRulesRequested(); // the manager wants to edit this fund's rules
    void fundBookRequested(); // … or its portfolio (FundBookDialog)
    void titleChanged(const QString &title);
    void tickedChanged(int count);

private:
    void connectLoader();
    void connectReview();
    void updateActions();

    BatchReview *m_review;
    BatchHeader *m_header = nullptr;
    ReviewNotices *m_notices = nullptr;
    QLabel *m_team = nullptr;
    ReviewActionBar *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    AssetsPanel *m_assets = nullptr;
    AnalysisPanel *m_analysis = nullptr;
    PortfolioPanel *m_portfolio = nullptr;
    TimelinePanel *m_timeline = nullptr;
};

} // namespace cessio
