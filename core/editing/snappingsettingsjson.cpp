#include "snappingsettingsjson.h"

#include "project/jsonfields.h"

#include <QJsonArray>

#include <algorithm>

namespace core {

namespace {

const QString kKey = QStringLiteral("snapping");

} // namespace

void SnappingSettingsJson::write(const SnappingSettings &settings, QJsonObject &root)
{
    if (settings == SnappingSettings{})
        return;
    root.insert(kKey, QJsonObject{
                          {QStringLiteral("allVisibleLayers"), settings.allVisibleLayers},
                          {QStringLiteral("layers"), QJsonArray::fromStringList(settings.layerIds)},
                          {QStringLiteral("tolerancePixels"), settings.tolerancePixels},
                          {QStringLiteral("vertices"), settings.vertices},
                          {QStringLiteral("segments"), settings.segments},
                      });
}

SnappingSettings SnappingSettingsJson::read(const JsonFields &root, QStringList *problems)
{
    SnappingSettings settings;
    if (!root.has(kKey))
        return settings;
    const JsonFields fields(root.object(kKey), kKey, problems);
    settings.allVisibleLayers =
        fields.boolean(QStringLiteral("allVisibleLayers"), settings.allVisibleLayers);
    settings.layerIds = fields.strings(QStringLiteral("layers"));
    const double tolerance =
        fields.number(QStringLiteral("tolerancePixels"), settings.tolerancePixels);
    if (tolerance > 0)
        settings.tolerancePixels = std::min(tolerance, 100.0);
    else
        fields.reportInvalid(QStringLiteral("tolerancePixels"), QString::number(tolerance));
    settings.vertices = fields.boolean(QStringLiteral("vertices"), settings.vertices);
    settings.segments = fields.boolean(QStringLiteral("segments"), settings.segments);
    return settings;
}

} // namespace core
