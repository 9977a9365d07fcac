#include "qgisstylewriter.h"

#include "gdalhandles.h"
#include "gdalsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace gis {

namespace {

// QGIS writes colours as "r,g,b,a".
QString qgisColor(const QColor &color)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(color.red())
        .arg(color.green())
        .arg(color.blue())
        .arg(color.alpha());
}

QString qgisNumber(double value)
{
    return QString::number(value, 'g', 10);
}

QString qgisPenStyle(Qt::PenStyle style)
{
    switch (style) {
    case Qt::NoPen:
        return QStringLiteral("no");
    case Qt::DashLine:
        return QStringLiteral("dash");
    case Qt::DotLine:
        return QStringLiteral("dot");
    case Qt::DashDotLine:
        return QStringLiteral("dash dot");
    case Qt::DashDotDotLine:
        return QStringLiteral("dash dot dot");
    default:
        return QStringLiteral("solid");
    }
}

QString qgisMarkerName(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Square:
        return QStringLiteral("square");
    case MarkerShape::Triangle:
        return QStringLiteral("triangle");
    case MarkerShape::Star:
        return QStringLiteral("star");
    case MarkerShape::Diamond:
        return QStringLiteral("diamond");
    case MarkerShape::Circle:
        break;
    }
    return QStringLiteral("circle");
}

// QGIS's layerGeometryType: 0 point, 1 line, 2 polygon, 4 none.
int qgisGeometryType(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return 0;
    case GeometryKind::Line:
        return 1;
    case GeometryKind::Polygon:
        return 2;
    case GeometryKind::None:
        break;
    }
    return 4;
}

// QGIS's label placement: around a point, along a line, over a polygon's centre.
int qgisPlacement(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Line:
        return 2;
    case GeometryKind::Polygon:
        return 1;
    default:
        return 0;
    }
}

class QmlWriter
{
public:
    explicit QmlWriter(QString *out)
        : mXml(out)
    {
        mXml.setAutoFormatting(true);
        mXml.setAutoFormattingIndent(1);
    }

    void document(const LayerStyle &style, const LabelSettings &labels, GeometryKind kind)
    {
        const bool labelled = labels.enabled && !labels.field.isEmpty();
        mXml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
        mXml.writeStartElement(QStringLiteral("qgis"));
        mXml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0"));
        mXml.writeAttribute(QStringLiteral("styleCategories"),
                            QStringLiteral("Symbology|Labeling"));
        mXml.writeAttribute(QStringLiteral("labelsEnabled"),
                            labelled ? QStringLiteral("1") : QStringLiteral("0"));
        renderer(style, kind);
        if (labelled)
            labeling(labels, kind);
        mXml.writeTextElement(QStringLiteral("layerGeometryType"),
                              QString::number(qgisGeometryType(kind)));
        mXml.writeEndElement();
        mXml.writeEndDocument();
    }

private:
    void renderer(const LayerStyle &style, GeometryKind kind)
    {
        mXml.writeStartElement(QStringLiteral("renderer-v2"));
        mXml.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        mXml.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        mXml.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        std::vector<Symbol> symbols;
        if (style.kind == StyleKind::Categorized && !style.field.isEmpty()) {
            symbols = categories(style);
        } else if (style.kind == StyleKind::Graduated && !style.field.isEmpty()) {
            symbols = ranges(style);
        } else {
            // Proportional markers and styles fed by a joined indicator have no QGIS
            // equivalent without expressions: their base symbol is the honest approximation.
            mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
            symbols = {style.symbol};
        }
        mXml.writeStartElement(QStringLiteral("symbols"));
        for (std::size_t i = 0; i < symbols.size(); ++i)
            symbol(symbols[i], kind, QString::number(i));
        mXml.writeEndElement();
        mXml.writeEndElement();
    }

    std::vector<Symbol> categories(const LayerStyle &style)
    {
        mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
        mXml.writeAttribute(QStringLiteral("attr"), style.field);
        mXml.writeStartElement(QStringLiteral("categories"));
        std::vector<Symbol> symbols;
        const auto category = [&](const QString &value, const QString &label, const Symbol &s) {
            mXml.writeEmptyElement(QStringLiteral("category"));
            mXml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            mXml.writeAttribute(QStringLiteral("symbol"), QString::number(symbols.size()));
            mXml.writeAttribute(QStringLiteral("value"), value);
            mXml.writeAttribute(QStringLiteral("label"), label);
            symbols.push_back(s);
        };
        for (const CategoryClass &each : style.categories)
            category(each.value, each.label.isEmpty() ? each.value : each.label, each.symbol);
        category(QString(), QString(), style.otherSymbol); // QGIS's "all other values"
        mXml.writeEndElement();
        return symbols;
    }

    std::vector<Symbol> ranges(const LayerStyle &style)
    {
        mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("graduatedSymbol"));
        mXml.writeAttribute(QStringLiteral("attr"), style.field);
        mXml.writeAttribute(QStringLiteral("graduatedMethod"), QStringLiteral("GraduatedColor"));
        mXml.writeStartElement(QStringLiteral("ranges"));
        std::vector<Symbol> symbols;
        for (const RangeClass &range : style.ranges) {
            mXml.writeEmptyElement(QStringLiteral("range"));
            mXml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            mXml.writeAttribute(QStringLiteral("symbol"), QString::number(symbols.size()));
            mXml.writeAttribute(QStringLiteral("lower"), qgisNumber(range.lower));
            mXml.writeAttribute(QStringLiteral("upper"), qgisNumber(range.upper));
            mXml.writeAttribute(QStringLiteral("label"), range.label);
            symbols.push_back(range.symbol);
        }
        mXml.writeEndElement();
        return symbols;
    }

    void symbol(const Symbol &symbol, GeometryKind kind, const QString &name)
    {
        mXml.writeStartElement(QStringLiteral("symbol"));
        mXml.writeAttribute(QStringLiteral("name"), name);
        mXml.writeAttribute(QStringLiteral("alpha"), qgisNumber(symbol.opacity));
        mXml.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
        switch (kind) {
        case GeometryKind::Point:
            mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("marker"));
            symbolLayer(QStringLiteral("SimpleMarker"),
                        {{"name", qgisMarkerName(symbol.marker)},
                         {"color", qgisColor(symbol.fillColor)},
                         {"outline_color", qgisColor(symbol.strokeColor)},
                         {"outline_style", qgisPenStyle(symbol.strokeStyle)},
                         {"outline_width", qgisNumber(symbol.strokeWidthMm)},
                         {"outline_width_unit", QStringLiteral("MM")},
                         {"size", qgisNumber(symbol.markerSizeMm)},
                         {"size_unit", QStringLiteral("MM")},
                         {"scale_method", QStringLiteral("diameter")}});
            break;
        case GeometryKind::Line:
            mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("line"));
            symbolLayer(QStringLiteral("SimpleLine"),
                        {{"line_color", qgisColor(symbol.strokeColor)},
                         {"line_style", qgisPenStyle(symbol.strokeStyle)},
                         {"line_width", qgisNumber(symbol.strokeWidthMm)},
                         {"line_width_unit", QStringLiteral("MM")},
                         {"joinstyle", QStringLiteral("round")},
                         {"capstyle", QStringLiteral("round")}});
            break;
        default:
            mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("fill"));
            symbolLayer(QStringLiteral("SimpleFill"),
                        {{"color", qgisColor(symbol.fillColor)},
                         {"style", symbol.fillColor.alpha() == 0 ? QStringLiteral("no")
                                                                 : QStringLiteral("solid")},
                         {"outline_color", qgisColor(symbol.strokeColor)},
                         {"outline_style", qgisPenStyle(symbol.strokeStyle)},
                         {"outline_width", qgisNumber(symbol.strokeWidthMm)},
                         {"outline_width_unit", QStringLiteral("MM")},
                         {"joinstyle", QStringLiteral("bevel")}});
            break;
        }
        mXml.writeEndElement();
    }

    void symbolLayer(const QString &kind,
                     std::initializer_list<std::pair<const char *, QString>> options)
    {
        mXml.writeStartElement(QStringLiteral("layer"));
        mXml.writeAttribute(QStringLiteral("class"), kind);
        mXml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
        mXml.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
        mXml.writeStartElement(QStringLiteral("Option"));
        mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        for (const auto &[name, value] : options) {
            mXml.writeEmptyElement(QStringLiteral("Option"));
            mXml.writeAttribute(QStringLiteral("name"), QString::fromLatin1(name));
            mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
            mXml.writeAttribute(QStringLiteral("value"), value);
        }
        mXml.writeEndElement();
        mXml.writeEndElement();
    }

    void labeling(const LabelSettings &labels, GeometryKind kind)
    {
        mXml.writeStartElement(QStringLiteral("labeling"));
        mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
        mXml.writeStartElement(QStringLiteral("settings"));
        mXml.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
        mXml.writeStartElement(QStringLiteral("text-style"));
        mXml.writeAttribute(QStringLiteral("fieldName"), labels.field);
        mXml.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
        mXml.writeAttribute(QStringLiteral("fontFamily"), labels.fontFamily);
        mXml.writeAttribute(QStringLiteral("fontSize"), qgisNumber(labels.sizePt));
        mXml.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
        // Qt 5's weights, which QGIS 3 reads: 75 bold, 50 normal.
        mXml.writeAttribute(QStringLiteral("fontWeight"),
                            labels.bold ? QStringLiteral("75") : QStringLiteral("50"));
        mXml.writeAttribute(QStringLiteral("namedStyle"),
                            labels.bold ? QStringLiteral("Bold") : QStringLiteral("Regular"));
        mXml.writeAttribute(QStringLiteral("textColor"), qgisColor(labels.color));
        mXml.writeAttribute(QStringLiteral("textOpacity"), QStringLiteral("1"));
        mXml.writeEmptyElement(QStringLiteral("text-buffer"));
        mXml.writeAttribute(QStringLiteral("bufferDraw"),
                            labels.haloMm > 0 ? QStringLiteral("1") : QStringLiteral("0"));
        mXml.writeAttribute(QStringLiteral("bufferSize"), qgisNumber(labels.haloMm));
        mXml.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("MM"));
        mXml.writeAttribute(QStringLiteral("bufferColor"), qgisColor(labels.haloColor));
        mXml.writeAttribute(QStringLiteral("bufferOpacity"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("bufferNoFill"), QStringLiteral("1"));
        mXml.writeEndElement(); // text-style
        mXml.writeEmptyElement(QStringLiteral("placement"));
        mXml.writeAttribute(QStringLiteral("placement"), QString::number(qgisPlacement(kind)));
        // planmap's priorities are small integers, QGIS's run from 0 to 10.
        mXml.writeAttribute(QStringLiteral("priority"),
                            QString::number(std::clamp(labels.priority, 0, 10)));
        mXml.writeEmptyElement(QStringLiteral("rendering"));
        mXml.writeAttribute(QStringLiteral("drawLabels"), QStringLiteral("1"));
        mXml.writeAttribute(QStringLiteral("obstacle"), QStringLiteral("1"));
        mXml.writeEndElement(); // settings
        mXml.writeEndElement(); // labeling
    }

    QXmlStreamWriter mXml;
};

// The table as QGIS creates it (OGR layer with an "id" key), so QGIS finds and updates it.
OGRLayer *styleTable(GDALDataset &dataset)
{
    if (OGRLayer *existing = dataset.GetLayerByName(QgisStyleWriter::table))
        return existing;
    const char *options[] = {"FID=id", nullptr};
    OGRLayer *created =
        dataset.CreateLayer(QgisStyleWriter::table, nullptr, wkbNone, const_cast<char **>(options));
    if (!created)
        return nullptr;
    struct Column
    {
        const char *name;
        OGRFieldType type;
        int width;
    };
    for (const Column &column : {Column{"f_table_catalog", OFTString, 256},
                                 {"f_table_schema", OFTString, 256},
                                 {"f_table_name", OFTString, 256},
                                 {"f_geometry_column", OFTString, 256},
                                 {"styleName", OFTString, 30},
                                 {"styleQML", OFTString, 0},
                                 {"styleSLD", OFTString, 0},
                                 {"useAsDefault", OFTInteger, 0},
                                 {"description", OFTString, 0},
                                 {"owner", OFTString, 30},
                                 {"ui", OFTString, 30},
                                 {"update_time", OFTDateTime, 0}}) {
        OGRFieldDefn field(column.name, column.type);
        field.SetWidth(column.width);
        if (column.type == OFTInteger)
            field.SetSubType(OFSTBoolean);
        if (column.type == OFTDateTime)
            field.SetDefault("CURRENT_TIMESTAMP");
        if (created->CreateField(&field) != OGRERR_NONE)
            return nullptr;
    }
    return created;
}

QByteArray sqlLiteral(const QString &text)
{
    return "'" + text.toUtf8().replace("'", "''") + "'";
}

} // namespace

QString QgisStyleWriter::qml(const LayerStyle &style, const LabelSettings &labels,
                             GeometryKind kind)
{
    QString text;
    QmlWriter(&text).document(style, labels, kind);
    return text;
}

bool QgisStyleWriter::write(GDALDataset &dataset, const QString &layerName, const QString &qml,
                            QString *error)
{
    GdalErrorCollector errors;
    OGRLayer *layer = dataset.GetLayerByName(layerName.toUtf8().constData());
    OGRLayer *styles = layer ? styleTable(dataset) : nullptr;
    if (!styles) {
        *error =
            QCoreApplication::translate("QgisStyleWriter", "cannot write the QGIS style of %1: %2")
                .arg(layerName, errors.lastError());
        return false;
    }
    const QByteArray table = sqlLiteral(layerName);
    const QByteArray replaced = "DELETE FROM layer_styles WHERE f_table_name = " + table +
                                " AND styleName = " + sqlLiteral(QString::fromLatin1(styleName));
    const QByteArray demoted =
        "UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = " + table;
    dataset.ExecuteSQL(replaced.constData(), nullptr, nullptr);
    dataset.ExecuteSQL(demoted.constData(), nullptr, nullptr);
    OgrFeaturePointer row(OGRFeature::CreateFeature(styles->GetLayerDefn()));
    row->SetField("f_table_catalog", "");
    row->SetField("f_table_schema", "");
    row->SetField("f_table_name", layerName.toUtf8().constData());
    row->SetField("f_geometry_column", layer->GetGeometryColumn());
    row->SetField("styleName", styleName);
    row->SetField("styleQML", qml.toUtf8().constData());
    row->SetField("styleSLD", "");
    row->SetField("useAsDefault", 1);
    row->SetField("description",
                  QStringLiteral("planmap's style of %1").arg(layerName).toUtf8().constData());
    row->SetField("owner", "");
    row->SetField("ui", "");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    row->SetField("update_time", now.date().year(), now.date().month(), now.date().day(),
                  now.time().hour(), now.time().minute(), float(now.time().second()), 100);
    if (styles->CreateFeature(row.get()) != OGRERR_NONE) {
        *error =
            QCoreApplication::translate("QgisStyleWriter", "cannot write the QGIS style of %1: %2")
                .arg(layerName, errors.lastError());
        return false;
    }
    return true;
}

} // namespace gis
