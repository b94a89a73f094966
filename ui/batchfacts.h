#pragma once

#include "core/account.h"
#include "core/batch.h"
#include "core/responses.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QGroupBox;
class QWidget;

namespace cessio {

// What the decision dialogs show about a batch and an account, in one place so the approve, deny
// and memo texts say the same thing the same way.
class BatchFacts
{
    Q_DECLARE_TR_FUNCTIONS(BatchFacts)

public:
    // "Fundo Alfa FIDC · 12.345.678/0001-95" — name with the formatted CNPJ (either may be missing).
    static QString partyText(const QString &name, const QString &documentNumber);
    // "000123 (external id B-2024-01)".
    static QString batchText(const Batch &batch);
    // The locale's short date with a four-digit year: "23/11/2026", "11/23/2026".
    static QString dateText(const QDate &date);
    // "8 of 10 approved".
    static QString approvedText(const AssetsSummary &summary);
    // "Checking" / "Conta corrente"; the API name as received when unknown.
    static QString accountTypeName(const QString &apiType);
    // "Itaú (341) · Branch 0001 · Account 12345-6 · Checking".
    static QString accountText(const BankAccount &account);

    // A form with the fund, assignor, batch, date and the totals from assets_summary, the total value
    // large. Labels are selectable so a manager can copy a number.
    static QWidget *createSummaryForm(const Batch &batch, const AssetsSummary &summary, QWidget *parent);
    // The same form in a "Batch" group box, as the decision dialogs show it.
    static QGroupBox *createSummaryBox(const Batch &batch, const AssetsSummary &summary, QWidget *parent);
};

} // namespace cessio
