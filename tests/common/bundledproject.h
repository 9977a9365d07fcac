#pragma once

#include "testdata.h"

#include "project/planproject.h"
#include "project/projectdata.h"

#include <memory>

namespace testing {

// The bundled project, opened as the application opens it. Every test that asks for it needs
// it, so a failure to open stops the test run with the reason.
inline std::unique_ptr<core::PlanProject> bundledProject()
{
    QString error;
    auto data = core::loadBundledProject(bundledGeoPackage(), &error);
    if (!data)
        qFatal("the bundled project did not open: %s", qPrintable(error));
    return std::make_unique<core::PlanProject>(std::move(*data));
}

} // namespace testing
