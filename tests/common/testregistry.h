#pragma once

#include <QObject>
#include <QtTest>

#include <functional>
#include <map>
#include <memory>

namespace testing {

// Each tst_*.cpp registers its test class here; the module's executable runs the class named
// by its first argument (ctest registers one entry per class) or every class.
using Factory = std::function<std::unique_ptr<QObject>()>;
std::map<QString, Factory> &registry();

struct Registration
{
    Registration(const char *name, Factory factory);
};

int runTests(int argc, char *argv[]);

} // namespace testing

#define PLANMAP_TEST(Class)                                                                        \
    static const testing::Registration registration##Class(                                        \
        #Class, [] { return std::unique_ptr<QObject>(std::make_unique<Class>()); });
