#pragma once

namespace app {

// True when the arguments ask for a command-line action rather than the window.
bool isCommandLineInvocation(int argc, char *argv[]);

// Runs `planmap info|--version|--help` without a display; returns the exit code.
int runCommandLine(int argc, char *argv[]);

} // namespace app
