#include "core/localization.h"
#include "models/inboxfiltermodel.h"
#include "models/inboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using cessio::BatchStatus;
using cessio::InboxEntry;
using cessio::InboxFilterModel;
using cessio::InboxModel;
using cessio::Money;
using Column = cessio::InboxModel::Column;

namespace {

InboxEntry entry(const QString &fund, const QString &external, BatchStatus status, qint64 centavos,
                 const QString &assignor = u"Acme Ltda"_s, const QString &document = u"11.222.333/0001-81"_s)
{
    InboxEntry e;
    e.ref = { fund, u"cfg-"_s + fund, external };
    e.fundName = u"Fund "_s + fund;
    e.configurationName = u"Config"_s;
    e.assignor = { u"key"_s, document, assignor };
    e.batch.externalId = external;
    e.batch.number = u"000042"_s;
    e.batch.date = QDate(2026, 11, 23);
    e.batch.status = status;
    e.batch.totalValue = Money::fromCentavos(centavos);
    e.batch.numberOfAssets = 10;
    e.batch.numberOfApprovedAssets = 8;
    e.batch.lastEventAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    return e;
}

QString cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}

} // namespace

class TestInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s)); }

    void data_entry_formatsEveryColumnAndKeepsRawValues()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        model.setEntries({ entry(u"alpha"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 123456789) });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(cell(model, 0, Column::Fund), u"Fund alpha"_s);
        QCOMPARE(cell(model, 0, Column::Assignor), u"Acme Ltda"_s);
        QVERIFY(cell(model, 0, Column::Assignor, Qt::ToolTipRole).contains(u"11.222.333/0001-81"_s));
        QCOMPARE(cell(model, 0, Column::Batch), u"B-1 · no. 000042"_s);
        QCOMPARE(cell(model, 0, Column::Date), u"11/23/2026"_s);
        QCOMPARE(cell(model, 0, Column::Assets), u"8 / 10"_s);
        QCOMPARE(cell(model, 0, Column::TotalValue), u"R$1,234,567.89"_s);
        QCOMPARE(cell(model, 0, Column::WaitingSince), u"3 h"_s);
        QCOMPARE(cell(model, 0, Column::Status), BatchStatus(BatchStatus::PendingManagerApproval).displayName());
        QCOMPARE(model.index(0, int(Column::TotalValue)).data(InboxModel::RawRole).toLongLong(), 123456789LL);
        QCOMPARE(model.index(0, int(Column::Date)).data(InboxModel::RawRole).toDate(), QDate(2026, 11, 23));
        QVERIFY(!cell(model, 0, Column::WaitingSince, Qt::ToolTipRole).isEmpty());
    }

    void setEntries_secondPoll_updatesInPlaceRemovesAndAppends()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({ entry(u"a"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 100),
                           entry(u"a"_s, u"B-2"_s, BatchStatus::PendingManagerApproval, 200),
                           entry(u"a"_s, u"B-3"_s, BatchStatus::PendingManagerApproval, 300) });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex third = model.index(2, 0);

        model.setEntries({ entry(u"a"_s, u"B-3"_s, BatchStatus::PendingManagerApproval, 300),
                           entry(u"a"_s, u"B-1"_s, BatchStatus::Approved, 100),
                           entry(u"a"_s, u"B-4"_s, BatchStatus::PendingManagerApproval, 400) });
        QCOMPARE(reset.count(), 0); // selection and scroll position survive a poll
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // only B-1 changed
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(third.isValid());
        QCOMPARE(model.entry(third.row()).ref.externalId, u"B-3"_s);
        QCOMPARE(model.entry(model.rowOf(InboxEntry::keyOf({ u"a"_s, u"cfg-a"_s, u"B-1"_s }))).batch.status,
                 BatchStatus(BatchStatus::Approved));
        QCOMPARE(model.rowOf(u"nothing"_s), -1);
    }

    void countInStage_mixedStatuses_countsEachView()
    {
        InboxModel model;
        model.setEntries({ entry(u"a"_s, u"1"_s, BatchStatus::PendingManagerApproval, 1),
                           entry(u"a"_s, u"2"_s, BatchStatus::Denied, 1), entry(u"a"_s, u"3"_s, BatchStatus::Discarded, 1),
                           entry(u"a"_s, u"4"_s, BatchStatus::PendingPayment, 1),
                           entry(u"a"_s, u"5"_s, BatchStatus::PendingEligibility, 1) });
        QCOMPARE(model.countInStage(BatchStatus::Stage::AwaitingManager), 1);
        QCOMPARE(model.countInStage(BatchStatus::Stage::Closed), 2);
        QCOMPARE(model.countInStage(BatchStatus::Stage::InProgress), 1);
        QCOMPARE(model.countInStage(BatchStatus::Stage::BeforeManager), 1);
        QCOMPARE(model.countInStage(BatchStatus::Stage::Completed), 0);
    }

    void filter_stageFundAndSearch_narrowTheRows_data()
    {
        QTest::addColumn<int>("stage"); // -1: any
        QTest::addColumn<QString>("fund");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("awaiting") << int(BatchStatus::Stage::AwaitingManager) << QString() << QString()
                                  << QStringList { u"B-1"_s, u"B-2"_s, u"C-9"_s };
        QTest::newRow("closed") << int(BatchStatus::Stage::Closed) << QString() << QString() << QStringList { u"B-3"_s };
        QTest::newRow("fund beta") << -1 << u"beta"_s << QString() << QStringList { u"C-9"_s };
        QTest::newRow("assignor name, any case") << -1 << QString() << u"TÊXTIL"_s << QStringList { u"B-2"_s };
        QTest::newRow("cnpj digits without punctuation") << -1 << QString() << u"24005638"_s << QStringList { u"B-2"_s };
        QTest::newRow("cnpj with punctuation") << -1 << QString() << u"24.005.638/0001-83"_s << QStringList { u"B-2"_s };
        QTest::newRow("batch id") << -1 << QString() << u"c-9"_s << QStringList { u"C-9"_s };
        QTest::newRow("two words both must match") << -1 << QString() << u"fund beta"_s << QStringList { u"C-9"_s };
        QTest::newRow("nothing") << -1 << QString() << u"zzz"_s << QStringList {};
    }
    void filter_stageFundAndSearch_narrowTheRows()
    {
        QFETCH(int, stage);
        QFETCH(QString, fund);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        InboxModel model;
        model.setEntries({ entry(u"alpha"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 100),
                           entry(u"alpha"_s, u"B-2"_s, BatchStatus::PendingManagerApproval, 300, u"Têxtil Santa Clara S.A."_s,
                                 u"24.005.638/0001-83"_s),
                           entry(u"alpha"_s, u"B-3"_s, BatchStatus::Denied, 50),
                           entry(u"beta"_s, u"C-9"_s, BatchStatus::PendingManagerApproval, 200) });
        InboxFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setStage(stage < 0 ? std::nullopt : std::optional(BatchStatus::Stage(stage)));
        filter.setFundClassKey(fund);
        filter.setSearchText(search);
        filter.sort(int(Column::Batch));
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.append(filter.index(row, int(Column::Batch)).data(InboxModel::RawRole).toString());
        QCOMPARE(ids, expected);
    }

    void filter_sortByTotal_usesCentavosNotText()
    {
        InboxModel model;
        model.setEntries({ entry(u"a"_s, u"small"_s, BatchStatus::PendingManagerApproval, 99999),
                           entry(u"a"_s, u"big"_s, BatchStatus::PendingManagerApproval, 1000000),
                           entry(u"a"_s, u"mid"_s, BatchStatus::PendingManagerApproval, 200000) });
        InboxFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(int(Column::TotalValue), Qt::DescendingOrder);
        QCOMPARE(filter.index(0, int(Column::Batch)).data(InboxModel::RawRole).toString(), u"big"_s);
        QCOMPARE(filter.index(2, int(Column::Batch)).data(InboxModel::RawRole).toString(), u"small"_s);
    }

    // "Waiting since" counts from the batch's first arrival at the manager, even after it went back and forth.
    void waitingSince_backAndForth_countsFromTheFirstArrival()
    {
        InboxModel model;
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        model.setNow(now);
        InboxEntry e = entry(u"a"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 100);
        e.batch.reachedManagerAt = now.addDays(-3); // arrived, was reopened for a removal, came back 3 h ago
        e.batch.lastEventAt = now.addSecs(-3 * 3600);
        model.setEntries({ e });
        QCOMPARE(cell(model, 0, Column::WaitingSince), u"3 days"_s);
        QCOMPARE(model.index(0, int(Column::WaitingSince)).data(InboxModel::RawRole).toDateTime(), now.addDays(-3));
        const QString tip = cell(model, 0, Column::WaitingSince, Qt::ToolTipRole);
        QVERIFY2(tip.startsWith(u"Waiting 3 days: first reached the manager on "_s)
                     && tip.contains(u"back for a decision since"_s),
                 qPrintable(tip));
        QCOMPARE(cell(model, 0, Column::WaitingSince, Qt::AccessibleTextRole), tip);
    }

    void waitingSince_noArrivalEvent_fallsBackToTheStatusTimeAndSaysSo()
    {
        InboxModel model;
        model.setNow(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        model.setEntries({ entry(u"a"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 100) });
        QCOMPARE(cell(model, 0, Column::WaitingSince), u"3 h"_s);
        QVERIFY2(cell(model, 0, Column::WaitingSince, Qt::ToolTipRole).contains(u"do not say when the batch first reached"_s),
                 qPrintable(cell(model, 0, Column::WaitingSince, Qt::ToolTipRole)));
    }

    void waitingSince_completedDeniedDiscarded_showTheDateAndNeverWaiting()
    {
        InboxModel model;
        model.setNow(QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
        model.setEntries({ entry(u"a"_s, u"done"_s, BatchStatus::Completed, 1), entry(u"a"_s, u"no"_s, BatchStatus::Denied, 1),
                           entry(u"a"_s, u"gone"_s, BatchStatus::Discarded, 1),
                           entry(u"a"_s, u"paying"_s, BatchStatus::PendingPayment, 1) });
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(model, row, Column::WaitingSince), u"11/23/2026"_s);
            for (int role : { int(Qt::ToolTipRole), int(Qt::AccessibleTextRole) })
                QVERIFY2(!cell(model, row, Column::WaitingSince, role).contains(u"aiting"_s),
                         qPrintable(cell(model, row, Column::WaitingSince, role)));
        }
        QVERIFY(cell(model, 0, Column::WaitingSince, Qt::ToolTipRole).startsWith(u"Completed on "_s));
        QVERIFY(cell(model, 1, Column::WaitingSince, Qt::ToolTipRole).startsWith(u"Denied on "_s));
        QVERIFY(cell(model, 2, Column::WaitingSince, Qt::ToolTipRole).startsWith(u"Discarded on "_s));
        QCOMPARE(cell(model, 3, Column::WaitingSince), u"7 days"_s); // in progress: time in its status

        // The column is named for the view.
        InboxFilterModel filter;
        filter.setSourceModel(&model);
        const auto header = [&filter] { return filter.headerData(int(Column::WaitingSince), Qt::Horizontal).toString(); };
        filter.setStage(BatchStatus::Stage::AwaitingManager);
        QCOMPARE(header(), u"Waiting since"_s);
        filter.setStage(BatchStatus::Stage::Completed);
        QCOMPARE(header(), u"Completed on"_s);
        filter.setStage(BatchStatus::Stage::Closed);
        QCOMPARE(header(), u"Closed on"_s);
        filter.setStage(BatchStatus::Stage::InProgress);
        QCOMPARE(header(), u"Time in this status"_s);
    }

    void filter_fundCnpj_withOrWithoutPunctuation_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("search");
        QTest::newRow("formatted, searched bare") << u"12.345.678/0001-95"_s << u"12345678000195"_s;
        QTest::newRow("formatted, searched formatted") << u"12.345.678/0001-95"_s << u"12.345.678/0001-95"_s;
        QTest::newRow("bare, searched formatted") << u"12345678000195"_s << u"12.345.678/0001-95"_s;
        QTest::newRow("bare, searched by its root") << u"12345678000195"_s << u"12.345.678"_s;
    }
    void filter_fundCnpj_withOrWithoutPunctuation()
    {
        QFETCH(QString, stored);
        QFETCH(QString, search);
        InboxModel model;
        InboxEntry fund = entry(u"a"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 1);
        fund.fundDocument = stored;
        model.setEntries({ fund, entry(u"b"_s, u"B-2"_s, BatchStatus::PendingManagerApproval, 1) });
        InboxFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(search);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, int(Column::Batch)).data(InboxModel::RawRole).toString(), u"B-1"_s);
        QVERIFY(cell(model, 0, Column::Fund, Qt::ToolTipRole).contains(u"CNPJ 12.345.678/0001-95"_s));
    }

    // What each tab shows and counts: the fund filter and the search narrow the counts too.
    void counts_followTheFundFilterAndTheSearch()
    {
        InboxModel model;
        model.setEntries({ entry(u"alpha"_s, u"A-1"_s, BatchStatus::PendingManagerApproval, 1),
                           entry(u"alpha"_s, u"A-2"_s, BatchStatus::PendingManagerApproval, 1),
                           entry(u"alpha"_s, u"A-3"_s, BatchStatus::Denied, 1),
                           entry(u"beta"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 1),
                           entry(u"beta"_s, u"B-2"_s, BatchStatus::Completed, 1) });
        InboxFilterModel filter;
        filter.setSourceModel(&model);
        filter.setStage(BatchStatus::Stage::AwaitingManager);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::AwaitingManager), 3);
        QVERIFY(!filter.isNarrowed());
        filter.setFundClassKey(u"beta"_s);
        QVERIFY(filter.isNarrowed());
        QCOMPARE(filter.countInStage(BatchStatus::Stage::AwaitingManager), 1);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::Completed), 1);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::Closed), 0);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::AwaitingManager), filter.rowCount());
        filter.setFundClassKey(QString());
        filter.setSearchText(u"a-"_s);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::AwaitingManager), 2);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::Closed), 1);
        QCOMPARE(model.countInStage(BatchStatus::Stage::AwaitingManager), 3); // the unfiltered count stays
    }

    void awaitingTotal_exactCentavosOfTheFilteredBatches()
    {
        InboxModel model;
        InboxEntry noTotal = entry(u"alpha"_s, u"A-9"_s, BatchStatus::PendingManagerApproval, 0);
        noTotal.batch.totalValue.reset();
        // 0.1 + 0.2 in centavos, and a sum past what a double holds exactly.
        model.setEntries({ entry(u"alpha"_s, u"A-1"_s, BatchStatus::PendingManagerApproval, 10),
                           entry(u"alpha"_s, u"A-2"_s, BatchStatus::PendingManagerApproval, 20),
                           entry(u"alpha"_s, u"A-3"_s, BatchStatus::Approved, 5000), noTotal,
                           entry(u"beta"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 900719925474099300LL),
                           entry(u"beta"_s, u"B-2"_s, BatchStatus::PendingManagerApproval, 7) });
        InboxFilterModel filter;
        filter.setSourceModel(&model);
        filter.setStage(BatchStatus::Stage::Completed); // the total is about the batches awaiting, whatever the view
        auto total = filter.awaitingTotal();
        QCOMPARE(total.batches, 5);
        QCOMPARE(total.withoutTotal, 1);
        QCOMPARE(total.total.centavos(), 900719925474099337LL);
        filter.setFundClassKey(u"alpha"_s);
        total = filter.awaitingTotal();
        QCOMPARE(total.batches, 3);
        QCOMPARE(total.total.centavos(), 30LL);
        QCOMPARE(total.total.format(), u"R$0.30"_s);
    }

    void relativeAge_spans_readsNaturally_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << 20 << u"just now"_s;
        QTest::newRow("minutes") << 5 * 60 << u"5 min"_s;
        QTest::newRow("hours") << 5 * 3600 << u"5 h"_s;
        QTest::newRow("47 hours") << 47 * 3600 << u"47 h"_s;
        QTest::newRow("days") << 3 * 86400 << u"3 days"_s;
    }
    void relativeAge_spans_readsNaturally()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        QCOMPARE(InboxModel::relativeAge(now.addSecs(-seconds), now), expected);
    }

    // Last: an installed translator stays installed for the rest of the process.
    void data_ptBR_formatsMoneyDatesAndCnpj()
    {
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        InboxModel model;
        model.setEntries({ entry(u"alpha"_s, u"B-1"_s, BatchStatus::PendingManagerApproval, 123456789) });
        QCOMPARE(cell(model, 0, Column::TotalValue), u"R$\u00a01.234.567,89"_s);
        QCOMPARE(cell(model, 0, Column::Date), u"23/11/2026"_s);
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
