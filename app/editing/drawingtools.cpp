#include "drawingtools.h"

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
            return new DrawPolygonTool(context.canvas, *context.project, context.session,
                                       context.snapLayers, parent);
        });
    added.split =
        actions.addTool(EditingActions::tr("S&plit zones"), QKeySequence(Qt::SHIFT | Qt::Key_S),
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
