#include "watchlistdialog.h"

#include "core/documentnumber.h"
#include "services/portfolio/portfoliotypes.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

enum Column { Document, Name, Reason, ColumnCount };

// "04.288.523" for a CNPJ root, "529.982.247-25" for a CPF: as people type and read them.
QString rootText(const QString &root)
{
    if (root.size() == 8)
        return root.left(2) + u'.' + root.mid(2, 3) + u'.' + root.mid(5);
    return root.size() == 11 ? DocumentNumber::parse(root).formatted() : root;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

WatchListDialog::WatchListDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"watchListDialog"_s);
    setWindowTitle(tr("Watch-list"));
    setAccessibleName(windowTitle());
    resize(720, 460);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Debtors and assignors no fund buys from — in judicial recovery, blocked, related to a "
                                "service provider. Every batch of every fund is checked against this list: an asset whose "
                                "debtor is listed, and every asset of a listed assignor, is flagged. A CNPJ stands for its "
                                "whole company (head office and branches)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"watchListTable"_s);
    m_table->setAccessibleName(tr("Watched parties"));
    m_table->setHorizontalHeaderLabels({ tr("CPF, CNPJ or CNPJ root"), tr("Name"), tr("Reason") });
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_table->setColumnWidth(Document, 170);
    m_table->verticalHeader()->hide();
    m_table->setEnabled(false); // until the workspace answered
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add party"), this);
    add->setObjectName(u"addPartyButton"_s);
    auto *remove = new QPushButton(tr("&Remove party"), this);
    remove->setObjectName(u"removePartyButton"_s);
    auto *paste = new QPushButton(tr("&Paste rows"), this);
    paste->setObjectName(u"pasteRowsButton"_s);
    paste->setToolTip(tr("Rows copied from a spreadsheet: CPF/CNPJ, name and reason in that order"));
    for (QPushButton *button : { add, remove, paste }) {
        button->setEnabled(false);
        rowButtons->addWidget(button);
    }
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, {}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, Document);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Document));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(paste, &QPushButton::clicked, this, [this] { pasteRows(QApplication::clipboard()->text()); });

    m_status = new QLabel(tr("Reading the watch-list from the workspace…"), this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // quotes what was typed and the server's words
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WatchListDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void WatchListDialog::setDocument(const FundRulesDocument &document)
{
    m_document = document;
    m_table->setRowCount(0);
    for (const FundRules::WatchedParty &party : document.rules.watchList)
        addRow(rootText(party.root), party.name, party.reason);
    const bool editable = document.mayEdit;
    m_table->setEnabled(true);
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (const char *name : { "addPartyButton", "removePartyButton", "pasteRowsButton" })
        findChild<QPushButton *>(QString::fromLatin1(name))->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(editable);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(editable ? tr("Cancel") : tr("Close"));
    QString status = editable ? QString() : tr("Only a workspace admin changes the watch-list.");
    if (!document.problem.isEmpty())
        status = document.problem + (status.isEmpty() ? QString() : u'\n' + status);
    setProblem(status);
}

void WatchListDialog::setProblem(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void WatchListDialog::addRow(const QString &document, const QString &name, const QString &reason)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Document, new QTableWidgetItem(document));
    m_table->setItem(row, Name, new QTableWidgetItem(name));
    m_table->setItem(row, Reason, new QTableWidgetItem(reason));
}

void WatchListDialog::pasteRows(const QString &text)
{
    if (!m_document || !m_document->mayEdit)
        return;
    static const QRegularExpression separator(u"[\\t;]"_s);
    int added = 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (m_table->rowCount() >= FundRules::maxWatchListSize)
            break;
        const QStringList fields = line.split(separator);
        addRow(fields.value(0).trimmed(), fields.value(1).trimmed(), fields.mid(2).join(u' ').trimmed());
        ++added;
    }
    setProblem(added > 0 ? tr("%Ln row(s) pasted: check them, then Save.", nullptr, added)
                         : tr("The clipboard has no rows to paste."));
}

std::optional<QList<FundRules::WatchedParty>> WatchListDialog::readRows(QString *problem) const
{
    QList<FundRules::WatchedParty> parties;
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString typed = cellText(m_table, row, Document);
        const QString name = cellText(m_table, row, Name).left(FundRules::maxWatchTextLength);
        const QString reason = cellText(m_table, row, Reason).left(FundRules::maxWatchTextLength);
        if (typed.isEmpty() && name.isEmpty() && reason.isEmpty())
            continue;
        const std::optional<QString> root = portfolio::relatedPartyRoot(typed);
        if (!root) {
            problems << tr("Row %1: “%2” is not a valid CPF, CNPJ or CNPJ root (8 characters).").arg(row + 1).arg(typed);
            continue;
        }
        parties.append({ *root, name, reason, false });
    }
    if (parties.size() > FundRules::maxWatchListSize)
        problems << tr("The watch-list holds at most %1 parties.").arg(FundRules::maxWatchListSize);
    if (!problems.isEmpty()) {
        *problem = tr("Nothing was saved.") + u'\n' + problems.mid(0, 10).join(u'\n');
        return std::nullopt;
    }
    return parties;
}

void WatchListDialog::accept()
{
    if (!m_document || !m_document->mayEdit) {
        reject();
        return;
    }
    QString problem;
    const auto parties = readRows(&problem);
    if (!parties) {
        setProblem(u"⚠ "_s + problem); // said in words, not by colour
        return;
    }
    m_parties = *parties;
    QDialog::accept();
}

} // namespace cessio
