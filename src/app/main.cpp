#include "commandline.h"
#include "mainwindow.h"

int main(int argc, char *argv[])
{
    // Headless commands (--info, ...) and the window both start here; the
    // command line decides which application object to create, and hands
    // `entente [FILE]` to the window.
    return entente::runCommandLine(argc, argv, entente::openWindow);
}
