#include "testregistry.h"

#include "data/geopackagewriter.h"
#include "data/qgisstylewriter.h"
#include "data/vectordataset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

// What a QML document says, read back with a strict XML parser: every <Option name=… value=…>
// of the symbol layers in document order, each element's attributes by element name (the
// last one of a name wins), and the text of <layerGeometryType>.
struct ReadQml
{
    QString xmlError;
    std::vector<std::map<QString, QString>> symbolLayers; // option name → value
    std::map<QString, std::map<QString, QString>> elements;
    int categories = 0;
    int ranges = 0;
    QString geometryType;
};

// With PLANMAP_QML_DUMP set to a folder, the documents checked here are also written there,
// for tools/check_qgis_styles.py --qml to load in QGIS.
void dump(const QString &name, const QString &qml)
{
    const QString folder = qEnvironmentVariable("PLANMAP_QML_DUMP");
    QFile file(folder + u'/' + name + QStringLiteral(".qml"));
    if (!folder.isEmpty() && file.open(QIODevice::WriteOnly))
        file.write(qml.toUtf8());
}

ReadQml readQml(const QString &qml, const QString &dumpName = {})
{
    if (!dumpName.isEmpty())
        dump(dumpName, qml);
    ReadQml read;
    QXmlStreamReader xml(qml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        std::map<QString, QString> attributes;
        for (const QXmlStreamAttribute &attribute : xml.attributes())
            attributes[attribute.name().toString()] = attribute.value().toString();
        if (name == QLatin1String("layer"))
            read.symbolLayers.emplace_back();
        else if (name == QLatin1String("Option") && attributes.count(QStringLiteral("value")) &&
                 !read.symbolLayers.empty())
            read.symbolLayers.back()[attributes[QStringLiteral("name")]] =
                attributes[QStringLiteral("value")];
        read.categories += name == QLatin1String("category");
        read.ranges += name == QLatin1String("range");
        if (name == QLatin1String("layerGeometryType"))
            read.geometryType = xml.readElementText();
        else
            read.elements[name] = attributes;
    }
    if (xml.hasError())
        read.xmlError = xml.errorString();
    return read;
}

gis::Symbol zoneSymbol()
{
    gis::Symbol symbol;
    symbol.fillColor = QColor(0x27, 0xae, 0x60, 140);
    symbol.strokeColor = QColor(0x19, 0x6f, 0x3d);
    symbol.strokeWidthMm = 0.4;
    symbol.strokeStyle = Qt::DashLine;
    return symbol;
}

gis::LabelSettings nameLabels()
{
    gis::LabelSettings labels;
    labels.enabled = true;
    labels.field = QStringLiteral("name_zh");
    labels.sizePt = 7.5;
    labels.bold = true;
    labels.color = QColor(0x14, 0x5a, 0x32);
    return labels;
}

gis::FeatureCollection squares(const QString &name)
{
    gis::FeatureCollection collection;
    collection.name = name;
    collection.crs = gis::Crs::wgs84();
    collection.kind = gis::GeometryKind::Polygon;
    collection.fields = {{QStringLiteral("name_zh"), QMetaType::QString}};
    gis::Polygon square;
    square.outer() = {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
    collection.features.push_back({0, {QStringLiteral("一")}, gis::MultiPolygon{square}});
    return collection;
}

} // namespace

class tst_qgisstylewriter : public QObject
{
    Q_OBJECT
private slots:
    void singleFillWithLabels()
    {
        gis::LayerStyle style;
        style.symbol = zoneSymbol();
        const ReadQml qml =
            readQml(gis::QgisStyleWriter::qml(style, nameLabels(), gis::GeometryKind::Polygon),
                    QStringLiteral("single-polygon"));
        QVERIFY2(qml.xmlError.isEmpty(), qPrintable(qml.xmlError));
        QCOMPARE(qml.elements.at(QStringLiteral("renderer-v2")).at(QStringLiteral("type")),
                 QStringLiteral("singleSymbol"));
        QCOMPARE(qml.elements.at(QStringLiteral("symbol")).at(QStringLiteral("type")),
                 QStringLiteral("fill"));
        QCOMPARE(qml.symbolLayers.size(), std::size_t(1));
        const auto &fill = qml.symbolLayers[0];
        QCOMPARE(fill.at(QStringLiteral("color")), QStringLiteral("39,174,96,140"));
        QCOMPARE(fill.at(QStringLiteral("outline_color")), QStringLiteral("25,111,61,255"));
        QCOMPARE(fill.at(QStringLiteral("outline_width")), QStringLiteral("0.4"));
        QCOMPARE(fill.at(QStringLiteral("outline_width_unit")), QStringLiteral("MM"));
        QCOMPARE(fill.at(QStringLiteral("outline_style")), QStringLiteral("dash"));
        QCOMPARE(qml.elements.at(QStringLiteral("qgis")).at(QStringLiteral("labelsEnabled")),
                 QStringLiteral("1"));
        const auto &text = qml.elements.at(QStringLiteral("text-style"));
        QCOMPARE(text.at(QStringLiteral("fieldName")), QStringLiteral("name_zh"));
        QCOMPARE(text.at(QStringLiteral("fontSize")), QStringLiteral("7.5"));
        QCOMPARE(text.at(QStringLiteral("textColor")), QStringLiteral("20,90,50,255"));
        QCOMPARE(text.at(QStringLiteral("fontWeight")), QStringLiteral("75"));
        QCOMPARE(qml.geometryType, QStringLiteral("2"));
    }

    void transparentFillAndLinesAndMarkers()
    {
        gis::LayerStyle style;
        style.symbol = zoneSymbol();
        style.symbol.fillColor = Qt::transparent;
        ReadQml qml = readQml(gis::QgisStyleWriter::qml(style, {}, gis::GeometryKind::Polygon));
        QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("style")), QStringLiteral("no"));
        QCOMPARE(qml.elements.at(QStringLiteral("qgis")).at(QStringLiteral("labelsEnabled")),
                 QStringLiteral("0"));
        QVERIFY(!qml.elements.count(QStringLiteral("labeling")));

        qml = readQml(gis::QgisStyleWriter::qml(style, {}, gis::GeometryKind::Line),
                      QStringLiteral("dash-line"));
        QCOMPARE(qml.elements.at(QStringLiteral("layer")).at(QStringLiteral("class")),
                 QStringLiteral("SimpleLine"));
        QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("line_color")),
                 QStringLiteral("25,111,61,255"));
        QCOMPARE(qml.geometryType, QStringLiteral("1"));

        style.symbol.marker = gis::MarkerShape::Star;
        style.symbol.markerSizeMm = 3.5;
        qml = readQml(gis::QgisStyleWriter::qml(style, {}, gis::GeometryKind::Point),
                      QStringLiteral("star-point"));
        QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("name")), QStringLiteral("star"));
        QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("size")), QStringLiteral("3.5"));
        QCOMPARE(qml.geometryType, QStringLiteral("0"));
    }

    void categoriesAndRanges()
    {
        gis::LayerStyle style;
        style.kind = gis::StyleKind::Categorized;
        style.field = QStringLiteral("status");
        gis::Symbol planned = zoneSymbol(), built = zoneSymbol();
        planned.fillColor = QColor(255, 0, 0);
        built.fillColor = QColor(0, 0, 255);
        style.categories = {{QStringLiteral("planned"), planned, {}},
                            {QStringLiteral("built"), built, {}}};
        ReadQml qml = readQml(gis::QgisStyleWriter::qml(style, {}, gis::GeometryKind::Polygon),
                              QStringLiteral("categorized-polygon"));
        QVERIFY2(qml.xmlError.isEmpty(), qPrintable(qml.xmlError));
        QCOMPARE(qml.elements.at(QStringLiteral("renderer-v2")).at(QStringLiteral("attr")),
                 QStringLiteral("status"));
        QCOMPARE(qml.categories, 3); // and "all other values"
        QCOMPARE(qml.symbolLayers.size(), std::size_t(3));
        QCOMPARE(qml.symbolLayers[1].at(QStringLiteral("color")), QStringLiteral("0,0,255,255"));

        style.kind = gis::StyleKind::Graduated;
        style.field = QStringLiteral("area");
        style.ranges = {{0, 10, planned, {}}, {10, 20, built, {}}};
        qml = readQml(gis::QgisStyleWriter::qml(style, {}, gis::GeometryKind::Polygon),
                      QStringLiteral("graduated-polygon"));
        QCOMPARE(qml.ranges, 2);
        QCOMPARE(qml.elements.at(QStringLiteral("range")).at(QStringLiteral("upper")),
                 QStringLiteral("20"));
        QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("color")), QStringLiteral("255,0,0,255"));
    }

    // One default row per layer, as QGIS reads them; the table is not offered as a layer.
    void geopackageGetsLayerStyles()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("styled.gpkg"));
        gis::GeoPackageWriter writer(path);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        gis::LayerStyle style;
        style.symbol = zoneSymbol();
        for (const QString &name : {QStringLiteral("zones"), QStringLiteral("plates")}) {
            QVERIFY2(writer.writeLayer(squares(name), &error), qPrintable(error));
            const QString qml =
                gis::QgisStyleWriter::qml(style, nameLabels(), gis::GeometryKind::Polygon);
            QVERIFY2(writer.writeStyle(name, qml, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));

        const auto dataset = gis::VectorDataset::open(path, &error);
        QVERIFY2(dataset, qPrintable(error));
        QCOMPARE(dataset->layerNames(),
                 (QStringList{QStringLiteral("zones"), QStringLiteral("plates")}));
        const auto styles = dataset->readLayer(QStringLiteral("layer_styles"), &error);
        QVERIFY2(styles, qPrintable(error));
        QCOMPARE(styles->features.size(), std::size_t(2));
        QStringList tables;
        for (const gis::Feature &row : styles->features) {
            tables << styles->value(row, QStringLiteral("f_table_name")).toString();
            QCOMPARE(styles->value(row, QStringLiteral("f_geometry_column")).toString(),
                     QStringLiteral("geom"));
            QCOMPARE(styles->value(row, QStringLiteral("useAsDefault")).toInt(), 1);
            QCOMPARE(styles->value(row, QStringLiteral("styleName")).toString(),
                     QStringLiteral("planmap"));
            const ReadQml qml = readQml(styles->value(row, QStringLiteral("styleQML")).toString());
            QVERIFY2(qml.xmlError.isEmpty(), qPrintable(qml.xmlError));
            QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("color")),
                     QStringLiteral("39,174,96,140"));
            QCOMPARE(qml.symbolLayers[0].at(QStringLiteral("outline_color")),
                     QStringLiteral("25,111,61,255"));
        }
        tables.sort();
        QCOMPARE(tables, (QStringList{QStringLiteral("plates"), QStringLiteral("zones")}));
    }
};

PLANMAP_TEST(tst_qgisstylewriter)
#include "tst_qgisstylewriter.moc"
