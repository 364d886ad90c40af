#include "commandline.h"
#include "translations.h"

#include "io/graphio.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>

// The dataset is compiled into this library (resources/resources.qrc); a static
// library drops the resource's object unless something refers to it.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace entente {

using namespace Qt::StringLiterals;

LoadResult loadDocument(const QString &file)
{
    if (!file.isEmpty() && file != QStringView(bundledDatasetPath))
        return loadGraphFile(file);
    initResources();
    const QString path = QString::fromUtf16(bundledDatasetPath);
    QFile resource(path);
    if (!resource.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.diagnostics.append({.file = path, .message = QCoreApplication::translate("CommandLine", "the bundled dataset is missing")});
        return result;
    }
    return readGraphJson(resource.readAll(), path);
}

void CliSession::print(const QByteArray &text) const
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void CliSession::printError(const QString &message) const
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

bool asksForHelp(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--"_s)
            break;
        if (argument == u"-h"_s || argument == u"--help"_s || argument == u"-?"_s
            || argument == u"--help-all"_s)
            return true;
    }
    return false;
}

void setApplicationMetadata()
{
    QCoreApplication::setApplicationName(u"entente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
    QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setOrganizationDomain(u"entente.eu"_s);
    QGuiApplication::setApplicationDisplayName(u"Entente"_s);
    QGuiApplication::setDesktopFileName(QString::fromUtf16(applicationId));
}

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int usageError(const QString &message)
{
    printLine(stderr, u"entente: "_s + message);
    printLine(stderr, QCoreApplication::translate("CommandLine", "Try 'entente --help' for more information."));
    return ExitUsage;
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// Runs the requested steps on the loaded document. Precondition: an application
// object exists.
int runHeadless(const QCommandLineParser &parser, const QString &file,
                const std::vector<std::unique_ptr<CliStep>> &steps)
{
    const QString shownName = file.isEmpty() ? QString::fromUtf16(bundledDatasetPath) : file;
    LoadResult loaded = loadDocument(file);
    CliSession session{parser, shownName, {}};
    // Warnings go to stderr even on success, so that nothing is silently lost.
    for (const Diagnostic &diagnostic : std::as_const(loaded.diagnostics))
        session.printError(diagnostic.toString());
    if (!loaded.ok()) {
        if (loaded.diagnostics.isEmpty())
            session.printError(QCoreApplication::translate("CommandLine", "%1: cannot be loaded").arg(shownName));
        return ExitFailure;
    }
    session.document = std::move(*loaded.document);

    for (const auto phase : {CliStep::Phase::Transform, CliStep::Phase::Output}) {
        for (const auto &step : steps) {
            if (step->phase() != phase || !step->isRequested(parser))
                continue;
            if (const int code = step->run(session); code != ExitOk)
                return code;
        }
    }
    return ExitOk;
}

} // namespace

int runCommandLine(int &argc, char **argv, const WindowRunner &openWindow)
{
    setApplicationMetadata();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // --help in the user's language: the steps translate their option texts
    // when they are created, so the catalogue is loaded before that, which needs
    // an application object; help never needs more than a QCoreApplication.
    std::unique_ptr<QCoreApplication> helpApp;
    if (asksForHelp(arguments)) {
        helpApp = std::make_unique<QCoreApplication>(argc, argv);
        installTranslations(uiLocale(languageSetting()));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Entente: explore relationship graphs of companies, alliances and partnerships.\n"
        "Without FILE, the bundled dataset (Franco-German Digital Sovereignty Summit 2025) "
        "is used. With a command such as --info, no window opens."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(
        u"file"_s,
        QCoreApplication::translate("CommandLine",
                                    "Graph file to open (.entente.json, .json, ...)."),
                                 u"[FILE]"_s);
    const auto steps = createCliSteps();
    for (const auto &step : steps)
        step->addOptions(parser);
    for (const auto &step : steps)
        step->preprocessArguments(arguments);

    // parse() rather than process(): the kind of application object to create
    // depends on what was asked, and usage errors must exit with 2. Neither the
    // errors nor the checks below need an application object.
    // --help-all (added by addHelpOption) prints the same text: the Qt options it
    // would add only apply to the window.
    auto usageProblem = [&]() -> QString {
        if (!parser.parse(arguments))
            return parser.errorText();
        if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s) || parser.isSet(versionOption))
            return {};
        if (parser.positionalArguments().size() > 1)
            return QCoreApplication::translate("CommandLine", "at most one FILE can be given, not %1")
                .arg(parser.positionalArguments().size());
        for (const auto &step : steps) {
            if (QString problem = step->checkUsage(parser); !problem.isEmpty())
                return problem;
        }
        return {};
    };
    if (!usageProblem().isEmpty()) {
        // Found before the application object exists (its kind depends on the
        // request), but catalogues need one: make a plain one, load the user's
        // language and ask again, so that the message is in that language.
        if (!helpApp) {
            helpApp = std::make_unique<QCoreApplication>(argc, argv);
            installTranslations(uiLocale(languageSetting()));
        }
        return usageError(usageProblem());
    }
    const bool wantsHelp = parser.isSet(helpOption) || parser.isSet(u"help-all"_s);
    const bool wantsVersion = parser.isSet(versionOption);

    bool headless = wantsHelp || wantsVersion;
    bool needsGui = false;
    for (const auto &step : steps) {
        if (step->isRequested(parser)) {
            headless = true;
            needsGui = needsGui || step->needsGui(parser);
        }
    }
    const QString file = parser.positionalArguments().value(0);

    if (!headless) {
        if (!openWindow) {
            printLine(stderr, QCoreApplication::translate("CommandLine", "entente: this build has no window; use --info or --help"));
            return ExitFailure;
        }
        return openWindow(argc, argv, file, parser);
    }

    // Painting needs a QGuiApplication; without a display it renders offscreen.
    if (needsGui && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool catalogueLoaded = bool(helpApp);
    std::unique_ptr<QCoreApplication> app = helpApp ? std::move(helpApp)
        : needsGui
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);

    // The readers' and the steps' messages in the user's language (help loaded
    // the catalogue already).
    if (!catalogueLoaded)
        installTranslations(uiLocale(languageSetting()));
    if (wantsHelp) {
        printLine(stdout, parser.helpText().trimmed());
        return ExitOk;
    }
    if (wantsVersion) {
        printLine(stdout, u"entente "_s + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    return runHeadless(parser, file, steps);
}

} // namespace entente
