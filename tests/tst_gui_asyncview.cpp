// Frames of big graphs painted on a worker thread (issue 8: the window stays
// responsive while the layout runs). What the screen shows is read from the
// window's backing store after repaint(); grab() must get the current picture
// at once.
#include "graphview.h"
#include "io/graphio.h"
#include "model/graphbuilder.h"
#include "render/graphrenderer.h"

#include <QBackingStore>
#include <QtTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Big enough that a frame takes a while, small enough for a test: the view is
// told to paint it on the worker with setAsyncRenderThreshold().
constexpr int nodeCount = 3000;
// The worker runs at a lower priority: on a loaded machine its frames take a
// while.
constexpr int catchUpMs = 30000;

RelationshipGraph makeGraph(int nodes)
{
    GraphBuilder b;
    std::vector<NodeIndex> ids;
    ids.reserve(nodes);
    for (int i = 0; i < nodes; ++i)
        ids.push_back(*b.addNode({.id = u"n%1"_s.arg(i), .label = u"Node %1"_s.arg(i),
                                  .kind = i % 7 == 0 ? u"alliance"_s : u"company"_s}));
    for (int i = 1; i < nodes; ++i) {
        b.addEdge(ids[i], ids[(i * 7919) % i], {.relation = u"partnership"_s});
        if (i % 3 == 0)
            b.addEdge(ids[i], ids[i % 50], {.relation = u"membership"_s});
    }
    return b.build();
}

// A disc of nodes (a finished force layout's shape); `turn` rotates it, so
// every node moves as in a layout step.
NodePositions discPositions(qsizetype n, double turn = 0)
{
    NodePositions p(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double a = double(i) * 2.399963 + turn;
        const double r = 80.0 * std::sqrt(double(i));
        p.set(i, QPointF(r * std::cos(a), r * std::sin(a)));
    }
    return p;
}

// What the view (a shown top-level widget) puts on the screen now.
QImage shown(GraphView &view)
{
    view.repaint();
    QPaintDevice *device = view.backingStore() ? view.backingStore()->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image)
        return {};
    const auto *image = static_cast<const QImage *>(device);
    return image->copy(QRect(QPoint(0, 0), view.size() * view.devicePixelRatioF()));
}

QImage plain(const QImage &image)
{
    QImage i = image.convertToFormat(QImage::Format_ARGB32);
    i.setDevicePixelRatio(1.0);
    return i;
}

// Every pixel has the colour of the top-left one.
bool isUniform(const QImage &image)
{
    const QImage i = plain(image);
    const QRgb first = i.pixel(0, 0);
    for (int y = 0; y < i.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(i.constScanLine(y));
        for (int x = 0; x < i.width(); ++x) {
            if (line[x] != first)
                return false;
        }
    }
    return true;
}

// The picture shown is a frame of the current state (after the worker
// delivered it), pixel for pixel what a synchronous render gives.
bool showsCurrentState(GraphView &view)
{
    return plain(shown(view)) == plain(view.grabFrame(view.devicePixelRatioF()));
}

} // namespace

class TestGuiAsyncView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_graph = makeGraph(nodeCount); }

    void init()
    {
        m_view = std::make_unique<GraphView>();
        m_view->setAnimated(false);
        m_view->setAsyncRenderThreshold(1000);
        m_view->resize(640, 480);
        m_view->setGraph(m_graph, discPositions(m_graph.nodeCount()));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->rendersAsynchronously());
        QTRY_VERIFY_WITH_TIMEOUT(m_view->framesRendered() > 0, catchUpMs);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrentState(*m_view), catchUpMs);   // the fit on showing has caught up
    }
    void cleanup() { m_view.reset(); }

    void firstFrameIsPaintedAtOnce()
    {
        GraphView view;
        view.setAsyncRenderThreshold(1000);
        view.resize(320, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_graph, discPositions(m_graph.nodeCount()));
        QVERIFY(view.rendersAsynchronously());
        const quint64 before = view.framesRendered();
        const QImage image = shown(view);
        QCOMPARE(view.framesRendered(), before + 1);
        QCOMPARE(plain(image), plain(view.grabFrame()));
    }

    // A layout step: paintEvent shows the last frame and leaves the new one to
    // the worker; the picture then catches up with a synchronous render of
    // the same state.
    void layoutStepIsPaintedOnTheWorker()
    {
        GraphView &view = *m_view;
        const QImage before = shown(view);
        const quint64 frames = view.framesRendered();
        view.setPositions(discPositions(m_graph.nodeCount(), 0.3));
        const QImage meanwhile = shown(view);
        QCOMPARE(view.framesRendered(), frames);   // no frame was painted in paintEvent
        QCOMPARE(plain(meanwhile), plain(before));  // the last frame, same viewport
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrentState(view), catchUpMs);
        QVERIFY(view.framesRendered() > frames);    // from the worker: render() never paints one
        QVERIFY(plain(shown(view)) != plain(before));
    }

    // Zoom and pan move the last frame until the worker's arrives.
    void viewportChangeCatchesUp()
    {
        GraphView &view = *m_view;
        const quint64 frames = view.framesRendered();
        view.setZoom(view.zoom() * 1.5);
        view.centerOn(view.center() + QPointF(200, -100));
        shown(view);
        QCOMPARE(view.framesRendered(), frames);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrentState(view), catchUpMs);
        QVERIFY(view.framesRendered() > frames);
    }

    // grab() paints the current state at once, never the worker's last frame.
    void grabShowsTheCurrentState()
    {
        GraphView &view = *m_view;
        view.setPositions(discPositions(m_graph.nodeCount(), 1.1));
        const QImage grabbed = view.grab().toImage();
        QCOMPARE(plain(grabbed), plain(view.grabFrame(view.devicePixelRatioF())));
    }

    // After the filter, the graph or the style changed, a frame of the old
    // state is never shown, neither the cached one nor one that was on the
    // worker meanwhile.
    void noGhostOfTheOldState_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addRow("filter hides all") << u"filter"_s;
        QTest::addRow("hide all") << u"hide"_s;
        QTest::addRow("another graph") << u"graph"_s;
    }
    void noGhostOfTheOldState()
    {
        QFETCH(QString, change);
        GraphView &view = *m_view;
        // A frame on the worker when the change comes.
        view.setPositions(discPositions(m_graph.nodeCount(), 0.7));
        shown(view);
        if (change == u"filter"_s) {
            view.setNodeStates(std::vector<NodeState>(m_graph.nodeCount(), NodeState::Hidden));
        } else if (change == u"hide"_s) {
            QList<NodeIndex> all;
            for (qsizetype i = 0; i < m_graph.nodeCount(); ++i)
                all.append(NodeIndex(i));
            view.hideNodes(all);
        } else {
            // A big graph with a single node far away from where the old one was.
            const RelationshipGraph other = makeGraph(1500);
            NodePositions far(other.nodeCount());
            for (qsizetype i = 0; i < other.nodeCount(); ++i)
                far.set(i, QPointF(1e6, 1e6));
            view.setGraph(other, far);
        }
        const QImage expected = plain(view.grabFrame(view.devicePixelRatioF()));
        if (change != u"graph"_s)
            QVERIFY(isUniform(expected));   // nothing but the background
        QCOMPARE(plain(shown(view)), expected);
        // Whatever the worker had is dropped: once a frame painted after the
        // change came back, the picture is still the new state.
        const quint64 frames = view.framesRendered();
        view.setZoom(view.zoom() * 1.01);
        shown(view);
        QTRY_VERIFY_WITH_TIMEOUT(view.framesRendered() > frames, catchUpMs);
        QVERIFY(showsCurrentState(view));
        if (change != u"graph"_s)
            QVERIFY(isUniform(shown(view)));
    }

    // Selection and hover show at once, drawn over the last frame, before the
    // worker's frame with them arrives.
    void highlightsShowAtOnce_data()
    {
        QTest::addColumn<bool>("hover");
        QTest::addRow("selection") << false;
        QTest::addRow("hover") << true;
    }
    void highlightsShowAtOnce()
    {
        QFETCH(bool, hover);
        GraphView &view = *m_view;
        // A node near the centre.
        NodeIndex node = 20;
        const QPointF at = view.mapFromScene(view.positions().at(node));
        QVERIFY(view.rect().contains(at.toPoint()));
        const QImage before = plain(shown(view));
        const quint64 frames = view.framesRendered();
        if (hover) {
            QTest::mouseMove(&view, at.toPoint());
            QVERIFY(view.hoveredNode());
            node = *view.hoveredNode();
        } else {
            view.setSelectedNodes({node});
        }
        const QImage now = plain(shown(view));
        QCOMPARE(view.framesRendered(), frames);   // the worker has not delivered yet
        const QRect around = QRectF(at - QPointF(12, 12), QSizeF(24, 24)).toAlignedRect();
        QVERIFY2(now.copy(around) != before.copy(around), "the highlight is not drawn over the last frame");
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrentState(view), catchUpMs);
        QVERIFY(view.framesRendered() > frames);
    }

    // Small graphs (the summit) paint in paintEvent, as always: every paint
    // after a change is a full frame, with no worker involved.
    void smallGraphsPaintSynchronously()
    {
        const LoadResult loaded = loadGraphFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
        if (!loaded.ok())
            QSKIP("the summit dataset is not in this checkout");
        GraphView view;
        view.setAnimated(false);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(loaded.document->graph, loaded.document->positions);
        QVERIFY(!view.rendersAsynchronously());
        const quint64 frames = view.framesRendered();
        const QImage first = shown(view);
        QCOMPARE(view.framesRendered(), frames + 1);
        QCOMPARE(plain(first), plain(view.grabFrame()));
        view.setSelectedNodes({NodeIndex(0)});
        const QImage selected = shown(view);
        QCOMPARE(view.framesRendered(), frames + 2);
        QCOMPARE(plain(selected), plain(view.grabFrame()));
        QVERIFY(plain(selected) != plain(first));
    }

private:
    RelationshipGraph m_graph;
    std::unique_ptr<GraphView> m_view;
};

QTEST_MAIN(TestGuiAsyncView)
#include "tst_gui_asyncview.moc"
