#pragma once

#include "render/symbol.h"
#include "thematic/thematicspec.h"

#include <QJsonObject>
#include <QStringList>

namespace core {

// A layer's style in a project file. Colours are "#aarrggbb", pen styles and marker shapes are
// words ("dash", "star"), so that the file stays readable and editable by hand.
QJsonObject symbolToJson(const gis::Symbol &symbol);
gis::Symbol symbolFromJson(const QJsonObject &object, const QString &where, QStringList *problems);

QJsonObject labelsToJson(const gis::LabelSettings &labels);
gis::LabelSettings labelsFromJson(const QJsonObject &object, const QString &where,
                                  QStringList *problems);

// A layer's thematic map: the spec, from which the classes are computed again on load (the
// data may have changed since), and the classes it gave when saved, for a reader of the file.
QJsonObject themeToJson(const ThematicSpec &spec, const gis::LayerStyle &style);
ThematicSpec themeFromJson(const QJsonObject &object, const QString &where, QStringList *problems);

} // namespace core
