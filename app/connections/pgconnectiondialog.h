#pragma once

#include "postgis/pgconnectioninfo.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace app {

// Defines or edits a named PostGIS connection: host, port, database, user and SSL mode, or a
// pg_service.conf entry; a password kept for this session or in the system keychain; and a
// Test button that connects off the GUI thread. Accepting stores the connection in the
// user's settings (never the password) and the password where the planner chose.
class PgConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the connection to edit; nothing for a new one.
    explicit PgConnectionDialog(const std::optional<gis::postgis::PgConnectionInfo> &existing,
                                QWidget *parent = nullptr);

    // The connection as the fields define it now.
    gis::postgis::PgConnectionInfo connection() const;
    bool isTesting() const { return mTesting; }

    void accept() override;

signals:
    // The Test button's answer: `ok`, and the message shown.
    void tested(bool ok, const QString &message);

private:
    void buildForm();
    void test();
    void showTestResult(bool ok, const QString &message);
    void updateButtons();
    bool store(QString *error);

    std::optional<gis::postgis::PgConnectionInfo> mExisting;
    QLineEdit *mName;
    QLineEdit *mService;
    QLineEdit *mHost;
    QSpinBox *mPort;
    QLineEdit *mDatabase;
    QLineEdit *mUser;
    QComboBox *mSslMode;
    QLineEdit *mPassword;
    QCheckBox *mRemember;
    QLabel *mKeychainNote;
    QPushButton *mTestButton;
    QLabel *mTestResult;
    QPushButton *mOkButton = nullptr;
    bool mTesting = false;
    int mTestGeneration = 0;
};

} // namespace app
