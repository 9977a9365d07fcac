#include "pgconnectiondialog.h"

#include "pgkeychain.h"
#include "pgpasswords.h"

#include "postgis/pgconnectioncheck.h"
#include "postgis/pgconnectionstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace app {

namespace {

using gis::postgis::PgConnectionInfo;

struct TestOutcome
{
    bool ok = false;
    QString message;
};

TestOutcome runTest(const PgConnectionInfo &connection, const QString &password)
{
    QString error;
    if (const auto server = gis::postgis::PgConnectionCheck::run(connection, password, &error))
        return {true, PgConnectionDialog::tr("Connected to “%1” (%2): %3")
                          .arg(connection.name(), connection.displayTarget(), *server)};
    return {false, error};
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

PgConnectionDialog::PgConnectionDialog(const std::optional<PgConnectionInfo> &existing,
                                       QWidget *parent)
    : QDialog(parent)
    , mExisting(existing)
    , mName(lineEdit(this, QStringLiteral("name"), tr("e.g. planning office")))
    , mService(lineEdit(this, QStringLiteral("service"), tr("pg_service.conf entry (optional)")))
    , mHost(lineEdit(this, QStringLiteral("host"), tr("localhost")))
    , mPort(new QSpinBox(this))
    , mDatabase(lineEdit(this, QStringLiteral("database")))
    , mUser(lineEdit(this, QStringLiteral("user")))
    , mSslMode(new QComboBox(this))
    , mPassword(lineEdit(this, QStringLiteral("password")))
    , mRemember(new QCheckBox(tr("Remember in the system keychain"), this))
    , mKeychainNote(new QLabel(this))
    , mTestButton(new QPushButton(tr("&Test"), this))
    , mTestResult(new QLabel(this))
{
    setWindowTitle(existing ? tr("Edit PostGIS connection") : tr("New PostGIS connection"));
    buildForm();
    if (existing) {
        mName->setText(existing->name());
        mService->setText(existing->service());
        mHost->setText(existing->host());
        mPort->setValue(existing->port());
        mDatabase->setText(existing->database());
        mUser->setText(existing->user());
        mSslMode->setCurrentIndex(std::max(0, mSslMode->findData(existing->sslMode())));
        mPassword->setPlaceholderText(tr("unchanged"));
    }
    updateButtons();
}

void PgConnectionDialog::buildForm()
{
    mPort->setObjectName(QStringLiteral("port"));
    mPort->setRange(0, 65535);
    mPort->setSpecialValueText(tr("default (5432)"));
    mSslMode->setObjectName(QStringLiteral("sslMode"));
    mSslMode->addItem(tr("default (prefer)"), QString());
    for (const QString &mode : PgConnectionInfo::sslModes())
        mSslMode->addItem(mode, mode);
    mPassword->setEchoMode(QLineEdit::Password);
    mRemember->setObjectName(QStringLiteral("remember"));
    mTestButton->setObjectName(QStringLiteral("test"));
    mTestResult->setObjectName(QStringLiteral("testResult"));
    mTestResult->setWordWrap(true);
    mTestResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mKeychainNote->setObjectName(QStringLiteral("keychainNote"));
    mKeychainNote->setWordWrap(true);
    const bool keychain = PgKeychain::isAvailable();
    mRemember->setEnabled(keychain);
    mRemember->setChecked(keychain);
    mKeychainNote->setText(
        keychain ? tr("The password is kept in the system keychain, never in a project or the "
                      "settings.")
                 : tr("No system keychain is available here: a password typed above is kept "
                      "for this session only. To keep one, put it in ~/.pgpass or "
                      "pg_service.conf."));

    auto *help = new QLabel(
        tr("Leave the password empty when libpq finds it by itself: in the pg_service.conf "
           "entry named above (~/.pg_service.conf or PGSERVICEFILE) or in ~/.pgpass "
           "(PGPASSFILE; lines host:port:database:user:password, file mode 600). Projects keep "
           "only the connection's name; each computer defines where it points."),
        this);
    help->setObjectName(QStringLiteral("help"));
    help->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Service:"), mService);
    form->addRow(tr("&Host:"), mHost);
    form->addRow(tr("&Port:"), mPort);
    form->addRow(tr("&Database:"), mDatabase);
    form->addRow(tr("&User:"), mUser);
    form->addRow(tr("SSL &mode:"), mSslMode);
    form->addRow(tr("Pass&word:"), mPassword);
    form->addRow(QString(), mRemember);
    form->addRow(QString(), mKeychainNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mOkButton = buttons->button(QDialogButtonBox::Ok);
    buttons->addButton(mTestButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mTestButton, &QPushButton::clicked, this, &PgConnectionDialog::test);
    for (QLineEdit *edit : {mName, mService, mDatabase})
        connect(edit, &QLineEdit::textChanged, this, &PgConnectionDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(mTestResult);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

PgConnectionInfo PgConnectionDialog::connection() const
{
    PgConnectionInfo::Parameters parameters;
    parameters.service = mService->text();
    parameters.host = mHost->text();
    parameters.port = mPort->value();
    parameters.database = mDatabase->text();
    parameters.user = mUser->text();
    parameters.sslMode = mSslMode->currentData().toString();
    return PgConnectionInfo(mName->text(), parameters);
}

void PgConnectionDialog::updateButtons()
{
    const PgConnectionInfo defined = connection();
    mOkButton->setEnabled(defined.isValid());
    mTestButton->setEnabled(!mTesting &&
                            (!defined.service().isEmpty() || !defined.database().isEmpty()));
}

void PgConnectionDialog::test()
{
    PgConnectionInfo tested = connection();
    if (tested.name().isEmpty())
        tested = PgConnectionInfo(tested.displayTarget(), tested.parameters());
    mTesting = true;
    updateButtons();
    mTestResult->setStyleSheet(QString());
    mTestResult->setText(tr("Connecting to %1…").arg(tested.displayTarget()));
    const int generation = ++mTestGeneration;
    auto *watcher = new QFutureWatcher<TestOutcome>(this);
    connect(watcher, &QFutureWatcher<TestOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != mTestGeneration)
            return; // the fields changed and another test ran since
        mTesting = false;
        updateButtons();
        const TestOutcome outcome = watcher->result();
        showTestResult(outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run(runTest, tested, mPassword->text()));
}

void PgConnectionDialog::showTestResult(bool ok, const QString &message)
{
    mTestResult->setStyleSheet(ok ? QStringLiteral("color: #1b5e20")
                                  : QStringLiteral("color: #b71c1c"));
    mTestResult->setText(message);
    emit tested(ok, message);
}

bool PgConnectionDialog::store(QString *error)
{
    const PgConnectionInfo defined = connection();
    gis::postgis::PgConnectionStore connections;
    if (mExisting && mExisting->name() != defined.name())
        connections.remove(mExisting->name());
    connections.add(defined);
    if (mPassword->text().isEmpty()) {
        if (mExisting)
            PgPasswords::carryOver(*mExisting, defined);
        return true;
    }
    if (mExisting && !(*mExisting == defined))
        PgPasswords::forget(*mExisting);
    return PgPasswords::remember(defined, mPassword->text(), mRemember->isChecked(), error);
}

void PgConnectionDialog::accept()
{
    const PgConnectionInfo defined = connection();
    if (!defined.isValid())
        return;
    if ((!mExisting || mExisting->name() != defined.name()) &&
        gis::postgis::PgConnectionStore().find(defined.name())) {
        mTestResult->setStyleSheet(QStringLiteral("color: #b71c1c"));
        mTestResult->setText(tr("A connection named “%1” exists already.").arg(defined.name()));
        return;
    }
    QString error;
    if (!store(&error))
        QMessageBox::warning(this, tr("Password kept for this session only"),
                             tr("The connection “%1” was saved, but the system keychain did not "
                                "take its password (%2); it is kept until planmap closes.")
                                 .arg(defined.name(), error));
    QDialog::accept();
}

} // namespace app
