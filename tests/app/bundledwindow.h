#pragma once

#include "canvas/mapcanvas.h"
#include "mainwindow.h"

#include <QSignalSpy>

#include <memory>

namespace testing {

// Waits for the canvas to swap in its next finished frame.
inline bool waitForFrame(app::MapCanvas *canvas)
{
    QSignalSpy frames(canvas, &app::MapCanvas::frameRendered);
    return frames.wait(15000);
}

// A main window on the bundled project, shown, with its first frame drawn; nullptr (and a
// warning) when the project does not open in time.
inline std::unique_ptr<app::MainWindow> openBundledWindow()
{
    auto window = std::make_unique<app::MainWindow>();
    window->resize(1200, 800);
    window->show();
    QSignalSpy opened(window.get(), &app::MainWindow::projectOpened);
    window->openInitialProject({});
    if (!opened.wait(15000) || !waitForFrame(window->canvas())) {
        qWarning("the bundled project did not open and draw within 15 s");
        return nullptr;
    }
    return window;
}

} // namespace testing
