#include "fundbookdialog.h"

#include "messagebox.h"
#include "positionimportpage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// 1250 → "12,50" (pt_BR) / "12.50": exact, from integers.
QString percentText(const std::optional<int> &basisPoints)
{
    if (!basisPoints)
        return {};
    return u"%1%2%3"_s.arg(*basisPoints / 100).arg(QLocale().decimalPoint()).arg(*basisPoints % 100, 2, 10, QChar(u'0'));
}

std::optional<Money> amountFrom(const QString &text)
{
    if (auto plain = Money::fromDecimalString(text.trimmed()))
        return plain;
    return Money::fromUserText(text.trimmed(), QLocale());
}

} // namespace

FundBookDialog::FundBookDialog(std::shared_ptr<PortfolioBook> book, const QString &fundClassKey, const QString &fundName,
                               QWidget *parent)
    : QDialog(parent)
    , m_book(std::move(book))
    , m_fund(fundClassKey)
{
    setObjectName(u"fundBookDialog"_s);
    setWindowTitle(tr("Fund portfolio — %1").arg(fundName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What Cessio counts as this fund's portfolio before each batch: the batches it saw completed, "
                                "the administrator's position file, the net assets (PL) and the regulamento's limits."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"fundBookTabs"_s);
    m_import = new PositionImportPage(m_book, m_fund, m_tabs);
    m_tabs->addTab(m_import, tr("Position &file"));
    m_netAssetsPage = createNetAssetsPage();
    m_limitsPage = createLimitsPage();
    m_tabs->addTab(m_netAssetsPage, tr("&Net assets"));
    m_tabs->addTab(m_limitsPage, tr("&Limits"));
    m_tabs->setEnabled(false); // until the book is read
    layout->addWidget(m_tabs, 1);
    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(u"fundBookRoleNote"_s);
    m_roleNote->setWordWrap(true);
    m_roleNote->hide();
    layout->addWidget(m_roleNote);
    m_status = new QLabel(tr("Reading the fund's portfolio…"), this);
    m_status->setObjectName(u"fundBookStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // a file's or the book's error may quote anything
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_import, &PositionImportPage::imported, this, [this](const QString &message) {
        showStatus(message, false);
        Q_EMIT bookChanged(m_fund);
    });
    connect(m_import, &PositionImportPage::problem, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_import, &PositionImportPage::busyChanged, this, &FundBookDialog::setImportBusy);
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, [this] {
        const Loaded read = m_loading.result();
        if (!read.fund) {
            showStatus(read.error, true); // left untouched: nothing here may overwrite a book that cannot be read
            return;
        }
        fill(*read.fund);
        applyPermissions(read.permissions);
        markClean(NetAssetsPage);
        markClean(LimitsPage);
        m_tabs->setEnabled(true);
        m_loaded = true;
        showStatus({}, false);
        Q_EMIT loaded();
    });
    connect(&m_saving, &QFutureWatcher<QString>::finished, this, [this] {
        m_tabs->setEnabled(true);
        const QString error = m_saving.result();
        showStatus(error.isEmpty() ? m_savedText : error, !error.isEmpty());
        if (error.isEmpty()) {
            markClean(m_savingPage);
            Q_EMIT bookChanged(m_fund);
        }
    });
    m_loading.setFuture(QtConcurrent::run([book = m_book, fund = m_fund] {
        Loaded read;
        read.fund = book->fund(fund, &read.error);
        read.permissions = book->permissions();
        return read;
    }));
    resize(640, 560);
}

FundBookDialog::~FundBookDialog()
{
    m_loading.waitForFinished();
    m_saving.waitForFinished(); // a save under way ends before the dialog goes
}

QWidget *FundBookDialog::createNetAssetsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_netAssets = new QLineEdit(page);
    m_netAssets->setObjectName(u"netAssetsEdit"_s);
    m_classEquity = new QLineEdit(page);
    m_classEquity->setObjectName(u"classEquityEdit"_s);
    m_netAssetsDate = new QDateEdit(QDate::currentDate(), page);
    m_netAssetsDate->setObjectName(u"netAssetsDateEdit"_s);
    m_netAssetsDate->setCalendarPopup(true);
    form->addRow(tr("Net assets (PL), R$"), m_netAssets);
    form->addRow(tr("Class equity, R$"), m_classEquity);
    form->addRow(tr("Date"), m_netAssetsDate);
    auto *save = new QPushButton(tr("&Save net assets"), page);
    save->setObjectName(u"saveNetAssetsButton"_s);
    form->addRow(QString(), save);
    connect(save, &QPushButton::clicked, this, &FundBookDialog::saveNetAssets);
    return page;
}

QLineEdit *FundBookDialog::addPercentField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(name);
    edit->setPlaceholderText(tr("no limit"));
    form->addRow(label, edit);
    return edit;
}

QWidget *FundBookDialog::createLimitsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Percentages of the net assets (PL), as the regulamento sets them; empty: no limit."), page);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_maxDebtor = addPercentField(form, u"maxDebtorEdit"_s, tr("Largest debtor, at most %"));
    m_maxAssignor = addPercentField(form, u"maxAssignorEdit"_s, tr("Largest assignor, at most %"));
    m_topCount = new QSpinBox(page);
    m_topCount->setObjectName(u"topDebtorsCountSpin"_s);
    m_topCount->setRange(1, 100);
    form->addRow(tr("Number of largest debtors counted together"), m_topCount);
    m_maxTop = addPercentField(form, u"maxTopDebtorsEdit"_s, tr("Those largest debtors together, at most %"));
    m_minCreditRights = addPercentField(form, u"minCreditRightsEdit"_s, tr("Credit rights, at least %"));
    m_maxRelated = addPercentField(form, u"maxRelatedPartiesEdit"_s, tr("Related parties together, at most %"));

    layout->addWidget(new QLabel(tr("Related parties (CPF, CNPJ or CNPJ root of 8 characters):"), page));
    m_related = new QTableWidget(0, 2, page);
    m_related->setObjectName(u"relatedPartiesTable"_s);
    m_related->setHorizontalHeaderLabels({ tr("CPF/CNPJ or root"), tr("Name") });
    m_related->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_related->verticalHeader()->hide();
    layout->addWidget(m_related, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add party"), page);
    add->setObjectName(u"addRelatedPartyButton"_s);
    auto *remove = new QPushButton(tr("&Remove party"), page);
    remove->setObjectName(u"removeRelatedPartyButton"_s);
    auto *save = new QPushButton(tr("&Save limits"), page);
    save->setObjectName(u"saveLimitsButton"_s);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(save);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRelatedRow({}, {});
        m_related->editItem(m_related->item(m_related->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_related->currentRow() >= 0)
            m_related->removeRow(m_related->currentRow());
    });
    connect(save, &QPushButton::clicked, this, &FundBookDialog::saveLimits);
    return page;
}

void FundBookDialog::addRelatedRow(const QString &root, const QString &name)
{
    const int row = m_related->rowCount();
    m_related->insertRow(row);
    m_related->setItem(row, 0, new QTableWidgetItem(root));
    m_related->setItem(row, 1, new QTableWidgetItem(name));
}

void FundBookDialog::fill(const FundPortfolio &fund)
{
    m_import->setRemembered(fund.importMapping,
                            fund.importedFile.isEmpty()
                                ? QString()
                                : tr("%1 of %2, %Ln position(s)", nullptr, fund.importedCount)
                                      .arg(fund.importedFile, QLocale().toString(fund.importedPositionDate, QLocale::ShortFormat)));
    const QLocale locale;
    if (fund.netAssets.isUsable()) {
        m_netAssets->setText(fund.netAssets.netAssets.formatNumber(locale));
        m_classEquity->setText(fund.netAssets.classEquity.formatNumber(locale));
        m_netAssetsDate->setDate(fund.netAssets.date);
    }
    const PortfolioLimits &limits = fund.limits;
    m_maxDebtor->setText(percentText(limits.maxDebtorBasisPoints));
    m_maxAssignor->setText(percentText(limits.maxAssignorBasisPoints));
    m_topCount->setValue(limits.topDebtorsCount);
    m_maxTop->setText(percentText(limits.maxTopDebtorsBasisPoints));
    m_minCreditRights->setText(percentText(limits.minCreditRightsBasisPoints));
    m_maxRelated->setText(percentText(limits.maxRelatedPartiesBasisPoints));
    m_related->setRowCount(0);
    for (const PortfolioLimits::RelatedParty &party : limits.relatedParties)
        addRelatedRow(party.root, party.name);
}

void FundBookDialog::saveNetAssets()
{
    const std::optional<Money> value = amountFrom(m_netAssets->text());
    const std::optional<Money> equity
        = m_classEquity->text().trimmed().isEmpty() ? std::optional<Money>(Money()) : amountFrom(m_classEquity->text());
    if (!value || value->centavos() <= 0 || !equity || equity->isNegative()) {
        showStatus(tr("Net assets and class equity are amounts in reais, such as 12.500.000,00; net assets above zero."), true);
        return;
    }
    const NetAssets netAssets { *value, *equity, m_netAssetsDate->date() };
    save(
        NetAssetsPage, [fund = m_fund, netAssets](PortfolioBook &book) { return book.setNetAssets(fund, netAssets); },
        tr("Net assets of %1 saved.").arg(QLocale().toString(netAssets.date, QLocale::ShortFormat)));
}

void FundBookDialog::saveLimits()
{
    PortfolioLimits limits;
    QStringList problems;
    const auto percentage = [&](QLineEdit *edit, std::optional<int> *target, const QString &label) {
        if (edit->text().trimmed().isEmpty())
            return;
        *target = portfolio::parsePercentBasisPoints(edit->text());
        if (!*target)
            problems << tr("%1: “%2” is not a percentage from 0 to 100 with at most two decimals.").arg(label, edit->text());
    };
    percentage(m_maxDebtor, &limits.maxDebtorBasisPoints, tr("Largest debtor"));
    percentage(m_maxAssignor, &limits.maxAssignorBasisPoints, tr("Largest assignor"));
    limits.topDebtorsCount = m_topCount->value();
    percentage(m_maxTop, &limits.maxTopDebtorsBasisPoints, tr("Largest debtors together"));
    percentage(m_minCreditRights, &limits.minCreditRightsBasisPoints, tr("Credit rights"));
    percentage(m_maxRelated, &limits.maxRelatedPartiesBasisPoints, tr("Related parties"));
    for (int row = 0; row < m_related->rowCount(); ++row) {
        const QString typed = m_related->item(row, 0) ? m_related->item(row, 0)->text().trimmed() : QString();
        const QString name = m_related->item(row, 1) ? m_related->item(row, 1)->text().trimmed() : QString();
        if (typed.isEmpty() && name.isEmpty())
            continue;
        const std::optional<QString> root = portfolio::relatedPartyRoot(typed);
        if (!root)
            problems << tr("Related party on row %1: “%2” is not a valid CPF, CNPJ or CNPJ root (8 characters).")
                            .arg(row + 1)
                            .arg(typed);
        else
            limits.relatedParties.append({ *root, name });
    }
    if (!problems.isEmpty()) {
        showStatus(tr("Nothing was saved.") + u'\n' + problems.join(u'\n'), true);
        return;
    }
    save(
        LimitsPage, [fund = m_fund, limits](PortfolioBook &book) { return book.setLimits(fund, limits); },
        tr("Portfolio limits saved."));
}

void FundBookDialog::save(Page page, std::function<QString(PortfolioBook &)> change, const QString &done)
{
    if (m_saving.isRunning())
        return;
    m_savingPage = page;
    m_savedText = done;
    m_tabs->setEnabled(false);
    showStatus(tr("Saving…"), false);
    m_saving.setFuture(QtConcurrent::run([book = m_book, change = std::move(change)] { return change(*book); }));
}

QStringList FundBookDialog::formOf(Page page) const
{
    if (page == NetAssetsPage)
        return { m_netAssets->text().trimmed(), m_classEquity->text().trimmed(), m_netAssetsDate->date().toString(Qt::ISODate) };
    QStringList form { m_maxDebtor->text().trimmed(), m_maxAssignor->text().trimmed(),     QString::number(m_topCount->value()),
                       m_maxTop->text().trimmed(),    m_minCreditRights->text().trimmed(), m_maxRelated->text().trimmed() };
    for (int row = 0; row < m_related->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            const QTableWidgetItem *item = m_related->item(row, column);
            form << (item ? item->text().trimmed() : QString());
        }
    }
    return form;
}

bool FundBookDialog::hasUnsavedChanges() const
{
    if (!m_loaded)
        return false;
    return formOf(NetAssetsPage) != m_clean[NetAssetsPage] || formOf(LimitsPage) != m_clean[LimitsPage];
}

void FundBookDialog::applyPermissions(const PortfolioPermissions &permissions)
{
    const auto setEditable = [](QWidget *page, bool editable) {
        for (QWidget *field : page->findChildren<QWidget *>())
            if (qobject_cast<QLineEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QPushButton *>(field)
                || qobject_cast<QTableWidget *>(field))
                field->setEnabled(editable);
    };
    m_import->setEnabled(permissions.netAssetsAndImport);
    setEditable(m_netAssetsPage, permissions.netAssetsAndImport);
    setEditable(m_limitsPage, permissions.limits);
    if (!permissions.netAssetsAndImport)
        m_roleNote->setText(tr("Your role in the team workspace lets you see this book, not change it: approvers set the net "
                               "assets and import the position file, admins set the limits. The batches your desktop sees "
                               "completed are still added."));
    else if (!permissions.limits)
        m_roleNote->setText(tr("Only a workspace admin changes the limits, as the fund's rules."));
    m_roleNote->setVisible(!permissions.netAssetsAndImport || !permissions.limits);
}

// The position file's import replaces the book's positions; the other pages wait until it has.
void FundBookDialog::setImportBusy(bool busy)
{
    m_tabs->setTabEnabled(1, !busy);
    m_tabs->setTabEnabled(2, !busy);
}

void FundBookDialog::reject()
{
    if (m_import->isBusy() || m_saving.isRunning()) {
        // Closing would wait on the UI thread for the book's file to be written.
        showStatus(tr("Still reading or writing the fund's portfolio: close when it has finished."), true);
        return;
    }
    if (hasUnsavedChanges()
        && MessageBox::question(this, tr("Unsaved changes"),
                                tr("The net assets or limits you changed were not saved. Close and discard them?"),
                                MessageBox::Buttons(QMessageBox::Discard | QMessageBox::Cancel), QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void FundBookDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b01c1c;"_s : QString());
}

QString FundBookDialog::statusText() const
{
    return m_status->text();
}

} // namespace cessio
