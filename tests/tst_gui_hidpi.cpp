// High-DPI: with QT_SCALE_FACTOR=2 the window paints at twice the pixels, and
// the view's cached frame and the minimap's picture are made at the device
// pixel ratio (not drawn at 1x and stretched, which would blur them).
#include "graphview.h"
#include "mainwindow.h"
#include "model/graphbuilder.h"
#include "overviewwidget.h"
#include "render/edgepicker.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// Mean squared difference of horizontally and vertically adjacent grey
// values: a step edge of height d gives d*d, the same edge smeared over k
// pixels (a 1x picture stretched to 2x) gives about d*d/k.
double sharpness(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    qint64 count = 0;
    for (int y = 0; y + 1 < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        const uchar *below = grey.constScanLine(y + 1);
        for (int x = 0; x + 1 < grey.width(); ++x) {
            const double dx = double(row[x + 1]) - row[x];
            const double dy = double(below[x]) - row[x];
            sum += dx * dx + dy * dy;
            ++count;
        }
    }
    return count == 0 ? 0.0 : sum / double(count);
}

} // namespace

class TestGuiHiDpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"EntenteTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_hidpi"_s);
        QSettings().clear();
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
    }

    void crispAtTwice()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(MainWindow::bundledDatasetPath()));
        QTRY_VERIFY(!window.isLoading());
        GraphView *view = window.graphView();
        view->setAnimated(false);
        view->fitAll();
        QCOMPARE(view->devicePixelRatioF(), 2.0);

        const QPixmap shown = view->grab();
        QCOMPARE(shown.devicePixelRatio(), 2.0);
        QCOMPARE(shown.size(), view->size() * 2);
        if (qEnvironmentVariableIsSet("ENTENTE_HIDPI_SAVE"))
            shown.save(qEnvironmentVariable("ENTENTE_HIDPI_SAVE"));
        // Crisp: sharper than the same view drawn at 1x and stretched.
        const QImage stretched = view->grabFrame(1.0).scaled(
            shown.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double crisp = sharpness(shown.toImage());
        const double blurred = sharpness(stretched);
        qInfo("sharpness: %.1f at 2x, %.1f for 1x stretched", crisp, blurred);
        QVERIFY2(crisp > 1.3 * blurred,
                 qPrintable(u"%1 vs %2"_s.arg(crisp).arg(blurred)));

        const QImage frame = view->grabFrame(view->devicePixelRatioF());
        QCOMPARE(frame.devicePixelRatio(), 2.0);
        QCOMPARE(frame.size(), view->size() * 2);

        auto *overview = window.findChild<OverviewWidget *>(u"overview"_s);
        QVERIFY(overview);
        const QPixmap minimap = overview->grab();
        QCOMPARE(minimap.devicePixelRatio(), 2.0);
        QCOMPARE(minimap.size(), overview->size() * 2);
    }

    // Edge picking works in widget (logical) pixels at any device pixel
    // ratio: the screen grid of a big graph covers the view in logical
    // pixels, the 4-pixel tolerance is logical too.
    void edgePickInLogicalPixels()
    {
        GraphBuilder b;
        for (int i = 0; i < 4; ++i)
            b.addNode({.id = u"h%1"_s.arg(i)});
        b.addEdge(0, 1, {});   // along y = 0
        b.addEdge(2, 3, {});   // along y = 60
        constexpr int cluster = 1000;   // short edges far away: enough for the screen grid
        for (int i = 0; i < cluster; ++i)
            b.addNode({.id = u"c%1"_s.arg(i)});
        for (int k = 1; k <= 21; ++k)
            for (int i = 0; i < cluster; ++i)
                b.addEdge(NodeIndex(4 + i), NodeIndex(4 + (i + k) % cluster), {});
        const RelationshipGraph graph = b.build();
        QVERIFY(graph.edgeCount() >= EdgePicker::defaultGridThreshold);
        NodePositions positions(graph.nodeCount());
        positions.set(0, {0, 0});
        positions.set(1, {100, 0});
        positions.set(2, {0, 60});
        positions.set(3, {100, 60});
        for (int i = 0; i < cluster; ++i)
            positions.set(4 + i, QPointF(3000 + (i % 40) * 10, 3000 + (i / 40) * 10));
        GraphView view;
        view.setAnimated(false);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(graph, positions);
        view.setZoom(3);
        view.centerOn({50, 30});
        view.repaint();
        QCOMPARE(view.devicePixelRatioF(), 2.0);
        const QPointF onFirst = view.mapFromScene({30, 0});
        QCOMPARE(view.edgeAt(onFirst), std::optional<EdgeIndex>(0));
        QCOMPARE(view.edgeAt(onFirst + QPointF(0, 3)), std::optional<EdgeIndex>(0));
        QCOMPARE(view.edgeAt(onFirst + QPointF(0, 6)), std::nullopt);
        QCOMPARE(view.edgeAt(view.mapFromScene({70, 60}) + QPointF(0, -3)), std::optional<EdgeIndex>(1));
        // Near the far corner of the widget (logical 500x300, not 1000x600).
        view.centerOn({100 - 240 / 3.0, 60 - 140 / 3.0});
        view.repaint();
        const QPointF corner = view.mapFromScene({100, 60});
        QVERIFY2(corner.x() > 450 && corner.y() > 250, qPrintable(u"%1,%2"_s.arg(corner.x()).arg(corner.y())));
        QCOMPARE(view.edgeAt(corner + QPointF(-2, 1)), std::optional<EdgeIndex>(1));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestGuiHiDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_hidpi.moc"
