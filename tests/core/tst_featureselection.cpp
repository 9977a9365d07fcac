#include "testregistry.h"

#include "project/featurefilterproxymodel.h"
#include "project/featureselection.h"
#include "project/featuretablemodel.h"

#include <QSignalSpy>

namespace {

std::shared_ptr<const gis::FeatureCollection> districts()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("districts");
    collection->fields = {{QStringLiteral("name"), QMetaType::QString},
                          {QStringLiteral("area_km2"), QMetaType::Double}};
    const QList<QPair<QString, double>> rows = {{QStringLiteral("Nanguan"), 497.0},
                                                {QStringLiteral("Kuancheng"), 1147.0},
                                                {QStringLiteral("Chaoyang"), 275.0},
                                                {QStringLiteral("Erdao"), 964.0},
                                                {QStringLiteral("Lüyuan"), 225.0}};
    qint64 id = 10;
    for (const auto &[name, area] : rows)
        collection->features.push_back({id++, {name, area}, {}});
    return collection;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.push_back(model.index(row, column).data().toString());
    return values;
}

} // namespace

class tst_featureselection : public QObject
{
    Q_OBJECT
private slots:
    void selectionIsPerLayerSortedAndUnique()
    {
        core::FeatureSelection selection;
        QSignalSpy changed(&selection, &core::FeatureSelection::changed);
        selection.setSelected(QStringLiteral("a"), {5, 2, 5, 9});
        QCOMPARE(selection.selected(QStringLiteral("a")), (std::vector<std::size_t>{2, 5, 9}));
        selection.setSelected(QStringLiteral("b"), {1});
        QCOMPARE(selection.count(), std::size_t(4));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("b"));
        // The same selection again is no change.
        selection.setSelected(QStringLiteral("b"), {1});
        QCOMPARE(changed.size(), 2);
        QVERIFY(selection.isSelected(QStringLiteral("a"), 5));
        QVERIFY(!selection.isSelected(QStringLiteral("a"), 3));
    }
    void selectOnlyReplacesEveryLayer()
    {
        core::FeatureSelection selection;
        selection.setSelected(QStringLiteral("a"), {1, 2});
        selection.setSelected(QStringLiteral("b"), {3});
        QSignalSpy changed(&selection, &core::FeatureSelection::changed);
        selection.selectOnly(QStringLiteral("b"), {7});
        QCOMPARE(selection.layerIds(), QStringList{QStringLiteral("b")});
        QCOMPARE(selection.selected(QStringLiteral("b")), (std::vector<std::size_t>{7}));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().toString().isEmpty()); // several layers changed
    }
    void toggleAddsAndRemoves()
    {
        core::FeatureSelection selection;
        selection.toggle(QStringLiteral("a"), 4);
        selection.toggle(QStringLiteral("a"), 1);
        QCOMPARE(selection.selected(QStringLiteral("a")), (std::vector<std::size_t>{1, 4}));
        selection.toggle(QStringLiteral("a"), 4);
        QCOMPARE(selection.selected(QStringLiteral("a")), (std::vector<std::size_t>{1}));
        selection.toggle(QStringLiteral("a"), 1);
        QVERIFY(selection.isEmpty());
    }
    void tableShowsEveryFeatureAndField()
    {
        core::FeatureTableModel model;
        model.setFeatures(districts());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("area_km2"));
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("10"));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Erdao"));
        QCOMPARE(model.index(3, 0).data(core::FeatureTableModel::FeatureIndexRole).toULongLong(),
                 3u);
    }
    void sortsNumbersAsNumbers()
    {
        core::FeatureTableModel model;
        model.setFeatures(districts());
        core::FeatureFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(1, Qt::AscendingOrder);
        // As text, "1147" would sort before "225".
        QCOMPARE(column(proxy, 0),
                 (QStringList{QStringLiteral("Lüyuan"), QStringLiteral("Chaoyang"),
                              QStringLiteral("Nanguan"), QStringLiteral("Erdao"),
                              QStringLiteral("Kuancheng")}));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0).first(), QStringLiteral("Nanguan"));
    }
    void filtersByTextInAnyColumn()
    {
        core::FeatureTableModel model;
        model.setFeatures(districts());
        core::FeatureFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("CH"));
        QCOMPARE(column(proxy, 0),
                 (QStringList{QStringLiteral("Kuancheng"), QStringLiteral("Chaoyang")}));
        proxy.setFilterText(QStringLiteral("964"));
        QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("Erdao")});
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 5);
    }
    void showsSelectedOnlyWhenAsked()
    {
        core::FeatureTableModel model;
        model.setFeatures(districts());
        core::FeatureFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSelectedOnly(true, {0, 4});
        QCOMPARE(column(proxy, 0),
                 (QStringList{QStringLiteral("Nanguan"), QStringLiteral("Lüyuan")}));
        proxy.setFilterText(QStringLiteral("lü"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSelectedOnly(false);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 5);
    }
};

PLANMAP_TEST(tst_featureselection)
#include "tst_featureselection.moc"
