#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "layout/layoutengine.h"

#include <QPushButton>
#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString key(const char16_t *k)
{
    return QString::fromUtf16(k);
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
{
    ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);

    // Language names are written in their own language, as is the custom.
    ui->languageCombo->addItem(tr("System language"), QString());
    ui->languageCombo->addItem(u"English"_s, u"en"_s);
    ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    ui->languageCombo->addItem(u"Français"_s, u"fr"_s);

    ui->paletteCombo->addItem(tr("System"), u"system"_s);
    ui->paletteCombo->addItem(tr("Light"), u"light"_s);
    ui->paletteCombo->addItem(tr("Dark"), u"dark"_s);

    for (const QString &name : layoutEngineNames())
        ui->engineCombo->addItem(name == u"force"_s ? tr("force (live)") : name, name);

    ui->backgroundCombo->addItem(tr("White"), u"white"_s);
    ui->backgroundCombo->addItem(tr("Transparent"), u"transparent"_s);
    ui->backgroundCombo->addItem(tr("Window colours"), u"window"_s);
    // The colour itself is chosen in File > Export Image… (export/backgroundColour).
    ui->backgroundCombo->addItem(tr("Custom colour"), u"custom"_s);

    for (const int scale : {1, 2, 3, 4})
        ui->scaleCombo->addItem(tr("%1×").arg(scale), double(scale));

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked,
            this, &SettingsDialog::restoreDefaults);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    QSettings s;
    selectData(ui->languageCombo, s.value(key(SettingsKeys::language)).toString());
    selectData(ui->paletteCombo, s.value(key(SettingsKeys::palette), u"system"_s).toString());
    ui->labelSizeSpin->setValue(
        int(std::lround(s.value(key(SettingsKeys::labelScale), 1.0).toDouble() * 100)));
    ui->animatedCheck->setChecked(s.value(key(SettingsKeys::animated), true).toBool());
    selectData(ui->engineCombo, s.value(key(SettingsKeys::layoutEngine), u"force"_s).toString());
    ui->autosaveSpin->setValue(
        s.value(key(SettingsKeys::autosaveMinutes), SettingsKeys::defaultAutosaveMinutes).toInt());
    selectData(ui->backgroundCombo,
               s.value(key(SettingsKeys::exportBackground), u"white"_s).toString());
    // The export dialog allows any scale from 0.25 to 8: keep one not listed.
    const double scale = s.value(key(SettingsKeys::exportScale), 1.0).toDouble();
    if (ui->scaleCombo->findData(scale) < 0 && scale > 0)
        ui->scaleCombo->addItem(tr("%1×").arg(scale), scale);
    selectData(ui->scaleCombo, scale);
    ui->legendCheck->setChecked(s.value(key(SettingsKeys::exportLegend), true).toBool());
    ui->captionCheck->setChecked(s.value(key(SettingsKeys::exportCaption), false).toBool());
}

void SettingsDialog::restoreDefaults()
{
    ui->languageCombo->setCurrentIndex(0);
    ui->paletteCombo->setCurrentIndex(0);
    ui->labelSizeSpin->setValue(100);
    ui->animatedCheck->setChecked(true);
    selectData(ui->engineCombo, u"force"_s);
    ui->autosaveSpin->setValue(SettingsKeys::defaultAutosaveMinutes);
    ui->backgroundCombo->setCurrentIndex(0);
    ui->scaleCombo->setCurrentIndex(0);
    ui->legendCheck->setChecked(true);
    ui->captionCheck->setChecked(false);
}

void SettingsDialog::apply()
{
    QSettings s;
    s.setValue(key(SettingsKeys::language), ui->languageCombo->currentData().toString());
    s.setValue(key(SettingsKeys::palette), ui->paletteCombo->currentData().toString());
    s.setValue(key(SettingsKeys::labelScale), ui->labelSizeSpin->value() / 100.0);
    s.setValue(key(SettingsKeys::animated), ui->animatedCheck->isChecked());
    s.setValue(key(SettingsKeys::layoutEngine), ui->engineCombo->currentData().toString());
    s.setValue(key(SettingsKeys::autosaveMinutes), ui->autosaveSpin->value());
    s.setValue(key(SettingsKeys::exportBackground), ui->backgroundCombo->currentData().toString());
    s.setValue(key(SettingsKeys::exportScale), ui->scaleCombo->currentData().toDouble());
    s.setValue(key(SettingsKeys::exportLegend), ui->legendCheck->isChecked());
    s.setValue(key(SettingsKeys::exportCaption), ui->captionCheck->isChecked());
    applyPaletteSetting(ui->paletteCombo->currentData().toString());
    emit settingsApplied();
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace entente
