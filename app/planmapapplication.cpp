#include "planmapapplication.h"

#include "canvas/mapcanvas.h"
#include "cli/commandline.h"
#include "connections/pgpasswords.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

namespace app {

namespace {

struct WindowOptions
{
    QString path; // a project file (*.planmap) or a dataset; empty for the bundled project
    QString screenshotPath; // --screenshot FILE: save the window after the first frame, then quit
    bool quitAfterFirstFrame = false;
};

WindowOptions parseWindowOptions(const QStringList &arguments)
{
    WindowOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--screenshot" && i + 1 < arguments.size()) {
            options.screenshotPath = arguments[++i];
            options.quitAfterFirstFrame = true;
        } else if (arguments[i] == u"--quit-after-first-frame") {
            options.quitAfterFirstFrame = true;
        } else {
            options.path = arguments[i];
        }
    }
    return options;
}

// Reports the time from process start-up to the first finished frame, and optionally saves
// what the window shows: used for the README screenshot and the start-up measurement.
void finishAfterFirstFrame(MainWindow &window, const WindowOptions &options,
                           const QElapsedTimer &clock)
{
    QObject::connect(
        window.canvas(), &MapCanvas::frameRendered, &window,
        [&window, options, clock] {
            QTextStream(stdout) << "first_frame_seconds=" << clock.nsecsElapsed() / 1e9 << Qt::endl;
            // One more event-loop turn so the frame is painted before the grab.
            QTimer::singleShot(50, &window, [&window, options] {
                if (!options.screenshotPath.isEmpty())
                    window.grab().save(options.screenshotPath);
                QApplication::quit();
            });
        },
        Qt::SingleShotConnection);
}

int runWindow(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("planmap"));
    QApplication::setApplicationVersion(QStringLiteral(PLANMAP_VERSION));
    QApplication::setOrganizationName(QStringLiteral("planmap"));
    installTranslations(application);
    PgPasswords::installAtStart();
    const WindowOptions options = parseWindowOptions(QApplication::arguments());
    MainWindow window;
    if (options.quitAfterFirstFrame)
        finishAfterFirstFrame(window, options, clock);
    window.show();
    window.openInitialProject(options.path);
    return QApplication::exec();
}

} // namespace

int runPlanmap(int argc, char *argv[])
{
    if (isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);
    return runWindow(argc, argv);
}

} // namespace app
