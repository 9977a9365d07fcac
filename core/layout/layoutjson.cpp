#include "layoutjson.h"

#include "project/jsonfields.h"

#include <QJsonArray>

namespace core {

namespace {

constexpr LayoutItemKind allKinds[] = {
    LayoutItemKind::Map,      LayoutItemKind::Title,
    LayoutItemKind::Subtitle, LayoutItemKind::Legend,
    LayoutItemKind::ScaleBar, LayoutItemKind::NorthArrow,
    LayoutItemKind::Sources,  LayoutItemKind::Date,
    LayoutItemKind::Overview, LayoutItemKind::StatisticsTable,
};

QJsonArray rectToJson(const QRectF &rect)
{
    return {rect.x(), rect.y(), rect.width(), rect.height()};
}

std::optional<QRectF> rectFromJson(const QJsonArray &array)
{
    if (array.size() != 4)
        return std::nullopt;
    for (const QJsonValue &value : array) {
        if (!value.isDouble())
            return std::nullopt;
    }
    return QRectF(array[0].toDouble(), array[1].toDouble(), array[2].toDouble(),
                  array[3].toDouble());
}

QString sourceName(TableSource source)
{
    return source == TableSource::Layer ? QStringLiteral("layer")
                                        : QStringLiteral("featuresInView");
}

// A statistics table's choices, written only where they differ from the defaults so that
// other items stay as short as before.
void tableSettingsToJson(const LayoutItem &item, QJsonObject &json)
{
    if (!item.layerId.isEmpty())
        json.insert(QStringLiteral("layer"), item.layerId);
    if (!item.indicators.isEmpty())
        json.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(item.indicators));
    if (item.source != TableSource::FeaturesInView)
        json.insert(QStringLiteral("source"), sourceName(item.source));
    if (!item.featureKey.isEmpty())
        json.insert(QStringLiteral("feature"), item.featureKey);
}

void tableSettingsFromJson(const JsonFields &json, LayoutItem &item)
{
    item.layerId = json.string(QStringLiteral("layer"));
    item.indicators = json.strings(QStringLiteral("indicators"));
    item.featureKey = json.string(QStringLiteral("feature"));
    const QString source = json.string(QStringLiteral("source"), sourceName(item.source));
    if (source == sourceName(TableSource::Layer))
        item.source = TableSource::Layer;
    else if (source != sourceName(TableSource::FeaturesInView))
        json.reportInvalid(QStringLiteral("source"), source);
}

} // namespace

QString LayoutJson::kindName(LayoutItemKind kind)
{
    switch (kind) {
    case LayoutItemKind::Map:
        return QStringLiteral("map");
    case LayoutItemKind::Title:
        return QStringLiteral("title");
    case LayoutItemKind::Subtitle:
        return QStringLiteral("subtitle");
    case LayoutItemKind::Legend:
        return QStringLiteral("legend");
    case LayoutItemKind::ScaleBar:
        return QStringLiteral("scaleBar");
    case LayoutItemKind::NorthArrow:
        return QStringLiteral("northArrow");
    case LayoutItemKind::Sources:
        return QStringLiteral("sources");
    case LayoutItemKind::Date:
        return QStringLiteral("date");
    case LayoutItemKind::Overview:
        return QStringLiteral("overview");
    case LayoutItemKind::StatisticsTable:
        return QStringLiteral("statisticsTable");
    }
    return {};
}

std::optional<LayoutItemKind> LayoutJson::kindFromName(const QString &name)
{
    for (LayoutItemKind kind : allKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject LayoutJson::toJson(const PrintLayout &layout)
{
    QJsonArray items;
    for (const LayoutItem &item : layout.items) {
        QJsonObject json{{QStringLiteral("kind"), kindName(item.kind)},
                         {QStringLiteral("rect"), rectToJson(item.rectMm)},
                         {QStringLiteral("visible"), item.visible}};
        if (!item.text.isEmpty())
            json.insert(QStringLiteral("text"), item.text);
        tableSettingsToJson(item, json);
        items.push_back(json);
    }
    QJsonObject map;
    if (layout.map.extent)
        map.insert(QStringLiteral("extent"), boxToJson(*layout.map.extent));
    if (layout.map.crs)
        map.insert(QStringLiteral("crs"), layout.map.crs->authId().isEmpty()
                                              ? layout.map.crs->wkt()
                                              : layout.map.crs->authId());
    if (layout.map.scaleDenominator)
        map.insert(QStringLiteral("scale"), *layout.map.scaleDenominator);
    const QSizeF custom = layout.customSizeMm;
    return {
        {QStringLiteral("name"), layout.name},
        {QStringLiteral("paper"), PrintLayout::paperName(layout.paper)},
        {QStringLiteral("customSize"), QJsonArray{custom.width(), custom.height()}},
        {QStringLiteral("orientation"), layout.orientation == PageOrientation::Landscape
                                            ? QStringLiteral("landscape")
                                            : QStringLiteral("portrait")},
        {QStringLiteral("margins"),
         QJsonArray{layout.marginsMm.left(), layout.marginsMm.top(), layout.marginsMm.right(),
                    layout.marginsMm.bottom()}},
        {QStringLiteral("map"), map},
        {QStringLiteral("items"), items},
    };
}

PrintLayout LayoutJson::fromJson(const QJsonObject &json, QStringList *problems)
{
    const JsonFields fields(json, tr("print layout"), problems);
    PrintLayout layout;
    layout.name = fields.string(QStringLiteral("name"), tr("Layout"));
    const QString paper = fields.string(QStringLiteral("paper"), QStringLiteral("A4"));
    if (paper == u"custom") {
        layout.paper = PaperSize::Custom;
        const QJsonArray size = fields.array(QStringLiteral("customSize"));
        layout.customSizeMm = QSizeF(size.at(0).toDouble(210), size.at(1).toDouble(297));
    } else if (const auto known = PrintLayout::paperFromName(paper)) {
        layout.paper = *known;
    } else {
        fields.reportInvalid(QStringLiteral("paper"), paper);
    }
    layout.orientation = fields.string(QStringLiteral("orientation")) == u"landscape"
                             ? PageOrientation::Landscape
                             : PageOrientation::Portrait;
    const QJsonArray margins = fields.array(QStringLiteral("margins"));
    if (margins.size() == 4)
        layout.marginsMm = QMarginsF(margins[0].toDouble(10), margins[1].toDouble(10),
                                     margins[2].toDouble(10), margins[3].toDouble(10));
    const JsonFields map(fields.object(QStringLiteral("map")), tr("print layout map"), problems);
    layout.map.extent = map.box(QStringLiteral("extent"));
    if (const QString crs = map.string(QStringLiteral("crs")); !crs.isEmpty()) {
        const gis::Crs parsed = gis::Crs::fromUserInput(crs);
        if (parsed.isValid())
            layout.map.crs = parsed;
        else
            map.reportInvalid(QStringLiteral("crs"), crs.left(80));
    }
    if (map.has(QStringLiteral("scale")))
        layout.map.scaleDenominator = map.number(QStringLiteral("scale"), 0);
    for (const QJsonValue &value : fields.array(QStringLiteral("items"))) {
        const JsonFields item(value.toObject(), tr("print layout item"), problems);
        const QString kind = item.string(QStringLiteral("kind"));
        const auto known = kindFromName(kind);
        const auto rect = rectFromJson(item.array(QStringLiteral("rect")));
        if (!known || !rect) {
            item.reportInvalid(QStringLiteral("kind"), kind);
            continue;
        }
        LayoutItem read(*known, *rect, item.boolean(QStringLiteral("visible"), true),
                        item.string(QStringLiteral("text")));
        tableSettingsFromJson(item, read);
        layout.items.push_back(read);
    }
    return layout;
}

} // namespace core
