<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisCharts</name>
    <message numerus="yes">
        <source>Others (%n debtors)</source>
        <translation>
            <numerusform>Others (%n debtor)</numerusform>
            <numerusform>Others (%n debtors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalMemo</name>
    <message numerus="yes">
        <source>%n other debtor(s)</source>
        <translation>
            <numerusform>%n other debtor</numerusform>
            <numerusform>%n other debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 assets checked have alerts.</source>
        <translation>
            <numerusform>%Ln of the %1 assets checked has alerts.</numerusform>
            <numerusform>%Ln of the %1 assets checked have alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <source>The record is intact: %n entries checked.</source>
        <translation>
            <numerusform>The record is intact: %n entry checked.</numerusform>
            <numerusform>The record is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchLocator</name>
    <message numerus="yes">
        <source>Batch %1 was not found in the %n configuration(s) tried.</source>
        <translation>
            <numerusform>Batch %1 was not found in the %n configuration tried.</numerusform>
            <numerusform>Batch %1 was not found in the %n configurations tried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>%n asset(s) exported to %1.</source>
        <translation>
            <numerusform>%n asset exported to %1.</numerusform>
            <numerusform>%n assets exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AnalysisPanel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n other debtors</source>
        <translation>
            <numerusform>The %n other debtor</numerusform>
            <numerusform>All %n other debtors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ApproveDialog</name>
    <message numerus="yes">
        <source>%n of the assets being bought have alerts (%1). Look at them in the Analysis tab, or remove them before approving.</source>
        <translation>
            <numerusform>%n of the assets being bought has alerts (%1). Look at it in the Analysis tab, or remove it before approving.</numerusform>
            <numerusform>%n of the assets being bought have alerts (%1). Look at them in the Analysis tab, or remove them before approving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AssetChecks</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AssetTableModel</name>
    <message numerus="yes">
        <source>%n installments, from %1 to %2</source>
        <translation>
            <numerusform>%n installment, from %1 to %2</numerusform>
            <numerusform>%n installments, from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n installments)</source>
        <translation>
            <numerusform>%1 (%n installment)</numerusform>
            <numerusform>%1 (%n installments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AssetsPanel</name>
    <message numerus="yes">
        <source>· %n ticked for removal (%1)</source>
        <translation>
            <numerusform>· %n ticked for removal (%1)</numerusform>
            <numerusform>· %n ticked for removal (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AuditLogDialog</name>
    <message numerus="yes">
        <source>Showing %1 of %n entries.</source>
        <translation>
            <numerusform>Showing %1 of %n entry.</numerusform>
            <numerusform>Showing %1 of %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) before it are intact. Keep the file as it is and tell your auditor.</source>
        <translation>
            <numerusform>The entry before it is intact. Keep the file as it is and tell your auditor.</numerusform>
            <numerusform>The %n entries before it are intact. Keep the file as it is and tell your auditor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with alerts</source>
        <translation>
            <numerusform>%n with alerts</numerusform>
            <numerusform>%n with alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::BatchHeader</name>
    <message numerus="yes">
        <source>%1 in %n discount(s)</source>
        <translation>
            <numerusform>%1 in %n discount</numerusform>
            <numerusform>%1 in %n discounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n asset(s) flagged</source>
        <translation>
            <numerusform>⚠ %n asset flagged</numerusform>
            <numerusform>⚠ %n assets flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n fund rule(s) broken</source>
        <translation>
            <numerusform>⚠ %n fund rule broken</numerusform>
            <numerusform>⚠ %n fund rules broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::BatchReviewView</name>
    <message numerus="yes">
        <source>Asset removal interrupted — %n asset(s) still to remove. The batch is reopened at QI Tech until the removal is finished.</source>
        <translation>
            <numerusform>Asset removal interrupted — %n asset still to remove. The batch is reopened at QI Tech until the removal is finished.</numerusform>
            <numerusform>Asset removal interrupted — %n assets still to remove. The batch is reopened at QI Tech until the removal is finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n ticked asset(s)…</source>
        <translation>
            <numerusform>Remove %n ticked asset…</numerusform>
            <numerusform>Remove %n ticked assets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ChecksPanel</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln of the %1 assets checked have alerts:</source>
        <translation>
            <numerusform>⚠ %Ln of the %1 assets checked has alerts:</numerusform>
            <numerusform>⚠ %Ln of the %1 assets checked have alerts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n fund rule(s) broken:</source>
        <translation>
            <numerusform>⚠ %n fund rule broken:</numerusform>
            <numerusform>⚠ %n fund rules broken:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::DecisionController</name>
    <message numerus="yes">
        <source>Remove %n asset(s) worth %1 from batch %2?</source>
        <translation>
            <numerusform>Remove %n asset worth %1 from batch %2?</numerusform>
            <numerusform>Remove %n assets worth %1 from batch %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n asset(s) from batch %1?</source>
        <translation>
            <numerusform>Remove %n asset from batch %1?</numerusform>
            <numerusform>Remove %n assets from batch %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n asset(s)</source>
        <translation>
            <numerusform>&amp;Remove %n asset</numerusform>
            <numerusform>&amp;Remove %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) removed</source>
        <translation>
            <numerusform>%1 of %n asset removed</numerusform>
            <numerusform>%1 of %n assets removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n asset(s) removed. Closing the batch for approval again…</source>
        <translation>
            <numerusform>The asset was removed. Closing the batch for approval again…</numerusform>
            <numerusform>All %n assets removed. Closing the batch for approval again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) removed. QI Tech checks the batch again and it comes back for your approval.</source>
        <translation>
            <numerusform>%n asset removed. QI Tech checks the batch again and it comes back for your approval.</numerusform>
            <numerusform>%n assets removed. QI Tech checks the batch again and it comes back for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::FundRules</name>
    <message numerus="yes">
        <source>term of %Ln days (limit %1)</source>
        <translation>
            <numerusform>term of %Ln day (limit %1)</numerusform>
            <numerusform>term of %Ln days (limit %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days to spare</source>
        <translation>
            <numerusform>%Ln day to spare</numerusform>
            <numerusform>%Ln days to spare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) owed by people</source>
        <translation>
            <numerusform>%Ln asset owed by a person</numerusform>
            <numerusform>%Ln assets owed by people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) of other types</source>
        <translation>
            <numerusform>%Ln asset of another type</numerusform>
            <numerusform>%Ln assets of other types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) outside</source>
        <translation>
            <numerusform>%n asset outside</numerusform><numerusform>%n assets outside</numerusform></translation>
    </message>
</context>
<context>
    <name>cessio::InboxModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::MainWindow</name>
    <message numerus="yes">
        <source>%n place(s) could not be read; the rows shown for them may be out of date. %1</source>
        <translation>
            <numerusform>%n place could not be read; the rows shown for them may be out of date. %1</numerusform>
            <numerusform>%n places could not be read; the rows shown for them may be out of date. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::Notifier</name>
    <message numerus="yes">
        <source>%n new batch(es) awaiting your decision</source>
        <translation>
            <numerusform>%n new batch awaiting your decision</numerusform>
            <numerusform>%n new batches awaiting your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ProfileDialog</name>
    <message numerus="yes">
        <source>✔ %1: connected (%n configuration(s) on the first page).</source>
        <translation>
            <numerusform>✔ %1: connected (%n configuration on the first page).</numerusform>
            <numerusform>✔ %1: connected (%n configurations on the first page).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n record entry(ies) written to %1</source>
        <translation>
            <numerusform>%n record entry written to %1</numerusform>
            <numerusform>%n record entries written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) written to %1</source>
        <translation>
            <numerusform>%n asset written to %1</numerusform>
            <numerusform>%n assets written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s); total of those not denied or discarded: %1</source>
        <translation>
            <numerusform>%n asset; total of those not denied or discarded: %1</numerusform>
            <numerusform>%n assets; total of those not denied or discarded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment configuration(s) visible.</source>
        <translation>
            <numerusform>%n assignment configuration visible.</numerusform>
            <numerusform>%n assignment configurations visible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), total %1</source>
        <translation>
            <numerusform>%n batch, total %1</numerusform>
            <numerusform>%n batches, total %1</numerusform>
        </translation>
    </message>
</context>
</TS>
