#include "connectionsfixture.h"
#include "testregistry.h"

#include "connections/pgconnectiondialog.h"
#include "connections/pgkeychain.h"
#include "connections/pgpasswordcache.h"

#include "postgis/pgconnectionstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

// The connection dialog driven through its widgets: Test connects off the GUI thread and
// names the connection in what it reports; OK stores the connection without its password.
class tst_pgconnectiondialog : public QObject
{
    Q_OBJECT
private:
    struct Filled
    {
        QString message;
        bool ok = false;
    };

    // Fills the fields as a planner would and presses Test.
    static std::optional<Filled> test(app::PgConnectionDialog &dialog, int port,
                                      const QString &password)
    {
        fill(dialog, port, password);
        QSignalSpy tested(&dialog, &app::PgConnectionDialog::tested);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("test"));
        if (!button || !button->isEnabled())
            return std::nullopt;
        button->click();
        if (!dialog.isTesting() || !tested.wait(30000))
            return std::nullopt;
        const Filled filled{tested.first().at(1).toString(), tested.first().at(0).toBool()};
        // What the planner sees is what was reported.
        if (dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text() != filled.message)
            return std::nullopt;
        return filled;
    }

    static void fill(app::PgConnectionDialog &dialog, int port, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))
            ->setText(QStringLiteral("Jilin office"));
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))
            ->setText(QStringLiteral("planmap_test"));
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))
            ->setText(QLatin1String(testing::ConnectionsFixture::role));
        auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    }

private slots:
    void initTestCase()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QVERIFY(server.psql(QStringLiteral("CREATE SCHEMA IF NOT EXISTS connections_dialog")));
        QVERIFY(
            testing::ConnectionsFixture::grantRole(server, QStringLiteral("connections_dialog")));
        app::PgPasswordCache::instance().install();
    }

    void wrongPasswordIsReportedWithTheConnection()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        testing::ConnectionsFixture fixture;
        fixture.emptyPassFile();
        app::PgConnectionDialog dialog(std::nullopt);
        dialog.show();
        const auto result = test(dialog, fixture.port(server), QStringLiteral("not-the-password"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        const QString target =
            QStringLiteral("127.0.0.1:%1/planmap_test").arg(fixture.port(server));
        QVERIFY2(result->message.contains(QStringLiteral("“Jilin office”")) &&
                     result->message.contains(target) &&
                     result->message.contains(QStringLiteral("password authentication failed")),
                 qPrintable(result->message));
        QVERIFY(!result->message.contains(QStringLiteral("not-the-password")));
    }

    void unreachablePortIsReportedWithTheConnection()
    {
        testing::ConnectionsFixture fixture;
        app::PgConnectionDialog dialog(std::nullopt);
        dialog.show();
        const auto result = test(dialog, 1, QStringLiteral("whatever-pw"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY2(result->message.contains(QStringLiteral("“Jilin office”")) &&
                     result->message.contains(QStringLiteral("127.0.0.1:1/planmap_test")) &&
                     result->message.contains(QStringLiteral("refused")),
                 qPrintable(result->message));
        QVERIFY(!result->message.contains(QStringLiteral("whatever-pw")));
    }

    // The right password connects; OK stores the connection in the settings and the password
    // in memory only (no keychain here), and neither the settings nor the message hold it.
    void rightPasswordConnectsAndIsKeptOutOfTheSettings()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        testing::ConnectionsFixture fixture;
        fixture.emptyPassFile();
        app::PgConnectionDialog dialog(std::nullopt);
        dialog.show();
        const QString password = testing::ConnectionsFixture::password();
        const auto result = test(dialog, fixture.port(server), password);
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->message));
        QVERIFY2(result->message.contains(QStringLiteral("PostGIS")), qPrintable(result->message));

        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("remember"));
        const QString note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"))->text();
        if (!app::PgKeychain::isAvailable()) {
            QVERIFY(!remember->isEnabled());
            QVERIFY2(note.contains(QStringLiteral("this session only")), qPrintable(note));
        }
        remember->setChecked(false);
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/connections-dialog.png")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = gis::postgis::PgConnectionStore().find(QStringLiteral("Jilin office"));
        QVERIFY(stored);
        QCOMPARE(stored->port(), fixture.port(server));
        QCOMPARE(stored->sslMode(), QStringLiteral("disable"));
        QCOMPARE(app::PgPasswordCache::instance().find(stored->datasetName()), password);
        const QByteArray settings = fixture.settingsBytes();
        QVERIFY(settings.contains("Jilin office"));
        QVERIFY(!settings.contains(password.toUtf8()));
        QVERIFY(!settings.contains("7 secret"));

        // Test again with the password field empty: the session's password serves.
        app::PgConnectionDialog edit(stored);
        edit.show();
        QSignalSpy tested(&edit, &app::PgConnectionDialog::tested);
        edit.findChild<QPushButton *>(QStringLiteral("test"))->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        app::PgPasswordCache::instance().remove(stored->datasetName());
    }
};

PLANMAP_TEST(tst_pgconnectiondialog)
#include "tst_pgconnectiondialog.moc"
