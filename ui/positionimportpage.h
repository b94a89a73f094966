#pragma once

#include "services/portfolio/positionimport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cessio {

class PortfolioBook;

// The "Position file" page of the fund's book (FundBookDialog): the administrator's CSV or XLSX file,
// its columns mapped once per fund (the last mapping is remembered by the book, else guessed from the
// header), a preview that reads every row on a worker and lists the rows in error, and Import, offered
// only for a preview without errors: all positions or none replace the previous import.
class PositionImportPage : public QWidget
{
    Q_OBJECT

public:
    PositionImportPage(std::shared_ptr<PortfolioBook> book, const QString &fundClassKey, QWidget *parent = nullptr);
    ~PositionImportPage() override;

    // The mapping the book remembers for the fund, and what was last imported ("" when nothing).
    void setRemembered(const std::optional<PositionImport::ColumnMapping> &mapping, const QString &lastImport);
    // Reads `path` on a worker (what "Choose file…" does after the file dialog).
    void openFile(const QString &path);
    void preview();
    void import();
    QString previewText() const;
    bool canImport() const;
    bool isBusy() const { return m_busy; } // reading, previewing or importing: the inputs are locked

Q_SIGNALS:
    void imported(const QString &message); // the book changed
    void problem(const QString &message);
    void busyChanged(bool busy);

private:
    struct Read
    {
        QByteArray bytes;
        bool xlsx = false;
        QStringList headers;
        QString error;
    };
    void chooseFile();
    void onRead(const Read &read);
    void onPreviewed(const PositionImport::Result &result);
    PositionImport::ColumnMapping mapping() const;
    PositionImport::Options options() const;
    void invalidatePreview();
    void setBusy(bool busy);

    std::shared_ptr<PortfolioBook> m_book;
    QString m_fund;
    std::optional<PositionImport::ColumnMapping> m_remembered;
    QString m_path;
    std::shared_ptr<const Read> m_read; // the file's bytes, shared with the preview's worker
    std::optional<PositionImport::Result> m_result; // the preview, while the inputs are unchanged
    QLabel *m_file = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QList<QComboBox *> m_columns; // one per PositionImport::Field
    QDateEdit *m_date = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QFutureWatcher<Read> m_reading;
    QFutureWatcher<PositionImport::Result> m_previewing;
    QFutureWatcher<QString> m_importing;
    bool m_busy = false;
};

} // namespace cessio
