#pragma once

struct pj_ctx;

namespace gis::detail {

// PROJ contexts must not be shared between threads: each thread gets its own, created on
// first use and destroyed with the thread.
pj_ctx *threadProjContext();

} // namespace gis::detail
