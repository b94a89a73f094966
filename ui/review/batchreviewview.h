#pragma once

#include "qitech/apiclient.h"
#include "services/assetanalysis.h"
#include "services/fundrules.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cessio {

class AnalysisPanel;
class AssetsPanel;
class BatchHeader;
class BatchLoader;
class Settings;
class TimelinePanel;

// The review of one batch: the key facts, the decision buttons, and the Assets, Analysis and Timeline
// tabs. Loads everything itself (BatchLoader) and computes the analysis off the UI thread once the
// assets are in. The decisions are not made here: the buttons emit requests that the main window
// hands to the decision controller.
class BatchReviewView : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Assets, Analysis, Timeline };
    Q_ENUM(Tab)

    BatchReviewView(ApiClient *client, const BatchRef &ref, QWidget *parent = nullptr);
    ~BatchReviewView() override;

    const BatchRef &ref() const { return m_ref; }
    BatchLoader *loader() const { return m_loader; }
    BatchHeader *header() const { return m_header; }
    AssetsPanel *assetsPanel() const { return m_assets; }
    AnalysisPanel *analysisPanel() const { return m_analysis; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }

    void setTab(Tab tab);
    Tab tab() const;
    QString title() const;
    const std::optional<AssetAnalysis> &analysis() const { return m_analysisResult; }
    // Batch, summary, every asset and the analysis are in.
    bool isFullyLoaded() const;
    bool canDecide() const; // awaiting the manager, with batch and summary loaded

    void reload(bool withAssets);
    // An asset removal stopped midway: "N assets still to remove [Finish removal]".
    void showRemovalInterrupted(const QStringList &remainingAssets);
    void hideRemovalInterrupted();
    QStringList remainingRemoval() const { return m_remaining; }

    // Emits removeRequested() with the ticked assets, if any (the Remove button and its shortcut).
    void requestRemoval();

    // Fetches a fresh term link (they expire) and opens it in the browser.
    void openTerm(bool signedTerm);

    void focusSearch();
    // The Assets tab with only the assets the checks flagged.
    void showFlaggedAssets();
    // The fund's limits (or why they could not be read); the checks run again when they change.
    void setFundRules(const FundRules &rules, const QString &problem = {});
    const FundRules &fundRules() const { return m_rules; }
    // Where the titles of checked batches are kept: this batch's are compared with them and added.
    void setTitleIndex(std::shared_ptr<TitleIndex> index) { m_titleIndex = std::move(index); }
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
    void problem(const QString &message); // something the manager should know, for the status bar
    void titleChanged(const QString &title);
    void fullyLoaded();
    void actionsChanged(); // the enabled state of the decision actions may have changed

private:
    QWidget *createActionBar();
    QWidget *createRemovalBanner();
    QPushButton *addButton(const QString &name, const QString &icon, const QString &text, const QString &tip);
    void updateActions();
    void startAnalysis();
    void onAnalysisReady();
    void recordTitles();

    ApiClient *m_client;
    BatchRef m_ref;
    BatchLoader *m_loader;
    BatchHeader *m_header = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTabWidget *m_tabs = nullptr;
    AssetsPanel *m_assets = nullptr;
    AnalysisPanel *m_analysis = nullptr;
    TimelinePanel *m_timeline = nullptr;
    QWidget *m_actionBar = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_deny = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_term = nullptr;
    QPushButton *m_signedTerm = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportMemo = nullptr;
    QFutureWatcher<AssetAnalysis> m_analysisWatcher;
    std::optional<AssetAnalysis> m_analysisResult;
    bool m_analysisPartial = false;
    bool m_analysisAgain = false;
    bool m_assetsDone = false;
    bool m_assetsPartial = false;
    QStringList m_remaining;
    FundRules m_rules;
    std::shared_ptr<TitleIndex> m_titleIndex;
    QString m_rulesProblem;
};

} // namespace cessio
