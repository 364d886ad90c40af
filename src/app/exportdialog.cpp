#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "appsettings.h"

#include <QColorDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// A PNG larger than this on either side is refused by the dialog: the
// banded writer could go further, but the time would surprise the user.
constexpr int MaxPngSide = 10000;

QString key(const char16_t *k)
{
    return QString::fromUtf16(k);
}

QString suffixOf(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return u"png"_s;
    case ImageFormat::Svg:
        return u"svg"_s;
    case ImageFormat::Pdf:
        return u"pdf"_s;
    }
    return u"png"_s;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

// A light checkerboard, as image editors show transparency.
void paintCheckerboard(QPainter &painter, const QRect &rect)
{
    const int cell = 8;
    painter.fillRect(rect, QColor(0xff, 0xff, 0xff));
    for (int y = rect.top(); y < rect.bottom(); y += cell) {
        for (int x = rect.left() + ((y - rect.top()) / cell % 2) * cell; x < rect.right(); x += 2 * cell)
            painter.fillRect(QRect(x, y, cell, cell).intersected(rect), QColor(0xdd, 0xdd, 0xdd));
    }
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const ImageExportScene> scene, const QRectF &viewport,
                           const QString &filterExpression, const QString &suggestedName,
                           QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExportDialog>())
    , m_scene(std::move(scene))
    , m_viewport(viewport)
    , m_filterExpression(filterExpression)
{
    ui->setupUi(this);
    setObjectName(u"exportDialog"_s);

    ui->formatCombo->addItem(tr("PNG image"), int(ImageFormat::Png));
    ui->formatCombo->addItem(tr("SVG vector image"), int(ImageFormat::Svg));
    ui->formatCombo->addItem(tr("PDF document"), int(ImageFormat::Pdf));
    for (const QString &name : pdfPageSizeNames())
        ui->pageSizeCombo->addItem(name, name);
    ui->orientationCombo->addItem(tr("Landscape"), u"landscape"_s);
    ui->orientationCombo->addItem(tr("Portrait"), u"portrait"_s);
    // The same values as the Preferences dialog's default, plus a colour.
    ui->backgroundCombo->addItem(tr("White"), u"white"_s);
    ui->backgroundCombo->addItem(tr("Window colours"), u"window"_s);
    ui->backgroundCombo->addItem(tr("Transparent"), u"transparent"_s);
    ui->backgroundCombo->addItem(tr("Custom colour"), u"custom"_s);
    ui->scaleSpin->setSuffix(tr("×"));
    ui->viewportRadio->setEnabled(m_viewport.isValid() && !m_viewport.isEmpty());
    ui->titleEdit->setPlaceholderText(m_scene->graph.title().isEmpty() ? tr("Graph")
                                                                       : m_scene->graph.title());
    ui->previewLabel->setFrameShape(QFrame::StyledPanel);
    ui->previewLabel->setBackgroundRole(QPalette::Base);
    ui->previewLabel->setAutoFillBackground(true);
    QFont small = ui->previewNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    ui->previewNote->setFont(small);
    // Room for a three-line caption below the picture, so that the preview
    // (whose size follows the label's, not the other way round) never shrinks
    // under it.
    ui->previewNote->setMinimumHeight(QFontMetrics(small).lineSpacing() * 3 + 2);
    ui->previewNote->setForegroundRole(QPalette::PlaceholderText);
    ui->problemLabel->setStyleSheet(u"color: #c0392b;"_s);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    m_previewWatcher = new QFutureWatcher<QImage>(this);
    connect(m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_preview = m_previewWatcher->result();
        showPreview();
        emit previewUpdated();
        // Options changed while it ran: the newest choice is drawn next.
        if (m_previewDirty)
            startPreview();
    });

    loadSettings();
    QSettings settings;
    QString dir = settings.value(key(SettingsKeys::exportDirectory)).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString base = suggestedName.isEmpty() ? u"graph"_s : suggestedName;
    ui->pathEdit->setText(QDir(dir).filePath(base + u'.' + suffixOf(format())));

    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(ui->wholeGraphRadio, &QRadioButton::toggled, this, &ExportDialog::onAreaChanged);
    connect(ui->widthSpin, &QSpinBox::valueChanged, this, &ExportDialog::onWidthChanged);
    connect(ui->heightSpin, &QSpinBox::valueChanged, this, &ExportDialog::onHeightChanged);
    connect(ui->aspectButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_aspect = double(ui->heightSpin->value()) / ui->widthSpin->value();
        if (on && isViewportArea())
            onAreaChanged();
    });
    connect(ui->scaleSpin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(ui->pageSizeCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(ui->orientationCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(ui->backgroundCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateColourButton();
        optionsChanged();
    });
    connect(ui->colourButton, &QToolButton::clicked, this, &ExportDialog::onChooseColour);
    connect(ui->legendCheck, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(ui->captionCheck, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(ui->titleEdit, &QLineEdit::textChanged, this, &ExportDialog::optionsChanged);
    connect(ui->pathEdit, &QLineEdit::textEdited, this, &ExportDialog::onPathEdited);
    connect(ui->pathEdit, &QLineEdit::textChanged, this, &ExportDialog::optionsChanged);
    connect(ui->browseButton, &QPushButton::clicked, this, &ExportDialog::onBrowse);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    m_aspect = double(ui->heightSpin->value()) / ui->widthSpin->value();
    onFormatChanged();
    if (isViewportArea())
        onAreaChanged();
    updateColourButton();
    ui->formatCombo->setFocus();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::filePath() const
{
    // A name without an ending gets the format's.
    const QString text = ui->pathEdit->text().trimmed();
    if (text.isEmpty() || !QFileInfo(text).suffix().isEmpty())
        return text;
    return text + u'.' + suffixOf(format());
}

void ExportDialog::setFilePath(const QString &path)
{
    ui->pathEdit->setText(path);
    onPathEdited(path);
}

ImageFormat ExportDialog::format() const
{
    return ImageFormat(ui->formatCombo->currentData().toInt());
}

void ExportDialog::setFormat(ImageFormat format)
{
    selectData(ui->formatCombo, int(format));
}

bool ExportDialog::isViewportArea() const
{
    return ui->viewportRadio->isChecked();
}

ImageExportOptions ExportDialog::options() const
{
    ImageExportOptions options;
    options.size = QSize(ui->widthSpin->value(), ui->heightSpin->value());
    options.scale = format() == ImageFormat::Png ? ui->scaleSpin->value() : 1.0;
    if (isViewportArea())
        options.viewport = m_viewport;
    const QString background = ui->backgroundCombo->currentData().toString();
    options.transparent = background == u"transparent"_s;
    if (background == u"white"_s)
        options.background = QColor(Qt::white);
    else if (background == u"custom"_s)
        options.background = m_customColour;
    // "window": the palette the view paints with (nullopt).
    options.legend = ui->legendCheck->isChecked();
    options.caption = ui->captionCheck->isChecked();
    options.title = ui->titleEdit->text().trimmed();
    options.filterExpression = m_filterExpression;
    options.pageSize = pdfPageSizeFromName(ui->pageSizeCombo->currentData().toString())
                           .value_or(QPageSize(QPageSize::A4));
    options.orientation = ui->orientationCombo->currentData().toString() == u"portrait"_s
        ? QPageLayout::Portrait
        : QPageLayout::Landscape;
    return options;
}

void ExportDialog::loadSettings()
{
    const QSettings s;
    const QString formatName = s.value(key(SettingsKeys::exportFormat), u"png"_s).toString();
    for (const ImageFormat f : {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}) {
        if (suffixOf(f) == formatName)
            setFormat(f);
    }
    const bool viewport = s.value(key(SettingsKeys::exportArea)).toString() == u"viewport"_s;
    (viewport && ui->viewportRadio->isEnabled() ? ui->viewportRadio : ui->wholeGraphRadio)->setChecked(true);
    ui->widthSpin->setValue(s.value(key(SettingsKeys::exportWidth), 1600).toInt());
    ui->heightSpin->setValue(s.value(key(SettingsKeys::exportHeight), 1200).toInt());
    ui->aspectButton->setChecked(s.value(key(SettingsKeys::exportKeepAspect), true).toBool());
    ui->scaleSpin->setValue(s.value(key(SettingsKeys::exportScale), 1.0).toDouble());
    selectData(ui->pageSizeCombo, s.value(key(SettingsKeys::exportPageSize), u"A4"_s).toString());
    selectData(ui->orientationCombo, s.value(key(SettingsKeys::exportOrientation), u"landscape"_s).toString());
    selectData(ui->backgroundCombo, s.value(key(SettingsKeys::exportBackground), u"white"_s).toString());
    const QColor colour = QColor::fromString(s.value(key(SettingsKeys::exportBackgroundColour)).toString());
    if (colour.isValid())
        m_customColour = colour;
    ui->legendCheck->setChecked(s.value(key(SettingsKeys::exportLegend), true).toBool());
    ui->captionCheck->setChecked(s.value(key(SettingsKeys::exportCaption), false).toBool());
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.setValue(key(SettingsKeys::exportFormat), suffixOf(format()));
    s.setValue(key(SettingsKeys::exportArea), isViewportArea() ? u"viewport"_s : u"graph"_s);
    s.setValue(key(SettingsKeys::exportWidth), ui->widthSpin->value());
    s.setValue(key(SettingsKeys::exportHeight), ui->heightSpin->value());
    s.setValue(key(SettingsKeys::exportKeepAspect), ui->aspectButton->isChecked());
    s.setValue(key(SettingsKeys::exportScale), ui->scaleSpin->value());
    s.setValue(key(SettingsKeys::exportPageSize), ui->pageSizeCombo->currentData().toString());
    s.setValue(key(SettingsKeys::exportOrientation), ui->orientationCombo->currentData().toString());
    s.setValue(key(SettingsKeys::exportBackground), ui->backgroundCombo->currentData().toString());
    s.setValue(key(SettingsKeys::exportBackgroundColour), m_customColour.name());
    s.setValue(key(SettingsKeys::exportLegend), ui->legendCheck->isChecked());
    s.setValue(key(SettingsKeys::exportCaption), ui->captionCheck->isChecked());
    const QString dir = QFileInfo(filePath()).absolutePath();
    if (!filePath().isEmpty())
        s.setValue(key(SettingsKeys::exportDirectory), dir);
}

void ExportDialog::onFormatChanged()
{
    const ImageFormat f = format();
    const bool pdf = f == ImageFormat::Pdf;
    // A PDF has a page, not pixels; only a PNG has a scale factor.
    ui->pictureForm->setRowVisible(ui->sizeLabel, !pdf);
    ui->pictureForm->setRowVisible(ui->scaleLabel, f == ImageFormat::Png);
    ui->pictureForm->setRowVisible(ui->pageLabel, pdf);
    // The file name follows the format.
    QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (suffix == u"png"_s || suffix == u"svg"_s || suffix == u"pdf"_s)
            path.chop(suffix.size() + 1);
        ui->pathEdit->setText(path + u'.' + suffixOf(f));
    }
    optionsChanged();
}

void ExportDialog::onAreaChanged()
{
    // The viewport's proportions, so that the picture shows exactly it.
    if (isViewportArea() && ui->aspectButton->isChecked() && m_viewport.width() > 0) {
        m_aspect = m_viewport.height() / m_viewport.width();
        onWidthChanged(ui->widthSpin->value());
    }
    optionsChanged();
}

void ExportDialog::onWidthChanged(int width)
{
    if (!m_syncingSize && ui->aspectButton->isChecked()) {
        m_syncingSize = true;
        ui->heightSpin->setValue(std::clamp(int(std::lround(width * m_aspect)), ui->heightSpin->minimum(),
                                            ui->heightSpin->maximum()));
        m_syncingSize = false;
    }
    optionsChanged();
}

void ExportDialog::onHeightChanged(int height)
{
    if (!m_syncingSize && ui->aspectButton->isChecked() && m_aspect > 0) {
        m_syncingSize = true;
        ui->widthSpin->setValue(std::clamp(int(std::lround(height / m_aspect)), ui->widthSpin->minimum(),
                                           ui->widthSpin->maximum()));
        m_syncingSize = false;
    }
    optionsChanged();
}

void ExportDialog::onPathEdited(const QString &text)
{
    if (const auto f = imageFormatForPath(text.trimmed()); f && *f != format()) {
        const QSignalBlocker blocker(ui->formatCombo);
        setFormat(*f);
        // The rows, not the name: the user just typed it.
        ui->pictureForm->setRowVisible(ui->sizeLabel, *f != ImageFormat::Pdf);
        ui->pictureForm->setRowVisible(ui->scaleLabel, *f == ImageFormat::Png);
        ui->pictureForm->setRowVisible(ui->pageLabel, *f == ImageFormat::Pdf);
        optionsChanged();
    }
}

void ExportDialog::onBrowse()
{
    const QString filters = tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)");
    const QStringList list = filters.split(u";;"_s);
    QString selected = list.value(ui->formatCombo->currentIndex());
    // The dialog asks before overwriting when Export is pressed, once.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Image"), filePath(), filters,
                                                      &selected, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (!imageFormatForPath(chosen)) {
        const int index = std::max(0, int(list.indexOf(selected)));
        chosen += u'.' + suffixOf(ImageFormat(ui->formatCombo->itemData(index).toInt()));
    }
    setFilePath(chosen);
}

void ExportDialog::onChooseColour()
{
    const QColor colour = QColorDialog::getColor(m_customColour, this, tr("Background Colour"));
    if (!colour.isValid())
        return;
    m_customColour = colour;
    selectData(ui->backgroundCombo, u"custom"_s);
    updateColourButton();
    optionsChanged();
}

void ExportDialog::updateColourButton()
{
    QPixmap swatch(14, 14);
    swatch.fill(m_customColour);
    {
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    ui->colourButton->setIcon(QIcon(swatch));
}

QString ExportDialog::problem() const
{
    if (format() == ImageFormat::Png) {
        const QSize pixels = pngPixelSize(options());
        if (pixels.width() > MaxPngSide || pixels.height() > MaxPngSide)
            return tr("The image would be %1 × %2 pixels; at most %3 pixels a side can be exported.")
                .arg(pixels.width())
                .arg(pixels.height())
                .arg(MaxPngSide);
    }
    const QString path = filePath();
    if (!path.isEmpty() && !imageFormatForPath(path))
        return tr("The file name must end in .png, .svg or .pdf.");
    if (!path.isEmpty() && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    return {};
}

void ExportDialog::optionsChanged()
{
    const ImageExportOptions o = options();
    if (format() == ImageFormat::Png) {
        const QSize pixels = pngPixelSize(o);
        ui->pixelSizeLabel->setText(tr("= %1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    }
    ui->titleEdit->setEnabled(o.caption);
    ui->titleLabel->setEnabled(o.caption);
    ui->aspectButton->setText(ui->aspectButton->isChecked() ? tr("Keep proportions")
                                                            : tr("Free proportions"));

    if (o.caption)
        ui->previewNote->setText(captionLines(m_scene->graph, o).join(u"  ·  "_s));
    else if (isViewportArea())
        ui->previewNote->setText(tr("The part of the graph the view shows, as it shows it: filter, "
                                    "hidden and dimmed nodes, colours and sizes."));
    else
        ui->previewNote->setText(tr("The whole graph as the view shows it: filter, hidden and "
                                    "dimmed nodes, colours and sizes."));

    const QString message = problem();
    ui->problemLabel->setText(message);
    ui->problemLabel->setVisible(!message.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty() && !filePath().isEmpty());
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::startPreview()
{
    if (m_previewWatcher->isRunning()) {
        m_previewDirty = true;
        return;
    }
    m_previewDirty = false;
    // A miniature of the export: the picture's own size with a scale below
    // one, so that fonts, widths, legend and caption shrink together.
    ImageExportOptions o = options();
    const QSize picture = pictureSize(o, format());
    const double dpr = devicePixelRatioF();
    // Before the first show the label has no real size yet: its minimum.
    const QSize label = ui->previewLabel->size().expandedTo(ui->previewLabel->minimumSize());
    const QSizeF box = QSizeF(label - QSize(16, 16)) * dpr;
    if (picture.isEmpty() || box.isEmpty())
        return;
    o.size = picture;
    o.scale = std::min(box.width() / picture.width(), box.height() / picture.height());
    m_previewWatcher->setFuture(QtConcurrent::run([scene = m_scene, o, dpr] {
        QImage image = renderImage(*scene, o);
        image.setDevicePixelRatio(dpr);
        return image;
    }));
}

void ExportDialog::showPreview()
{
    if (m_preview.isNull()) {
        ui->previewLabel->setPixmap(QPixmap());
        return;
    }
    const double dpr = m_preview.devicePixelRatio();
    QImage shown(m_preview.size(), QImage::Format_ARGB32_Premultiplied);
    shown.setDevicePixelRatio(dpr);
    {
        QPainter painter(&shown);
        const QRect logical(QPoint(0, 0), (QSizeF(m_preview.size()) / dpr).toSize());
        if (options().transparent)
            paintCheckerboard(painter, logical);
        else
            shown.fill(Qt::white);
        painter.drawImage(logical, m_preview);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(logical.adjusted(0, 0, -1, -1));
    }
    ui->previewLabel->setPixmap(QPixmap::fromImage(shown));
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    schedulePreview();
}

void ExportDialog::accept()
{
    const QString path = filePath();
    if (path.isEmpty() || !problem().isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Warning, tr("Replace File?"),
                        tr("“%1” already exists.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(u"overwriteBox"_s);
        box.setInformativeText(tr("Do you want to replace it?"));
        box.button(QMessageBox::Yes)->setText(tr("&Replace"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    saveSettings();
    QDialog::accept();
}

} // namespace entente
