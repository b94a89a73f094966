#pragma once

#include "services/workspace/fundrulesdocument.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace cessio {

// The workspace's watch-list (manager-needs §c item 24): the debtors and assignors no fund of the
// gestora buys from, each with the reason, checked on every batch of every fund. It is the rules document
// of FundRules::everyFundKey(), so it is versioned, shared and (on PostgreSQL) changed only by admins
// like a fund's rules. Rows can be typed or pasted from a spreadsheet (CPF/CNPJ, name, reason: tab- or
// semicolon-separated). What is typed is checked before the dialog closes; nothing is saved here: the
// main window saves parties() once accepted.
class WatchListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WatchListDialog(QWidget *parent = nullptr);

    // The list as the workspace has it: fills the table; read-only unless the login may change it.
    void setDocument(const FundRulesDocument &document);
    void setProblem(const QString &text); // said above the buttons, as plain text
    bool isLoaded() const { return m_document.has_value(); }
    const std::optional<FundRulesDocument> &document() const { return m_document; }
    QList<FundRules::WatchedParty> parties() const { return m_parties; } // once accepted
    QTableWidget *table() const { return m_table; }

    // Rows from a spreadsheet's copied cells: one party per line, its fields tab- or semicolon-separated.
    void pasteRows(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void addRow(const QString &document, const QString &name, const QString &reason);
    std::optional<QList<FundRules::WatchedParty>> readRows(QString *problem) const;

    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<FundRulesDocument> m_document;
    QList<FundRules::WatchedParty> m_parties;
};

} // namespace cessio
