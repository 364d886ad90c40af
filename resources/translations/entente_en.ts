<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>entente::AnalysisPanel</name>
        <message numerus="yes">
            <source>%n node(s), %1 component(s), %2 communities (modularity %3).</source>
            <translation>
                <numerusform>%n node, %1 component(s), %2 communities (modularity %3).</numerusform>
                <numerusform>%n nodes, %1 component(s), %2 communities (modularity %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Path %1 of %2%3: %n step(s)</source>
            <translation>
                <numerusform>Path %1 of %2%3: %n step</numerusform>
                <numerusform>Path %1 of %2%3: %n steps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::CsvReader</name>
        <message numerus="yes">
            <source>more than %n columns</source>
            <translation>
                <numerusform>more than %n column</numerusform>
                <numerusform>more than %n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n nodes</source>
            <translation>
                <numerusform>more than %n node</numerusform>
                <numerusform>more than %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n edges</source>
            <translation>
                <numerusform>more than %n edge</numerusform>
                <numerusform>more than %n edges</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::DetailsPanel</name>
        <message numerus="yes">
            <source>%n node(s) selected</source>
            <translation>
                <numerusform>%n node selected</numerusform>
                <numerusform>%n nodes selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::DotReader</name>
        <message numerus="yes">
            <source>HTML label nested deeper than %n levels</source>
            <translation>
                <numerusform>HTML label nested deeper than %n level</numerusform>
                <numerusform>HTML label nested deeper than %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>subgraphs nested deeper than %n levels</source>
            <translation>
                <numerusform>subgraphs nested deeper than %n level</numerusform>
                <numerusform>subgraphs nested deeper than %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n edges</source>
            <translation>
                <numerusform>more than %n edge</numerusform>
                <numerusform>more than %n edges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n nodes</source>
            <translation>
                <numerusform>more than %n node</numerusform>
                <numerusform>more than %n nodes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::FilterPanel</name>
        <message numerus="yes">
            <source> (%n kept as neighbours)</source>
            <translation>
                <numerusform> (%n kept as a neighbour)</numerusform>
                <numerusform> (%n kept as neighbours)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::GexfReader</name>
        <message numerus="yes">
            <source>more than %n attributes on one element</source>
            <translation>
                <numerusform>more than %n attribute on one element</numerusform>
                <numerusform>more than %n attributes on one element</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>nodes nested deeper than %n levels</source>
            <translation>
                <numerusform>nodes nested deeper than %n level</numerusform>
                <numerusform>nodes nested deeper than %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n nodes</source>
            <translation>
                <numerusform>more than %n node</numerusform>
                <numerusform>more than %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n edges</source>
            <translation>
                <numerusform>more than %n edge</numerusform>
                <numerusform>more than %n edges</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::GraphmlReader</name>
        <message numerus="yes">
            <source>more than %n attributes on one element</source>
            <translation>
                <numerusform>more than %n attribute on one element</numerusform>
                <numerusform>more than %n attributes on one element</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n nodes</source>
            <translation>
                <numerusform>more than %n node</numerusform>
                <numerusform>more than %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>graphs nested deeper than %n levels</source>
            <translation>
                <numerusform>graphs nested deeper than %n level</numerusform>
                <numerusform>graphs nested deeper than %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n edges</source>
            <translation>
                <numerusform>more than %n edge</numerusform>
                <numerusform>more than %n edges</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::ImageExport</name>
        <message numerus="yes">
            <source>%n nodes</source>
            <translation>
                <numerusform>%n node</numerusform>
                <numerusform>%n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edges</source>
            <translation>
                <numerusform>%n edge</numerusform>
                <numerusform>%n edges</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::JsonReader</name>
        <message numerus="yes">
            <source>the file holds %n graphs; only the first is loaded</source>
            <translation>
                <numerusform>the file holds %n graph; only the first is loaded</numerusform>
                <numerusform>the file holds %n graphs; only the first is loaded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n attributes</source>
            <translation>
                <numerusform>more than %n attribute</numerusform>
                <numerusform>more than %n attributes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n nodes</source>
            <translation>
                <numerusform>more than %n node</numerusform>
                <numerusform>more than %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n edges</source>
            <translation>
                <numerusform>more than %n edge</numerusform>
                <numerusform>more than %n edges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>too many errors; stopped after %n</source>
            <translation>
                <numerusform>too many errors; stopped after %n</numerusform>
                <numerusform>too many errors; stopped after %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more warnings not shown</source>
            <translation>
                <numerusform>%n more warning not shown</numerusform>
                <numerusform>%n more warnings not shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>nesting too deep (more than %n levels)</source>
            <translation>
                <numerusform>nesting too deep (more than %n level)</numerusform>
                <numerusform>nesting too deep (more than %n levels)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::MainWindow</name>
        <message numerus="yes">
            <source>Opened %1 with %n warning(s); the first: %2</source>
            <translation>
                <numerusform>Opened %1 with %n warning; the first: %2</numerusform>
                <numerusform>Opened %1 with %n warnings; the first: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; the open document is unchanged.</source>
            <translation>
                <numerusform>%n problem found; the open document is unchanged.</numerusform>
                <numerusform>%n problems found; the open document is unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) selected</source>
            <translation>
                <numerusform>%n node selected</numerusform>
                <numerusform>%n nodes selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>entente::XmlReader</name>
        <message numerus="yes">
            <source>elements nested deeper than %n levels</source>
            <translation>
                <numerusform>elements nested deeper than %n level</numerusform>
                <numerusform>elements nested deeper than %n levels</numerusform>
            </translation>
        </message>
    </context>
</TS>
