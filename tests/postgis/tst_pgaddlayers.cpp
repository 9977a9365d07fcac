#include "../app/bundledwindow.h"
#include "connectionsfixture.h"
#include "testregistry.h"

#include "connections/addpostgislayersdialog.h"
#include "connections/pgconnectiondialog.h"
#include "connections/pgpasswordcache.h"
#include "mainwindow.h"

#include "postgis/pgconnectionstore.h"
#include "project/planproject.h"
#include "project/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>

// File → Add PostGIS layers… from end to end, with a role whose password only the planner
// knows (typed in the connection dialog, not in any pgpass): the layer loads, the saved
// project and the settings name the connection but never hold the password, and the project
// opens again with the password the lookup supplies.
class tst_pgaddlayers : public QObject
{
    Q_OBJECT
private:
    static QAction *menuAction(app::MainWindow &window, const QString &text)
    {
        for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    // What New… in the layer browser opens, answered as the planner would once it shows.
    static void answerConnectionDialog(const testing::PgTestServer &server, bool *answered)
    {
        auto *poll = new QTimer(qApp);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, [&server, answered, poll] {
            auto *dialog =
                qobject_cast<app::PgConnectionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(connectionName());
            dialog->findChild<QLineEdit *>(QStringLiteral("host"))
                ->setText(QStringLiteral("127.0.0.1"));
            dialog->findChild<QSpinBox *>(QStringLiteral("port"))
                ->setValue(testing::ConnectionsFixture::port(server));
            dialog->findChild<QLineEdit *>(QStringLiteral("database"))
                ->setText(QStringLiteral("planmap_test"));
            dialog->findChild<QLineEdit *>(QStringLiteral("user"))
                ->setText(QLatin1String(testing::ConnectionsFixture::role));
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))
                ->setText(testing::ConnectionsFixture::password());
            dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(false);
            dialog->accept();
            *answered = true;
        });
        poll->start();
    }

    static QString connectionName() { return QStringLiteral("Changchun planning; \"shared\""); }
    static QString schema() { return QStringLiteral("connections_o'ffice; \"plans\""); }
    static QString layerName() { return schema() + QStringLiteral(".zo\"nes; x'"); }

private slots:
    void initTestCase()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        using gis::postgis::qualifiedName;
        using gis::postgis::quoteIdentifier;
        const QString table = qualifiedName(schema(), QStringLiteral("zo\"nes; x'"));
        QVERIFY(server.psql(
            QStringLiteral("CREATE SCHEMA %1; CREATE TABLE %2 (fid serial PRIMARY KEY, name "
                           "text, geom geometry(Polygon, 4326)); INSERT INTO %2 (name, geom) "
                           "VALUES ('南关', ST_MakeEnvelope(125.2, 43.8, 125.4, 44.0, 4326)), "
                           "('朝阳', ST_MakeEnvelope(125.0, 43.7, 125.2, 43.9, 4326)), ('二道', "
                           "ST_MakeEnvelope(125.4, 43.8, 125.6, 44.0, 4326))")
                .arg(quoteIdentifier(schema()), table)));
        QVERIFY(testing::ConnectionsFixture::grantRole(server, schema()));
        app::PgPasswordCache::instance().install();
    }

    void addedLayerSavesOnlyTheConnectionName()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        testing::ConnectionsFixture fixture;
        fixture.emptyPassFile();
        const QString password = testing::ConnectionsFixture::password();
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        window->setSavePrompt([](QWidget *, const QString &) { return app::SaveChoice::Discard; });

        QAction *add = menuAction(*window, QStringLiteral("Add &PostGIS layers…"));
        QVERIFY(add);
        add->trigger();
        auto *browser = window->findChild<app::AddPostgisLayersDialog *>();
        QVERIFY(browser);
        QVERIFY(browser->isVisible());
        QVERIFY(browser->connectionName().isEmpty()); // none defined yet

        bool answered = false;
        QSignalSpy listed(browser, &app::AddPostgisLayersDialog::listed);
        answerConnectionDialog(server, &answered);
        browser->findChild<QPushButton *>(QStringLiteral("newConnection"))->click();
        QVERIFY(answered);
        QCOMPARE(browser->connectionName(), connectionName());
        QVERIFY(listed.wait(30000));
        QVERIFY2(listed.last().at(0).toBool(), qPrintable(listed.last().at(1).toString()));

        // The filter works in the client: a part of the table's name keeps it and its schema.
        auto *tree = browser->findChild<QTreeView *>(QStringLiteral("tables"));
        browser->findChild<QLineEdit *>(QStringLiteral("filter"))
            ->setText(QStringLiteral("ZO\"NES"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), schema());
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        QCOMPARE(tree->model()->index(0, 1, tree->model()->index(0, 0)).data().toString(),
                 QStringLiteral("Polygon"));
        QCOMPARE(tree->model()->index(0, 2, tree->model()->index(0, 0)).data().toString(),
                 QStringLiteral("EPSG:4326"));
        browser->resize(700, 420);
        QVERIFY(browser->selectLayer(layerName()));
        QVERIFY(browser->grab().save(QStringLiteral("/tmp/connections-browser.png")));
        browser->findChild<QLineEdit *>(QStringLiteral("filter"))
            ->setText(QStringLiteral("no such table"));
        QCOMPARE(tree->model()->rowCount(), 0);
        browser->findChild<QLineEdit *>(QStringLiteral("filter"))->clear();

        QVERIFY(browser->selectLayer(layerName()));
        QSignalSpy added(window.get(), &app::MainWindow::layersAdded);
        auto *addButton = browser->findChild<QPushButton *>(QStringLiteral("add"));
        QVERIFY(addButton->isEnabled());
        addButton->click();
        QVERIFY(added.wait(30000));
        QCOMPARE(added.first().at(0).toInt(), 1);

        const gis::VectorLayer *layer = nullptr;
        for (const auto &candidate : window->project()->layers()) {
            if (candidate->source().connection == connectionName())
                layer = candidate.get();
        }
        QVERIFY(layer);
        QCOMPARE(layer->source().layerName, layerName());
        // Shown from the features in view first; the whole table follows in the background.
        QTRY_COMPARE_WITH_TIMEOUT(layer->features().features.size(), std::size_t(3), 30000);
        QVERIFY(!layer->source().dataset.contains(QStringLiteral("password")));
        const QString layerId = layer->id();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.planmap"));
        QVERIFY(window->saveProjectAs(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.contains("Changchun planning"));
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains("7 secret"));
        QVERIFY(!bytes.contains("password"));
        QVERIFY(!bytes.contains(QByteArray(testing::ConnectionsFixture::role))); // only the name
        const QByteArray settings = fixture.settingsBytes();
        QVERIFY(settings.contains(testing::ConnectionsFixture::role));
        QVERIFY(!settings.contains(password.toUtf8()));
        QVERIFY(!settings.contains("7 secret"));
        window.reset();

        // Opened again: the connection's name resolves here and the lookup gives the password.
        QString error;
        auto reopened = core::ProjectFile::read(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto found = std::find_if(reopened->layers.begin(), reopened->layers.end(),
                                        [&](const auto &l) { return l->id() == layerId; });
        QVERIFY2(found != reopened->layers.end(), qPrintable(reopened->warnings.join(u'\n')));
        QCOMPARE((*found)->source().connection, connectionName());
        // Not read whole while the project opens: it shows from the features in view.
        QVERIFY((*found)->extentSource());
        QVERIFY((*found)->features().features.empty());

        // In a window the whole table follows once the first frame is drawn.
        {
            app::MainWindow reopenedWindow;
            QSignalSpy opened(&reopenedWindow, &app::MainWindow::projectOpened);
            QVERIFY(reopenedWindow.openInitialProject(path));
            QVERIFY(opened.wait(30000));
            reopenedWindow.show();
            const gis::VectorLayer *shown = reopenedWindow.project()->layer(layerId);
            QVERIFY(shown);
            QTRY_COMPARE_WITH_TIMEOUT(shown->features().features.size(), std::size_t(3), 30000);
            QVERIFY(!shown->isAwaitingFeatures());
        }

        // Without the password (a new session, no keychain, no pgpass) the layer is skipped
        // with a message naming the connection and the layer; the rest opens.
        const auto stored = gis::postgis::PgConnectionStore().find(connectionName());
        QVERIFY(stored);
        app::PgPasswordCache::instance().remove(stored->datasetName());
        reopened = core::ProjectFile::read(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(std::none_of(reopened->layers.begin(), reopened->layers.end(),
                             [&](const auto &l) { return l->id() == layerId; }));
        QVERIFY(reopened->layers.size() > 3); // the bundled layers
        const QString warnings = reopened->warnings.join(u'\n');
        QVERIFY2(warnings.contains(connectionName()) && warnings.contains(layerName()),
                 qPrintable(warnings));
        QVERIFY(!warnings.contains(password));

        // The layer browser asks for it instead, for this session only.
        app::AddPostgisLayersDialog again;
        again.show();
        QSignalSpy relisted(&again, &app::AddPostgisLayersDialog::listed);
        QVERIFY(relisted.wait(30000));
        QCOMPARE(again.connectionName(), connectionName()); // the last one used
        QVERIFY(!relisted.last().at(0).toBool());
        QVERIFY2(relisted.last().at(1).toString().contains(connectionName()),
                 qPrintable(relisted.last().at(1).toString()));
        auto *sessionPassword = again.findChild<QLineEdit *>(QStringLiteral("sessionPassword"));
        QVERIFY(sessionPassword->isVisible());
        sessionPassword->setText(password);
        again.findChild<QPushButton *>(QStringLiteral("connectWithPassword"))->click();
        QVERIFY(relisted.wait(30000));
        QVERIFY2(relisted.last().at(0).toBool(), qPrintable(relisted.last().at(1).toString()));
        QVERIFY(again.selectLayer(layerName()));
        QCOMPARE(again.request().layerNames, QStringList{layerName()});
        QCOMPARE(app::PgPasswordCache::instance().find(stored->datasetName()), password);
        QVERIFY(!fixture.settingsBytes().contains(password.toUtf8()));
    }
};

PLANMAP_TEST(tst_pgaddlayers)
#include "tst_pgaddlayers.moc"
