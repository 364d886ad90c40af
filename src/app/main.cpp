#include "commandline.h"

int main(int argc, char *argv[])
{
    // Headless commands (--info, ...) and the window both start here; the
    // command line decides which application object to create.
    return entente::runCommandLine(argc, argv, {});
}
