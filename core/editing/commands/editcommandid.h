#pragma once

namespace core {

// QUndoCommand::id() of the commands that merge: steps of one drag become one undo step.
enum class EditCommandId { MoveVertex = 1, MoveFeatures };

} // namespace core
