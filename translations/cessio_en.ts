<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisCharts</name>
    <message numerus="yes">
        <source>Others (%Ln debtors)</source>
        <translation>
            <numerusform>Others (%Ln debtor)</numerusform>
            <numerusform>Others (%Ln debtors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalMemo</name>
    <message numerus="yes">
        <source>%Ln other debtor(s)</source>
        <translation>
            <numerusform>%Ln other debtor</numerusform>
            <numerusform>%Ln other debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 assets checked have alerts.</source>
        <translation>
            <numerusform>%Ln of the %1 assets checked has alerts.</numerusform>
            <numerusform>%Ln of the %1 assets checked have alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No alerts in the %Ln asset(s) checked.</source>
        <translation>
            <numerusform>No alerts in the %Ln asset checked.</numerusform>
            <numerusform>No alerts in the %Ln assets checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) came without their details and were not checked.</source>
        <translation>
            <numerusform>%Ln asset came without its details and was not checked.</numerusform>
            <numerusform>%Ln assets came without their details and were not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 assets carried their details</source>
        <translation>
            <numerusform>%Ln of %1 assets carried its details</numerusform>
            <numerusform>%Ln of %1 assets carried their details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln asset(s)</source>
        <translation>
            <numerusform>%1 — %Ln asset</numerusform>
            <numerusform>%1 — %Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, listed in the assets CSV.</source>
        <translation>
            <numerusform>… and %Ln more, listed in the assets CSV.</numerusform>
            <numerusform>… and %Ln more, listed in the assets CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When the decision was taken, the checks had flagged %Ln asset(s) (decision record entry #%1).</source>
        <translation>
            <numerusform>When the decision was taken, the checks had flagged %Ln asset (decision record entry #%1).</numerusform>
            <numerusform>When the decision was taken, the checks had flagged %Ln assets (decision record entry #%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <source>The record is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>The record is intact: %Ln entry checked.</numerusform>
            <numerusform>The record is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s key is not in the keychain, so its %Ln sealed entries cannot be checked.</source>
        <translation>
            <numerusform>The record&apos;s key is not in the keychain, so its %Ln sealed entry cannot be checked.</numerusform>
            <numerusform>The record&apos;s key is not in the keychain, so its %Ln sealed entries cannot be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seals of the %Ln sealed entries were not checked: the record&apos;s key was not available here. Only their chain was checked.</source>
        <translation>
            <numerusform>The seal of the %Ln sealed entry was not checked: the record&apos;s key was not available here. Only its chain was checked.</numerusform>
            <numerusform>The seals of the %Ln sealed entries were not checked: the record&apos;s key was not available here. Only their chain was checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln sealed entries matches the record&apos;s key, and nothing was cut from its end.</source>
        <translation>
            <numerusform>The %Ln sealed entry matches the record&apos;s key, and nothing was cut from its end.</numerusform>
            <numerusform>Each of the %Ln sealed entries matches the record&apos;s key, and nothing was cut from its end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln sealed entries matches the record&apos;s key.</source>
        <translation>
            <numerusform>The %Ln sealed entry matches the record&apos;s key.</numerusform>
            <numerusform>Each of the %Ln sealed entries matches the record&apos;s key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchFacts</name>
    <message numerus="yes">
        <source>%Ln of %1 approved</source>
        <translation>
            <numerusform>%Ln of %1 approved</numerusform>
            <numerusform>%Ln of %1 approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchLocator</name>
    <message numerus="yes">
        <source>Batch %1 was not found in the %Ln configuration(s) tried.</source>
        <translation>
            <numerusform>Batch %1 was not found in the %Ln configuration tried.</numerusform>
            <numerusform>Batch %1 was not found in the %Ln configurations tried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message numerus="yes">
        <source>%Ln fund(s)</source>
        <translation>
            <numerusform>%Ln fund</numerusform>
            <numerusform>%Ln funds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>%Ln asset(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln asset exported to %1.</numerusform>
            <numerusform>%Ln assets exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AnalysisPanel</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln other debtors</source>
        <translation>
            <numerusform>The %Ln other debtor</numerusform>
            <numerusform>All %Ln other debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not every asset was loaded: these figures cover only the %Ln asset(s) in the table.</source>
        <translation>
            <numerusform>Not every asset was loaded: these figures cover only the %Ln asset in the table.</numerusform>
            <numerusform>Not every asset was loaded: these figures cover only the %Ln assets in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 assets came without their debtor and installments; face value, maturities and concentration cover only the others.</source>
        <translation>
            <numerusform>%Ln of %1 assets came without its debtor and installments; face value, maturities and concentration cover only the others.</numerusform>
            <numerusform>%Ln of %1 assets came without their debtor and installments; face value, maturities and concentration cover only the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) have no implied rate: an installment is due on or before the assignment date, or nothing is paid for it. The rates cover the others.</source>
        <translation>
            <numerusform>%Ln asset has no implied rate: an installment is due on or before the assignment date, or nothing is paid for it. The rates cover the others.</numerusform>
            <numerusform>%Ln assets have no implied rate: an installment is due on or before the assignment date, or nothing is paid for them. The rates cover the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ApproveDialog</name>
    <message numerus="yes">
        <source>%Ln of the assets being bought have alerts (%1). Look at them in the Analysis tab, or remove them before approving.</source>
        <translation>
            <numerusform>%Ln of the assets being bought has alerts (%1). Look at it in the Analysis tab, or remove it before approving.</numerusform>
            <numerusform>%Ln of the assets being bought have alerts (%1). Look at them in the Analysis tab, or remove them before approving.</numerusform>
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
        <source>%Ln installments, from %1 to %2</source>
        <translation>
            <numerusform>%Ln installment, from %1 to %2</numerusform>
            <numerusform>%Ln installments, from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln installments)</source>
        <translation>
            <numerusform>%1 (%Ln installment)</numerusform>
            <numerusform>%1 (%Ln installments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AssetsPanel</name>
    <message numerus="yes">
        <source>· %Ln ticked for removal (%1)</source>
        <translation>
            <numerusform>· %Ln ticked for removal (%1)</numerusform>
            <numerusform>· %Ln ticked for removal (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln asset(s)</source>
        <translation>
            <numerusform>%1 of %Ln asset</numerusform>
            <numerusform>%1 of %Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %Ln asset(s) loaded. Figures below cover only these.</source>
        <translation>
            <numerusform>Loading stopped: %Ln asset loaded. Figures below cover only this one.</numerusform>
            <numerusform>Loading stopped: %Ln assets loaded. Figures below cover only these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading failed after %Ln asset(s): %1</source>
        <translation>
            <numerusform>Loading failed after %Ln asset: %1</numerusform>
            <numerusform>Loading failed after %Ln assets: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AuditLogDialog</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln entries.</source>
        <translation>
            <numerusform>Showing %1 of %Ln entry.</numerusform>
            <numerusform>Showing %1 of %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) before it are intact. Keep the file as it is and tell your auditor.</source>
        <translation>
            <numerusform>The entry before it is intact. Keep the file as it is and tell your auditor.</numerusform>
            <numerusform>The %Ln entries before it are intact. Keep the file as it is and tell your auditor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with alerts</source>
        <translation>
            <numerusform>%Ln with alerts</numerusform>
            <numerusform>%Ln with alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln approved</numerusform>
            <numerusform>%Ln approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln denied</source>
        <translation>
            <numerusform>%Ln denied</numerusform>
            <numerusform>%Ln denied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::BatchChange</name>
    <message numerus="yes">
        <source>%Ln asset(s) added</source>
        <translation>
            <numerusform>%Ln asset added</numerusform>
            <numerusform>%Ln assets added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <comment>assets</comment>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) changed</source>
        <translation>
            <numerusform>%Ln value changed</numerusform>
            <numerusform>%Ln values changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status(es) changed</source>
        <translation>
            <numerusform>%Ln status changed</numerusform>
            <numerusform>%Ln statuses changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::BatchHeader</name>
    <message numerus="yes">
        <source>%1 in %Ln discount(s)</source>
        <translation>
            <numerusform>%1 in %Ln discount</numerusform>
            <numerusform>%1 in %Ln discounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln asset(s) flagged</source>
        <translation>
            <numerusform>⚠ %Ln asset flagged</numerusform>
            <numerusform>⚠ %Ln assets flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln fund rule(s) broken</source>
        <translation>
            <numerusform>⚠ %Ln fund rule broken</numerusform>
            <numerusform>⚠ %Ln fund rules broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none in %Ln asset(s) checked</source>
        <translation>
            <numerusform>none in %Ln asset checked</numerusform>
            <numerusform>none in %Ln assets checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved of %1</source>
        <translation>
            <numerusform>%Ln approved of %1</numerusform>
            <numerusform>%Ln approved of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln denied</source>
        <translation>
            <numerusform> · %Ln denied</numerusform>
            <numerusform> · %Ln denied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::BatchReviewView</name>
    <message numerus="yes">
        <source>The face value of %Ln asset(s) is not in the listing and is left out of these face values.</source>
        <translation>
            <numerusform>The face value of %Ln asset is not in the listing and is left out of these face values.</numerusform>
            <numerusform>The face value of %Ln assets is not in the listing and is left out of these face values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) break the fund&apos;s rules and are now ticked. The batch after removing them:</source>
        <translation>
            <numerusform>%Ln asset breaks the fund&apos;s rules and is now ticked. The batch after removing it:</numerusform>
            <numerusform>%Ln assets break the fund&apos;s rules and are now ticked. The batch after removing them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ChecksPanel</name>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
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
        <source>⚠ %Ln fund rule(s) broken:</source>
        <translation>
            <numerusform>⚠ %Ln fund rule broken:</numerusform>
            <numerusform>⚠ %Ln fund rules broken:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ No alerts in the %Ln asset(s) checked.</source>
        <translation>
            <numerusform>✓ No alerts in the %Ln asset checked.</numerusform>
            <numerusform>✓ No alerts in the %Ln assets checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) came without their details and were not checked.</source>
        <translation>
            <numerusform>%Ln asset came without its details and was not checked.</numerusform>
            <numerusform>%Ln assets came without their details and were not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::DecisionController</name>
    <message numerus="yes">
        <source>Remove %Ln asset(s) worth %1 from batch %2?</source>
        <translation>
            <numerusform>Remove %Ln asset worth %1 from batch %2?</numerusform>
            <numerusform>Remove %Ln assets worth %1 from batch %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln asset(s) from batch %1?</source>
        <translation>
            <numerusform>Remove %Ln asset from batch %1?</numerusform>
            <numerusform>Remove %Ln assets from batch %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln asset(s)</source>
        <translation>
            <numerusform>&amp;Remove %Ln asset</numerusform>
            <numerusform>&amp;Remove %Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln asset(s) removed</source>
        <translation>
            <numerusform>%1 of %Ln asset removed</numerusform>
            <numerusform>%1 of %Ln assets removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln asset(s) removed. Closing the batch for approval again…</source>
        <translation>
            <numerusform>The asset was removed. Closing the batch for approval again…</numerusform>
            <numerusform>All %Ln assets removed. Closing the batch for approval again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) removed. QI Tech checks the batch again and it comes back for your approval.</source>
        <translation>
            <numerusform>%Ln asset removed. QI Tech checks the batch again and it comes back for your approval.</numerusform>
            <numerusform>%Ln assets removed. QI Tech checks the batch again and it comes back for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::FundBookDialog</name>
    <message numerus="yes">
        <source>%1 of %2, %Ln position(s)</source>
        <translation>
            <numerusform>%1 of %2, %Ln position</numerusform>
            <numerusform>%1 of %2, %Ln positions</numerusform>
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
        <source>%Ln asset(s) outside</source>
        <translation>
            <numerusform>%Ln asset outside</numerusform>
            <numerusform>%Ln assets outside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) owed by listed debtors</source>
        <translation>
            <numerusform>%Ln asset owed by listed debtors</numerusform>
            <numerusform>%Ln assets owed by listed debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed part(y/ies)</source>
        <translation>
            <numerusform>%Ln listed party</numerusform>
            <numerusform>%Ln listed parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::InboxModel</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
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
        <source>%Ln asset(s) flagged:</source>
        <translation>
            <numerusform>%Ln asset flagged:</numerusform>
            <numerusform>%Ln assets flagged:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) came without their details and could not be checked.</source>
        <translation>
            <numerusform>%Ln asset came without its details and could not be checked.</numerusform>
            <numerusform>%Ln assets came without their details and could not be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No alerts in the %Ln asset(s) checked.</source>
        <translation>
            <numerusform>No alerts in the %Ln asset checked.</numerusform>
            <numerusform>No alerts in the %Ln assets checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::InboxView</name>
    <message numerus="yes">
        <source>%Ln batch(es) awaiting your decision: %1</source>
        <translation>
            <numerusform>%Ln batch awaiting your decision: %1</numerusform>
            <numerusform>%Ln batches awaiting your decision: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without a total yet)</source>
        <translation>
            <numerusform>(%Ln without a total yet)</numerusform>
            <numerusform>(%Ln without a total yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es) in this view match the fund filter, the search or the alerts filter.</source>
        <translation>
            <numerusform>%1 of %Ln batch in this view match the fund filter, the search or the alerts filter.</numerusform>
            <numerusform>%1 of %Ln batches in this view match the fund filter, the search or the alerts filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::MainWindow</name>
    <message numerus="yes">
        <source>%Ln place(s) could not be read; the rows shown for them may be out of date. %1</source>
        <translation>
            <numerusform>%Ln place could not be read; the rows shown for them may be out of date. %1</numerusform>
            <numerusform>%Ln places could not be read; the rows shown for them may be out of date. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) of batch %1 are ticked for removal. Close the review anyway?</source>
        <translation>
            <numerusform>%Ln asset of batch %1 is ticked for removal. Close the review anyway?</numerusform>
            <numerusform>%Ln assets of batch %1 are ticked for removal. Close the review anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) are ticked for removal in batches %1. Close anyway?</source>
        <translation>
            <numerusform>%Ln asset is ticked for removal in batches %1. Close anyway?</numerusform>
            <numerusform>%Ln assets are ticked for removal in batches %1. Close anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch-list saved: %Ln part(y/ies); every fund&apos;s batches are checked again.</source>
        <translation>
            <numerusform>Watch-list saved: %Ln party; every fund&apos;s batches are checked again.</numerusform>
            <numerusform>Watch-list saved: %Ln parties; every fund&apos;s batches are checked again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::Notifier</name>
    <message numerus="yes">
        <source>%Ln new batch(es) awaiting your decision</source>
        <translation>
            <numerusform>%Ln new batch awaiting your decision</numerusform>
            <numerusform>%Ln new batches awaiting your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PageFetcher</name>
    <message numerus="yes">
        <source>The list is longer than %Ln page(s); Cessio stopped reading it (the server may be ignoring the page number).</source>
        <translation>
            <numerusform>The list is longer than %Ln page; Cessio stopped reading it (the server may be ignoring the page number).</numerusform>
            <numerusform>The list is longer than %Ln pages; Cessio stopped reading it (the server may be ignoring the page number).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PayeeSafetyPanel</name>
    <message numerus="yes">
        <source>paid into for this assignor in %Ln earlier approval(s)</source>
        <translation>
            <numerusform>paid into for this assignor in %Ln earlier approval</numerusform>
            <numerusform>paid into for this assignor in %Ln earlier approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This assignor was paid into this account in %Ln earlier approval(s), the last one included.</source>
        <translation>
            <numerusform>This assignor was paid into this account in %Ln earlier approval, the last one included.</numerusform>
            <numerusform>This assignor was paid into this account in %Ln earlier approvals, the last one included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PortfolioBreachPanel</name>
    <message numerus="yes">
        <source>With the fund&apos;s portfolio, this batch breaks %Ln portfolio limit(s):</source>
        <translation>
            <numerusform>With the fund&apos;s portfolio, this batch breaks %Ln portfolio limit:</numerusform>
            <numerusform>With the fund&apos;s portfolio, this batch breaks %Ln portfolio limits:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln more character(s).</source>
        <translation>
            <numerusform>At least %Ln more character.</numerusform>
            <numerusform>At least %Ln more characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PortfolioPanel</name>
    <message numerus="yes">
        <source>Net assets (PL) %1 on %2. This batch adds %3 in %Ln position(s).</source>
        <translation>
            <numerusform>Net assets (PL) %1 on %2. This batch adds %3 in %Ln position.</numerusform>
            <numerusform>Net assets (PL) %1 on %2. This batch adds %3 in %Ln positions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) without detail count in the totals and the assignor, not for a debtor or a due date.</source>
        <translation>
            <numerusform>%Ln asset without detail counts in the totals and the assignor, not for a debtor or a due date.</numerusform>
            <numerusform>%Ln assets without detail count in the totals and the assignor, not for a debtor or a due date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) worth %1 matured since they were known held and are taken as settled.</source>
        <translation>
            <numerusform>%Ln position worth %1 matured since it was known held and is taken as settled.</numerusform>
            <numerusform>%Ln positions worth %1 matured since they were known held and are taken as settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PositionImportPage</name>
    <message numerus="yes">
        <source>%Ln position(s) imported from %1; the previous import was replaced.</source>
        <translation>
            <numerusform>%Ln position imported from %1; the previous import was replaced.</numerusform>
            <numerusform>%Ln positions imported from %1; the previous import was replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) read, present value %1. Import replaces the previous import; the batches&apos; positions stay.</source>
        <translation>
            <numerusform>%Ln position read, present value %1. Import replaces the previous import; the batches&apos; positions stay.</numerusform>
            <numerusform>%Ln positions read, present value %1. Import replaces the previous import; the batches&apos; positions stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in error: nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%Ln row in error: nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%Ln rows in error: nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ProForma</name>
    <message numerus="yes">
        <source>%Ln largest debtors</source>
        <translation>
            <numerusform>Largest debtor</numerusform>
            <numerusform>%Ln largest debtors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ProfileDialog</name>
    <message numerus="yes">
        <source>✔ %1: connected (%Ln configuration(s) on the first page).</source>
        <translation>
            <numerusform>✔ %1: connected (%Ln configuration on the first page).</numerusform>
            <numerusform>✔ %1: connected (%Ln configurations on the first page).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::RecommendationPanel</name>
    <message numerus="yes">
        <source>At least %Ln more character(s).</source>
        <translation>
            <numerusform>At least %Ln more character.</numerusform>
            <numerusform>At least %Ln more characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ReviewActionBar</name>
    <message numerus="yes">
        <source>Remove %Ln ticked asset(s)…</source>
        <translation>
            <numerusform>Remove %Ln ticked asset…</numerusform>
            <numerusform>Remove %Ln ticked assets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve once every asset is loaded and checked: %1 of %Ln asset(s) loaded (%2%)…</source>
        <translation>
            <numerusform>Approve once every asset is loaded and checked: %1 of %Ln asset loaded (%2%)…</numerusform>
            <numerusform>Approve once every asset is loaded and checked: %1 of %Ln assets loaded (%2%)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve once every asset is loaded and checked: %Ln asset(s) loaded…</source>
        <translation>
            <numerusform>Approve once every asset is loaded and checked: %Ln asset loaded…</numerusform>
            <numerusform>Approve once every asset is loaded and checked: %Ln assets loaded…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve once the checks finish: checking %Ln asset(s)…</source>
        <translation>
            <numerusform>Approve once the checks finish: checking %Ln asset…</numerusform>
            <numerusform>Approve once the checks finish: checking %Ln assets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ReviewNotices</name>
    <message numerus="yes">
        <source>Asset removal interrupted — %Ln asset(s) still to remove. The batch is reopened at QI Tech until the removal is finished.</source>
        <translation>
            <numerusform>Asset removal interrupted — %Ln asset still to remove. The batch is reopened at QI Tech until the removal is finished.</numerusform>
            <numerusform>Asset removal interrupted — %Ln assets still to remove. The batch is reopened at QI Tech until the removal is finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::TeamActivityText</name>
    <message numerus="yes">
        <source>%1 recommends removing %Ln asset(s) (%2).</source>
        <translation>
            <numerusform>%1 recommends removing %Ln asset (%2).</numerusform>
            <numerusform>%1 recommends removing %Ln assets (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::WatchListDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) pasted: check them, then Save.</source>
        <translation>
            <numerusform>%Ln row pasted: check it, then Save.</numerusform>
            <numerusform>%Ln rows pasted: check them, then Save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%Ln record entry(ies) written to %1</source>
        <translation>
            <numerusform>%Ln record entry written to %1</numerusform>
            <numerusform>%Ln record entries written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) written to %1</source>
        <translation>
            <numerusform>%Ln asset written to %1</numerusform>
            <numerusform>%Ln assets written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s); total of those not denied or discarded: %1</source>
        <translation>
            <numerusform>%Ln asset; total of those not denied or discarded: %1</numerusform>
            <numerusform>%Ln assets; total of those not denied or discarded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment configuration(s) visible.</source>
        <translation>
            <numerusform>%Ln assignment configuration visible.</numerusform>
            <numerusform>%Ln assignment configurations visible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln configuration</numerusform>
            <numerusform>%Ln configurations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es), total %1</source>
        <translation>
            <numerusform>%Ln batch, total %1</numerusform>
            <numerusform>%Ln batches, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 assets checked have alerts.</source>
        <translation>
            <numerusform>%Ln of the %1 assets checked has alerts.</numerusform>
            <numerusform>%Ln of the %1 assets checked have alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be checked (no details).</source>
        <translation>
            <numerusform>%Ln could not be checked (no details).</numerusform>
            <numerusform>%Ln could not be checked (no details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln approved</numerusform>
            <numerusform>%Ln approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln denied</source>
        <translation>
            <numerusform>%Ln denied</numerusform>
            <numerusform>%Ln denied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln error(s) in the file; the portfolio is as it was.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln error in the file; the portfolio is as it was.</numerusform>
            <numerusform>Nothing was imported: %Ln errors in the file; the portfolio is as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) imported from %1 for fund %2; the previous import was replaced.</source>
        <translation>
            <numerusform>%Ln position imported from %1 for fund %2; the previous import was replaced.</numerusform>
            <numerusform>%Ln positions imported from %1 for fund %2; the previous import was replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Implied rate: %1 (%2); from %3 to %4, median %5, over %Ln asset(s).</source>
        <translation>
            <numerusform>Implied rate: %1 (%2); from %3 to %4, median %5, over %Ln asset.</numerusform>
            <numerusform>Implied rate: %1 (%2); from %3 to %4, median %5, over %Ln assets.</numerusform>
        </translation>
    </message>
</context>
</TS>
