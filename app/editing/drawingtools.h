#pragma once

class QAction;

namespace app {

class EditingActions;

// The Edit menu's entries of the drawing tools.
struct DrawingToolActions
{
    QAction *drawPolygon = nullptr;
    QAction *split = nullptr;
    QAction *reshape = nullptr;
};

// Adds the drawing tools to the Edit menu: draw a new zone (N), split zones along a line
// (Shift+S), reshape a boundary (R).
DrawingToolActions addDrawingTools(EditingActions &actions);

} // namespace app
