#pragma once

class QCoreApplication;

namespace app {

// Loads Qt's and planmap's translations for the system locale (PLANMAP_LANG overrides it).
void installTranslations(QCoreApplication &application);

} // namespace app
