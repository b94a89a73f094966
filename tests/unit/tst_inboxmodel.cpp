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
