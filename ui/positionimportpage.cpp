#include "positionimportpage.h"

#include "filedialog.h"
#include "services/portfolio/portfoliobook.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// Position files are read whole; a larger one is not an administrator's position file.
constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

} // namespace

PositionImportPage::PositionImportPage(std::shared_ptr<PortfolioBook> book, const QString &fundClassKey, QWidget *parent)
    : QWidget(parent)
    , m_book(std::move(book))
    , m_fund(fundClassKey)
{
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen."), this);
    m_file->setObjectName(u"positionFileName"_s);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_chooseButton = new QPushButton(tr("&Choose file…"), this);
    m_chooseButton->setObjectName(u"choosePositionFileButton"_s);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseButton);
    layout->addLayout(fileRow);

    auto *form = new QFormLayout;
    for (int i = 0; i < PositionImport::fieldCount; ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"column_"_s + PositionImport::fieldKey(PositionImport::Field(i)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        form->addRow(PositionImport::fieldName(PositionImport::Field(i)), combo);
        m_columns.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &PositionImportPage::invalidatePreview);
    }
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"positionDateEdit"_s);
    m_date->setCalendarPopup(true);
    form->addRow(tr("Position date"), m_date);
    connect(m_date, &QDateEdit::dateChanged, this, &PositionImportPage::invalidatePreview);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(u"previewPositionsButton"_s);
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(u"importPositionsButton"_s);
    actions->addStretch(1);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_importButton);
    layout->addLayout(actions);
    // Row errors quote the file's cells: plain text only.
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"positionPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview of the position file"));
    layout->addWidget(m_preview, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &PositionImportPage::chooseFile);
    connect(m_previewButton, &QPushButton::clicked, this, &PositionImportPage::preview);
    connect(m_importButton, &QPushButton::clicked, this, &PositionImportPage::import);
    connect(&m_reading, &QFutureWatcher<Read>::finished, this, [this] { onRead(m_reading.result()); });
    connect(&m_previewing, &QFutureWatcher<PositionImport::Result>::finished, this,
            [this] { onPreviewed(m_previewing.result()); });
    connect(&m_importing, &QFutureWatcher<QString>::finished, this, [this] {
        setBusy(false);
        const QString error = m_importing.result();
        if (!error.isEmpty()) {
            Q_EMIT problem(error);
            return;
        }
        m_remembered = mapping();
        const int count = int(m_result->positions.size());
        m_result.reset();
        invalidatePreview();
        Q_EMIT imported(tr("%Ln position(s) imported from %1; the previous import was replaced.", nullptr, count)
                            .arg(QFileInfo(m_path).fileName()));
    });
    invalidatePreview();
}

PositionImportPage::~PositionImportPage()
{
    // The workers hold copies; this only avoids late signals. An import must end before the book is left.
    m_reading.waitForFinished();
    m_previewing.waitForFinished();
    m_importing.waitForFinished();
}

void PositionImportPage::setRemembered(const std::optional<PositionImport::ColumnMapping> &mapping, const QString &lastImport)
{
    m_remembered = mapping;
    if (!lastImport.isEmpty() && m_path.isEmpty())
        m_file->setText(tr("No file chosen. Last import: %1.").arg(lastImport));
}

void PositionImportPage::chooseFile()
{
    const auto choice = FileDialog::openFile(this, tr("Position file"), {},
                                             { tr("Position files (*.csv *.xlsx)"), tr("All files (*)") });
    if (choice)
        openFile(choice->path);
}

void PositionImportPage::openFile(const QString &path)
{
    m_path = path;
    m_read.reset();
    m_file->setText(QFileInfo(path).fileName());
    invalidatePreview();
    setBusy(true);
    m_reading.setFuture(QtConcurrent::run([path] {
        Read read;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            read.error = PositionImportPage::tr("The file could not be opened: %1").arg(file.errorString());
            return read;
        }
        if (file.size() > maxFileBytes) {
            read.error = PositionImportPage::tr("The file is larger than 512 MiB: it is not a position file.");
            return read;
        }
        read.bytes = file.readAll();
        read.xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
        read.headers = PositionImport::readHeaders(read.bytes, read.xlsx, &read.error);
        return read;
    }));
}

void PositionImportPage::onRead(const Read &read)
{
    setBusy(false);
    if (!read.error.isEmpty() || read.headers.isEmpty()) {
        m_preview->setPlainText(read.error);
        return;
    }
    m_read = std::make_shared<const Read>(read);
    // The mapping chosen before for this fund, when it fits this file's columns; else a guess from the header.
    PositionImport::ColumnMapping chosen = PositionImport::suggestMapping(read.headers);
    if (m_remembered
        && std::all_of(m_remembered->columns.cbegin(), m_remembered->columns.cend(),
                       [&](int column) { return column < read.headers.size(); }))
        chosen = *m_remembered;
    for (int i = 0; i < PositionImport::fieldCount; ++i) {
        QComboBox *combo = m_columns.at(i);
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < read.headers.size(); ++column)
            combo->addItem(tr("%1 — %2").arg(PositionImport::columnLetters(column), read.headers.at(column)), column);
        combo->setCurrentIndex(combo->findData(chosen.column(PositionImport::Field(i))));
    }
    invalidatePreview();
    preview();
}

PositionImport::ColumnMapping PositionImportPage::mapping() const
{
    PositionImport::ColumnMapping chosen;
    for (int i = 0; i < PositionImport::fieldCount; ++i)
        chosen.set(PositionImport::Field(i), m_columns.at(i)->currentData().isValid() ? m_columns.at(i)->currentData().toInt() : -1);
    return chosen;
}

PositionImport::Options PositionImportPage::options() const
{
    PositionImport::Options o;
    o.mapping = mapping();
    o.positionDate = m_date->date();
    o.sourceName = QFileInfo(m_path).fileName();
    return o;
}

void PositionImportPage::preview()
{
    if (!m_read || m_busy)
        return;
    // A mapping without the required columns comes back as the result's fileError, naming them.
    setBusy(true);
    m_preview->setPlainText(tr("Reading every row…"));
    m_previewing.setFuture(QtConcurrent::run([read = m_read, o = options()] {
        return read->xlsx ? PositionImport::importXlsx(read->bytes, o) : PositionImport::importCsv(read->bytes, o);
    }));
}

void PositionImportPage::onPreviewed(const PositionImport::Result &result)
{
    setBusy(false);
    m_result.reset();
    const QLocale locale;
    QStringList lines;
    if (!result.fileError.isEmpty()) {
        lines << result.fileError;
    } else if (result.ok()) {
        Money total;
        for (const PortfolioPosition &p : result.positions)
            total += p.presentValue;
        lines << tr("%Ln position(s) read, present value %1. Import replaces the previous import; the batches' positions stay.",
                    nullptr, int(result.positions.size()))
                     .arg(total.format(locale));
        m_result = result;
    } else {
        lines << tr("%Ln row(s) in error: nothing can be imported until the file is corrected.", nullptr, int(result.errorCount));
        for (const PositionImport::RowError &error : result.errors)
            lines << error.message;
        if (result.errorCount > result.errors.size())
            lines << tr("…and %Ln more.", nullptr, int(result.errorCount - result.errors.size()));
    }
    m_preview->setPlainText(lines.join(u'\n'));
    m_importButton->setEnabled(canImport());
}

void PositionImportPage::import()
{
    if (!canImport())
        return;
    setBusy(true);
    const PositionImport::Options o = options();
    m_importing.setFuture(QtConcurrent::run([book = m_book, fund = m_fund, positions = m_result->positions, o] {
        return book->replaceImport(fund, positions, o.mapping, o.sourceName, o.positionDate);
    }));
}

void PositionImportPage::invalidatePreview()
{
    if (!m_busy)
        m_result.reset();
    m_importButton->setEnabled(canImport());
    m_previewButton->setEnabled(m_read && !m_busy);
}

bool PositionImportPage::canImport() const
{
    return m_result.has_value() && !m_busy;
}

QString PositionImportPage::previewText() const
{
    return m_preview->toPlainText();
}

// While a worker reads, previews or imports, the file, the mapping and the date stay as it took them:
// an import that ends names its file and remembers its mapping from these inputs.
void PositionImportPage::setBusy(bool busy)
{
    m_busy = busy;
    m_chooseButton->setEnabled(!busy);
    for (QComboBox *combo : std::as_const(m_columns))
        combo->setEnabled(!busy);
    m_date->setEnabled(!busy);
    m_importButton->setEnabled(canImport());
    m_previewButton->setEnabled(m_read && !busy);
    Q_EMIT busyChanged(busy);
}

} // namespace cessio
