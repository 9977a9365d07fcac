#pragma once

#include "printlayout.h"

#include <QJsonObject>
#include <QStringList>

namespace core {

// How a project file keeps print layouts. Reading is lenient like the rest of the project
// file: a value of the wrong type becomes a problem and its default is used.
class LayoutJson
{
    Q_DECLARE_TR_FUNCTIONS(LayoutJson)
public:
    static QJsonObject toJson(const PrintLayout &layout);
    static PrintLayout fromJson(const QJsonObject &json, QStringList *problems);

    static QString kindName(LayoutItemKind kind);
    static std::optional<LayoutItemKind> kindFromName(const QString &name);
};

} // namespace core
