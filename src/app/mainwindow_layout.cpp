// Layout > Engine: our live force layout beside the Graphviz engines. Kept
// apart from mainwindow.cpp like the Analysis dock.
#include "layout/layoutengine.h"
#include "layout/layoutrunner.h"
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString engineTitle(const QString &name)
{
    if (name == u"force")
        return MainWindow::tr("Force-directed (live)");
    if (name == u"dot")
        return MainWindow::tr("Hierarchical (Graphviz dot)");
    if (name == u"neato")
        return MainWindow::tr("Stress majorisation (Graphviz neato)");
    if (name == u"fdp")
        return MainWindow::tr("Spring model with clusters (Graphviz fdp)");
    if (name == u"sfdp")
        return MainWindow::tr("Multilevel force (Graphviz sfdp)");
    if (name == u"circo")
        return MainWindow::tr("Circular (Graphviz circo)");
    if (name == u"twopi")
        return MainWindow::tr("Radial (Graphviz twopi)");
    return name;
}

} // namespace

void MainWindow::setUpLayoutEngines()
{
    QMenu *menu = new QMenu(tr("&Engine"), ui->menuLayout);
    menu->setObjectName(u"menuLayoutEngine"_s);
    ui->menuLayout->insertMenu(ui->menuLayout->actions().value(0), menu);
    ui->menuLayout->insertSeparator(ui->menuLayout->actions().value(1));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const QString &name : layoutEngineNames()) {
        QAction *action = menu->addAction(engineTitle(name));
        action->setObjectName(u"actionLayoutEngine_"_s + name);
        action->setData(name);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            // The runner lays out again with the chosen engine; a Graphviz
            // engine runs once and the view animates to its result.
            m_runner->setEngine(name);
        });
    }
    // The menu shows the runner's engine, also when Preferences change it.
    const auto sync = [this, group] {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == m_runner->engine());
    };
    connect(menu, &QMenu::aboutToShow, this, sync);
    sync();
}

} // namespace entente
