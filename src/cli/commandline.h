#pragma once

#include "io/graphdocument.h"

#include <QCommandLineParser>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace entente {

// Exit codes of the command line.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// The dataset compiled into the program; opened when no file is given.
inline constexpr char16_t bundledDatasetPath[] = u":/data/summit-2025.entente.json";
// The id of the desktop entry, AppStream component and MIME icon.
inline constexpr char16_t applicationId[] = u"eu.entente.Entente";

// Loads FILE, or the bundled dataset when `file` is empty.
LoadResult loadDocument(const QString &file);

// What a headless step works on: the parsed options, the loaded document and
// the place to write results and errors. Steps run one after another on the
// same session, so a transform (a filter) can replace `document` for the
// outputs that follow it.
struct CliSession
{
    const QCommandLineParser &parser;
    QString file;             // as the user gave it; bundledDatasetPath when none
    GraphDocument document;

    void print(const QByteArray &text) const;        // stdout, as is
    void printError(const QString &message) const;   // stderr, one line per message
};

// One part of the headless command line (--info, --filter, --export...). Each
// lives in its own file under src/cli/ and is listed once in clisteps.cpp.
class CliStep
{
public:
    enum class Phase { Transform, Output };

    virtual ~CliStep() = default;

    virtual Phase phase() const { return Phase::Output; }
    // Adds this step's options (and the modifiers it reads) to the parser.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // May rewrite the raw arguments before parsing, for an option that takes
    // more than one value (--path FROM TO). arguments[0] is the program.
    virtual void preprocessArguments(QStringList &) const {}
    // True when the user asked for this step. Any requested step makes the run
    // headless: no window opens.
    virtual bool isRequested(const QCommandLineParser &parser) const = 0;
    // True when the step paints (image export): the run then gets a
    // QGuiApplication, on the offscreen platform if there is no display.
    virtual bool needsGui(const QCommandLineParser &) const { return false; }
    // Checks option values before anything is loaded. A non-empty message is a
    // usage error (exit 2). Called for every step, requested or not, so that a
    // modifier given without its command can be refused.
    virtual QString checkUsage(const QCommandLineParser &) const { return {}; }
    // Runs the step; returns an ExitCode. A non-zero code stops the run.
    virtual int run(CliSession &session) = 0;
};

// Every step of the command line, in the order they run within their phase.
std::vector<std::unique_ptr<CliStep>> createCliSteps();

// Opens the window: constructs the QApplication from argc/argv and runs its event
// loop. `file` is empty for the bundled dataset. Provided by the window (src/app),
// passed in by main() so that the command line does not depend on widgets.
using WindowRunner = std::function<int(int &argc, char **argv, const QString &file,
                                       const QCommandLineParser &parser)>;

// The program: parses argv, runs the headless steps (with a QCoreApplication, or
// a QGuiApplication where a step paints) or hands over to `openWindow`.
// Returns the process exit code.
int runCommandLine(int &argc, char **argv, const WindowRunner &openWindow);

// Application name, version, organisation and desktop file name, set before any
// application object exists.
void setApplicationMetadata();

} // namespace entente
