#pragma once

#include "proforma.h"
#include "qitech/apiclient.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace cessio {

class PortfolioBook;

// The pro-forma of one batch against its fund's book (issue 11): the one place that turns a book and
// a batch into ProForma::compute's input, for `cessio-cli checks`, the review's Portfolio tab and the
// approve dialog.
struct BatchProForma
{
    std::optional<ProForma::Result> result; // nullopt when the book could not be read (see problem)
    QString problem; // why the book could not be read (translated)
    bool bookEmpty = true; // the fund has no positions and no net assets yet: nothing to compare with

    // Reads the fund's book (a file: call it off the UI thread). A batch already in the book (seen
    // complete before) is taken out of the "before" side, so it is not counted twice.
    static BatchProForma compute(PortfolioBook &book, const BatchRef &ref, const Batch &batch,
                                 const QList<AssetListItem> &assets);
};

// Runs BatchProForma on a worker for one review and keeps the latest result. A run asked for while one
// is running starts again when it ends, with the newest input.
class BatchProFormaRunner : public QObject
{
    Q_OBJECT

public:
    explicit BatchProFormaRunner(QObject *parent = nullptr);
    ~BatchProFormaRunner() override;

    void setBook(std::shared_ptr<PortfolioBook> book) { m_book = std::move(book); }
    bool hasBook() const { return m_book != nullptr; }
    // Copies the input and computes on a worker; started() now, ready() when done. Without a book: nothing.
    void run(const BatchRef &ref, const Batch &batch, const QList<AssetListItem> &assets);
    bool isRunning() const { return m_running; }
    const std::optional<BatchProForma> &latest() const { return m_latest; }

Q_SIGNALS:
    void started();
    void ready(); // latest() holds the result

private:
    void onFinished();

    struct Input
    {
        BatchRef ref;
        Batch batch;
        QList<AssetListItem> assets;
    };
    std::shared_ptr<PortfolioBook> m_book;
    QFutureWatcher<BatchProForma> m_watcher;
    std::optional<Input> m_again;
    std::optional<BatchProForma> m_latest;
    bool m_running = false;
};

} // namespace cessio
