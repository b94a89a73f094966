// The decision dialogs driven offscreen against the real sandbox over loopback HTTP: approve with a
// chosen account, deny with a reason, remove assets (and finish an interrupted removal), a double
// click sends one PUT, unknown outcomes reconciled (and "Check again" only reads), QI errors shown
// with their Portuguese translation, every step in a verified audit record.
#include "approvedialog.h"
#include "core/documentnumber.h"
#include "decisiontestbed.h"
#include "denydialog.h"
#include "messagebox.h"
#include "payeeconfirmation.h"
#include "payeesafetypanel.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;
using Result = DecisionOutcome::Result;

namespace {

QJsonObject fault(const QString &method, const QString &pathPart, const QJsonObject &what)
{
    QJsonObject spec = what;
    spec.insert(u"match"_s, QJsonObject { { u"method"_s, method }, { u"path_contains"_s, pathPart } });
    return spec;
}

int rowOfAccount(QListWidget *list, const QString &accountKey)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->toolTip().contains(accountKey))
            return i;
    }
    return -1;
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

    std::unique_ptr<DecisionTestBed> bed;

    // Opens the approve dialog for `batch` with the real summary and accounts.
    ApproveDialog *openApprove(const QString &batch, bool withAccounts = true)
    {
        const auto b = bed->batch(batch);
        const auto s = bed->summary(batch);
        if (!b || !s)
            return nullptr;
        std::optional<QList<BankAccount>> accounts;
        if (withAccounts)
            accounts = bed->accounts(b->configuration.assignor.key);
        bed->controller().approve(*b, *s, accounts);
        return bed->controller().approveDialog();
    }

    static void confirmAndClick(QDialog *dialog, const QString &button)
    {
        if (auto *approve = qobject_cast<ApproveDialog *>(dialog))
            QVERIFY(confirmPayee(approve));
        auto *check = dialog->findChild<QCheckBox *>(u"confirmCheck"_s);
        QVERIFY(check);
        check->setChecked(true);
        auto *push = dialog->findChild<QPushButton *>(button);
        QVERIFY(push);
        QVERIFY(push->isEnabled());
        QTest::mouseClick(push, Qt::LeftButton);
    }

    static DecisionOutcome waitOutcome(QSignalSpy &spy, int index = 0)
    {
        if (spy.size() <= index && !QTest::qWaitFor([&] { return spy.size() > index; }, 20000))
            return { Result::Refused,
                     ApiError::make(ApiError::Category::Timeout, u"no outcome in 20 s"_s),
                     {},
                     {},
                     {},
                     {},
                     false,
                     {},
                     {} };
        return spy.at(index).at(1).value<DecisionOutcome>();
    }

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        MessageBox::clearRecords();
        bed = std::make_unique<DecisionTestBed>();
        QString error;
        QVERIFY2(bed->start(&error), qPrintable(error));
        QVERIFY(bed->harness().prepareForManager(u"B1"_s, 3));
        bed->clearRequests();
    }

    void cleanup()
    {
        bed.reset();
        QLocale::setDefault(QLocale::c());
    }

    void approve_chosenNonDefaultAccount_warnsAndSandboxShowsThatAccount()
    {
        ApproveDialog *dialog = openApprove(u"B1"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        QVERIFY(list);
        // The default account is preselected and no warning shows.
        QCOMPARE(dialog->disbursementAccountKey(), u"account-default"_s);
        QVERIFY(!dialog->findChild<QWidget *>(u"accountWarning"_s)->isVisibleTo(dialog));
        // The inactive account cannot be chosen.
        const int inactive = rowOfAccount(list, u"account-inactive"_s);
        QVERIFY(inactive >= 0);
        QVERIFY(!(list->item(inactive)->flags() & Qt::ItemIsEnabled));

        list->setCurrentRow(rowOfAccount(list, u"account-other"_s));
        QCOMPARE(dialog->disbursementAccountKey(), u"account-other"_s);
        QVERIFY(dialog->findChild<QWidget *>(u"accountWarning"_s)->isVisibleTo(dialog));
        // The approve button shows the amount and is disabled until the review is confirmed.
        auto *approve = dialog->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(approve->text().contains(u"R$"_s));
        QVERIFY(!approve->isEnabled());

        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        confirmAndClick(dialog, u"approveButton"_s);
        const DecisionOutcome outcome = waitOutcome(finished);
        QCOMPARE(outcome.result, Result::Applied);
        QTRY_VERIFY(!bed->controller().approveDialog()); // closed and deleted

        const auto after = bed->batch(u"B1"_s);
        QVERIFY(after);
        QVERIFY(after->disbursementAccount.has_value());
        QCOMPARE(after->disbursementAccount->accountKey, u"account-other"_s);
        QCOMPARE(bed->requests(u"PUT"_s).size(), 1);

        const auto record = MessageBox::lastRecord();
        QVERIFY(record);
        QCOMPARE(record->message.objectName, u"outcomeBox"_s);
        QCOMPARE(record->message.kind, MessageBox::Kind::Information);
        QVERIFY(record->message.informativeText.contains(u"Bradesco"_s));

        // The record: what was shown, the request before it left and the answer.
        const QList<AuditEntry> entries = bed->log().readAll();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, AuditEntry::Action::Approve);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Pending);
        QCOMPARE(entries.at(0).shown.accountKey, u"account-other"_s);
        QCOMPARE(entries.at(0).shown.approvedCount, std::optional<int>(3));
        QVERIFY(entries.at(0).request.body.contains(u"account-other"_s));
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).profileName, u"Gestora Teste"_s);
        QVERIFY(bed->log().verify().ok());
        QCOMPARE(bed->log().verify().entriesChecked, 2);
    }

    void approve_doubleClickAndRetry_exactlyOnePutReachesTheSandbox()
    {
        // Slow answer, so the second click and the retries happen while the first is in flight.
        QVERIFY(bed->addFault(fault(u"PUT"_s, u"/assignment/B1"_s, { { u"delay_ms"_s, 400 } })));
        ApproveDialog *dialog = openApprove(u"B1"_s);
        QVERIFY(dialog);
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        confirmAndClick(dialog, u"approveButton"_s);
        auto *approve = dialog->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(!approve->isEnabled()); // disabled by the first click
        QTest::mouseClick(approve, Qt::LeftButton); // the double click
        Q_EMIT approve->clicked(); // even a click that gets through sends nothing
        QVERIFY(dialog->isSending());
        dialog->reject(); // Escape while sending is ignored
        QVERIFY(dialog->isVisible());

        // A retry from elsewhere while in flight: refused without a dialog or a request.
        const auto b = bed->batch(u"B1"_s);
        const auto s = bed->summary(u"B1"_s);
        bed->controller().deny(*b, *s);
        QVERIFY(!bed->controller().denyDialog());

        // Refused at once (the retry), then the real outcome.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.at(0).at(1).value<DecisionOutcome>().result, Result::Refused);
        QCOMPARE(finished.at(1).at(1).value<DecisionOutcome>().result, Result::Applied);

        // After it was applied, approving again in this session is refused too.
        bed->controller().approve(*b, *s, std::nullopt);
        QVERIFY(bed->controller().approveDialog());
        confirmAndClick(bed->controller().approveDialog(), u"approveButton"_s);
        QTRY_COMPARE(MessageBox::lastRecord()->message.objectName, u"refusedBox"_s);

        QCOMPARE(bed->requests(u"PUT"_s).size(), 1);
    }

    void approve_committedThenDropped_isReconciledAsAppliedAndShown()
    {
        QVERIFY(bed->addFault(fault(u"PUT"_s, u"/assignment/B1"_s, { { u"action"_s, u"commit_then_drop"_s } })));
        ApproveDialog *dialog = openApprove(u"B1"_s);
        QVERIFY(dialog);
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        confirmAndClick(dialog, u"approveButton"_s);
        const DecisionOutcome outcome = waitOutcome(finished);
        QCOMPARE(outcome.result, Result::Applied);
        QVERIFY(outcome.wasReconciled);
        QCOMPARE(bed->requests(u"PUT"_s).size(), 1); // not resent
        const auto record = MessageBox::lastRecord();
        QVERIFY(record);
        QVERIFY2(record->message.text.contains(u"did not answer"_s), qPrintable(record->message.text));
        QVERIFY(record->message.informativeText.contains(u"Awaiting"_s) || !record->message.informativeText.isEmpty());

        const QList<AuditEntry> entries = bed->log().readAll();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(entries.at(2).action, AuditEntry::Action::Reconcile);
        QCOMPARE(entries.at(2).outcome, AuditEntry::Outcome::ResolvedApplied);
        QVERIFY(bed->log().verify().ok());
    }

    void approve_unknownAndRereadFails_checkAgainOnlyReads()
    {
        ApproveDialog *dialog = openApprove(u"B1"_s);
        QVERIFY(dialog);
        QVERIFY(bed->addFault(fault(u"PUT"_s, u"/assignment/B1"_s, { { u"action"_s, u"commit_then_drop"_s } })));
        QVERIFY(bed->addFault(fault(u"GET"_s, u"/assignment/B1"_s, { { u"status"_s, 503 } })));
        MessageBox::queueAnswer(QMessageBox::Retry); // "Check again" on the Unresolved box
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        confirmAndClick(dialog, u"approveButton"_s);

        QCOMPARE(waitOutcome(finished, 0).result, Result::Unresolved);
        const auto unresolvedBox = MessageBox::lastRecord();
        QVERIFY(unresolvedBox);
        QCOMPARE(unresolvedBox->message.kind, MessageBox::Kind::Warning);
        QCOMPARE(unresolvedBox->message.buttonTexts.value(QMessageBox::Retry), u"&Check again"_s);

        const DecisionOutcome again = waitOutcome(finished, 1);
        QCOMPARE(again.result, Result::Applied);
        QVERIFY(again.wasReconciled);
        QCOMPARE(bed->requests(u"PUT"_s).size(), 1); // Check again never resends
        QVERIFY(bed->log().verify().ok());
    }

    void approve_batchNotAwaitingApproval_showsQiErrorInPortuguese()
    {
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        QCOMPARE(bed->harness().createBatch(SandboxHarness::ccbConfig, u"OPEN"_s).status, 201);
        const auto b = bed->batch(u"OPEN"_s);
        QVERIFY(b);
        AssetsSummary s;
        s.externalId = u"OPEN"_s;
        bed->controller().approve(*b, s, std::nullopt);
        ApproveDialog *dialog = bed->controller().approveDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QWidget *>(u"accountsUnavailable"_s));
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        confirmAndClick(dialog, u"approveButton"_s);
        const DecisionOutcome outcome = waitOutcome(finished);
        QCOMPARE(outcome.result, Result::Rejected);
        QCOMPARE(outcome.error.code(), u"TRC000024"_s);
        const auto record = MessageBox::lastRecord();
        QVERIFY(record);
        QCOMPARE(record->message.kind, MessageBox::Kind::Critical);
        QVERIFY2(record->message.text.contains(u"Esse lote não pode receber o status"_s), qPrintable(record->message.text));
        QVERIFY(record->message.text.contains(u"TRC000024"_s));
        QCOMPARE(bed->log().readAll().constLast().outcome, AuditEntry::Outcome::Failed);
    }

    void deny_withReason_reasonKeptInTheRecordOnly()
    {
        const auto b = bed->batch(u"B1"_s);
        const auto s = bed->summary(u"B1"_s);
        bed->controller().deny(*b, *s);
        DenyDialog *dialog = bed->controller().denyDialog();
        QVERIFY(dialog);
        auto *deny = dialog->findChild<QPushButton *>(u"denyButton"_s);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!deny->isEnabled()); // a reason is required
        auto *reason = dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s);
        reason->setFocus();
        QTest::keyClicks(reason, u"Concentracao acima do limite"_s);
        reason->insertPlainText(u" — sacado único"_s); // non-ASCII text, as a person types it
        QVERIFY(deny->isEnabled());
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        QTest::mouseClick(deny, Qt::LeftButton);
        QCOMPARE(waitOutcome(finished).result, Result::Applied);
        QCOMPARE(bed->harness().batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"denied"_s);

        const QJsonArray puts = bed->requests(u"PUT"_s);
        QCOMPARE(puts.size(), 1);
        const QList<AuditEntry> entries = bed->log().readAll();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, AuditEntry::Action::Deny);
        QCOMPARE(entries.at(0).reason, u"Concentracao acima do limite — sacado único"_s);
        QVERIFY(!entries.at(0).request.body.contains(u"Concentracao"_s)); // never sent to QI
        QVERIFY(bed->log().verify().ok());
    }

    void removeAssets_confirmed_batchBackInApprovalWithThoseAssetsDenied()
    {
        const auto b = bed->batch(u"B1"_s);
        QVERIFY(b);
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        MessageBox::queueAnswer(QMessageBox::Yes); // the confirmation
        bed->controller().removeAssets(*b, { u"B1-A1"_s, u"B1-A3"_s }, Money::fromCentavos(202000));
        const auto confirmation = MessageBox::records().constFirst();
        QCOMPARE(confirmation.message.objectName, u"removeAssetsBox"_s);
        QVERIFY(confirmation.message.text.contains(u"2 asset"_s));
        QVERIFY2(confirmation.message.text.contains(u"R$"_s), qPrintable(confirmation.message.text));
        QTRY_VERIFY(bed->controller().progressDialog()); // progress while it runs
        const DecisionOutcome outcome = waitOutcome(finished);
        QCOMPARE(outcome.result, Result::Applied);
        QCOMPARE(outcome.removedAssets, QStringList({ u"B1-A1"_s, u"B1-A3"_s }));
        QVERIFY(!bed->controller().progressDialog());

        QVERIFY(bed->tickUntil(u"B1"_s, u"pending_manager_approval"_s));
        const auto assets = bed->assets(u"B1"_s);
        QVERIFY(assets);
        QCOMPARE(assets->size(), 3);
        for (const AssetListItem &asset : *assets) {
            const bool removed = asset.externalId == u"B1-A1"_s || asset.externalId == u"B1-A3"_s;
            QCOMPARE(asset.status.value() == AssetStatus::Denied, removed);
        }
        const auto summary = bed->summary(u"B1"_s);
        QCOMPARE(summary->numberOfApprovedAssets, 1);
        QVERIFY(bed->log().verify().ok());
    }

    void removeAssets_interrupted_finishRemovalCompletesIt()
    {
        const auto b = bed->batch(u"B1"_s);
        QVERIFY(bed->addFault(fault(u"PUT"_s, u"/asset/B1-A2"_s, { { u"status"_s, 500 } })));
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        MessageBox::queueAnswer(QMessageBox::Yes); // confirm
        MessageBox::queueAnswer(QMessageBox::Retry); // "Finish removal"
        bed->controller().removeAssets(*b, { u"B1-A1"_s, u"B1-A2"_s });
        const DecisionOutcome first = waitOutcome(finished, 0);
        QCOMPARE(first.result, Result::Interrupted);
        QCOMPARE(first.remainingAssets, QStringList({ u"B1-A2"_s }));
        const auto box = MessageBox::records().value(1);
        QCOMPARE(box.message.buttonTexts.value(QMessageBox::Retry), u"&Finish removal"_s);

        const DecisionOutcome second = waitOutcome(finished, 1);
        QCOMPARE(second.result, Result::Applied);
        QVERIFY(bed->tickUntil(u"B1"_s, u"pending_manager_approval"_s));
        const auto summary = bed->summary(u"B1"_s);
        QCOMPARE(summary->numberOfDeniedAssets, 2);
        // A1 was denied once: resuming did not send it again.
        QCOMPARE(bed->requests(u"PUT"_s, u"/asset/B1-A1"_s).size(), 1);
    }

    void approve_batchWithoutFundOrConfiguration_sendsNothing()
    {
        auto b = bed->batch(u"B1"_s);
        QVERIFY(b);
        b->configuration = AssignmentConfiguration(); // an old copy without its configuration
        bed->controller().approve(*b, *bed->summary(u"B1"_s), std::nullopt);
        QVERIFY(!bed->controller().approveDialog());
        QCOMPARE(MessageBox::lastRecord()->message.objectName, u"notAddressableBox"_s);
        QCOMPARE(bed->requests(u"PUT"_s).size(), 0);
        QVERIFY(bed->log().readAll().isEmpty());
    }

    void approveDialog_listingUnavailable_defaultOrValidatedPastedKey()
    {
        const auto b = bed->batch(u"B1"_s);
        const auto s = bed->summary(u"B1"_s);
        ApproveDialog dialog(*b, *s, std::nullopt);
        QVERIFY(!dialog.findChild<QListWidget *>(u"accountList"_s));
        QCOMPARE(dialog.accountChoice(), ApproveDialog::AccountChoice::ContractDefault);
        QCOMPARE(dialog.disbursementAccountKey(), QString());
        dialog.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        auto *approve = dialog.findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(approve->isEnabled());

        auto *key = dialog.findChild<QLineEdit *>(u"accountKeyEdit"_s);
        key->setFocus();
        QTest::keyClicks(key, u"not-a-uuid"_s);
        QCOMPARE(dialog.accountChoice(), ApproveDialog::AccountChoice::PastedKey);
        QVERIFY(!approve->isEnabled());
        QVERIFY(dialog.findChild<QWidget *>(u"accountKeyProblem"_s)->isVisibleTo(&dialog));
        key->clear();
        QTest::keyClicks(key, u"3F2B8C1E-0A4D-4E7B-9C55-2D1E6F7A8B90"_s);
        QVERIFY(approve->isEnabled());
        QCOMPARE(dialog.disbursementAccountKey(), u"3f2b8c1e-0a4d-4e7b-9c55-2d1e6f7a8b90"_s);
        QVERIFY(dialog.findChild<QWidget *>(u"accountWarning"_s)->isVisibleTo(&dialog));
        QCOMPARE(dialog.guard().numberOfApprovedAssets, s->numberOfApprovedAssets);
        QCOMPARE(dialog.guard().totalValue, s->totalValue);
    }

    // Each account line names its holder and CPF/CNPJ as QI sends them (plain text: they are server
    // text), "—" for what is absent, and a holder who is not the assignor is called out.
    void approveDialog_accountLines_showTheHolderNameAndDocument()
    {
        const auto b = bed->batch(u"B1"_s);
        const auto s = bed->summary(u"B1"_s);
        QVERIFY(b && s);
        const QString assignorDocument = b->configuration.assignor.documentNumber;
        QVERIFY(!assignorDocument.isEmpty());
        QString error;
        const auto named = BankAccount::fromJson(
            QJsonObject { { u"account_key"_s, u"11111111-0000-4000-8000-000000000001"_s },
                          { u"account_branch"_s, u"0001"_s },
                          { u"account_number"_s, u"12345"_s },
                          { u"account_digit"_s, u"6"_s },
                          { u"financial_institution_code"_s, u"341"_s },
                          { u"default_account"_s, true },
                          { u"owner"_s,
                            QJsonObject { { u"name"_s, u"<b>Cedente</b> & <a href=\"x\">Cia</a>"_s },
                                          { u"document_number"_s, DocumentNumber::parse(assignorDocument).normalized() } } } },
            &error);
        QVERIFY2(named, qPrintable(error));
        QCOMPARE(named->ownerName, u"<b>Cedente</b> & <a href=\"x\">Cia</a>"_s);
        BankAccount bare = *named;
        bare.accountKey = u"11111111-0000-4000-8000-000000000002"_s;
        bare.isDefault = false;
        bare.ownerName.clear();
        bare.ownerDocumentNumber.clear();
        BankAccount other = bare;
        other.accountKey = u"11111111-0000-4000-8000-000000000003"_s;
        other.ownerDocumentNumber = u"123.456.789-09"_s;

        ApproveDialog dialog(*b, *s, QList<BankAccount> { *named, bare, other });
        auto *list = dialog.findChild<QListWidget *>(u"accountList"_s);
        QCOMPARE(list->count(), 3);
        const QString first = list->item(0)->text();
        QVERIFY2(first.contains(u"\nHolder: <b>Cedente</b> & <a href=\"x\">Cia</a> · CNPJ %1"_s.arg(
                     DocumentNumber::parse(assignorDocument).formatted())),
                 qPrintable(first));
        QVERIFY(!first.contains(u"not the assignor"_s));
        QVERIFY2(list->item(1)->text().endsWith(u"\nHolder: — · CPF/CNPJ —"_s), qPrintable(list->item(1)->text()));
        QVERIFY2(list->item(2)->text().endsWith(u"Holder: — · CPF 123.456.789-09 — ⚠ not the assignor"_s),
                 qPrintable(list->item(2)->text()));
        // An account without its holder: QI's rule (the holder is the assignor) is said once, below the list.
        QVERIFY(dialog.findChild<QWidget *>(u"holderNote"_s)->isVisibleTo(&dialog));
        auto *note = dialog.findChild<QLabel *>(u"holderNoteText"_s);
        QCOMPARE(note->textFormat(), Qt::PlainText);
        QVERIFY(note->text().contains(DocumentNumber::parse(assignorDocument).formatted()));

        ApproveDialog complete(*b, *s, QList<BankAccount> { *named });
        QVERIFY(!complete.findChild<QWidget *>(u"holderNote"_s)->isVisibleTo(&complete));
    }
    // Payee safety: the first approval into an account needs its last four digits typed; the record
    // keeps the assignor and the account, so the next batch of this assignor into the same account
    // goes without, and another account is called out as a change from the last approval.
    void approve_payeeSafety_firstUseAndChangeNeedTheDigitsTyped()
    {
        ApproveDialog *dialog = openApprove(u"B1"_s);
        QVERIFY(dialog);
        auto *panel = dialog->findChild<PayeeSafetyPanel *>();
        auto *status = dialog->findChild<QLabel *>(u"payeeStatus"_s);
        auto *edit = dialog->findChild<QLineEdit *>(u"payeeConfirmEdit"_s);
        auto *approve = dialog->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(panel && status && edit && approve);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QTRY_VERIFY(panel->hasHistory());
        QCOMPARE(dialog->disbursementAccountKey(), u"account-default"_s);
        QVERIFY2(status->text().contains(u"never used for this assignor"_s), qPrintable(status->text()));
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        const int defaultRow = rowOfAccount(list, u"account-default"_s);
        QVERIFY2(list->item(defaultRow)->text().endsWith(u"\nnever used for this assignor"_s),
                 qPrintable(list->item(defaultRow)->text()));
        QVERIFY(edit->isVisibleTo(dialog));
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!approve->isEnabled());
        QTest::keyClicks(edit, u"3457"_s); // wrong digits
        QVERIFY(!approve->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, u"34-56"_s); // 12345-6: the last four, punctuation ignored
        QVERIFY(approve->isEnabled());
        // Another account: what was typed does not carry over.
        list->setCurrentRow(rowOfAccount(list, u"account-other"_s));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!approve->isEnabled());
        list->setCurrentRow(defaultRow);
        QTest::keyClicks(edit, u"3456"_s);
        QVERIFY(approve->isEnabled());

        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(waitOutcome(finished).result, Result::Applied);
        QTRY_VERIFY(!bed->controller().approveDialog());
        const QList<AuditEntry> entries = bed->log().readAll();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).shown.assignorDocument, u"98765432000198"_s);
        QCOMPARE(entries.at(0).shown.accountIdentity, u"341/1/123456"_s);
        QCOMPARE(entries.at(0).shown.payeeFindings, QStringList { u"first_use"_s });
        QVERIFY(bed->log().verify().ok());

        // The next batch of this assignor: the same account needs no digits, another one does.
        QVERIFY(bed->harness().prepareForManager(u"B2"_s, 2));
        dialog = openApprove(u"B2"_s);
        QVERIFY(dialog);
        panel = dialog->findChild<PayeeSafetyPanel *>();
        status = dialog->findChild<QLabel *>(u"payeeStatus"_s);
        edit = dialog->findChild<QLineEdit *>(u"payeeConfirmEdit"_s);
        approve = dialog->findChild<QPushButton *>(u"approveButton"_s);
        list = dialog->findChild<QListWidget *>(u"accountList"_s);
        QTRY_VERIFY(panel->hasHistory());
        QCOMPARE(dialog->disbursementAccountKey(), u"account-default"_s);
        QVERIFY2(status->text().contains(u"paid into this account in 1 earlier approval"_s), qPrintable(status->text()));
        QVERIFY(!edit->isVisibleTo(dialog));
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(approve->isEnabled());
        list->setCurrentRow(rowOfAccount(list, u"account-other"_s));
        QVERIFY2(status->text().contains(u"differs from the account of the last approval"_s), qPrintable(status->text()));
        QVERIFY(edit->isVisibleTo(dialog));
        QVERIFY(!approve->isEnabled());
        QVERIFY(list->currentItem()->text().contains(u"not the last approval's account"_s));
        QTest::keyClicks(edit, u"8901"_s);
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(waitOutcome(finished, 1).result, Result::Applied);
        const QList<AuditEntry> after = bed->log().readAll();
        QCOMPARE(after.size(), 4);
        QCOMPARE(after.at(2).shown.payeeFindings, (QStringList { u"first_use"_s, u"differs_from_last"_s }));
    }

    // A holder whose CNPJ root is not the assignor's needs the digits even for an account used before.
    void approveDialog_payeeHolderMismatch_needsTheDigitsEvenWhenUsedBefore()
    {
        const auto b = bed->batch(u"B1"_s);
        const auto s = bed->summary(u"B1"_s);
        QVERIFY(b && s);
        BankAccount branch;
        branch.accountKey = u"11111111-0000-4000-8000-000000000001"_s;
        branch.institutionCode = u"341"_s;
        branch.branch = u"0001"_s;
        branch.number = u"777"_s;
        branch.digit = u"9"_s;
        branch.isDefault = true;
        branch.ownerDocumentNumber = u"98.765.432/0002-79"_s; // the assignor's branch: same root
        BankAccount stranger = branch;
        stranger.accountKey = u"11111111-0000-4000-8000-000000000002"_s;
        stranger.isDefault = false;
        stranger.number = u"888"_s;
        stranger.ownerDocumentNumber = u"11.222.333/0001-81"_s;
        ApproveDialog dialog(*b, *s, QList<BankAccount> { branch, stranger });
        const QDate day(2026, 11, 30);
        // Both paid into before, the branch's account last.
        dialog.setPayeeHistory(
            { { PayeeSafety::accountIdentity(branch), day }, { PayeeSafety::accountIdentity(stranger), day.addDays(-30) } });
        auto *edit = dialog.findChild<QLineEdit *>(u"payeeConfirmEdit"_s);
        auto *status = dialog.findChild<QLabel *>(u"payeeStatus"_s);
        auto *approve = dialog.findChild<QPushButton *>(u"approveButton"_s);
        auto *list = dialog.findChild<QListWidget *>(u"accountList"_s);
        dialog.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!edit->isVisibleTo(&dialog));
        QVERIFY(approve->isEnabled());
        QVERIFY(list->item(0)->text().contains(u"holder has the assignor's CNPJ root"_s));
        list->setCurrentRow(1);
        QVERIFY2(status->text().contains(u"not the assignor's CNPJ root"_s), qPrintable(status->text()));
        QVERIFY(list->item(1)->text().contains(u"⚠ holder is not the assignor"_s));
        QVERIFY(!approve->isEnabled());
        QTest::keyClicks(edit, u"8889"_s);
        QVERIFY(approve->isEnabled());
        QCOMPARE(dialog.shown().payeeFindings, (QStringList { u"differs_from_last"_s, u"holder_differs"_s }));
    }

    // Until the record was read, a listed account cannot be approved: a first use would go unasked.
    void approveDialog_payeeHistoryNotRead_listedAccountWaits()
    {
        const auto b = bed->batch(u"B1"_s);
        const auto s = bed->summary(u"B1"_s);
        const auto accounts = bed->accounts(b->configuration.assignor.key);
        QVERIFY(b && s && accounts);
        ApproveDialog dialog(*b, *s, accounts);
        dialog.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(dialog.findChild<QLabel *>(u"payeeStatus"_s)->text().contains(u"Looking in the decision record"_s));
        QVERIFY(!dialog.findChild<QPushButton *>(u"approveButton"_s)->isEnabled());
        dialog.findChild<QRadioButton *>(u"contractDefaultRadio"_s)->setChecked(true); // QI chooses: nothing to compare
        QVERIFY(dialog.findChild<QPushButton *>(u"approveButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestDecisions)
#include "tst_decisions.moc"
