#include "testregistry.h"

#include <QCoreApplication>

namespace testing {

std::map<QString, Factory> &registry()
{
    static std::map<QString, Factory> tests;
    return tests;
}

Registration::Registration(const char *name, Factory factory)
{
    registry().emplace(QString::fromLatin1(name), std::move(factory));
}

int runTests(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.push_back(QString::fromLocal8Bit(argv[i]));
    QString only;
    if (arguments.size() > 1 && arguments[1].startsWith(QStringLiteral("tst_"))) {
        only = arguments[1];
        arguments.removeAt(1);
        if (!registry().count(only)) {
            qCritical("no test class named %s in this executable", qPrintable(only));
            return 1;
        }
    }
    int failures = 0;
    for (const auto &[name, factory] : registry()) {
        if (!only.isEmpty() && name != only)
            continue;
        std::unique_ptr<QObject> test = factory();
        failures += QTest::qExec(test.get(), arguments);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace testing
