#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace app {

enum class SaveChoice { Save, Discard, Cancel };

// Asks what to do with unsaved changes before they would be lost. The window holds it as a
// function so that tests answer without a modal dialog.
using SavePrompt = std::function<SaveChoice(QWidget *parent, const QString &projectName)>;

// The Save / Discard / Cancel message box.
SaveChoice askToSave(QWidget *parent, const QString &projectName);

} // namespace app
