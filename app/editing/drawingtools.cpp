#include "drawingtools.h"

#include "attributeform.h"
#include "canvas/mapcanvas.h"
#include "drawpolygontool.h"
#include "editingactions.h"
#include "reshapetool.h"
#include "splittool.h"

#include <QAction>

namespace app {

DrawingToolActions addDrawingTools(EditingActions &actions)
{
    DrawingToolActions added;
    added.drawPolygon = actions.addTool(
        EditingActions::tr("Draw &new zone"), QKeySequence(Qt::Key_N),
        EditingActions::tr("Click the corners of a new zone, snapping to its neighbours; a double "
                           "click, Enter or a right click finishes it"),
        [](const ToolContext &context, QObject *parent) -> MapTool * {
            auto *tool = new DrawPolygonTool(context.canvas, *context.project, context.session,
                                             context.snapLayers, parent);
            // A new zone is named at once: the form opens on it (Cancel keeps it unnamed).
            QObject::connect(tool, &DrawPolygonTool::featureDrawn, tool, [context](qint64 feature) {
                AttributeForm::editFeature(*context.project, context.session, feature,
                                           context.canvas);
            });
            return tool;
        });
    added.split =
        actions.addTool(EditingActions::tr("S&plit zones"), QKeySequence(Qt::Key_X),
                        EditingActions::tr("Draw a line right across zones to cut them in pieces"),
                        [](const ToolContext &context, QObject *parent) -> MapTool * {
                            return new SplitTool(context.canvas, *context.project, context.session,
                                                 context.snapLayers, parent);
                        });
    added.reshape = actions.addTool(
        EditingActions::tr("&Reshape boundary"), QKeySequence(Qt::Key_R),
        EditingActions::tr("Draw a new path from one point of a zone's boundary to another"),
        [](const ToolContext &context, QObject *parent) -> MapTool * {
            return new ReshapeTool(context.canvas, *context.project, context.session,
                                   context.snapLayers, parent);
        });
    return added;
}

} // namespace app
