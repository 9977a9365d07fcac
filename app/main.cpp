#include "planmapapplication.h"

int main(int argc, char *argv[])
{
    return app::runPlanmap(argc, argv);
}
