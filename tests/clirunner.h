#pragma once

// Runs the built `entente` binary (ENTENTE_BINARY) as a user would, for the
// tst_cli* units. Headless commands must not need a display: it runs without
// any (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM).

#include <QProcess>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;   // -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline CliRun runEntente(const QStringList &arguments, int timeoutMs = 120'000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENTENTE_BINARY), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
