#include "layout/layoutengine.h"
#include "model/graphbuilder.h"
#include "render/graphrenderer.h"
#include "render/graphstyle.h"
#include "labeltexts.h"
#include "render/spatialindex.h"
#include "render/rasterlines_p.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QRandomGenerator>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QtTest>

#include <set>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QStringList stringOrArray(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

// A minimal reader of the native format's nodes and edges, so that this test
// does not depend on the JSON reader (tested on its own).
std::optional<RelationshipGraph> loadSummit()
{
    QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    GraphBuilder b;
    b.setTitle(root.value(u"title").toString());
    b.setDirected(root.value(u"directed").toBool());
    for (const QJsonValue &value : root.value(u"nodes").toArray()) {
        const QJsonObject n = value.toObject();
        b.addNode({.id = n.value(u"id").toString(), .label = n.value(u"label").toString(),
                   .kind = n.value(u"kind").toString(),
                   .countries = stringOrArray(n.value(u"country")),
                   .sectors = stringOrArray(n.value(u"sector"))});
    }
    for (const QJsonValue &value : root.value(u"edges").toArray()) {
        const QJsonObject e = value.toObject();
        const auto s = b.findNode(e.value(u"source").toString());
        const auto t = b.findNode(e.value(u"target").toString());
        if (s && t)
            b.addEdge(*s, *t, {.relation = e.value(u"relation").toString()});
    }
    return b.build();
}

RelationshipGraph sectorGraph()
{
    // 4 AI, 3 Cloud, 2 Space, 1 Chips, 2 without a sector.
    GraphBuilder b;
    const char *sectors[] = {"AI", "Cloud", "AI", "Space", "AI", "Cloud", "Chips", "Space", "AI",
                             "Cloud", "", ""};
    int i = 0;
    for (const char *s : sectors) {
        NodeData n{.id = QString::number(i++)};
        if (*s)
            n.sectors = {QString::fromLatin1(s)};
        n.kind = i % 3 == 0 ? u"alliance"_s : u"company"_s;
        b.addNode(std::move(n));
    }
    b.addEdge(0, 1, {.relation = u"membership"_s});
    b.addEdge(1, 2, {.relation = u"partnership"_s});
    b.addEdge(2, 3, {.relation = u"partnership"_s});
    return b.build();
}

NodePositions randomPositions(qsizetype n, quint32 seed, double spread)
{
    QRandomGenerator rng(seed);
    NodePositions p(n);
    for (qsizetype i = 0; i < n; ++i)
        p.set(i, {(rng.generateDouble() - 0.5) * spread, (rng.generateDouble() - 0.3) * spread * 0.6});
    return p;
}

QString snapshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/render-snapshots"_s;
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void legendCountsCategoriesByCount()
    {
        const RelationshipGraph g = sectorGraph();
        GraphStyle style;
        style.colorColumn = NodeColumn::Sector;
        const QList<LegendEntry> rows = legendEntries(g, style);
        QStringList labels;
        QList<qsizetype> counts;
        for (const LegendEntry &r : rows) {
            labels << r.label;
            counts << r.count;
        }
        QCOMPARE(labels, QStringList({u"AI"_s, u"Cloud"_s, u"Space"_s, u"Chips"_s, u"(none)"_s}));
        QCOMPARE(counts, QList<qsizetype>({4, 3, 2, 1, 2}));
        QCOMPARE(rows[0].color, categoryColors()[0]);
        QCOMPARE(rows[1].color, categoryColors()[1]);

        // With two colours only, the tail is "Other", grey; counts still add up.
        style.maxCategories = 2;
        const QList<LegendEntry> capped = legendEntries(g, style);
        QCOMPARE(capped.size(), 4);
        QCOMPARE(capped[2].label, u"Other"_s);
        QCOMPARE(capped[2].count, 3);
        QCOMPARE(capped[2].color, style.palette().other);
        qsizetype total = 0;
        for (const LegendEntry &r : capped)
            total += r.count;
        QCOMPARE(total, g.nodeCount());
    }

    void summitSectorsEachGetTheirOwnColour()
    {
        // The summit has ~20 sectors: none may fall into "Other" (SAP did
        // with 12 colours), and no two sectors may share a colour.
        const auto graph = loadSummit();
        if (!graph)
            QSKIP("the summit dataset is not in this checkout");
        GraphStyle style;
        style.colorColumn = NodeColumn::Sector;
        const QList<LegendEntry> rows = legendEntries(*graph, style);
        QVERIFY(rows.size() > 12);
        QSet<QRgb> colours;
        for (const LegendEntry &r : rows) {
            QVERIFY2(r.label != u"Other"_s, qPrintable(r.label));
            if (r.label != u"(none)"_s)
                colours.insert(r.color.rgb());
        }
        const qsizetype named = std::count_if(rows.begin(), rows.end(), [](const LegendEntry &r) {
            return r.label != u"(none)"_s;
        });
        QCOMPARE(colours.size(), named);
        QVERIFY(categoryColors().size() >= style.maxCategories);

        // A long tail still ends in "Other": more sectors than colours.
        GraphBuilder b;
        for (int i = 0; i < 40; ++i)
            b.addNode({.id = u"n%1"_s.arg(i), .sectors = {u"s%1"_s.arg(i)}});
        const QList<LegendEntry> tail = legendEntries(b.build(), style);
        QCOMPARE(tail.size(), style.maxCategories + 1);
        QCOMPARE(tail.last().label, u"Other"_s);
        QCOMPARE(tail.last().count, 40 - style.maxCategories);
    }

    void colourMappingIsStableAndMatchesLegend()
    {
        const RelationshipGraph g = sectorGraph();
        GraphStyle style;
        const GraphAppearance a = GraphAppearance::build(g, style);
        const GraphAppearance b = GraphAppearance::build(g, style);
        QCOMPARE(a.nodeColor, b.nodeColor);
        const QList<LegendEntry> rows = legendEntries(g, style);
        // Every node's colour is its sector's legend colour.
        for (qsizetype i = 0; i < g.nodeCount(); ++i) {
            const QStringList sectors = g.nodeSectors(NodeIndex(i));
            const QString label = sectors.isEmpty() ? u"(none)"_s : sectors.first();
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [&](const LegendEntry &r) { return r.label == label; });
            QVERIFY(row != rows.end());
            QCOMPARE(QColor::fromRgba(a.nodeColor[i]), row->color);
        }
        // Same data, other palette: category colours stay, "other" changes.
        style.darkPalette = true;
        const GraphAppearance dark = GraphAppearance::build(g, style);
        QCOMPARE(dark.nodeColor[0], a.nodeColor[0]);
        QCOMPARE(QColor::fromRgba(dark.nodeColor[10]), GraphPalette::dark().other);
    }

    void metricLegendHasRangesThatCoverAllNodes()
    {
        const RelationshipGraph g = sectorGraph();
        GraphStyle style;
        style.colorMode = GraphStyle::ColorMode::Metric;
        style.metricName = u"degree"_s;
        for (qsizetype i = 0; i < g.nodeCount(); ++i)
            style.metric.push_back(i < 10 ? double(i) : std::nan(""));
        const QList<LegendEntry> rows = legendEntries(g, style);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.last().label, u"(no value)"_s);
        QCOMPARE(rows.last().count, 2);
        qsizetype total = 0;
        for (const LegendEntry &r : rows)
            total += r.count;
        QCOMPARE(total, g.nodeCount());
        const GraphAppearance a = GraphAppearance::build(g, style);
        QCOMPARE(QColor::fromRgba(a.nodeColor[0]), metricColor(0.0));
        QCOMPARE(QColor::fromRgba(a.nodeColor[9]), metricColor(1.0));
        QVERIFY(a.nodeColor[0] != a.nodeColor[9]);
    }

    void arrowsOnlyForDirectedRelations_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<bool>("directed");
        QTest::addRow("membership") << u"membership"_s << true;
        QTest::addRow("subsidiary") << u"subsidiary"_s << true;
        QTest::addRow("supplier") << u"supplier"_s << true;
        QTest::addRow("partnership") << u"partnership"_s << false;
        QTest::addRow("participation") << u"participation"_s << false;
        QTest::addRow("joint-venture") << u"joint-venture"_s << false;
        QTest::addRow("unknown") << u"knows"_s << false;
    }
    void arrowsOnlyForDirectedRelations()
    {
        QFETCH(QString, relation);
        QFETCH(bool, directed);
        const EdgeStyle style = edgeStyleForRelation(relation, GraphPalette::light(), false);
        QCOMPARE(style.directed, directed);
        // Membership thin, partnership bold, participation dashed.
        if (relation == u"membership")
            QVERIFY(style.width < 1.0);
        if (relation == u"partnership")
            QVERIFY(style.width >= 2.0);
        if (relation == u"participation")
            QCOMPARE(style.line, EdgeLine::Dashed);
    }

    void shapesByKind()
    {
        QCOMPARE(shapeForKind(u"company"), NodeShape::Circle);
        QCOMPARE(shapeForKind(u"alliance"), NodeShape::Hexagon);
        QCOMPARE(shapeForKind(u"initiative"), NodeShape::Triangle);
        QCOMPARE(shapeForKind(u"institution"), NodeShape::Square);
        QCOMPARE(shapeForKind(u"project"), NodeShape::Diamond);
        QCOMPARE(shapeForKind(u"event"), NodeShape::Star);
        const QList<LegendEntry> shapes = shapeLegendEntries(sectorGraph(), GraphStyle());
        QCOMPARE(shapes.size(), 2);
        QCOMPARE(shapes[0].label, u"company"_s);
        QCOMPARE(shapes[0].shape, NodeShape::Circle);
        QCOMPARE(shapes[1].shape, NodeShape::Hexagon);
        QCOMPARE(shapes[0].count + shapes[1].count, 12);
    }

    void spatialIndexMatchesBruteForce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("empty") << 0 << 1u;
        QTest::addRow("one") << 1 << 2u;
        QTest::addRow("200") << 200 << 3u;
        QTest::addRow("5000") << 5000 << 4u;
    }
    void spatialIndexMatchesBruteForce()
    {
        QFETCH(int, count);
        QFETCH(quint32, seed);
        NodePositions p = randomPositions(count, seed, 1000);
        // Some clumped duplicates and one node without finite coordinates.
        if (count > 10) {
            p.set(3, p.at(4));
            p.set(5, p.at(4));
            p.x[7] = std::nan("");
        }
        SpatialIndex index;
        index.build(p);
        QRandomGenerator rng(seed * 7 + 1);
        for (int q = 0; q < 200; ++q) {
            const QRectF rect(QPointF((rng.generateDouble() - 0.6) * 1200, (rng.generateDouble() - 0.5) * 800),
                              QSizeF(rng.generateDouble() * 400, rng.generateDouble() * 300));
            std::vector<NodeIndex> got = index.nodesInRect(rect);
            std::sort(got.begin(), got.end());
            std::vector<NodeIndex> want;
            for (int i = 0; i < count; ++i) {
                const double x = p.x[i], y = p.y[i];
                if (std::isfinite(x) && x >= rect.left() && x <= rect.right() && y >= rect.top()
                    && y <= rect.bottom())
                    want.push_back(NodeIndex(i));
            }
            QCOMPARE(got, want);

            const QPointF point((rng.generateDouble() - 0.5) * 1100, (rng.generateDouble() - 0.4) * 700);
            const double radius = rng.generateDouble() * 60;
            const auto nearest = index.nearest(point, radius);
            double bestD = radius;
            std::optional<double> best;
            for (int i = 0; i < count; ++i) {
                const double d = std::hypot(p.x[i] - point.x(), p.y[i] - point.y());
                if (std::isfinite(d) && d <= radius && (!best || d < *best))
                    best = d;
            }
            QCOMPARE(nearest.has_value(), best.has_value());
            if (nearest) {
                bestD = std::hypot(p.x[*nearest] - point.x(), p.y[*nearest] - point.y());
                QVERIFY(std::abs(bestD - *best) < 1e-12);
            }
        }
    }

    // The density rasteriser: lines land on the pixels they cross, n lines
    // through a pixel give 1 - (1 - a)^n, colours mix, and splitting the rows
    // over two threads changes nothing (no seam at the band border).
    void densityRasteriserDrawsLinesWhereExpected_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addRow("one band") << 1;
        QTest::addRow("two bands") << 2;
    }
    void densityRasteriserDrawsLinesWhereExpected()
    {
        QFETCH(int, threads);
        // Nodes: a horizontal line at row 20, a vertical one at column 60 that
        // crosses the band border (row 50), a diagonal; the horizontal is
        // drawn twice.
        const std::vector<float> x = {10.5f, 190.5f, 60.5f, 60.5f, 100.5f, 180.5f};
        const std::vector<float> y = {20.5f, 20.5f, 5.5f, 95.5f, 30.5f, 90.5f};
        const std::vector<quint32> sources = {0, 2, 4, 0};
        const std::vector<quint32> targets = {1, 3, 5, 1};
        const std::vector<quint32> once = {1, 2};
        const std::vector<quint32> twice = {0, 3};
        auto render = [&](std::vector<DensityBatch> batches) {
            QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            const auto target = RasterTarget::from(painter, QRectF(image.rect()));
            painter.end();
            if (!target)
                return QImage();
            drawDensityLines(*target, sources, targets, x, y, batches, threads);
            return image;
        };
        const QImage image = render({{twice, qRgb(0, 0, 0), 0.5}, {once, qRgb(0, 0, 0), 0.5}});
        QVERIFY(!image.isNull());
        auto darkness = [&](const QImage &img, int px, int py) { return 255 - qRed(img.pixel(px, py)); };
        // The horizontal line twice: 1 - 0.5^2 = 75 % ink on its row.
        for (int px = 15; px < 185; px += 17)
            QVERIFY2(std::abs(darkness(image, px, 20) - 191) <= 6, qPrintable(QString::number(darkness(image, px, 20))));
        // The vertical line once (50 %) along its whole length, across the band border.
        for (int py = 8; py < 93; ++py) {
            if (py >= 19 && py <= 21)
                continue;
            QVERIFY2(std::abs(darkness(image, 60, py) - 128) <= 6,
                     qPrintable(u"row %1: %2"_s.arg(py).arg(darkness(image, 60, py))));
        }
        // The diagonal passes (140, 60); pixels away from every line stay white.
        QVERIFY(darkness(image, 140, 60) > 40);
        for (const QPoint p : {QPoint(30, 60), QPoint(150, 40), QPoint(5, 5), QPoint(195, 95), QPoint(60, 99)})
            QCOMPARE(darkness(image, p.x(), p.y()), 0);
        // Threads change nothing.
        if (threads == 2) {
            const auto single = [&] {
                QImage img(200, 100, QImage::Format_ARGB32_Premultiplied);
                img.fill(Qt::white);
                QPainter painter(&img);
                const auto target = RasterTarget::from(painter, QRectF(img.rect()));
                painter.end();
                drawDensityLines(*target, sources, targets, x, y,
                                 std::vector<DensityBatch>{{twice, qRgb(0, 0, 0), 0.5}, {once, qRgb(0, 0, 0), 0.5}}, 1);
                return img;
            }();
            QCOMPARE(image, single);
        }
        // Two colours: each line keeps its own, the crossing mixes.
        const QImage colours = render({{twice, qRgb(255, 0, 0), 0.9}, {once, qRgb(0, 0, 255), 0.9}});
        const QRgb onRed = colours.pixel(120, 20), onBlue = colours.pixel(60, 70);
        QVERIFY2(qRed(onRed) > 200 && qBlue(onRed) < 60, qPrintable(QString::number(onRed, 16)));
        QVERIFY2(qBlue(onBlue) > 200 && qRed(onBlue) < 60, qPrintable(QString::number(onBlue, 16)));
    }

    // Tall pictures are drawn in several bands per thread, so that the
    // buffers stay bounded: a line through all of them shows no seam, and
    // one thread or two give the same picture.
    void densityRasteriserBandsShowNoSeam()
    {
        // 400 x 4000 with two colours: four bands of the 8 MB bound.
        const int width = 400, height = 4000;
        const std::vector<float> x = {200.5f, 200.5f, 10.5f, 390.5f};
        const std::vector<float> y = {2.5f, height - 2.5f, 10.5f, 30.5f};
        const std::vector<quint32> sources = {0, 2};
        const std::vector<quint32> targets = {1, 3};
        const std::vector<quint32> vertical = {0}, across = {1};
        auto render = [&](int threads) {
            QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            const auto target = RasterTarget::from(painter, QRectF(image.rect()));
            painter.end();
            if (!target)
                return QImage();
            drawDensityLines(*target, sources, targets, x, y,
                             std::vector<DensityBatch>{{vertical, qRgb(255, 0, 0), 0.5},
                                                       {across, qRgb(0, 0, 255), 0.5}},
                             threads);
            return image;
        };
        const QImage one = render(1);
        QVERIFY(!one.isNull());
        for (int py = 40; py < height - 5; ++py) {
            const QRgb p = one.pixel(200, py);
            QVERIFY2(qRed(p) == 255 && std::abs(qGreen(p) - 128) <= 6,
                     qPrintable(u"row %1: %2"_s.arg(py).arg(p, 0, 16)));
        }
        QCOMPARE(render(2), one);
    }

    // Edge picking: the hierarchical grid finds the same nearest edge as a
    // scan of all edges, for short and long edges, at any tolerance.
    void edgeIndexMatchesBruteForce_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("empty") << 0 << 0 << 5.0;
        QTest::addRow("one edge") << 2 << 1 << 5.0;
        QTest::addRow("300 nodes, local and long edges") << 300 << 900 << 4.0;
        QTest::addRow("2000 nodes, wide tolerance") << 2000 << 6000 << 30.0;
        QTest::addRow("2000 nodes, thin tolerance") << 2000 << 6000 << 0.5;
    }
    void edgeIndexMatchesBruteForce()
    {
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(double, tolerance);
        QRandomGenerator rng(nodes * 31 + edges);
        GraphBuilder b;
        for (int i = 0; i < nodes; ++i)
            b.addNode({.id = QString::number(i)});
        for (int e = 0; e < edges; ++e) {
            const NodeIndex s = rng.bounded(quint32(nodes));
            // Mostly neighbours by number (short edges once placed), some random (long).
            NodeIndex t = (e % 5 == 0) ? rng.bounded(quint32(nodes)) : NodeIndex((s + 1 + rng.bounded(3u)) % quint32(nodes));
            b.addEdge(s, t, {});
        }
        const RelationshipGraph g = b.build();
        NodePositions p(g.nodeCount());
        for (qsizetype i = 0; i < g.nodeCount(); ++i)
            p.set(i, QPointF(std::fmod(i * 7.0, 1000.0) + rng.generateDouble() * 20, (i / 140) * 70.0 + rng.generateDouble() * 20));
        if (nodes > 10)
            p.y[5] = std::nan("");   // its edges are not pickable
        EdgeSpatialIndex index;
        index.build(g, p);
        const auto sources = g.edgeSources(), targets = g.edgeTargets();
        int found = 0;
        for (int q = 0; q < 400; ++q) {
            QPointF point(rng.generateDouble() * 1100 - 50, rng.generateDouble() * 1100 - 50);
            if (q % 2 == 0 && g.edgeCount() > 0) {   // on or near an edge
                const EdgeIndex e = rng.bounded(quint32(g.edgeCount()));
                const double u = rng.generateDouble();
                point = p.at(sources[e]) * (1 - u) + p.at(targets[e]) * u + QPointF(rng.generateDouble() - 0.5, 0);
            }
            const bool skipOdd = q % 3 == 0;   // the predicate filters too
            auto accept = [&](EdgeIndex e) { return !skipOdd || e % 2 == 0; };
            std::optional<EdgeIndex> want;
            double bestD2 = tolerance * tolerance;
            for (qsizetype e = 0; e < g.edgeCount(); ++e) {
                const NodeIndex s = sources[e], t = targets[e];
                if (s == t || !accept(EdgeIndex(e)))
                    continue;
                const QPointF a = p.at(s), d = p.at(t) - a;
                if (!std::isfinite(a.x() + a.y() + d.x() + d.y()))
                    continue;
                const double len2 = d.x() * d.x() + d.y() * d.y();
                const double u = len2 > 0 ? std::clamp(QPointF::dotProduct(point - a, d) / len2, 0.0, 1.0) : 0.0;
                const QPointF r = a + d * u - point;
                const double d2 = r.x() * r.x() + r.y() * r.y();
                if (d2 < bestD2 || (d2 == bestD2 && want && EdgeIndex(e) > *want) || (d2 == bestD2 && !want)) {
                    bestD2 = d2;
                    want = EdgeIndex(e);
                }
            }
            const auto got = index.nearest(point, tolerance, accept);
            if (got != want)
                qWarning() << q << point << (got ? int(*got) : -1) << (want ? int(*want) : -1) << bestD2
                           << (got ? QLineF(p.at(sources[*got]), p.at(targets[*got])) : QLineF())
                           << (want ? QLineF(p.at(sources[*want]), p.at(targets[*want])) : QLineF());
            QCOMPARE(got, want);
            found += got.has_value();
        }
        if (edges > 100)
            QVERIFY(found > 100);   // the test exercises hits, not only misses
    }

    void rendersSummitToPngSvgAndPdf()
    {
        const auto graph = loadSummit();
        if (!graph)
            QSKIP("the summit dataset is not in this checkout");
        auto engine = createLayoutEngine(u"force"_s);
        QVERIFY(engine);
        LayoutProgress progress;
        LayoutInput input{*graph, NodePositions(graph->nodeCount()), 1, {}};
        const NodePositions positions = engine->run(input, progress);

        for (bool dark : {false, true}) {
            GraphStyle style;
            style.colorColumn = NodeColumn::Kind;
            style.colorColumn = NodeColumn::Country;
            style.darkPalette = dark;
            GraphRenderer renderer;
            renderer.setGraph(*graph, style);
            renderer.setUnit(GraphRenderer::naturalUnit(*graph, positions));
            QImage image(1400, 900, QImage::Format_ARGB32_Premultiplied);
            const QTransform t = GraphRenderer::fitTransform(renderer.sceneBounds(positions), image.rect(), 60);
            std::vector<quint8> selected(graph->nodeCount(), 0);
            selected[1] = 1;
            NodePositions pinned = positions;
            pinned.pinned[2] = 1;
            {
                QPainter painter(&image);
                RenderState state;
                state.positions = &pinned;
                state.selectedNodes = selected;
                renderer.paint(painter, t, image.rect(), state);
            }
            QVERIFY(image.save(snapshotDir() + (dark ? u"/summit-dark.png"_s : u"/summit-light.png"_s)));
            // Every node is drawn: its centre is not the background.
            const QColor bg = renderer.appearance().palette.background;
            for (qsizetype i = 0; i < graph->nodeCount(); ++i)
                QVERIFY(image.pixelColor(t.map(positions.at(i)).toPoint()) != bg);
        }

        // Vector output: one shape per node and every label as real text.
        GraphRenderer renderer;
        renderer.setGraph(*graph, GraphStyle());
        renderer.setUnit(GraphRenderer::naturalUnit(*graph, positions));
        const QString svgPath = snapshotDir() + u"/summit.svg"_s;
        {
            QSvgGenerator svg;
            svg.setFileName(svgPath);
            svg.setSize(QSize(1400, 900));
            svg.setViewBox(QRect(0, 0, 1400, 900));
            QPainter painter(&svg);
            RenderState state;
            state.positions = &positions;
            RenderOptions options;
            options.allLabels = true;
            renderer.paint(painter, GraphRenderer::fitTransform(renderer.sceneBounds(positions),
                                                                QRectF(0, 0, 1400, 900), 60),
                           QRectF(0, 0, 1400, 900), state, options);
        }
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        int images = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == u"text")
                    texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                else if (xml.name() == u"image")
                    ++images;
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(images, 0);
        QStringList labels;
        for (qsizetype i = 0; i < graph->nodeCount(); ++i)
            labels << graph->nodeDisplayLabel(NodeIndex(i));
        const QString mismatch = labelTextMismatch(texts, labels);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        const QString pdfPath = snapshotDir() + u"/summit.pdf"_s;
        {
            QPdfWriter pdf(pdfPath);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageOrientation(QPageLayout::Landscape);
            pdf.setResolution(144);
            QPainter painter(&pdf);
            const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
            RenderState state;
            state.positions = &positions;
            renderer.paint(painter, GraphRenderer::fitTransform(renderer.sceneBounds(positions), page, 40),
                           page, state);
        }
        QVERIFY(QFileInfo(pdfPath).size() > 1000);
    }

    void hairlinesAndEdgeSamplingDrawOnImages()
    {
        // A star of 2000 long edges: drawn through the hairline fast path on a
        // QImage; with a small pixel budget only a stable part of them.
        GraphBuilder b;
        const NodeIndex hub = *b.addNode({.id = u"hub"_s});
        for (int i = 0; i < 2000; ++i) {
            const NodeIndex n = *b.addNode({.id = u"n%1"_s.arg(i)});
            b.addEdge(hub, n, {});
        }
        const RelationshipGraph g = b.build();
        NodePositions p(g.nodeCount());
        p.set(0, {0, 0});
        for (int i = 1; i < g.nodeCount(); ++i) {
            const double a = 2 * M_PI * i / 2000.0;
            p.set(i, {1000 * std::cos(a), 1000 * std::sin(a)});
        }
        GraphStyle style;
        style.showLabels = false;
        GraphRenderer renderer;
        renderer.setGraph(g, style);
        renderer.setUnit(1.0);
        const QRectF rect(0, 0, 400, 400);
        const QTransform t = GraphRenderer::fitTransform(renderer.sceneBounds(p), rect, 10);
        RenderState state;
        state.positions = &p;
        auto render = [&](double budget, QImage &image) {
            image = QImage(400, 400, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            RenderOptions options;
            options.edgePixelBudget = budget;
            renderer.paint(painter, t, rect, state, options);
            return renderer.lastStats();
        };
        QImage full, sampled, again;
        const RenderStats fullStats = render(0, full);
        QCOMPARE(fullStats.edges, 2000);
        QCOMPARE(fullStats.sampled, 1.0);
        const QColor bg = renderer.appearance().palette.background;
        // Halfway along the edge to the node at angle 0 (only that edge passes there).
        const QPoint mid = t.map(QPointF(500, 0)).toPoint();
        QVERIFY(full.pixelColor(mid) != bg || full.pixelColor(mid + QPoint(0, 1)) != bg);
        const RenderStats sampledStats = render(2e4, sampled);
        QVERIFY(sampledStats.sampled < 0.5);
        // The subset is stable from frame to frame, and still draws edges.
        render(2e4, again);
        QCOMPARE(again, sampled);
        QVERIFY(sampled != full);
        int inked = 0;
        for (int x = 0; x < 400; x += 2)
            inked += sampled.pixelColor(x, 100) != bg;
        QVERIFY(inked > 3);
    }

    // Long names go on two or three lines of balanced width (the window
    // shortens only names beyond 96 characters); short ones and single words
    // stay on one line.
    void longLabelsWrap_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("lines");
        QTest::addRow("short") << u"SAP"_s << 1;
        QTest::addRow("30 characters") << u"Mediterranean Energy Platform!"_s << 1;
        QTest::addRow("one long word") << u"Donaudampfschifffahrtsgesellschaftskapitän"_s << 1;
        QTest::addRow("45 characters") << u"Franco-German Digital Sovereignty Summit 2025"_s << 2;
        QTest::addRow("60 characters") << u"Pan-European infrastructure for biological superintelligence"_s << 2;
        QTest::addRow("70 characters") << u"Pan-European infrastructure for biological and artificial intelligence"_s << 3;
        QTest::addRow("120 characters, shortened")
            << u"The European Alliance for Industrial Data, Edge and Cloud, with its working groups on sovereignty and interoperability"_s
            << 3;
    }

    void longLabelsWrap()
    {
        QFETCH(QString, label);
        QFETCH(int, lines);
        GraphBuilder b;
        b.addNode({.id = u"a"_s, .label = label});
        b.addNode({.id = u"b"_s, .label = u"B"_s});
        const RelationshipGraph g = b.build();
        GraphRenderer renderer;
        renderer.setGraph(g, GraphStyle());
        const QSizeF oneLine = renderer.labelSize(1);   // "B": one line's height
        const QSizeF size = renderer.labelSize(0);
        const double lineSpacing = QFontMetricsF(QFont()).lineSpacing();
        QVERIFY2(qAbs(size.height() - oneLine.height() - (lines - 1) * lineSpacing) < lineSpacing / 2,
                 qPrintable(u"%1 high, one line %2"_s.arg(size.height()).arg(oneLine.height())));
        if (lines > 1) {   // narrower than the name on one line, by about the number of lines
            const double full = QFontMetricsF(QFont()).horizontalAdvance(label);
            QVERIFY2(size.width() < full / lines * 1.4, qPrintable(QString::number(size.width())));
        }
    }

    void labelsAreThinnedWhereTheyDoNotFit()
    {
        // Many nodes in a small image: labels are thinned out by the occupancy grid.
        GraphBuilder b;
        for (int i = 0; i < 400; ++i)
            b.addNode({.id = u"node-with-a-long-name-%1"_s.arg(i)});
        const RelationshipGraph g = b.build();
        const NodePositions p = randomPositions(400, 9, 100);
        GraphRenderer renderer;
        renderer.setGraph(g, GraphStyle());
        renderer.setUnit(0.5);
        const QString svgPath = snapshotDir() + u"/crowded.svg"_s;
        {
            QSvgGenerator svg;
            svg.setFileName(svgPath);
            svg.setSize(QSize(400, 300));
            QPainter painter(&svg);
            RenderState state;
            state.positions = &p;
            renderer.paint(painter, GraphRenderer::fitTransform(renderer.sceneBounds(p), QRectF(0, 0, 400, 300)),
                           QRectF(0, 0, 400, 300), state);
        }
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const int labels = int(data.count("node-with-a-long-name-"));
        QVERIFY2(labels > 3 && labels < 60, qPrintable(QString::number(labels)));
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
