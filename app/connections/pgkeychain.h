#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace app {

// PostGIS passwords in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store through qtkeychain), one per connection name. Calls wait for the keychain
// with a local event loop: GUI thread only. On a machine without a keychain daemon (headless,
// tests) every call fails quickly and says so; nothing ever falls back to a plain-text file.
class PgKeychain
{
    Q_DECLARE_TR_FUNCTIONS(PgKeychain)
public:
    // Nothing when there is no entry or no keychain (`error` says which, empty for no entry).
    static std::optional<QString> read(const QString &connectionName, QString *error);
    static bool write(const QString &connectionName, const QString &password, QString *error);
    static bool remove(const QString &connectionName, QString *error);
    // Whether a keychain answers; asked once, then remembered.
    static bool isAvailable();
};

} // namespace app
