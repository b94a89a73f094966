#include "core/localization.h"
#include "models/assetfiltermodel.h"
#include "models/assettablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::Asset;
using cessio::AssetFilterModel;
using cessio::AssetListItem;
using cessio::AssetsSummary;
using cessio::AssetStatus;
using cessio::AssetTableModel;
using cessio::AssetType;
using cessio::Money;
using Column = cessio::AssetTableModel::Column;

namespace {

AssetListItem withDetail(const QString &id, const QString &debtor, const QString &document,
                         AssetType type = AssetType::DuplicataMercantil, AssetStatus status = AssetStatus::PreApproved)
{
    Asset asset;
    asset.externalId = id;
    asset.type = type;
    asset.status = status;
    asset.totalPurchaseValue = Money::fromCentavos(90000);
    if (type.value() == AssetType::Ccb) {
        cessio::CreditOperation operation;
        operation.externalId = id;
        operation.installments
            = { { QDate(2027, 1, 10), 1, Money::fromCentavos(50000) }, { QDate(2027, 2, 10), 2, Money::fromCentavos(50000) } };
        operation.borrower.name = debtor;
        operation.borrower.documentNumber = document;
        asset.creditOperation = operation;
    } else {
        cessio::DiscountedCreditRight right;
        right.externalId = id;
        right.maturityDate = QDate(2027, 3, 1);
        right.faceValue = Money::fromCentavos(100000);
        right.borrower.name = debtor;
        right.borrower.documentNumber = document;
        asset.creditRight = right;
    }
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

AssetListItem bare(const QString &id, AssetStatus status, const QString &deniedBy = {}, const QString &reason = {})
{
    AssetListItem item;
    item.externalId = id;
    item.type = AssetType::Ccb;
    item.status = status;
    item.totalPurchaseValue = Money::fromCentavos(1000);
    item.deniedBy = deniedBy;
    item.denialReason = reason;
    return item;
}

QString cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}

} // namespace

class TestAssetTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s)); }

    void appendAssets_pages_insertRowsWithoutReset()
    {
        AssetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int page = 0; page < 5; ++page) {
            QList<AssetListItem> items;
            for (int i = 0; i < 100; ++i)
                items.append(bare(u"A-%1"_s.arg(page * 100 + i), AssetStatus::PreApproved));
            model.appendAssets(items);
        }
        model.appendAssets({ bare(u"A-7"_s, AssetStatus::PreApproved) }); // a repeated item adds nothing
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.last().at(1).toInt(), 400);
        QCOMPARE(inserted.last().at(2).toInt(), 499);
        QCOMPARE(model.rowOf(u"A-250"_s), 250);
    }

    // The expected total comes from the server's assets_summary: 2,147,483,647 must not size memory.
    void reserve_serverCount_capped()
    {
        AssetTableModel model;
        model.reserve(-5);
        for (const int claimed : { std::numeric_limits<int>::max(), 1'000'000 }) {
            model.reserve(claimed);
            QVERIFY2(model.capacity() <= AssetsSummary::maxAssetsReserved, qPrintable(QString::number(model.capacity())));
        }
        model.appendAssets({ bare(u"A-1"_s, AssetStatus::PreApproved) });
        QCOMPARE(model.rowCount(), 1);
    }

    void data_fullAsset_showsDebtorMaturityAndFaceValue()
    {
        AssetTableModel model;
        model.appendAssets({ withDetail(u"D-1"_s, u"Ana Souza"_s, u"52998224725"_s),
                             withDetail(u"C-1"_s, u"Bruno Ltda"_s, u"11222333000181"_s, AssetType::Ccb) });
        QCOMPARE(cell(model, 0, Column::Debtor), u"Ana Souza"_s);
        QCOMPARE(cell(model, 0, Column::DebtorDocument), u"529.982.247-25"_s);
        QCOMPARE(cell(model, 0, Column::Maturity), u"3/1/2027"_s);
        QCOMPARE(cell(model, 0, Column::FaceValue), u"R$1,000.00"_s);
        QCOMPARE(cell(model, 0, Column::PurchaseValue), u"R$900.00"_s);
        QCOMPARE(cell(model, 1, Column::DebtorDocument), u"11.222.333/0001-81"_s);
        QCOMPARE(cell(model, 1, Column::Maturity), u"2/10/2027 (2 installments)"_s);
        QVERIFY(cell(model, 1, Column::Maturity, Qt::ToolTipRole).contains(u"1/10/2027"_s));
        QCOMPARE(model.index(1, int(Column::FaceValue)).data(AssetTableModel::RawRole).toLongLong(), 100000LL);
        QCOMPARE(model.index(0, int(Column::Maturity)).data(AssetTableModel::RawRole).toDate(), QDate(2027, 3, 1));
    }

    void data_listingOnly_showsDashesAndSaysWhy()
    {
        AssetTableModel model;
        model.appendAssets({ bare(u"X"_s, AssetStatus::PreApproved) });
        QCOMPARE(cell(model, 0, Column::Debtor), u"—"_s);
        QCOMPARE(cell(model, 0, Column::FaceValue), u"—"_s);
        QVERIFY(!cell(model, 0, Column::Debtor, Qt::ToolTipRole).isEmpty());
        QVERIFY(!model.hasDetail(0));
    }

    void data_deniedAsset_showsWhoDeniedAndWhy()
    {
        AssetTableModel model;
        model.appendAssets({ bare(u"X"_s, AssetStatus::Denied, u"document"_s, u"Invalid documents"_s),
                             bare(u"Y"_s, AssetStatus::Denied, u"registry"_s, u"Duplicate"_s) });
        QCOMPARE(cell(model, 0, Column::DenialReason), u"Documents: Invalid documents"_s);
        QCOMPARE(cell(model, 1, Column::DenialReason), u"registry: Duplicate"_s); // unknown sources shown as received
    }

    void checkState_removableAssetsOnly_andCheckedListInRowOrder()
    {
        AssetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendAssets({ bare(u"A"_s, AssetStatus::PreApproved), bare(u"B"_s, AssetStatus::Denied),
                             bare(u"C"_s, AssetStatus::PendingDocumentation) });
        QSignalSpy checked(&model, &AssetTableModel::checkedChanged);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable)); // only the first column
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedExternalIds(), (QStringList { u"A"_s, u"C"_s }));
        QCOMPARE(model.checkedPurchaseValue(), Money::fromCentavos(2000));
        QCOMPARE(checked.count(), 2);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        model.updateAsset(bare(u"A"_s, AssetStatus::Denied)); // removed meanwhile: no longer ticked
        QCOMPARE(model.checkedExternalIds(), QStringList { u"C"_s });
        model.clearChecked();
        QCOMPARE(model.checkedCount(), 0);
    }

    // Many ticks at once ("tick all shown", Space on a selection): one checkedChanged(), one dataChanged()
    // range, and assets that cannot be removed are left alone.
    void setChecked_many_oneSignal_removableOnly()
    {
        AssetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<AssetListItem> items;
        for (int i = 0; i < 2000; ++i)
            items.append(bare(u"A%1"_s.arg(i), i % 10 == 0 ? AssetStatus::Denied : AssetStatus::PreApproved));
        model.appendAssets(items);
        QStringList all;
        for (const AssetListItem &item : std::as_const(items))
            all.append(item.externalId);
        QSignalSpy checked(&model, &AssetTableModel::checkedChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.setChecked(all, true), 1800);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.checkedCount(), 1800);
        QCOMPARE(model.checkedPurchaseValue(), Money::fromCentavos(1800 * 1000));
        QCOMPARE(model.setChecked(all, true), 0); // nothing new: no signal
        QCOMPARE(checked.count(), 1);

        // Exactly these afterwards: the others unticked, the denied one ignored.
        model.setCheckedExactly({ u"A1"_s, u"A2"_s, u"A10"_s, u"NOT-THERE"_s });
        QCOMPARE(model.checkedExternalIds(), (QStringList { u"A1"_s, u"A2"_s }));
        QCOMPARE(checked.count(), 2);
        QCOMPARE(checked.last().first().toInt(), 2);
        QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.setChecked(QStringList { u"A1"_s }, false), 1);
        QCOMPARE(model.checkedExternalIds(), QStringList { u"A2"_s });
    }

    void filter_statusTypeAndText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << -1 << -1 << QString() << QStringList { u"C-1"_s, u"D-1"_s, u"D-2"_s };
        QTest::newRow("denied") << int(AssetStatus::Denied) << -1 << QString() << QStringList { u"D-2"_s };
        QTest::newRow("ccb") << -1 << int(AssetType::Ccb) << QString() << QStringList { u"C-1"_s };
        QTest::newRow("debtor name") << -1 << -1 << u"ana"_s << QStringList { u"D-1"_s };
        QTest::newRow("cpf formatted") << -1 << -1 << u"529.982"_s << QStringList { u"D-1"_s };
        QTest::newRow("cnpj bare digits") << -1 << -1 << u"11222333"_s << QStringList { u"C-1"_s };
        QTest::newRow("external id") << -1 << -1 << u"d-2"_s << QStringList { u"D-2"_s };
    }
    void filter_statusTypeAndText()
    {
        QFETCH(int, status);
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        AssetTableModel model;
        model.appendAssets({ withDetail(u"D-1"_s, u"Ana Souza"_s, u"52998224725"_s),
                             withDetail(u"C-1"_s, u"Bruno Ltda"_s, u"11.222.333/0001-81"_s, AssetType::Ccb),
                             withDetail(u"D-2"_s, u"Carla"_s, u"1"_s, AssetType::DuplicataMercantil, AssetStatus::Denied) });
        AssetFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setStatus(status < 0 ? std::nullopt : std::optional(AssetStatus::Value(status)));
        filter.setType(type < 0 ? std::nullopt : std::optional(AssetType::Value(type)));
        filter.setSearchText(text);
        filter.sort(int(Column::ExternalId));
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.append(filter.index(row, 0).data(AssetTableModel::ExternalIdRole).toString());
        QCOMPARE(ids, expected);
    }

    void clear_afterChecks_resetsEverything()
    {
        AssetTableModel model;
        model.appendAssets({ bare(u"A"_s, AssetStatus::PreApproved) });
        model.setChecked(u"A"_s, true);
        QSignalSpy checked(&model, &AssetTableModel::checkedChanged);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(model.checkedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAssetTableModel)
#include "tst_assettablemodel.moc"
