#pragma once

namespace app {

// Chooses between the command line (`planmap info`, `--version`, ...) and the window, and
// runs it. Lives in app_lib so that tests drive exactly what the executable does.
int runPlanmap(int argc, char *argv[]);

} // namespace app
