#include "projcontext.h"

#include <proj.h>

namespace gis::detail {

namespace {

struct ContextHolder
{
    PJ_CONTEXT *context = proj_context_create();
    ~ContextHolder() { proj_context_destroy(context); }
};

} // namespace

pj_ctx *threadProjContext()
{
    thread_local ContextHolder holder;
    return holder.context;
}

} // namespace gis::detail
