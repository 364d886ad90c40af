// Autosave and crash recovery, kept apart from mainwindow.cpp like the
// Analysis dock. The decisions (which files, whose, when stale) live in
// AutosaveStore and Autosaver; this file wires them to the window.
#include "appsettings.h"
#include "autosave.h"
#include "mainwindow.h"
#include "recoverydialog.h"

#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace entente {

void MainWindow::setUpAutosave()
{
    auto snapshot = [this]() -> std::optional<Autosaver::Snapshot> {
        if (!isWindowModified() || m_document.graph.isEmpty())
            return std::nullopt;
        // The same document that Save would write: positions and pins as
        // the view has them now.
        return Autosaver::Snapshot{
            GraphDocument{m_document.graph, currentPositions(), m_document.dialect}, m_filePath};
    };
    m_autosaver = new Autosaver(std::make_unique<AutosaveStore>(), snapshot, this);
    m_autosaver->setObjectName(u"autosaver"_s);
    // A save, or another document opened in place of this one (the user was
    // asked first): the autosave has served its purpose.
    connect(this, &MainWindow::saved, m_autosaver, &Autosaver::discard);
    connect(this, &MainWindow::loaded, m_autosaver, &Autosaver::discard);
    // A failed autosave is told in passing; the document and its unsaved
    // state are untouched and the next change tries again.
    connect(m_autosaver, &Autosaver::autosaveFailed, this, [this](const Diagnostic &d) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(d.message), 10000);
    });
}

void MainWindow::applyAutosaveInterval()
{
    const int minutes = QSettings()
                            .value(QString::fromUtf16(SettingsKeys::autosaveMinutes),
                                   SettingsKeys::defaultAutosaveMinutes)
                            .toInt();
    m_autosaver->setInterval(std::clamp(minutes, 0, 24 * 60) * 60 * 1000);
}

bool MainWindow::offerRecovery()
{
    const QList<AutosaveEntry> entries = m_autosaver->store().staleEntries();
    if (entries.isEmpty())
        return false;
    RecoveryDialog dialog(m_autosaver->store(), entries, this);
    if (dialog.exec() != RecoveryDialog::Recover || !dialog.chosenEntry())
        return false;
    return recoverAutosave(*dialog.chosenEntry());
}

bool MainWindow::recoverAutosave(const AutosaveEntry &entry)
{
    if (!maybeSave())
        return false;
    LoadResult result = AutosaveStore::read(entry);
    if (!result.ok()) {
        showLoadErrors(entry.dataPath, result.diagnostics);
        return false;
    }
    // A load still running must not replace the recovered document.
    ++m_loadGeneration;
    m_autosaver->discard();
    applyDocument(entry.originalPath, std::move(*result.document));
    markModified();
    // This instance keeps the changes from now on; the crashed instance's
    // files go only once ours are safely written.
    m_autosaver->autosaveNow();
    m_autosaver->waitForWrite();
    if (!m_autosaver->lastDataPath().isEmpty())
        m_autosaver->store().discard(entry);
    const QString name = entry.originalPath.isEmpty() ? tr("Untitled")
                                                      : QFileInfo(entry.originalPath).fileName();
    statusBar()->showMessage(tr("Recovered the unsaved changes of %1").arg(name), 10000);
    return true;
}

} // namespace entente
