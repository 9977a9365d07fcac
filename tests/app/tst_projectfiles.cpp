#include "testregistry.h"

#include "bookmarkmenu.h"
#include "canvas/mapcanvas.h"
#include "mainwindow.h"
#include "project/planproject.h"
#include "project/projectfile.h"
#include "recentprojects.h"
#include "recentprojectsmenu.h"

#include <boost/geometry/algorithms/equals.hpp>

#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

bool openAndWait(app::MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &app::MainWindow::projectOpened);
    return window.openInitialProject(path) && opened.wait(15000);
}

// A frame finishes, or there was nothing left to draw.
bool waitForIdle(app::MapCanvas *canvas)
{
    QSignalSpy frames(canvas, &app::MapCanvas::frameRendered);
    return frames.wait(3000) || !canvas->isRendering();
}

} // namespace

class tst_projectfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Keeps the recent-projects list of the tests out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("recentProjects"));
    }
    void init()
    {
        mDir = std::make_unique<QTemporaryDir>();
        mWindow = std::make_unique<app::MainWindow>();
        mWindow->resize(1000, 700);
        mWindow->show();
        mPrompts = 0;
        QVERIFY(openAndWait(*mWindow, {}));
        mPath = mDir->filePath(QStringLiteral("jilin.planmap"));
        QVERIFY(mWindow->saveProjectAs(mPath));
        // No test may meet the modal box; those that expect a question set their answer.
        answer(app::SaveChoice::Discard);
        mPrompts = 0;
    }
    void cleanup()
    {
        mWindow.reset();
        mDir.reset();
    }

    void recentProjectsAreNewestFirstAndPruned()
    {
        QSettings settings(mDir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        app::RecentProjects recent(settings);
        QStringList files;
        for (int i = 0; i < 12; ++i) {
            files.push_back(mDir->filePath(QStringLiteral("p%1.planmap").arg(i)));
            QVERIFY(touch(files.back()));
            recent.add(files.back());
        }
        QCOMPARE(recent.paths().size(), app::RecentProjects::maximum);
        QCOMPARE(recent.paths().front(), files[11]);
        QCOMPARE(recent.paths().back(), files[2]);
        recent.add(files[5]);
        QCOMPARE(recent.paths().front(), files[5]);
        QCOMPARE(recent.paths().size(), app::RecentProjects::maximum);
        QCOMPARE(recent.paths().count(files[5]), 1);
        QVERIFY(QFile::remove(files[7]));
        QCOMPARE(recent.prune(), QStringList{files[7]});
        QVERIFY(!recent.paths().contains(files[7]));
        QCOMPARE(recent.paths().size(), app::RecentProjects::maximum - 1);
        QVERIFY(recent.prune().isEmpty());
    }
    void recentMenuDropsVanishedFiles()
    {
        const QString gone = mDir->filePath(QStringLiteral("gone.planmap"));
        QVERIFY(touch(gone));
        QSettings().setValue(QStringLiteral("recentProjects"),
                             QStringList{gone, QFileInfo(mPath).absoluteFilePath()});
        QVERIFY(QFile::remove(gone));
        app::RecentProjectsMenu menu;
        QSignalSpy messages(&menu, &app::RecentProjectsMenu::message);
        QSignalSpy opens(&menu, &app::RecentProjectsMenu::openRequested);
        menu.rebuild();
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.front().front().toString().contains(gone));
        QCOMPARE(menu.actions().size(), 1);
        menu.actions().front()->trigger();
        QCOMPARE(opens.count(), 1);
        QCOMPARE(opens.front().front().toString(), QFileInfo(mPath).absoluteFilePath());
        QCOMPARE(QSettings().value(QStringLiteral("recentProjects")).toStringList(),
                 QStringList{QFileInfo(mPath).absoluteFilePath()});
    }
    void savingAddsToRecentAndClearsTheMark()
    {
        QCOMPARE(QSettings().value(QStringLiteral("recentProjects")).toStringList().front(),
                 QFileInfo(mPath).absoluteFilePath());
        QVERIFY(mWindow->windowTitle().contains(QStringLiteral("jilin")));
        QVERIFY(!mWindow->isWindowModified());
        mWindow->project()->setLayerVisible(QStringLiteral("cities"), false);
        QVERIFY(mWindow->isWindowModified());
    }
    void cancelKeepsTheWindowOpen()
    {
        mWindow->project()->setLayerVisible(QStringLiteral("cities"), false);
        answer(app::SaveChoice::Cancel);
        QVERIFY(!mWindow->close());
        QCOMPARE(mPrompts, 1);
        QVERIFY(mWindow->isVisible());
        QVERIFY(!mWindow->openInitialProject({}));
        QVERIFY(!mWindow->isLoading());
        QVERIFY(mWindow->project()->isModified());
    }
    void saveWritesTheFileBeforeClosing()
    {
        mWindow->project()->setLayerVisible(QStringLiteral("cities"), false);
        answer(app::SaveChoice::Save);
        QVERIFY(mWindow->close());
        QCOMPARE(mPrompts, 1);
        QString error;
        auto saved = core::ProjectFile::read(mPath, &error);
        QVERIFY2(saved, qPrintable(error));
        core::PlanProject project(std::move(*saved));
        QVERIFY(!project.layer(QStringLiteral("cities"))->isVisible());
    }
    void discardClosesWithoutWriting()
    {
        const QDateTime written = QFileInfo(mPath).lastModified();
        QFile before(mPath);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray content = before.readAll();
        mWindow->project()->setLayerVisible(QStringLiteral("cities"), false);
        answer(app::SaveChoice::Discard);
        QVERIFY(mWindow->close());
        QFile after(mPath);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), content);
        QCOMPARE(QFileInfo(mPath).lastModified(), written);
    }
    void unmodifiedClosesWithoutAsking()
    {
        answer(app::SaveChoice::Cancel);
        QVERIFY(mWindow->close());
        QCOMPARE(mPrompts, 0);
    }
    void reopensViewAndBookmarks()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        canvas->zoomBy(0.25, QPointF(300, 200));
        const gis::Box view = canvas->extent();
        QVERIFY(mWindow->isWindowModified());
        const QString id = mWindow->bookmarkMenu()->addCurrentView(QStringLiteral("Here"));
        QVERIFY(!id.isEmpty());
        QVERIFY(mWindow->saveProject());
        QVERIFY(!mWindow->isWindowModified());
        QVERIFY(openAndWait(*mWindow, {}));
        QVERIFY(!boost::geometry::equals(canvas->extent(), view));

        QVERIFY(openAndWait(*mWindow, mPath));
        QCOMPARE(mWindow->project()->filePath(), QFileInfo(mPath).absoluteFilePath());
        QVERIFY(!mWindow->isWindowModified());
        QVERIFY(boost::geometry::equals(canvas->extent(), view));
        QCOMPARE(mWindow->project()->userBookmarks().size(), 1);
        QCOMPARE(mWindow->project()->userBookmarks().front().name, QStringLiteral("Here"));
        // The bookmark holds the view it was taken from, in lon/lat.
        const QList<QAction *> actions = mWindow->bookmarkMenu()->actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(),
                            [](QAction *action) { return action->text() == u"Here"; }));
    }
    void bookmarkMenuDeletesUserBookmarks()
    {
        app::BookmarkMenu *menu = mWindow->bookmarkMenu();
        const int presets = int(mWindow->project()->presetBookmarks().size());
        mWindow->bookmarkMenu()->addCurrentView(QStringLiteral("Mine"));
        QMenu *remove = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->menu() && action->text() == app::BookmarkMenu::tr("&Delete bookmark"))
                remove = action->menu();
        }
        QVERIFY(remove);
        QCOMPARE(remove->actions().size(), 1);
        QCOMPARE(remove->actions().front()->text(), QStringLiteral("Mine"));
        remove->actions().front()->trigger();
        QVERIFY(mWindow->project()->userBookmarks().isEmpty());
        QCOMPARE(mWindow->project()->bookmarks().size(), presets);
        QVERIFY(mWindow->isWindowModified());
    }
    void projectWithMissingDataStillOpens()
    {
        mWindow->project()->setLabelLanguage(core::LabelLanguage::English);
        QVERIFY(mWindow->saveProject());
        QVERIFY(QFile::copy(mPath, mDir->filePath(QStringLiteral("copy.planmap"))));
        // The same project in another folder, its bundled layers replaced by a missing file.
        QFile file(mDir->filePath(QStringLiteral("copy.planmap")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray json = file.readAll();
        json.replace("\"bundled:planmap.gpkg\"", "\"missing/planmap.gpkg\"");
        QVERIFY(file.resize(0));
        file.write(json);
        file.close();
        QVERIFY(openAndWait(*mWindow, file.fileName()));
        QVERIFY(mWindow->project()->layers().empty());
        QVERIFY(!mWindow->project()->warnings().isEmpty());
        QVERIFY(mWindow->project()->warnings().front().contains(file.fileName()));
        QCOMPARE(mWindow->project()->labelLanguage(), core::LabelLanguage::English);
        QVERIFY(waitForIdle(mWindow->canvas()));
    }
    void commandLineOpensAProjectFile()
    {
        mWindow->project()->setLayerVisible(QStringLiteral("cities"), false);
        QVERIFY(mWindow->saveProject());
        QProcess planmap;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), mDir->path()); // recent list
        planmap.setProcessEnvironment(environment);
        const QString shot = mDir->filePath(QStringLiteral("shot.png"));
        planmap.start(QStringLiteral(PLANMAP_EXECUTABLE),
                      {mPath, QStringLiteral("--screenshot"), shot});
        QVERIFY(planmap.waitForFinished(60000));
        QCOMPARE(planmap.exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(planmap.readAllStandardOutput()).contains(u"first_frame_seconds"));
        QVERIFY(QFileInfo::exists(shot));
        // It was opened as a project: it went into that planmap's recent list.
        QSettings recent(mDir->filePath(QStringLiteral("planmap/planmap.conf")),
                         QSettings::IniFormat);
        QCOMPARE(recent.value(QStringLiteral("recentProjects")).toStringList(),
                 QStringList{QFileInfo(mPath).absoluteFilePath()});
    }

private:
    void answer(app::SaveChoice choice)
    {
        mWindow->setSavePrompt([this, choice](QWidget *, const QString &name) {
            ++mPrompts;
            mPromptedName = name;
            return choice;
        });
    }

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<app::MainWindow> mWindow;
    QString mPath;
    int mPrompts = 0;
    QString mPromptedName;
};

PLANMAP_TEST(tst_projectfiles)
#include "tst_projectfiles.moc"
