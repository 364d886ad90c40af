#!/usr/bin/env python3
"""Fills the German and French catalogues from the tables below, and writes the
English catalogue of plural forms (entente_en.ts) from the German one's
messages with a count.

Run after `cmake --build build --target update_translations` (lupdate): every
message without a translation gets the one written here, by source text (or by
context and source text where the same English word needs different words).
Messages this script does not know are reported and left unfinished, so that
tst_translations fails until someone translates them.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NB = "\u00a0"  # French puts a no-break space before : ; ? !

# source -> (German, French). Numerus messages: ((de singular, de plural), (fr, fr)).
T = {
    # --- command line ---------------------------------------------------------
    "With --export, print LAYOUT_SECONDS=<s>: the layout's own time, without reading and writing.":
    ('Mit --export LAYOUT_SECONDS=<s> ausgeben: die Zeit des Layouts allein, ohne Lesen und Schreiben.',
     'Avec --export, affiche LAYOUT_SECONDS=<s>' + NB + ': le temps de la disposition seule, sans lecture ni écriture.'),
    'Write one CSV row per node (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) to OUT.csv ("-": standard output). With --filter, on the nodes the filter shows.':
    ('Schreibt eine CSV-Zeile je Knoten (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) nach OUT.csv („-“: Standardausgabe). Mit --filter für die Knoten, die der Filter zeigt.',
     'Écrit une ligne CSV par nœud (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) dans OUT.csv («' + NB + '-' + NB + '»' + NB + ': sortie standard). Avec --filter, pour les nœuds que le filtre affiche.'),
    'Estimate betweenness from K source nodes (0: exact). Default: exact up to 20000 nodes, else 1000.':
    ('Schätzt die Betweenness aus K Startknoten (0: exakt). Standard: exakt bis 20000 Knoten, sonst 1000.',
     'Estime l’intermédiarité à partir de K nœuds sources (0' + NB + ': exacte). Par défaut' + NB + ': exacte jusqu’à 20000 nœuds, sinon 1000.'),
    'Print the shortest path(s) from node FROM to node TO, one id per line, paths separated by a blank line (direction ignored). Exit 1 when there is none.':
    ('Gibt den oder die kürzesten Pfade vom Knoten FROM zum Knoten TO aus, eine ID je Zeile, Pfade durch eine Leerzeile getrennt (Richtung wird ignoriert). Endet mit 1, wenn es keinen gibt.',
     'Affiche le ou les plus courts chemins du nœud FROM au nœud TO, un identifiant par ligne, les chemins séparés par une ligne vide (sens ignoré). Termine avec 1 s’il n’y en a aucun.'),
    'Entente: explore relationship graphs of companies, alliances and partnerships.\nWithout FILE, the bundled dataset (Franco-German Digital Sovereignty Summit 2025) is used. With a command such as --info, no window opens.':
    ('Entente: Beziehungsgraphen von Unternehmen, Allianzen und Partnerschaften erkunden.\nOhne FILE wird der mitgelieferte Datensatz (Deutsch-Französischer Gipfel zur digitalen Souveränität 2025) verwendet. Mit einem Befehl wie --info öffnet sich kein Fenster.',
     'Entente' + NB + ': explorer les graphes de relations entre entreprises, alliances et partenariats.\nSans FILE, le jeu de données fourni (Sommet franco-allemand sur la souveraineté numérique 2025) est utilisé. Avec une commande comme --info, aucune fenêtre ne s’ouvre.'),
    'Graph file to open (.entente.json, .json, ...).':
    ('Zu öffnende Graphdatei (.entente.json, .json, …).',
     'Fichier de graphe à ouvrir (.entente.json, .json, …).'),
    'Keep only what the filter expression EXPR shows, for --info and the exports, e.g. \'country:DE,FR -relation:supplier since:2025-01-01 "black forest"\'. Facets: country, sector, kind, relation, the file\'s own, community (Louvain, default seed) and component; -facet:v negates; since:/until:/date: dates; degree:N..M; words search labels and ids; show:neighbours, hide:isolated.':
    ('Behält für --info und die Exporte nur, was der Filterausdruck EXPR zeigt, z. B. \'country:DE,FR -relation:supplier since:2025-01-01 "black forest"\'. Facetten: country, sector, kind, relation, die der Datei, community (Louvain, Standard-Startwert) und component; -facet:v verneint; since:/until:/date: Datumsangaben; degree:N..M; Wörter durchsuchen Beschriftungen und IDs; show:neighbours, hide:isolated.',
     'Ne garde que ce que montre l’expression de filtre EXPR, pour --info et les exports, p. ex. \'country:DE,FR -relation:supplier since:2025-01-01 "black forest"\'. Facettes' + NB + ': country, sector, kind, relation, celles du fichier, community (Louvain, graine par défaut) et component' + NB + '; -facet:v exclut' + NB + '; since:/until:/date: dates' + NB + '; degree:N..M' + NB + '; les mots cherchent dans les libellés et identifiants' + NB + '; show:neighbours, hide:isolated.'),
    'Print a JSON summary of the graph (nodes, edges, components, dialect, counts per kind, country, sector and relation) and exit.':
    ('Gibt eine JSON-Zusammenfassung des Graphen aus (Knoten, Kanten, Komponenten, Dialekt, Anzahlen je Art, Land, Branche und Beziehung) und beendet sich.',
     'Affiche un résumé JSON du graphe (nœuds, arêtes, composantes, dialecte, effectifs par type, pays, secteur et relation) puis quitte.'),
    'Write the graph to OUT; the format follows the extension (repeatable).':
    ('Schreibt den Graphen nach OUT; das Format ergibt sich aus der Endung (wiederholbar).',
     'Écrit le graphe dans OUT' + NB + '; le format suit l’extension (répétable).'),
    'Seed of the layout (default 1): the same seed gives the same positions.':
    ('Startwert des Layouts (Standard 1): derselbe Startwert ergibt dieselben Positionen.',
     'Graine de la disposition (par défaut 1)' + NB + ': la même graine donne les mêmes positions.'),
    'Layout engine for the export: force (default), or a Graphviz engine.':
    ('Layout-Verfahren für den Export: force (Standard) oder ein Graphviz-Verfahren.',
     'Moteur de disposition pour l’export' + NB + ': force (par défaut) ou un moteur Graphviz.'),

    # --- main window form ----------------------------------------------------
    'Entente': ('Entente', 'Entente'),
    '&File': ('&Datei', '&Fichier'),
    'Open &Recent': ('&Zuletzt geöffnet', 'Fichiers &récents'),
    '&Export': ('&Exportieren', '&Exporter'),
    '&Edit': ('&Bearbeiten', 'É&dition'),
    '&View': ('&Ansicht', 'Affic&hage'),
    '&Colour By': ('&Färben nach', '&Colorer par'),
    '&Panels': ('&Bereiche', '&Panneaux'),
    '&Layout': ('&Layout', 'Dis&position'),
    '&Help': ('&Hilfe', '&Aide'),
    'Main Toolbar': ('Hauptwerkzeugleiste', 'Barre d’outils principale'),
    'Filters': ('Filter', 'Filtres'),
    'Legend': ('Legende', 'Légende'),
    'Details': ('Details', 'Détails'),
    'Overview': ('Übersicht', 'Vue d’ensemble'),
    '&Open…': ('Ö&ffnen…', '&Ouvrir…'),
    'Open a graph file': ('Eine Graphdatei öffnen', 'Ouvrir un fichier de graphe'),
    '&Save': ('&Speichern', '&Enregistrer'),
    'Save the graph with the current positions': ('Den Graphen mit den aktuellen Positionen speichern', 'Enregistrer le graphe avec les positions actuelles'),
    'Save &As…': ('Speichern &unter…', 'Enregistrer &sous…'),
    '&Quit': ('&Beenden', '&Quitter'),
    '&Find…': ('&Suchen…', '&Rechercher…'),
    'Find a node by label or id': ('Einen Knoten nach Beschriftung oder ID suchen', 'Rechercher un nœud par libellé ou identifiant'),
    'Select &All': ('&Alles auswählen', '&Tout sélectionner'),
    'Select &Neighbours': ('&Nachbarn auswählen', 'Sélectionner les &voisins'),
    'Add the neighbours of the selected nodes to the selection': ('Die Nachbarn der ausgewählten Knoten zur Auswahl hinzufügen', 'Ajouter les voisins des nœuds sélectionnés à la sélection'),
    '&Clear Selection': ('Auswahl &aufheben', '&Effacer la sélection'),
    'Fit &All': ('&Alles einpassen', '&Tout afficher'),
    'Fit': ('Einpassen', 'Ajuster'),
    'Show the whole graph (Ctrl+0)': ('Den ganzen Graphen zeigen (Strg+0)', 'Afficher tout le graphe (Ctrl+0)'),
    'Fit &Selection': ('Auswahl &einpassen', 'Afficher la &sélection'),
    'Show the selected nodes (Ctrl+9)': ('Die ausgewählten Knoten zeigen (Strg+9)', 'Afficher les nœuds sélectionnés (Ctrl+9)'),
    'Zoom &In': ('Ver&größern', 'Zoom &avant'),
    'Zoom &Out': ('Ver&kleinern', 'Zoom a&rrière'),
    'Show &Labels': ('&Beschriftungen zeigen', 'Afficher les &libellés'),
    'Labels': ('Beschriftungen', 'Libellés'),
    'Show or hide the node labels': ('Die Knotenbeschriftungen zeigen oder ausblenden', 'Afficher ou masquer les libellés des nœuds'),
    '&Sector': ('&Branche', '&Secteur'),
    '&Country': ('&Land', '&Pays'),
    '&Kind': ('&Art', '&Type'),
    'Show &Hidden Nodes': ('Ausgeblendete &Knoten zeigen', 'Afficher les nœuds &masqués'),
    '&Run Layout': ('Layout &starten', '&Lancer la disposition'),
    'Run': ('Starten', 'Lancer'),
    'Run or pause the force-directed layout (Space)': ('Das kräftebasierte Layout starten oder anhalten (Leertaste)', 'Lancer ou suspendre la disposition par forces (Espace)'),
    'Re&start Layout': ('Layout &neu beginnen', '&Recommencer la disposition'),
    'Restart': ('Neu beginnen', 'Recommencer'),
    'Lay the graph out again from scratch; pinned nodes stay': ('Den Graphen von Grund auf neu anordnen; fixierte Knoten bleiben', 'Redisposer le graphe depuis le début' + NB + '; les nœuds épinglés restent'),
    'Reset &Pins': ('&Fixierungen lösen', '&Désépingler tout'),
    'Unpin All': ('Alle lösen', 'Tout désépingler'),
    'Unpin every node so that the layout moves it again': ('Alle Knoten lösen, damit das Layout sie wieder bewegt', 'Désépingler tous les nœuds pour que la disposition les déplace de nouveau'),
    '&About Entente': ('&Über Entente', '&À propos d’Entente'),

    # --- settings dialog form ----------------------------------------------
    'Preferences': ('Einstellungen', 'Préférences'),
    'Appearance': ('Darstellung', 'Apparence'),
    '&Language:': ('&Sprache:', '&Langue' + NB + ':'),
    'Language': ('Sprache', 'Langue'),
    'A new language applies when Entente is started again.': ('Eine neue Sprache gilt ab dem nächsten Start von Entente.', 'Une nouvelle langue s’applique au prochain démarrage d’Entente.'),
    '&Palette:': ('&Farbschema:', '&Palette' + NB + ':'),
    'Palette': ('Farbschema', 'Palette'),
    'Label &size:': ('Beschriftungs&größe:', '&Taille des libellés' + NB + ':'),
    'Label size': ('Beschriftungsgröße', 'Taille des libellés'),
    ' %': (' %', NB + '%'),
    '&Animate zooming and focusing': ('Zoomen und Fokussieren &animieren', '&Animer le zoom et le centrage'),
    'Animation': ('Animation', 'Animation'),
    'Layout': ('Layout', 'Disposition'),
    'Default &engine:': ('Standard-&Verfahren:', '&Moteur par défaut' + NB + ':'),
    'Default layout engine': ('Standard-Layoutverfahren', 'Moteur de disposition par défaut'),
    'Image export': ('Bildexport', 'Export d’images'),
    '&Background:': ('&Hintergrund:', '&Fond' + NB + ':'),
    'Export background': ('Exporthintergrund', 'Fond de l’export'),
    'S&cale:': ('&Maßstab:', 'É&chelle' + NB + ':'),
    'Export scale': ('Exportmaßstab', 'Échelle de l’export'),
    'Include the le&gend': ('&Legende einfügen', 'Inclure la lé&gende'),
    'Export legend': ('Legende im Export', 'Légende dans l’export'),
    'Include a ca&ption': ('&Bildunterschrift einfügen', 'Inclure une lé&gende de titre'),
    'Export caption': ('Bildunterschrift im Export', 'Titre dans l’export'),

    # --- analysis panel -----------------------------------------------------
    'What the filter shows': ('Was der Filter zeigt', 'Ce que le filtre affiche'),
    'Whole graph': ('Ganzer Graph', 'Graphe entier'),
    '&Scope:': ('&Umfang:', '&Portée' + NB + ':'),
    'exact': ('exakt', 'exacte'),
    'Betweenness from this many sampled source nodes (faster on large graphs, with a stated error bound); "exact" uses all nodes.':
    ('Betweenness aus so vielen zufällig gewählten Startknoten (schneller bei großen Graphen, mit angegebener Fehlerschranke); „exakt“ verwendet alle Knoten.',
     'Intermédiarité calculée à partir de ce nombre de nœuds sources tirés au hasard (plus rapide sur les grands graphes, avec une borne d’erreur indiquée)' + NB + '; «' + NB + 'exacte' + NB + '» utilise tous les nœuds.'),
    '&Betweenness samples:': ('&Betweenness-Stichprobe:', '&Échantillon d’intermédiarité' + NB + ':'),
    '&Compute': ('&Berechnen', '&Calculer'),
    'Cancel': ('Abbrechen', 'Annuler'),
    'Path': ('Pfad', 'Chemin'),
    'entity id or name': ('ID oder Name der Entität', 'identifiant ou nom de l’entité'),
    'Fewest steps': ('Wenigste Schritte', 'Moins d’étapes'),
    'Largest volumes': ('Größte Volumen', 'Plus gros volumes'),
    'Most recent relations': ('Neueste Beziehungen', 'Relations les plus récentes'),
    'Find &path': ('&Pfad suchen', 'Trouver un &chemin'),
    '&From:': ('&Von:', '&De' + NB + ':'),
    '&To:': ('&Nach:', '&À' + NB + ':'),
    '&Weight:': ('&Gewichtung:', '&Pondération' + NB + ':'),
    'depth ': ('Tiefe ', 'profondeur '),
    '&Ego network of selection': ('&Ego-Netzwerk der Auswahl', 'Réseau &ego de la sélection'),
    'Computing…': ('Wird berechnet…', 'Calcul en cours…'),
    'Cancelled.': ('Abgebrochen.', 'Annulé.'),
    '%n node(s), %1 component(s), %2 communities (modularity %3).':
    (('%n Knoten, %1 Komponente(n), %2 Gemeinschaften (Modularität %3).', '%n Knoten, %1 Komponente(n), %2 Gemeinschaften (Modularität %3).'),
     ('%n nœud, %1 composante(s), %2 communautés (modularité %3).', '%n nœuds, %1 composante(s), %2 communautés (modularité %3).')),
    'Betweenness sampled: within ±%1 of the exact value for every node with probability 0.9.':
    ('Betweenness aus Stichprobe: für jeden Knoten mit Wahrscheinlichkeit 0,9 höchstens ±%1 vom exakten Wert entfernt.',
     'Intermédiarité échantillonnée' + NB + ': à ±%1 de la valeur exacte pour chaque nœud avec une probabilité de 0,9.'),
    'No entity "%1".': ('Keine Entität „%1“.', 'Aucune entité «' + NB + '%1' + NB + '».'),
    'No path between %1 and %2.': ('Kein Pfad zwischen %1 und %2.', 'Aucun chemin entre %1 et %2.'),
    'The entity is hidden by the filter.': ('Die Entität ist durch den Filter ausgeblendet.', 'L’entité est masquée par le filtre.'),
    '%n step(s)': (('%n Schritt', '%n Schritte'), ('%n étape', '%n étapes')),
    'Path %1 of %2%3: %n step(s)': (('Pfad %1 von %2%3: %n Schritt', 'Pfad %1 von %2%3: %n Schritte'),
                                    ('Chemin %1 sur %2%3' + NB + ': %n étape', 'Chemin %1 sur %2%3' + NB + ': %n étapes')),

    # --- details panel ------------------------------------------------------
    '€%1 billion': ('%1 Mrd. €', '%1' + NB + 'Md€'),
    '€%1 million': ('%1 Mio. €', '%1' + NB + 'M€'),
    'No graph is open.': ('Kein Graph geöffnet.', 'Aucun graphe n’est ouvert.'),
    'Graph': ('Graph', 'Graphe'),
    'Nodes': ('Knoten', 'Nœuds'),
    'Edges': ('Kanten', 'Arêtes'),
    'Components': ('Komponenten', 'Composantes'),
    'Edges are': ('Kanten sind', 'Les arêtes sont'),
    'directed': ('gerichtet', 'orientées'),
    'undirected': ('ungerichtet', 'non orientées'),
    'Click a node or an edge to see its details.': ('Klicken Sie auf einen Knoten oder eine Kante, um Details zu sehen.', 'Cliquez sur un nœud ou une arête pour en voir les détails.'),
    'Sources': ('Quellen', 'Sources'),
    'Id': ('ID', 'Identifiant'),
    'Label': ('Beschriftung', 'Libellé'),
    'Kind': ('Art', 'Type'),
    'Country': ('Land', 'Pays'),
    'Countries': ('Länder', 'Pays'),
    'Sector': ('Branche', 'Secteur'),
    'Sectors': ('Branchen', 'Secteurs'),
    'Date': ('Datum', 'Date'),
    'End date': ('Enddatum', 'Date de fin'),
    'Volume': ('Volumen', 'Volume'),
    'Degree': ('Grad', 'Degré'),
    'Relations (%1)': ('Beziehungen (%1)', 'Relations (%1)'),
    'None.': ('Keine.', 'Aucune.'),
    '… and %1 more': ('… und %1 weitere', '… et %1 de plus'),
    'relation': ('Beziehung', 'relation'),
    'From': ('Von', 'De'),
    'Between': ('Zwischen', 'Entre'),
    'To': ('Nach', 'À'),
    'And': ('Und', 'Et'),
    'Relation': ('Beziehung', 'Relation'),
    'Quote': ('Zitat', 'Citation'),
    '%n node(s) selected': (('%n Knoten ausgewählt', '%n Knoten ausgewählt'), ('%n nœud sélectionné', '%n nœuds sélectionnés')),

    # --- filter panel -------------------------------------------------------
    'Counts are edges between shown nodes': ('Anzahlen sind Kanten zwischen gezeigten Knoten', 'Les effectifs sont les arêtes entre nœuds affichés'),
    'Counts are nodes that would show with the value, given the other filters': ('Anzahlen sind Knoten, die mit diesem Wert bei den übrigen Filtern gezeigt würden', 'Les effectifs sont les nœuds qui seraient affichés avec cette valeur, compte tenu des autres filtres'),
    'Exclude': ('Ausschließen', 'Exclure'),
    'Show what has none of the checked values': ('Zeigen, was keinen der angehakten Werte hat', 'Afficher ce qui n’a aucune des valeurs cochées'),
    'Search %1…': ('%1 durchsuchen…', 'Rechercher dans %1…'),
    '%1 (%2 checked)': ('%1 (%2 angehakt)', '%1 (%2 cochées)'),
    'Filter: country:DE,FR -relation:supplier "black forest"': ('Filter: country:DE,FR -relation:supplier "black forest"', 'Filtre' + NB + ': country:DE,FR -relation:supplier "black forest"'),
    '<p>Type a filter; it applies as you type.</p><p><b>facet:a,b</b> any of the values (facets: country, sector, kind, relation and the file\'s own, such as group)<br><b>-facet:a</b> none of them<br><b>since:2025-01-01 until:2025-12</b> or <b>date:2025</b> a date range<br><b>degree:3..</b> or <b>degree:2..10</b> a degree range<br>words and <b>"quoted phrases"</b> search labels and ids, ignoring case and accents<br><b>show:neighbours</b>, <b>hide:isolated</b> the options below</p>':
    ('<p>Geben Sie einen Filter ein; er wirkt schon beim Tippen.</p><p><b>facet:a,b</b> einer der Werte (Facetten: country, sector, kind, relation und die der Datei, etwa group)<br><b>-facet:a</b> keiner davon<br><b>since:2025-01-01 until:2025-12</b> oder <b>date:2025</b> ein Zeitraum<br><b>degree:3..</b> oder <b>degree:2..10</b> ein Gradbereich<br>Wörter und <b>"Phrasen in Anführungszeichen"</b> durchsuchen Beschriftungen und IDs, ohne Rücksicht auf Groß- und Kleinschreibung und Akzente<br><b>show:neighbours</b>, <b>hide:isolated</b> die Optionen unten</p>',
     '<p>Saisissez un filtre' + NB + '; il s’applique pendant la frappe.</p><p><b>facet:a,b</b> l’une des valeurs (facettes' + NB + ': country, sector, kind, relation et celles du fichier, comme group)<br><b>-facet:a</b> aucune d’elles<br><b>since:2025-01-01 until:2025-12</b> ou <b>date:2025</b> une période<br><b>degree:3..</b> ou <b>degree:2..10</b> un intervalle de degré<br>les mots et les <b>"expressions entre guillemets"</b> cherchent dans les libellés et identifiants, sans tenir compte de la casse ni des accents<br><b>show:neighbours</b>, <b>hide:isolated</b> les options ci-dessous</p>'),
    'Clear all': ('Alle zurücksetzen', 'Tout effacer'),
    'Keep neighbours of matches (faded)': ('Nachbarn der Treffer behalten (abgeblendet)', 'Garder les voisins des résultats (estompés)'),
    'Hide nodes left without edges': ('Knoten ohne verbleibende Kanten ausblenden', 'Masquer les nœuds restés sans arêtes'),
    'Dim filtered-out nodes instead of hiding them': ('Herausgefilterte Knoten abblenden statt ausblenden', 'Estomper les nœuds filtrés au lieu de les masquer'),
    'Dated': ('Datiert', 'Daté'),
    'Relations dated in the range, and the entities they join or whose own dates fall in it': ('Beziehungen mit Datum im Zeitraum und die Entitäten, die sie verbinden oder deren eigenes Datum hineinfällt', 'Relations datées dans la période, et les entités qu’elles relient ou dont les dates propres y tombent'),
    'to': ('bis', 'à'),
    'Column %1: %2': ('Spalte %1: %2', 'Colonne %1' + NB + ': %2'),
    '%1 of %2 nodes, %3 of %4 edges': ('%1 von %2 Knoten, %3 von %4 Kanten', '%1 nœuds sur %2, %3 arêtes sur %4'),
    ' (%n kept as neighbours)': ((' (%n als Nachbar behalten)', ' (%n als Nachbarn behalten)'), (' (%n gardé comme voisin)', ' (%n gardés comme voisins)')),

    # --- legend -------------------------------------------------------------
    'Colour: %1': ('Farbe: %1', 'Couleur' + NB + ': %1'),
    'Colour': ('Farbe', 'Couleur'),
    'Shape: Kind': ('Form: Art', 'Forme' + NB + ': type'),
    'Edges: Relation': ('Kanten: Beziehung', 'Arêtes' + NB + ': relation'),
    '(none)': ('(keine)', '(aucune)'),

    # --- main window code ---------------------------------------------------
    'cannot open the file': ('die Datei kann nicht geöffnet werden', 'impossible d’ouvrir le fichier'),
    'Find node…  (Ctrl+F)': ('Knoten suchen…  (Strg+F)', 'Rechercher un nœud…  (Ctrl+F)'),
    'Loading %1…': ('%1 wird geladen…', 'Chargement de %1…'),
    'Opened %1 with %n warning(s); the first: %2': (('%1 mit %n Warnung geöffnet; die erste: %2', '%1 mit %n Warnungen geöffnet; die erste: %2'),
                                                     ('%1 ouvert avec %n avertissement' + NB + '; le premier' + NB + ': %2', '%1 ouvert avec %n avertissements' + NB + '; le premier' + NB + ': %2')),
    'the file could not be read': ('die Datei konnte nicht gelesen werden', 'le fichier n’a pas pu être lu'),
    'line %1, column %2: ': ('Zeile %1, Spalte %2: ', 'ligne %1, colonne %2' + NB + ': '),
    'line %1: ': ('Zeile %1: ', 'ligne %1' + NB + ': '),
    'Cannot Open File': ('Datei kann nicht geöffnet werden', 'Impossible d’ouvrir le fichier'),
    'Cannot open %1: %2%3': ('%1 kann nicht geöffnet werden: %2%3', 'Impossible d’ouvrir %1' + NB + ': %2%3'),
    '%n problem(s) found; the open document is unchanged.': (('%n Problem gefunden; das geöffnete Dokument bleibt unverändert.', '%n Probleme gefunden; das geöffnete Dokument bleibt unverändert.'),
                                                             ('%n problème trouvé' + NB + '; le document ouvert est inchangé.', '%n problèmes trouvés' + NB + '; le document ouvert est inchangé.')),
    'The open document is unchanged.': ('Das geöffnete Dokument bleibt unverändert.', 'Le document ouvert est inchangé.'),
    'Unsaved Changes': ('Ungespeicherte Änderungen', 'Modifications non enregistrées'),
    'The positions in “%1” have changed.': ('Die Positionen in „%1“ haben sich geändert.', 'Les positions dans «' + NB + '%1' + NB + '» ont changé.'),
    'Do you want to save them?': ('Möchten Sie sie speichern?', 'Voulez-vous les enregistrer' + NB + '?'),
    'Open Graph': ('Graph öffnen', 'Ouvrir un graphe'),
    'Graph files (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Entente graphs (*.entente.json);;All files (*)':
    ('Graphdateien (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Entente-Graphen (*.entente.json);;Alle Dateien (*)',
     'Fichiers de graphe (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Graphes Entente (*.entente.json);;Tous les fichiers (*)'),
    'Save Graph': ('Graph speichern', 'Enregistrer le graphe'),
    'Entente graphs (*.entente.json *.json)': ('Entente-Graphen (*.entente.json *.json)', 'Graphes Entente (*.entente.json *.json)'),
    'Cannot Save File': ('Datei kann nicht gespeichert werden', 'Impossible d’enregistrer le fichier'),
    'Cannot save %1: %2': ('%1 kann nicht gespeichert werden: %2', 'Impossible d’enregistrer %1' + NB + ': %2'),
    'Saved %1': ('%1 gespeichert', '%1 enregistré'),
    'Clear List': ('Liste leeren', 'Effacer la liste'),
    'No graph': ('Kein Graph', 'Aucun graphe'),
    '%1 nodes · %2 edges': ('%1 Knoten · %2 Kanten', '%1 nœuds · %2 arêtes'),
    '&Pause Layout': ('Layout &anhalten', '&Suspendre la disposition'),
    'Pause': ('Anhalten', 'Suspendre'),
    'Layout running': ('Layout läuft', 'Disposition en cours'),
    'Layout converged': ('Layout konvergiert', 'Disposition stabilisée'),
    'Layout paused': ('Layout angehalten', 'Disposition suspendue'),
    'Selected: %1': ('Ausgewählt: %1', 'Sélection' + NB + ': %1'),
    'Selected: %1 — %2': ('Ausgewählt: %1 — %2', 'Sélection' + NB + ': %1 — %2'),
    'No node matches “%1”': ('Kein Knoten passt zu „%1“', 'Aucun nœud ne correspond à «' + NB + '%1' + NB + '»'),
    'Unpin': ('Lösen', 'Désépingler'),
    'Pin': ('Fixieren', 'Épingler'),
    'Select Neighbours': ('Nachbarn auswählen', 'Sélectionner les voisins'),
    'Focus': ('Fokussieren', 'Centrer'),
    'Hide': ('Ausblenden', 'Masquer'),
    '&Preferences…': ('&Einstellungen…', '&Préférences…'),
    'About Entente': ('Über Entente', 'À propos d’Entente'),
    '<h3>Entente %1</h3><p>An explorer for relationship graphs: companies, alliances, initiatives, institutions and the partnerships between them.</p><p>Ships with the partnerships announced at the Franco-German Summit on European Digital Sovereignty (Berlin, 18 November 2025).</p><p>Copyright © 2026 The Entente developers. Free software under the MIT licence.</p>':
    ('<h3>Entente %1</h3><p>Ein Explorer für Beziehungsgraphen: Unternehmen, Allianzen, Initiativen, Institutionen und die Partnerschaften zwischen ihnen.</p><p>Enthält die Partnerschaften, die auf dem Deutsch-Französischen Gipfel zur europäischen digitalen Souveränität (Berlin, 18. November 2025) angekündigt wurden.</p><p>Copyright © 2026 The Entente developers. Freie Software unter der MIT-Lizenz.</p>',
     '<h3>Entente %1</h3><p>Un explorateur de graphes de relations' + NB + ': entreprises, alliances, initiatives, institutions et les partenariats qui les lient.</p><p>Fourni avec les partenariats annoncés au Sommet franco-allemand sur la souveraineté numérique européenne (Berlin, 18 novembre 2025).</p><p>Copyright © 2026 The Entente developers. Logiciel libre sous licence MIT.</p>'),
    'Stop the work in progress': ('Die laufende Arbeit beenden', 'Arrêter le travail en cours'),
    'Cancel the work in progress': ('Laufende Arbeit abbrechen', 'Annuler le travail en cours'),
    'Loading cancelled; the open document is unchanged.': ('Laden abgebrochen; das geöffnete Dokument bleibt unverändert.', 'Chargement annulé' + NB + '; le document ouvert est inchangé.'),
    'Layout cancelled.': ('Layout abgebrochen.', 'Disposition annulée.'),
    'The relationship graph. Find (Ctrl+F) reaches a node by its name.': ('Der Beziehungsgraph. Suchen (Strg+F) erreicht einen Knoten über seinen Namen.', 'Le graphe des relations. Rechercher (Ctrl+F) atteint un nœud par son nom.'),
    'Details of the selection': ('Details der Auswahl', 'Détails de la sélection'),
    'Find node': ('Knoten suchen', 'Rechercher un nœud'),
    'Image size in pixels (default 1600x1200; PDF: an A4 landscape page).': ('Bildgröße in Pixeln (Standard 1600x1200; PDF: eine A4-Seite im Querformat).', 'Taille de l’image en pixels (par défaut 1600x1200' + NB + '; PDF' + NB + ': une page A4 paysage).'),
    'PNG scale factor: multiplies the size, line widths and fonts (default 1).': ('PNG-Skalierungsfaktor: vervielfacht Größe, Linienbreiten und Schriften (Standard 1).', 'Facteur d’échelle PNG' + NB + ': multiplie la taille, l’épaisseur des traits et les polices (par défaut 1).'),
    'Colour nodes by kind, country, sector (default), date, or none.': ('Knoten nach Art, Land, Branche (Standard), Datum oder gar nicht färben.', 'Colorer les nœuds par type, pays, secteur (par défaut), date, ou pas du tout.'),
    'Draw the legend in exported images.': ('Die Legende in exportierte Bilder zeichnen.', 'Dessiner la légende dans les images exportées.'),
    'Draw a caption (title, filter, sources, date) in exported images.': ('Eine Bildunterschrift (Titel, Filter, Quellen, Datum) in exportierte Bilder zeichnen.', 'Dessiner une légende de titre (titre, filtre, sources, date) dans les images exportées.'),
    'Image background: a colour (#rrggbb, a name) or transparent.': ('Bildhintergrund: eine Farbe (#rrggbb, ein Name) oder transparent.', 'Fond de l’image' + NB + ': une couleur (#rrggbb, un nom) ou transparent.'),
    'Analysis': ('Analyse', 'Analyse'),
    'Size By': ('Größe nach', 'Taille selon'),
    'Path from Here': ('Pfad von hier', 'Chemin depuis ici'),
    'Path to Here': ('Pfad hierher', 'Chemin jusqu’ici'),
    'Ego Network': ('Ego-Netzwerk', 'Réseau ego'),
    'Depth %1': ('Tiefe %1', 'Profondeur %1'),
    'Force-directed (live)': ('Kräftebasiert (live)', 'Par forces (en direct)'),
    'Hierarchical (Graphviz dot)': ('Hierarchisch (Graphviz dot)', 'Hiérarchique (Graphviz dot)'),
    'Stress majorisation (Graphviz neato)': ('Stress-Majorisierung (Graphviz neato)', 'Majorisation du stress (Graphviz neato)'),
    'Spring model with clusters (Graphviz fdp)': ('Federmodell mit Clustern (Graphviz fdp)', 'Modèle à ressorts avec groupes (Graphviz fdp)'),
    'Multilevel force (Graphviz sfdp)': ('Mehrstufig kräftebasiert (Graphviz sfdp)', 'Forces multiniveaux (Graphviz sfdp)'),
    'Circular (Graphviz circo)': ('Kreisförmig (Graphviz circo)', 'Circulaire (Graphviz circo)'),
    'Radial (Graphviz twopi)': ('Radial (Graphviz twopi)', 'Radiale (Graphviz twopi)'),
    '&Engine': ('&Verfahren', '&Moteur'),
    'Libraries used (versions at run time):': ('Verwendete Bibliotheken (Versionen zur Laufzeit):', 'Bibliothèques utilisées (versions à l’exécution)' + NB + ':'),

    # --- analysis table -----------------------------------------------------
    'Betweenness': ('Betweenness', 'Intermédiarité'),
    'Closeness': ('Closeness', 'Proximité'),
    'PageRank': ('PageRank', 'PageRank'),
    'Eigenvector': ('Eigenvektor', 'Vecteur propre'),
    'Component': ('Komponente', 'Composante'),
    'Community': ('Gemeinschaft', 'Communauté'),
    'Core': ('Kern', 'Cœur'),

    # --- overview, settings dialog code -----------------------------------
    'Overview: click or drag to move the view': ('Übersicht: klicken oder ziehen, um die Ansicht zu verschieben', 'Vue d’ensemble' + NB + ': cliquez ou faites glisser pour déplacer la vue'),
    'System language': ('Systemsprache', 'Langue du système'),
    'System': ('System', 'Système'),
    'Light': ('Hell', 'Clair'),
    'Dark': ('Dunkel', 'Sombre'),
    'force (live)': ('force (live)', 'force (en direct)'),
    'White': ('Weiß', 'Blanc'),
    'Transparent': ('Transparent', 'Transparent'),
    'Window colours': ('Fensterfarben', 'Couleurs de la fenêtre'),
    '%1×': ('%1×', '%1×'),

    # --- readers, limits, filter expression, layout, export, save errors ------
    # Quoted tokens ("nodes", ids, keys) stay in ASCII quotes: they are what the
    # file says, and users search their file for them.
    'row %1: the quoted field is not closed': ('Zeile %1: Das Feld in Anführungszeichen wird nicht geschlossen', 'ligne %1' + NB + ': le champ entre guillemets n’est pas fermé'),
    'row %1: unexpected text after a closing quote': ('Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen', 'ligne %1' + NB + ': texte inattendu après un guillemet fermant'),
    'row %1 has more than %2 fields': ('Zeile %1 hat mehr als %2 Felder', 'la ligne %1 a plus de %2 champs'),
    'row %1: a field is longer than %2 bytes': ('Zeile %1: Ein Feld ist länger als %2 Bytes', 'ligne %1' + NB + ': un champ dépasse %2 octets'),
    'the file has no header row': ('die Datei hat keine Kopfzeile', 'le fichier n’a pas de ligne d’en-tête'),
    'the header names neither source and target columns (an edges file) nor an id column (a nodes file); it has %1':
    ('die Kopfzeile nennt weder Spalten source und target (eine Kantendatei) noch eine Spalte id (eine Knotendatei); sie hat %1',
     'l’en-tête ne nomme ni colonnes source et target (fichier d’arêtes) ni colonne id (fichier de nœuds)' + NB + '; il contient %1'),
    'more than %n columns': (('mehr als %n Spalte', 'mehr als %n Spalten'), ('plus de %n colonne', 'plus de %n colonnes')),
    'row %1 has %2 fields, the header has %3': ('Zeile %1 hat %2 Felder, die Kopfzeile hat %3', 'la ligne %1 a %2 champs, l’en-tête en a %3'),
    'row %1: the id is empty': ('Zeile %1: Die ID ist leer', 'ligne %1' + NB + ': l’identifiant est vide'),
    'more than %n nodes': (('mehr als %n Knoten', 'mehr als %n Knoten'), ('plus de %n nœud', 'plus de %n nœuds')),
    'row %1, column "%2": the source is empty': ('Zeile %1, Spalte "%2": Die Quelle ist leer', 'ligne %1, colonne "%2"' + NB + ': la source est vide'),
    'row %1, column "%2": the target is empty': ('Zeile %1, Spalte "%2": Das Ziel ist leer', 'ligne %1, colonne "%2"' + NB + ': la cible est vide'),
    'more than %n edges': (('mehr als %n Kante', 'mehr als %n Kanten'), ('plus de %n arête', 'plus de %n arêtes')),
    'file is larger than %1 bytes': ('die Datei ist größer als %1 Bytes', 'le fichier dépasse %1 octets'),
    'a nodes file needs an id column and no source or target': ('eine Knotendatei braucht eine Spalte id und keine Spalten source oder target', 'un fichier de nœuds demande une colonne id et ni source ni target'),
    'an edges file needs source and target columns': ('eine Kantendatei braucht die Spalten source und target', 'un fichier d’arêtes demande les colonnes source et target'),
    'cannot open: %1': ('kann nicht geöffnet werden: %1', 'ouverture impossible' + NB + ': %1'),
    'warning: ': ('Warnung: ', 'avertissement' + NB + ': '),
    'a token is longer than %1 bytes': ('ein Token ist länger als %1 Bytes', 'un lexème dépasse %1 octets'),
    'the file contains a NUL byte': ('die Datei enthält ein NUL-Byte', 'le fichier contient un octet NUL'),
    'HTML label nested deeper than %n levels': (('HTML-Beschriftung tiefer als %n Ebene verschachtelt', 'HTML-Beschriftung tiefer als %n Ebenen verschachtelt'), ('libellé HTML imbriqué sur plus de %n niveau', 'libellé HTML imbriqué sur plus de %n niveaux')),
    'subgraphs nested deeper than %n levels': (('Teilgraphen tiefer als %n Ebene verschachtelt', 'Teilgraphen tiefer als %n Ebenen verschachtelt'), ('sous-graphes imbriqués sur plus de %n niveau', 'sous-graphes imbriqués sur plus de %n niveaux')),
    'no graph in the file': ('kein Graph in der Datei', 'aucun graphe dans le fichier'),

    'unterminated quote': ('nicht geschlossenes Anführungszeichen', 'guillemet non fermé'),
    '"-" must be followed by a facet or a word': ('auf "-" muss eine Facette oder ein Wort folgen', '"-" doit être suivi d’une facette ou d’un mot'),
    'unexpected quote inside a word': ('unerwartetes Anführungszeichen in einem Wort', 'guillemet inattendu dans un mot'),
    'missing facet name before ":"': ('Facettenname vor ":" fehlt', 'nom de facette manquant avant ":"'),
    'expected a space after the closing quote': ('nach dem schließenden Anführungszeichen wird ein Leerzeichen erwartet', 'une espace est attendue après le guillemet fermant'),
    'empty value list after "%1:"': ('leere Werteliste nach "%1:"', 'liste de valeurs vide après "%1:"'),
    'empty value after ","': ('leerer Wert nach ","', 'valeur vide après ","'),
    'unexpected quote inside a value': ('unerwartetes Anführungszeichen in einem Wert', 'guillemet inattendu dans une valeur'),
    'expected "," or a space after the value': ('nach dem Wert wird "," oder ein Leerzeichen erwartet', '"," ou une espace attendu après la valeur'),
    'unexpected "," in a facet name': ('unerwartetes "," in einem Facettennamen', '"," inattendue dans un nom de facette'),
    'a facet name cannot start with "-"': ('ein Facettenname kann nicht mit "-" beginnen', 'un nom de facette ne peut pas commencer par "-"'),
    '"-" cannot be used with %1': ('"-" kann nicht mit %1 verwendet werden', '"-" ne peut pas s’utiliser avec %1'),
    '%1 takes one value': ('%1 nimmt einen Wert', '%1 prend une seule valeur'),
    'empty date range ".."': ('leerer Datumsbereich ".."', 'plage de dates vide ".."'),
    'degree given twice': ('degree zweimal angegeben', 'degree donné deux fois'),
    'unknown value %1 for show (expected "neighbours")': ('unbekannter Wert %1 für show (erwartet: "neighbours")', 'valeur %1 inconnue pour show (attendu' + NB + ': "neighbours")'),
    'unknown value %1 for hide (expected "isolated")': ('unbekannter Wert %1 für hide (erwartet: "isolated")', 'valeur %1 inconnue pour hide (attendu' + NB + ': "isolated")'),
    'unknown facet %1 (did you mean %2?)': ('unbekannte Facette %1 (meinten Sie %2?)', 'facette %1 inconnue (vouliez-vous dire %2' + NB + '?)'),
    'unknown facet %1 (facets: %2)': ('unbekannte Facette %1 (Facetten: %2)', 'facette %1 inconnue (facettes' + NB + ': %2)'),
    '%1 given twice (list the values in one term: %1:A,B)': ('%1 zweimal angegeben (die Werte in einem Ausdruck aufzählen: %1:A,B)', '%1 donné deux fois (énumérez les valeurs en un seul terme' + NB + ': %1:A,B)'),
    'unknown %1 %2 (did you mean %3?)': ('unbekannter Wert %2 für %1 (meinten Sie %3?)', 'valeur %2 inconnue pour %1 (vouliez-vous dire %3' + NB + '?)'),
    'unknown %1 %2 (the graph has no %1 values)': ('unbekannter Wert %2 für %1 (der Graph hat keine Werte für %1)', 'valeur %2 inconnue pour %1 (le graphe n’a aucune valeur pour %1)'),
    'unknown %1 %2': ('unbekannter Wert %2 für %1', 'valeur %2 inconnue pour %1'),
    'bad date %1 (expected YYYY, YYYY-MM or YYYY-MM-DD)': ('ungültiges Datum %1 (erwartet: YYYY, YYYY-MM oder YYYY-MM-DD)', 'date %1 invalide (attendu' + NB + ': YYYY, YYYY-MM ou YYYY-MM-DD)'),
    'start date given twice': ('Anfangsdatum zweimal angegeben', 'date de début donnée deux fois'),
    'start date is after the end date': ('das Anfangsdatum liegt nach dem Enddatum', 'la date de début est postérieure à la date de fin'),
    'end date given twice': ('Enddatum zweimal angegeben', 'date de fin donnée deux fois'),
    'end date is before the start date': ('das Enddatum liegt vor dem Anfangsdatum', 'la date de fin est antérieure à la date de début'),
    'bad degree range %1 (expected N, N.., ..M or N..M)': ('ungültiger Gradbereich %1 (erwartet: N, N.., ..M oder N..M)', 'plage de degrés %1 invalide (attendu' + NB + ': N, N.., ..M ou N..M)'),
    'empty degree range %1': ('leerer Gradbereich %1', 'plage de degrés %1 vide'),

    'a string': ('eine Zeichenkette', 'une chaîne'),
    'an integer': ('eine ganze Zahl', 'un entier'),
    'a number': ('eine Zahl', 'un nombre'),
    'a boolean': ('ein Wahrheitswert', 'un booléen'),
    'an int': ('ein int', 'un int'),
    'a long': ('ein long', 'un long'),
    'a float': ('ein float', 'un float'),
    'a double': ('ein double', 'un double'),
    'dynamic attributes and spells are not supported; ignored': ('dynamische Attribute und Spells werden nicht unterstützt; ignoriert', 'les attributs dynamiques et les spells ne sont pas pris en charge' + NB + '; ignorés'),
    'not a GEXF file: the root element is <%1>, not <gexf>': ('keine GEXF-Datei: Das Wurzelelement ist <%1>, nicht <gexf>', 'pas un fichier GEXF' + NB + ': l’élément racine est <%1>, pas <gexf>'),
    'the <gexf> element holds no <graph>': ('das Element <gexf> enthält kein <graph>', 'l’élément <gexf> ne contient pas de <graph>'),
    '<attribute> without an id': ('<attribute> ohne id', '<attribute> sans id'),
    'more than %n attributes on one element': (('mehr als %n Attribut an einem Element', 'mehr als %n Attribute an einem Element'), ('plus de %n attribut sur un élément', 'plus de %n attributs sur un élément')),
    'viz:position without numeric x and y; ignored': ('viz:position ohne numerische x und y; ignoriert', 'viz:position sans x et y numériques' + NB + '; ignoré'),
    'viz:color without numeric r, g and b; ignored': ('viz:color ohne numerische r, g und b; ignoriert', 'viz:color sans r, g et b numériques' + NB + '; ignoré'),
    'nodes nested deeper than %n levels': (('Knoten tiefer als %n Ebene verschachtelt', 'Knoten tiefer als %n Ebenen verschachtelt'), ('nœuds imbriqués sur plus de %n niveau', 'nœuds imbriqués sur plus de %n niveaux')),
    '<node> without an id': ('<node> ohne id', '<node> sans id'),
    '<edge> needs both source and target': ('<edge> braucht source und target', '<edge> demande source et target'),
    '%1 files (%2)': ('%1-Dateien (%2)', 'Fichiers %1 (%2)'),
    'Graph files (%1)': ('Graphdateien (%1)', 'Fichiers de graphe (%1)'),
    'All files (*)': ('Alle Dateien (*)', 'Tous les fichiers (*)'),
    'no such file': ('Datei nicht gefunden', 'fichier introuvable'),
    'is a directory, not a file': ('ist ein Verzeichnis, keine Datei', 'est un dossier, pas un fichier'),
    'cannot open the file: %1': ('die Datei kann nicht geöffnet werden: %1', 'impossible d’ouvrir le fichier' + NB + ': %1'),
    'file is too large (%1; the limit is %2)': ('die Datei ist zu groß (%1; die Grenze ist %2)', 'le fichier est trop volumineux (%1' + NB + '; la limite est %2)'),
    'cannot read the file: %1': ('die Datei kann nicht gelesen werden: %1', 'impossible de lire le fichier' + NB + ': %1'),
    'file is too large (the limit is %1)': ('die Datei ist zu groß (die Grenze ist %1)', 'le fichier est trop volumineux (la limite est %1)'),
    'file is empty': ('die Datei ist leer', 'le fichier est vide'),
    'unknown file format; known endings: %1': ('unbekanntes Dateiformat; bekannte Endungen: %1', 'format de fichier inconnu' + NB + '; extensions connues' + NB + ': %1'),
    'Other': ('Sonstige', 'Autres'),
    '(no value)': ('(kein Wert)', '(aucune valeur)'),
    'Node': ('Knoten', 'Nœud'),
    '(no kind)': ('(keine Art)', '(aucun type)'),
    '(no relation)': ('(keine Beziehung)', '(aucune relation)'),
    'not a GraphML file: the root element is <%1>, not <graphml>': ('keine GraphML-Datei: Das Wurzelelement ist <%1>, nicht <graphml>', 'pas un fichier GraphML' + NB + ': l’élément racine est <%1>, pas <graphml>'),
    'the <graphml> element holds no <graph>': ('das Element <graphml> enthält kein <graph>', 'l’élément <graphml> ne contient pas de <graph>'),
    '<key> without an id': ('<key> ohne id', '<key> sans id'),
    'hyperedges are not supported; ignored': ('Hyperkanten werden nicht unterstützt; ignoriert', 'les hyperarêtes ne sont pas prises en charge' + NB + '; ignorées'),
    'graphs nested deeper than %n levels': (('Graphen tiefer als %n Ebene verschachtelt', 'Graphen tiefer als %n Ebenen verschachtelt'), ('graphes imbriqués sur plus de %n niveau', 'graphes imbriqués sur plus de %n niveaux')),
    'unknown Graphviz engine "%1"': ('unbekanntes Graphviz-Verfahren "%1"', 'moteur Graphviz "%1" inconnu'),
    'Graphviz could not be initialised': ('Graphviz konnte nicht initialisiert werden', 'Graphviz n’a pas pu être initialisé'),
    'Graphviz %1 failed': ('Graphviz %1 ist fehlgeschlagen', 'Graphviz %1 a échoué'),
    'image size %1 x %2 is out of range (1..65535 pixels a side)': ('Bildgröße %1 × %2 liegt außerhalb des Bereichs (1..65535 Pixel je Seite)', 'taille d’image %1 × %2 hors limites (1..65535 pixels par côté)'),
    'cannot write: %1': ('kann nicht geschrieben werden: %1', 'écriture impossible' + NB + ': %1'),
    'out of memory for a band of %1 x %2 pixels': ('nicht genug Speicher für einen Streifen von %1 × %2 Pixeln', 'mémoire insuffisante pour une bande de %1 × %2 pixels'),
    'cannot start the PNG encoder': ('der PNG-Encoder kann nicht gestartet werden', 'impossible de démarrer l’encodeur PNG'),
    'PNG encoder error': ('Fehler des PNG-Encoders', 'erreur de l’encodeur PNG'),
    'empty image size': ('leere Bildgröße', 'taille d’image vide'),
    'cannot start the PDF writer': ('die PDF-Ausgabe kann nicht gestartet werden', 'impossible de démarrer l’écriture PDF'),
    '%n nodes': (('%n Knoten', '%n Knoten'), ('%n nœud', '%n nœuds')),
    '%n edges': (('%n Kante', '%n Kanten'), ('%n arête', '%n arêtes')),
    'Filter: %1': ('Filter: %1', 'Filtre' + NB + ': %1'),
    'Sources: %1': ('Quellen: %1', 'Sources' + NB + ': %1'),
    'Exported %1 with Entente': ('Exportiert am %1 mit Entente', 'Exporté le %1 avec Entente'),
    'unknown image format': ('unbekanntes Bildformat', 'format d’image inconnu'),

    'an array': ('ein Array', 'un tableau'),
    'an object': ('ein Objekt', 'un objet'),
    'null': ('null', 'null'),
    'a value': ('ein Wert', 'une valeur'),
    '"%1" must be %2, not %3': ('"%1" muss %2 sein, nicht %3', '"%1" doit être %2, pas %3'),
    'string longer than %1 bytes': ('Zeichenkette länger als %1 Bytes', 'chaîne de plus de %1 octets'),
    'a string or an array of strings': ('eine Zeichenkette oder ein Array von Zeichenketten', 'une chaîne ou un tableau de chaînes'),
    '"%1" must hold only strings, not %2': ('"%1" darf nur Zeichenketten enthalten, nicht %2', '"%1" ne doit contenir que des chaînes, pas %2'),
    '%1 "%2" must be a string or a number, not %3': ('%1 "%2" muss eine Zeichenkette oder eine Zahl sein, nicht %3', '%1 "%2" doit être une chaîne ou un nombre, pas %3'),
    'not a graph: no "nodes" array': ('kein Graph: kein Array "nodes"', 'pas un graphe' + NB + ': aucun tableau "nodes"'),
    'true or false': ('true oder false', 'true ou false'),
    'a graph must be an object, not %1': ('ein Graph muss ein Objekt sein, nicht %1', 'un graphe doit être un objet, pas %1'),
    'the file holds %n graphs; only the first is loaded': (('die Datei enthält %n Graphen; nur der erste wird geladen', 'die Datei enthält %n Graphen; nur der erste wird geladen'), ('le fichier contient %n graphe' + NB + '; seul le premier est chargé', 'le fichier contient %n graphes' + NB + '; seul le premier est chargé')),
    'unknown format %1; reading it as "entente"': ('unbekanntes Format %1; wird als "entente" gelesen', 'format %1 inconnu' + NB + '; lu comme "entente"'),
    'format version %1 is newer than this program reads (1); loading it anyway': ('Formatversion %1 ist neuer, als dieses Programm liest (1); wird trotzdem geladen', 'la version de format %1 est plus récente que celle que lit ce programme (1)' + NB + '; chargement malgré tout'),
    'unknown top-level key %1 (kept as a graph attribute)': ('unbekannter Schlüssel %1 auf oberster Ebene (als Graphattribut behalten)', 'clé de premier niveau %1 inconnue (conservée comme attribut du graphe)'),
    'hyperedges are not supported; they are ignored': ('Hyperkanten werden nicht unterstützt; sie werden ignoriert', 'les hyperarêtes ne sont pas prises en charge' + NB + '; elles sont ignorées'),
    'not a graph: no "nodes"': ('kein Graph: kein "nodes"', 'pas un graphe' + NB + ': aucun "nodes"'),
    'node must be an object, not %1': ('ein Knoten muss ein Objekt sein, nicht %1', 'un nœud doit être un objet, pas %1'),
    'edge must be an object, not %1': ('eine Kante muss ein Objekt sein, nicht %1', 'une arête doit être un objet, pas %1'),
    'unknown key %1 in "elements"; ignored': ('unbekannter Schlüssel %1 in "elements"; ignoriert', 'clé %1 inconnue dans "elements"' + NB + '; ignorée'),
    'not a graph: no "nodes" in "elements"': ('kein Graph: kein "nodes" in "elements"', 'pas un graphe' + NB + ': aucun "nodes" dans "elements"'),
    'an object or an array': ('ein Objekt oder ein Array', 'un objet ou un tableau'),
    'element must be an object, not %1': ('ein Element muss ein Objekt sein, nicht %1', 'un élément doit être un objet, pas %1'),
    'node': ('Knoten', 'nœud'),
    'edge': ('Kante', 'arête'),
    'more than %n attributes': (('mehr als %n Attribut', 'mehr als %n Attribute'), ('plus de %n attribut', 'plus de %n attributs')),
    'node has no "id"': ('der Knoten hat kein "id"', 'le nœud n’a pas d’"id"'),
    'node id is empty': ('die Knoten-ID ist leer', 'l’identifiant du nœud est vide'),
    'node %1 has only one of "x" and "y"; its position is ignored': ('Knoten %1 hat nur eines von "x" und "y"; seine Position wird ignoriert', 'le nœud %1 n’a que l’un de "x" et "y"' + NB + '; sa position est ignorée'),
    'duplicate node id %1 (first defined at %2)': ('doppelte Knoten-ID %1 (zuerst definiert in %2)', 'identifiant de nœud %1 en double (défini d’abord à la %2)'),
    'a string or a number': ('eine Zeichenkette oder eine Zahl', 'une chaîne ou un nombre'),
    'edge %1 points to unknown node %2': ('Kante %1 verweist auf den unbekannten Knoten %2', 'l’arête %1 pointe vers le nœud inconnu %2'),
    'edge points to unknown node %1': ('die Kante verweist auf den unbekannten Knoten %1', 'l’arête pointe vers le nœud inconnu %1'),
    '; did you mean %1?': ('; meinten Sie %1?', NB + '; vouliez-vous dire %1' + NB + '?'),
    'edge has no "source"': ('die Kante hat kein "source"', 'l’arête n’a pas de "source"'),
    'edge has no "target"': ('die Kante hat kein "target"', 'l’arête n’a pas de "target"'),
    'self-loop on node %1': ('Schleife am Knoten %1', 'boucle sur le nœud %1'),
    'duplicate edge %1 -> %2%3': ('doppelte Kante %1 -> %2%3', 'arête %1 -> %2%3 en double'),
    'line %1, column %2': ('Zeile %1, Spalte %2', 'ligne %1, colonne %2'),
    'too many errors; stopped after %n': (('zu viele Fehler; nach %n abgebrochen', 'zu viele Fehler; nach %n abgebrochen'), ('trop d’erreurs' + NB + '; arrêt après %n', 'trop d’erreurs' + NB + '; arrêt après %n')),
    '%n more warnings not shown': (('%n weitere Warnung nicht angezeigt', '%n weitere Warnungen nicht angezeigt'), ('%n autre avertissement non affiché', '%n autres avertissements non affichés')),
    'not JSON: %1': ('kein JSON: %1', 'pas du JSON' + NB + ': %1'),
    'not a graph: the file holds a single value; expected an object with "nodes"': ('kein Graph: Die Datei enthält einen einzelnen Wert; erwartet wird ein Objekt mit "nodes"', 'pas un graphe' + NB + ': le fichier contient une valeur isolée' + NB + '; un objet avec "nodes" est attendu'),
    'not a graph: the top level is an array; expected an object with "nodes"': ('kein Graph: Die oberste Ebene ist ein Array; erwartet wird ein Objekt mit "nodes"', 'pas un graphe' + NB + ': le premier niveau est un tableau' + NB + '; un objet avec "nodes" est attendu'),
    'cannot read JSON: %1': ('JSON kann nicht gelesen werden: %1', 'lecture du JSON impossible' + NB + ': %1'),
    'unterminated string': ('nicht geschlossene Zeichenkette', 'chaîne non terminée'),
    'invalid escape sequence: \\u must be followed by four hex digits': ('ungültige Escape-Sequenz: Auf \\u müssen vier Hexadezimalziffern folgen', 'séquence d’échappement invalide' + NB + ': \\u doit être suivi de quatre chiffres hexadécimaux'),
    'invalid escape sequence "\\%1" in string': ('ungültige Escape-Sequenz "\\%1" in der Zeichenkette', 'séquence d’échappement "\\%1" invalide dans la chaîne'),
    'invalid escape sequence: backslash followed by %1': ('ungültige Escape-Sequenz: Backslash gefolgt von %1', 'séquence d’échappement invalide' + NB + ': barre oblique inverse suivie de %1'),
    'line break in string (missing closing quote?)': ('Zeilenumbruch in der Zeichenkette (fehlt das schließende Anführungszeichen?)', 'saut de ligne dans la chaîne (guillemet fermant manquant' + NB + '?)'),
    'control character U+%1 in string; write it as an escape': ('Steuerzeichen U+%1 in der Zeichenkette; als Escape-Sequenz schreiben', 'caractère de contrôle U+%1 dans la chaîne' + NB + '; écrivez-le comme séquence d’échappement'),
    'invalid UTF-8 byte 0x%1': ('ungültiges UTF-8-Byte 0x%1', 'octet UTF-8 invalide 0x%1'),
    'invalid number: leading zeros are not allowed': ('ungültige Zahl: führende Nullen sind nicht erlaubt', 'nombre invalide' + NB + ': les zéros en tête sont interdits'),
    'invalid number': ('ungültige Zahl', 'nombre invalide'),
    'invalid number: digits must follow the decimal point': ('ungültige Zahl: Auf den Dezimalpunkt müssen Ziffern folgen', 'nombre invalide' + NB + ': des chiffres doivent suivre le point décimal'),
    'invalid number: digits must follow the exponent': ('ungültige Zahl: Auf den Exponenten müssen Ziffern folgen', 'nombre invalide' + NB + ': des chiffres doivent suivre l’exposant'),
    'invalid literal; expected true, false or null': ('ungültiges Literal; erwartet: true, false oder null', 'littéral invalide' + NB + '; attendu' + NB + ': true, false ou null'),
    'unexpected end of file; expected a value': ('unerwartetes Dateiende; ein Wert wird erwartet', 'fin de fichier inattendue' + NB + '; une valeur est attendue'),
    'nesting too deep (more than %n levels)': (('zu tief verschachtelt (mehr als %n Ebene)', 'zu tief verschachtelt (mehr als %n Ebenen)'), ('imbrication trop profonde (plus de %n niveau)', 'imbrication trop profonde (plus de %n niveaux)')),
    'trailing comma before %1': ('überzähliges Komma vor %1', 'virgule superflue avant %1'),
    'unexpected %1; expected a value': ('unerwartet: %1; ein Wert wird erwartet', '%1 inattendu' + NB + '; une valeur est attendue'),
    "trailing comma before '}'": ("überzähliges Komma vor '}'", "virgule superflue avant '}'"),
    'unexpected end of file; expected a key in double quotes': ('unerwartetes Dateiende; ein Schlüssel in doppelten Anführungszeichen wird erwartet', 'fin de fichier inattendue' + NB + '; une clé entre guillemets doubles est attendue'),
    'expected a key in double quotes, found %1': ('Schlüssel in doppelten Anführungszeichen erwartet, gefunden: %1', 'clé entre guillemets doubles attendue, trouvé' + NB + ': %1'),
    "expected ':' after the key, found %1": ("':' nach dem Schlüssel erwartet, gefunden: %1", "':' attendu après la clé, trouvé" + NB + ': %1'),
    'unexpected %1 after the end of the JSON value': ('unerwartet: %1 nach dem Ende des JSON-Werts', '%1 inattendu après la fin de la valeur JSON'),
    "unexpected end of file; expected ',' or '%1'": ("unerwartetes Dateiende; ',' oder '%1' wird erwartet", "fin de fichier inattendue" + NB + "; ',' ou '%1' est attendu"),
    "trailing comma before ']'": ("überzähliges Komma vor ']'", "virgule superflue avant ']'"),
    "expected ',' or '}' after the object member, found %1": ("',' oder '}' nach dem Objekteintrag erwartet, gefunden: %1", "',' ou '}' attendu après le membre de l’objet, trouvé" + NB + ': %1'),
    "expected ',' or ']' after the array element, found %1": ("',' oder ']' nach dem Array-Element erwartet, gefunden: %1", "',' ou ']' attendu après l’élément du tableau, trouvé" + NB + ': %1'),
    'end of file': ('Dateiende', 'fin de fichier'),
    'a space': ('ein Leerzeichen', 'une espace'),
    'byte 0x%1': ('Byte 0x%1', 'octet 0x%1'),
    'cannot write the file: %1': ('die Datei kann nicht geschrieben werden: %1', 'impossible d’écrire le fichier' + NB + ': %1'),
    'cannot keep the previous version as %1; nothing was written': ('die vorige Fassung kann nicht als %1 behalten werden; nichts wurde geschrieben', 'impossible de conserver la version précédente sous %1' + NB + '; rien n’a été écrit'),
    'DOCTYPE declares entities; entity expansion is refused': ('DOCTYPE deklariert Entitäten; Entitätsexpansion wird verweigert', 'le DOCTYPE déclare des entités' + NB + '; leur expansion est refusée'),
    'XML error: %1': ('XML-Fehler: %1', 'erreur XML' + NB + ': %1'),
    'elements nested deeper than %n levels': (('Elemente tiefer als %n Ebene verschachtelt', 'Elemente tiefer als %n Ebenen verschachtelt'), ('éléments imbriqués sur plus de %n niveau', 'éléments imbriqués sur plus de %n niveaux')),
    'text longer than %1 bytes': ('Text länger als %1 Bytes', 'texte de plus de %1 octets'),

    # --- command-line errors -------------------------------------------------
    '--seed: expected a non-negative integer, got "%1"': ('--seed: erwartet eine nicht negative ganze Zahl, erhalten "%1"', '--seed' + NB + ': entier positif ou nul attendu, reçu "%1"'),
    '--export: unknown format of "%1" (known: %2)': ('--export: unbekanntes Format von "%1" (bekannt: %2)', '--export' + NB + ': format de "%1" inconnu (connus' + NB + ': %2)'),
    '--size: expected WIDTHxHEIGHT in pixels (e.g. 1600x1200), got "%1"': ('--size: erwartet BREITExHÖHE in Pixeln (z. B. 1600x1200), erhalten "%1"', '--size' + NB + ': LARGEURxHAUTEUR en pixels attendu (p. ex. 1600x1200), reçu "%1"'),
    '--scale: expected a number in (0, 32], got "%1"': ('--scale: erwartet eine Zahl in (0, 32], erhalten "%1"', '--scale' + NB + ': nombre dans ]0, 32] attendu, reçu "%1"'),
    '--color-by: unknown attribute "%1" (known: kind, country, sector, date, none)': ('--color-by: unbekanntes Attribut "%1" (bekannt: kind, country, sector, date, none)', '--color-by' + NB + ': attribut "%1" inconnu (connus' + NB + ': kind, country, sector, date, none)'),
    '--background: expected a colour (#rrggbb, a name) or "transparent", got "%1"': ('--background: erwartet eine Farbe (#rrggbb, ein Name) oder "transparent", erhalten "%1"', '--background' + NB + ': couleur (#rrggbb, un nom) ou "transparent" attendu, reçu "%1"'),
    '--layout: unknown engine "%1" (known: %2)': ('--layout: unbekanntes Verfahren "%1" (bekannt: %2)', '--layout' + NB + ': moteur "%1" inconnu (connus' + NB + ': %2)'),
    '--layout: unknown engine "%1"': ('--layout: unbekanntes Verfahren "%1"', '--layout' + NB + ': moteur "%1" inconnu'),
    '%1: cannot write: %2': ('%1: kann nicht geschrieben werden: %2', '%1' + NB + ': écriture impossible' + NB + ': %2'),
    '--betweenness-samples needs --metrics': ('--betweenness-samples braucht --metrics', '--betweenness-samples demande --metrics'),
    '--betweenness-samples needs a number of nodes (0: exact), not "%1"': ('--betweenness-samples braucht eine Knotenanzahl (0: exakt), nicht "%1"', '--betweenness-samples demande un nombre de nœuds (0' + NB + ': exact), pas "%1"'),
    'entente: betweenness estimated from %1 of %2 nodes; error at most %3 for every node with probability 0.9 (--betweenness-samples 0 for the exact values)':
    ('entente: Betweenness aus %1 von %2 Knoten geschätzt; Fehler höchstens %3 für jeden Knoten mit Wahrscheinlichkeit 0,9 (--betweenness-samples 0 für die exakten Werte)',
     'entente' + NB + ': intermédiarité estimée à partir de %1 nœuds sur %2' + NB + '; erreur d’au plus %3 pour chaque nœud avec une probabilité de 0,9 (--betweenness-samples 0 pour les valeurs exactes)'),
    '--path needs two node ids: --path FROM TO': ('--path braucht zwei Knoten-IDs: --path FROM TO', '--path demande deux identifiants de nœud' + NB + ': --path FROM TO'),
    '%1: no path between "%2" and "%3"': ('%1: kein Pfad zwischen "%2" und "%3"', '%1' + NB + ': aucun chemin entre "%2" et "%3"'),
    'entente: more than %1 shortest paths; the first %1 are shown': ('entente: mehr als %1 kürzeste Pfade; die ersten %1 werden gezeigt', 'entente' + NB + ': plus de %1 plus courts chemins' + NB + '; les %1 premiers sont affichés'),
    'the bundled dataset is missing': ('der mitgelieferte Datensatz fehlt', 'le jeu de données fourni est absent'),
    "Try 'entente --help' for more information.": ("Mit 'entente --help' erhalten Sie weitere Informationen.", "Essayez 'entente --help' pour plus d’informations."),
    '%1: cannot be loaded': ('%1: kann nicht geladen werden', '%1' + NB + ': chargement impossible'),
    'at most one FILE can be given, not %1': ('höchstens eine FILE kann angegeben werden, nicht %1', 'au plus un FILE peut être donné, pas %1'),
    'entente: this build has no window; use --info or --help': ('entente: dieser Build hat kein Fenster; --info oder --help verwenden', 'entente' + NB + ': cette version n’a pas de fenêtre' + NB + '; utilisez --info ou --help'),

    '%1: no node "%2"': ('%1: kein Knoten "%2"', '%1' + NB + ': aucun nœud "%2"'),
    '; did you mean "%1"?': ('; meinten Sie "%1"?', NB + '; vouliez-vous dire "%1"' + NB + '?'),
    'row %1, column "%2": "%3" is not a number': ('Zeile %1, Spalte "%2": "%3" ist keine Zahl', 'ligne %1, colonne "%2"' + NB + ': "%3" n’est pas un nombre'),
    'row %1: node "%2" is listed twice': ('Zeile %1: Knoten "%2" ist doppelt aufgeführt', 'ligne %1' + NB + ': le nœud "%2" figure deux fois'),
    'row %1, column "%2": node "%3" is not in %4': ('Zeile %1, Spalte "%2": Knoten "%3" steht nicht in %4', 'ligne %1, colonne "%2"' + NB + ': le nœud "%3" n’est pas dans %4'),
    'node "%1" has more than %2 attributes': ('Knoten "%1" hat mehr als %2 Attribute', 'le nœud "%1" a plus de %2 attributs'),
    'node "%1": pos "%2" is not "x,y"; ignored': ('Knoten "%1": pos "%2" ist nicht "x,y"; ignoriert', 'nœud "%1"' + NB + ': pos "%2" n’est pas "x,y"' + NB + '; ignoré'),
    'edge from "%1" to "%2"': ('Kante von "%1" nach "%2"', 'l’arête de "%1" à "%2"'),
    'edge "%1"': ('Kante "%1"', 'l’arête "%1"'),
    '%1 points to unknown node "%2"': ('%1 verweist auf den unbekannten Knoten "%2"', '%1 pointe vers le nœud inconnu "%2"'),
    'defaultedgetype must be directed, undirected or mutual, not "%1"': ('defaultedgetype muss directed, undirected oder mutual sein, nicht "%1"', 'defaultedgetype doit valoir directed, undirected ou mutual, pas "%1"'),
    'attribute "%1" is declared twice': ('Attribut "%1" ist doppelt deklariert', 'l’attribut "%1" est déclaré deux fois'),
    'default "%1" of attribute "%2" is not %3': ('Vorgabe "%1" des Attributs "%2" ist nicht %3', 'la valeur par défaut "%1" de l’attribut "%2" n’est pas %3'),
    '<attvalue> refers to undeclared attribute "%1"': ('<attvalue> verweist auf das nicht deklarierte Attribut "%1"', '<attvalue> renvoie à l’attribut non déclaré "%1"'),
    'value "%1" of attribute "%2" is not %3': ('Wert "%1" des Attributs "%2" ist nicht %3', 'la valeur "%1" de l’attribut "%2" n’est pas %3'),
    'node "%1" is declared twice': ('Knoten "%1" ist doppelt deklariert', 'le nœud "%1" est déclaré deux fois'),
    'weight "%1" is not a number': ('Gewicht "%1" ist keine Zahl', 'le poids "%1" n’est pas un nombre'),
    'key "%1" is declared twice': ('Schlüssel "%1" ist doppelt deklariert', 'la clé "%1" est déclarée deux fois'),
    'key "%1" has unknown type "%2"': ('Schlüssel "%1" hat den unbekannten Typ "%2"', 'la clé "%1" a le type inconnu "%2"'),
    'default "%1" of key "%2" is not %3': ('Vorgabe "%1" des Schlüssels "%2" ist nicht %3', 'la valeur par défaut "%1" de la clé "%2" n’est pas %3'),
    'edgedefault must be "directed" or "undirected", not "%1"': ('edgedefault muss "directed" oder "undirected" sein, nicht "%1"', 'edgedefault doit valoir "directed" ou "undirected", pas "%1"'),
    '<data> refers to undeclared key "%1"': ('<data> verweist auf den nicht deklarierten Schlüssel "%1"', '<data> renvoie à la clé non déclarée "%1"'),
    'key "%1" is not declared for this element; value kept': ('Schlüssel "%1" ist für dieses Element nicht deklariert; Wert behalten', 'la clé "%1" n’est pas déclarée pour cet élément' + NB + '; valeur conservée'),
    'value "%1" of key "%2" is not %3': ('Wert "%1" des Schlüssels "%2" ist nicht %3', 'la valeur "%1" de la clé "%2" n’est pas %3'),

    # --- autosave and recovery ----------------------------------------------
    'Documents': ('Dokumente', 'Documents'),
    'A&utosave every:': ('A&utomatisch speichern alle:', 'Enregistrement a&utomatique toutes les' + NB + ':'),
    'Autosave interval': ('Intervall der automatischen Speicherung', 'Intervalle d’enregistrement automatique'),
    "Unsaved changes are kept in the application's data folder and offered back after a crash.": ('Ungespeicherte Änderungen werden im Datenordner des Programms aufbewahrt und nach einem Absturz wieder angeboten.', 'Les modifications non enregistrées sont conservées dans le dossier de données de l’application et proposées de nouveau après un plantage.'),
    'Off': ('Aus', 'Désactivé'),
    ' min': (' min', NB + 'min'),
    'cannot write the autosave: %1': ('die automatische Sicherung kann nicht geschrieben werden: %1', 'impossible d’écrire l’enregistrement automatique' + NB + ': %1'),
    'cannot create the folder %1': ('der Ordner %1 kann nicht angelegt werden', 'impossible de créer le dossier %1'),
    'cannot lock the folder %1': ('der Ordner %1 kann nicht gesperrt werden', 'impossible de verrouiller le dossier %1'),
    'the autosave folder is not available': ('der Ordner für automatische Sicherungen ist nicht verfügbar', 'le dossier d’enregistrement automatique n’est pas disponible'),
    'Autosave failed: %1': ('Automatische Sicherung fehlgeschlagen: %1', 'Échec de l’enregistrement automatique' + NB + ': %1'),
    'Untitled': ('Unbenannt', 'Sans titre'),
    'Recovered the unsaved changes of %1': ('Die ungespeicherten Änderungen von %1 wurden wiederhergestellt', 'Les modifications non enregistrées de %1 ont été récupérées'),
    'Recover Unsaved Changes': ('Ungespeicherte Änderungen wiederherstellen', 'Récupérer les modifications non enregistrées'),
    'Entente did not close properly last time. These documents had unsaved changes that were autosaved:': ('Entente wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen, die automatisch gesichert wurden:', 'Entente ne s’est pas fermé correctement la dernière fois. Ces documents avaient des modifications non enregistrées, enregistrées automatiquement' + NB + ':'),
    'Autosaved documents': ('Automatisch gesicherte Dokumente', 'Documents enregistrés automatiquement'),
    '&Recover': ('&Wiederherstellen', '&Récupérer'),
    'Recover the selected document': ('Das ausgewählte Dokument wiederherstellen', 'Récupérer le document sélectionné'),
    '&Discard': ('&Verwerfen', '&Abandonner'),
    'Discard the selected autosave': ('Die ausgewählte automatische Sicherung verwerfen', 'Abandonner l’enregistrement automatique sélectionné'),
    '&Later': ('&Später', '&Plus tard'),
    'Decide later': ('Später entscheiden', 'Décider plus tard'),
    '%1 — autosaved %2': ('%1 — automatisch gesichert %2', '%1 — enregistré automatiquement %2'),


    # --- data export, filter dock (dates, degrees), analysis ---------------
    'Entente JSON': ('Entente-JSON', 'JSON Entente'),
    'Cytoscape JSON': ('Cytoscape-JSON', 'JSON Cytoscape'),
    'GraphML': ('GraphML', 'GraphML'),
    'GEXF': ('GEXF', 'GEXF'),
    'Graphviz DOT': ('Graphviz-DOT', 'DOT Graphviz'),
    'CSV, a nodes file and an edges file': ('CSV, eine Knoten- und eine Kantendatei', 'CSV, un fichier de nœuds et un fichier d’arêtes'),
    'Positions TSV': ('Positionen als TSV', 'Positions en TSV'),
    'unknown data format; known endings: %1': ('unbekanntes Datenformat; bekannte Endungen: %1', 'format de données inconnu' + NB + '; extensions connues' + NB + ': %1'),
    'Graphviz could not write the graph: %1': ('Graphviz konnte den Graphen nicht schreiben: %1', 'Graphviz n’a pas pu écrire le graphe' + NB + ': %1'),
    'Metrics of the nodes': ('Kennzahlen der Knoten', 'Mesures des nœuds'),
    'Ego network depth': ('Tiefe des Ego-Netzwerks', 'Profondeur du réseau ego'),
    'unknown facet %1 (compute the metrics in the Analysis dock first)': ('unbekannte Facette %1 (zuerst die Kennzahlen im Bereich Analyse berechnen)', 'facette %1 inconnue (calculez d’abord les mesures dans le panneau Analyse)'),
    'Counts are relations between shown nodes': ('Die Anzahlen sind Beziehungen zwischen gezeigten Knoten', 'Les effectifs sont les relations entre nœuds affichés'),
    '(computed by the Analysis dock)': ('(vom Bereich Analyse berechnet)', '(calculé par le panneau Analyse)'),
    'Filter expression': ('Filterausdruck', 'Expression de filtre'),
    '<p>Type a filter; it applies as you type.</p><p><b>facet:a,b</b> any of the values (facets: country, sector, kind, relation, the file\'s own such as a node\'s group or a relation\'s status, and community and component once the Analysis dock has computed them)<br><b>-facet:a</b> none of them<br><b>since:2025-01-01 until:2025-12</b> or <b>date:2025</b> a date range<br><b>degree:3..</b> or <b>degree:2..10</b> a degree range<br>words and <b>"quoted phrases"</b> search labels and ids, ignoring case and accents<br><b>show:neighbours</b>, <b>hide:isolated</b> the options below</p>':
    ('<p>Geben Sie einen Filter ein; er gilt schon beim Tippen.</p><p><b>facet:a,b</b> einer der Werte (Facetten: country, sector, kind, relation, die der Datei wie die Gruppe eines Knotens oder der Status einer Beziehung, sowie community und component, sobald der Bereich Analyse sie berechnet hat)<br><b>-facet:a</b> keiner davon<br><b>since:2025-01-01 until:2025-12</b> oder <b>date:2025</b> ein Datumsbereich<br><b>degree:3..</b> oder <b>degree:2..10</b> ein Gradbereich<br>Wörter und <b>"Ausdrücke in Anführungszeichen"</b> durchsuchen Beschriftungen und IDs, ohne Rücksicht auf Groß-/Kleinschreibung und Akzente<br><b>show:neighbours</b>, <b>hide:isolated</b> die Optionen unten</p>',
     '<p>Saisissez un filtre' + NB + '; il s’applique pendant la saisie.</p><p><b>facet:a,b</b> l’une des valeurs (facettes' + NB + ': country, sector, kind, relation, celles du fichier comme le groupe d’un nœud ou le statut d’une relation, ainsi que community et component une fois calculées par le panneau Analyse)<br><b>-facet:a</b> aucune d’elles<br><b>since:2025-01-01 until:2025-12</b> ou <b>date:2025</b> une plage de dates<br><b>degree:3..</b> ou <b>degree:2..10</b> une plage de degrés<br>les mots et les <b>"expressions entre guillemets"</b> cherchent dans les libellés et identifiants, sans tenir compte de la casse ni des accents<br><b>show:neighbours</b>, <b>hide:isolated</b> les options ci-dessous</p>'),
    'Dates': ('Zeitraum', 'Dates'),
    'Date range': ('Datumsbereich', 'Plage de dates'),
    'From date': ('Anfangsdatum', 'Date de début'),
    'To date': ('Enddatum', 'Date de fin'),
    'Relations dated in the range, and the entities they join or whose own dates fall in it. Drag the handles or use the arrow keys.': ('Beziehungen mit einem Datum im Bereich und die Einheiten, die sie verbinden oder deren eigene Daten hineinfallen. Ziehen Sie die Griffe oder nutzen Sie die Pfeiltasten.', 'Les relations datées dans la plage et les entités qu’elles relient ou dont les dates y tombent. Faites glisser les poignées ou utilisez les flèches du clavier.'),
    'Minimum degree': ('Mindestgrad', 'Degré minimal'),
    'Maximum degree': ('Höchstgrad', 'Degré maximal'),
    'Show nodes with at least this many relations': ('Knoten mit mindestens so vielen Beziehungen zeigen', 'Afficher les nœuds ayant au moins ce nombre de relations'),
    'Show nodes with at most this many relations': ('Knoten mit höchstens so vielen Beziehungen zeigen', 'Afficher les nœuds ayant au plus ce nombre de relations'),
    'Filter facets': ('Filterfacetten', 'Facettes de filtre'),
    'any (all on %1)': ('beliebig (alle am %1)', 'toutes (toutes le %1)'),
    'any (%1 to %2)': ('beliebig (%1 bis %2)', 'toutes (du %1 au %2)'),
    'from %1': ('ab %1', 'à partir du %1'),
    'until %1': ('bis %1', 'jusqu’au %1'),
    '%1 to %2': ('%1 bis %2', 'du %1 au %2'),
    'Legend entries': ('Legendeneinträge', 'Entrées de la légende'),
    'Filter: %1 · %2': ('Filter: %1 · %2', 'Filtre' + NB + ': %1 · %2'),
    # --- image and data export dialogs, page size -------------------------
    '--page-size: unknown page size "%1" (known: %2)': ('--page-size: unbekannte Seitengröße "%1" (bekannt: %2)', '--page-size' + NB + ': format de page "%1" inconnu (connus' + NB + ': %2)'),
    '--orientation: expected portrait or landscape, got "%1"': ('--orientation: erwartet portrait oder landscape, erhalten "%1"', '--orientation' + NB + ': portrait ou landscape attendu, reçu "%1"'),
    'Image size in pixels (default 1600x1200; PDF: see --page-size).': ('Bildgröße in Pixeln (Standard 1600x1200; PDF: siehe --page-size).', 'Taille de l’image en pixels (par défaut 1600x1200' + NB + '; PDF' + NB + ': voir --page-size).'),
    'PDF page size: A4 (default), A3, A2, A1, A0, A5, Letter, Legal or Tabloid.': ('PDF-Seitengröße: A4 (Standard), A3, A2, A1, A0, A5, Letter, Legal oder Tabloid.', 'Format de page PDF' + NB + ': A4 (par défaut), A3, A2, A1, A0, A5, Letter, Legal ou Tabloid.'),
    'PDF page orientation: landscape (default) or portrait.': ('PDF-Seitenausrichtung: landscape (Querformat, Standard) oder portrait (Hochformat).', 'Orientation de la page PDF' + NB + ': landscape (paysage, par défaut) ou portrait.'),
    'Export Image': ('Bild exportieren', 'Exporter une image'),
    'Picture': ('Bild', 'Image'),
    '&Format:': ('&Format:', '&Format' + NB + ':'),
    'Format': ('Format', 'Format'),
    'Area:': ('Bereich:', 'Zone' + NB + ':'),
    '&Whole graph': ('&Ganzer Graph', '&Graphe entier'),
    'Current &viewport': ('Aktueller &Ausschnitt', '&Vue actuelle'),
    '&Size:': ('&Größe:', '&Taille' + NB + ':'),
    'Width in pixels': ('Breite in Pixeln', 'Largeur en pixels'),
    'Height in pixels': ('Höhe in Pixeln', 'Hauteur en pixels'),
    'px': ('px', 'px'),
    'Keep the proportions of the graph or of the viewport': ('Die Proportionen des Graphen oder des Ausschnitts beibehalten', 'Conserver les proportions du graphe ou de la vue'),
    'Keep proportions': ('Proportionen beibehalten', 'Conserver les proportions'),
    'PNG scale factor': ('PNG-Skalierungsfaktor', 'Facteur d’échelle PNG'),
    'Multiplies the pixel size, line widths and fonts: 2 gives a sharper image of the same picture': ('Vervielfacht Pixelgröße, Linienbreiten und Schriften: 2 ergibt ein schärferes Bild desselben Motivs', 'Multiplie la taille en pixels, l’épaisseur des traits et les polices' + NB + ': 2 donne une image plus nette de la même vue'),
    '&Page:': ('&Seite:', '&Page' + NB + ':'),
    'Page size': ('Seitengröße', 'Format de page'),
    'Page orientation': ('Seitenausrichtung', 'Orientation de la page'),
    'Content': ('Inhalt', 'Contenu'),
    'Background': ('Hintergrund', 'Fond'),
    'Choose the background colour': ('Die Hintergrundfarbe wählen', 'Choisir la couleur de fond'),
    'Background colour': ('Hintergrundfarbe', 'Couleur de fond'),
    'Colour…': ('Farbe…', 'Couleur…'),
    'Include the &legend': ('&Legende einfügen', 'Inclure la &légende'),
    'Include a capt&ion (title, filter, sources, date)': ('&Bildunterschrift einfügen (Titel, Filter, Quellen, Datum)', 'Inclure une lé&gende de titre (titre, filtre, sources, date)'),
    '&Title:': ('&Titel:', '&Titre' + NB + ':'),
    'Caption title': ('Titel der Bildunterschrift', 'Titre de la légende'),
    'Preview': ('Vorschau', 'Aperçu'),
    'Preview of the exported image': ('Vorschau des exportierten Bildes', 'Aperçu de l’image exportée'),
    'Save t&o:': ('Speichern &unter:', 'Enregistrer &sous' + NB + ':'),
    'File name': ('Dateiname', 'Nom du fichier'),
    'B&rowse…': ('&Durchsuchen…', '&Parcourir…'),
    'Export &Image…': ('&Bild exportieren…', 'Exporter une &image…'),
    'Export the graph as it is shown as a PNG, SVG or PDF image': ('Den Graphen so, wie er gezeigt wird, als PNG-, SVG- oder PDF-Bild exportieren', 'Exporter le graphe tel qu’il est affiché en image PNG, SVG ou PDF'),
    'Export &Data…': ('&Daten exportieren…', 'Exporter les &données…'),
    'Export the graph as it is shown as data: JSON, Cytoscape, GraphML, GEXF, DOT, CSV or positions': ('Den Graphen so, wie er gezeigt wird, als Daten exportieren: JSON, Cytoscape, GraphML, GEXF, DOT, CSV oder Positionen', 'Exporter le graphe tel qu’il est affiché en données' + NB + ': JSON, Cytoscape, GraphML, GEXF, DOT, CSV ou positions'),
    '&Copy Image': ('Bild &kopieren', '&Copier l’image'),
    'Copy the view as an image to the clipboard': ('Die Ansicht als Bild in die Zwischenablage kopieren', 'Copier la vue comme image dans le presse-papiers'),
    'PNG image': ('PNG-Bild', 'Image PNG'),
    'SVG vector image': ('SVG-Vektorgrafik', 'Image vectorielle SVG'),
    'PDF document': ('PDF-Dokument', 'Document PDF'),
    'Landscape': ('Querformat', 'Paysage'),
    'Portrait': ('Hochformat', 'Portrait'),
    'Custom colour': ('Eigene Farbe', 'Couleur personnalisée'),
    '×': ('×', '×'),
    'PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)': ('PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)', 'Image PNG (*.png);;Image vectorielle SVG (*.svg);;Document PDF (*.pdf)'),
    'Background Colour': ('Hintergrundfarbe', 'Couleur de fond'),
    'The image would be %1 × %2 pixels; at most %3 pixels a side can be exported.': ('Das Bild wäre %1 × %2 Pixel groß; höchstens %3 Pixel je Seite können exportiert werden.', 'L’image ferait %1 × %2 pixels' + NB + '; au plus %3 pixels par côté peuvent être exportés.'),
    'The file name must end in .png, .svg or .pdf.': ('Der Dateiname muss auf .png, .svg oder .pdf enden.', 'Le nom du fichier doit se terminer par .png, .svg ou .pdf.'),
    'The folder %1 does not exist.': ('Der Ordner %1 existiert nicht.', 'Le dossier %1 n’existe pas.'),
    '= %1 × %2 pixels': ('= %1 × %2 Pixel', '= %1 × %2 pixels'),
    'Free proportions': ('Freie Proportionen', 'Proportions libres'),
    'The part of the graph the view shows, as it shows it: filter, hidden and dimmed nodes, colours and sizes.': ('Der Teil des Graphen, den die Ansicht zeigt, so wie sie ihn zeigt: Filter, ausgeblendete und abgeblendete Knoten, Farben und Größen.', 'La partie du graphe que montre la vue, telle qu’elle la montre' + NB + ': filtre, nœuds masqués et estompés, couleurs et tailles.'),
    'The whole graph as the view shows it: filter, hidden and dimmed nodes, colours and sizes.': ('Der ganze Graph, so wie die Ansicht ihn zeigt: Filter, ausgeblendete und abgeblendete Knoten, Farben und Größen.', 'Le graphe entier tel que le montre la vue' + NB + ': filtre, nœuds masqués et estompés, couleurs et tailles.'),
    'Replace File?': ('Datei ersetzen?', 'Remplacer le fichier' + NB + '?'),
    '“%1” already exists.': ('„%1“ ist bereits vorhanden.', '«' + NB + '%1' + NB + '» existe déjà.'),
    'Do you want to replace it?': ('Möchten Sie sie ersetzen?', 'Voulez-vous le remplacer' + NB + '?'),
    '&Replace': ('&Ersetzen', '&Remplacer'),
    'export cancelled': ('Export abgebrochen', 'export annulé'),
    'Exporting %1… %2%': ('%1 wird exportiert… %2 %', 'Export de %1… %2' + NB + '%'),
    'Exported %1': ('%1 exportiert', '%1 exporté'),
    'Export cancelled; %1 was not written.': ('Export abgebrochen; %1 wurde nicht geschrieben.', 'Export annulé' + NB + '; %1 n’a pas été écrit.'),
    'Cannot Export': ('Export nicht möglich', 'Export impossible'),
    'Cannot export %1: %2': ('%1 kann nicht exportiert werden: %2', 'Impossible d’exporter %1' + NB + ': %2'),
    'Copied the view (%1 × %2 pixels) to the clipboard': ('Ansicht (%1 × %2 Pixel) in die Zwischenablage kopiert', 'Vue (%1 × %2 pixels) copiée dans le presse-papiers'),
    'Export Data': ('Daten exportieren', 'Exporter les données'),
    'Choose a file type, or a name ending in .json, .cyjs, .graphml, .gexf, .dot, .csv or .tsv.': ('Wählen Sie einen Dateityp oder einen Namen mit der Endung .json, .cyjs, .graphml, .gexf, .dot, .csv oder .tsv.', 'Choisissez un type de fichier, ou un nom se terminant par .json, .cyjs, .graphml, .gexf, .dot, .csv ou .tsv.'),
    'These files already exist: %1.': ('Diese Dateien sind bereits vorhanden: %1.', 'Ces fichiers existent déjà' + NB + ': %1.'),
    'Do you want to replace them?': ('Möchten Sie sie ersetzen?', 'Voulez-vous les remplacer' + NB + '?'),

}

# Where the same English word needs another word: (context, source) -> (de, fr).
BY_CONTEXT = {
    ('entente::FilterPanel', 'From'): ('Von', 'Du'),
    ('entente::FilterPanel', 'To'): ('Bis', 'Au'),
    ('entente::DetailsPanel', 'To'): ('An', 'À'),
}

# Keyboard shortcuts in forms are translatable strings; they stay as they are
# (QKeySequence reads the portable English names in every language).
SHORTCUT_PREFIXES = ('Ctrl+', 'Shift+', 'Alt+')
KEEP = {'Esc', 'Space', 'F1', 'F2', 'F3', 'F5', 'Del'}


def lookup(context, source, lang):
    index = 0 if lang == 'de' else 1
    if (context, source) in BY_CONTEXT:
        return BY_CONTEXT[(context, source)][index]
    if source in T:
        return T[source][index]
    if source.startswith(SHORTCUT_PREFIXES) or source in KEEP:
        return source
    return None


def fill(path, lang):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            value = lookup(name, source, lang)
            if value is None:
                if translation.get('type') == 'unfinished' or not (translation.text or list(translation)):
                    missing.append((name, source))
                continue
            if message.get('numerus') == 'yes':
                forms = value if isinstance(value, tuple) else (value, value)
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                if isinstance(value, tuple):
                    value = value[1]
                translation.text = value
            translation.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding='unicode'))
        out.write('\n')
    return missing


# English plural forms: source -> (singular, plural). The source texts are
# English already; only the messages with a count need these, because a
# source text can hold one form only ("%n node(s)").
EN_PLURALS = {
    '%n node(s), %1 component(s), %2 communities (modularity %3).':
    ('%n node, %1 component(s), %2 communities (modularity %3).',
     '%n nodes, %1 component(s), %2 communities (modularity %3).'),
    '%n step(s)': ('%n step', '%n steps'),
    'Path %1 of %2%3: %n step(s)': ('Path %1 of %2%3: %n step', 'Path %1 of %2%3: %n steps'),
    'more than %n columns': ('more than %n column', 'more than %n columns'),
    'more than %n nodes': ('more than %n node', 'more than %n nodes'),
    'more than %n edges': ('more than %n edge', 'more than %n edges'),
    '%n node(s) selected': ('%n node selected', '%n nodes selected'),
    'HTML label nested deeper than %n levels': ('HTML label nested deeper than %n level',
                                                'HTML label nested deeper than %n levels'),
    'subgraphs nested deeper than %n levels': ('subgraphs nested deeper than %n level',
                                               'subgraphs nested deeper than %n levels'),
    ' (%n kept as neighbours)': (' (%n kept as a neighbour)', ' (%n kept as neighbours)'),
    'more than %n attributes on one element': ('more than %n attribute on one element',
                                               'more than %n attributes on one element'),
    'nodes nested deeper than %n levels': ('nodes nested deeper than %n level',
                                           'nodes nested deeper than %n levels'),
    'graphs nested deeper than %n levels': ('graphs nested deeper than %n level',
                                            'graphs nested deeper than %n levels'),
    '%n nodes': ('%n node', '%n nodes'),
    '%n edges': ('%n edge', '%n edges'),
    'the file holds %n graphs; only the first is loaded': ('the file holds %n graph; only the first is loaded',
                                                           'the file holds %n graphs; only the first is loaded'),
    'more than %n attributes': ('more than %n attribute', 'more than %n attributes'),
    'too many errors; stopped after %n': ('too many errors; stopped after %n',
                                          'too many errors; stopped after %n'),
    '%n more warnings not shown': ('%n more warning not shown', '%n more warnings not shown'),
    'nesting too deep (more than %n levels)': ('nesting too deep (more than %n level)',
                                               'nesting too deep (more than %n levels)'),
    'Opened %1 with %n warning(s); the first: %2': ('Opened %1 with %n warning; the first: %2',
                                                    'Opened %1 with %n warnings; the first: %2'),
    '%n problem(s) found; the open document is unchanged.': ('%n problem found; the open document is unchanged.',
                                                             '%n problems found; the open document is unchanged.'),
    'elements nested deeper than %n levels': ('elements nested deeper than %n level',
                                              'elements nested deeper than %n levels'),
}


def write_english(german, path):
    """entente_en.ts: the German catalogue's numerus messages, in English forms."""
    root = ET.Element('TS', version='2.1', language='en')
    missing = []
    for context in ET.parse(german).getroot().findall('context'):
        messages = [m for m in context.findall('message') if m.get('numerus') == 'yes']
        if not messages:
            continue
        out_context = ET.SubElement(root, 'context')
        ET.SubElement(out_context, 'name').text = context.find('name').text
        for message in messages:
            source = message.find('source').text or ''
            forms = EN_PLURALS.get(source)
            if forms is None:
                missing.append((context.find('name').text, source))
                continue
            out = ET.SubElement(out_context, 'message', numerus='yes')
            ET.SubElement(out, 'source').text = source
            translation = ET.SubElement(out, 'translation')
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
    tree = ET.ElementTree(root)
    ET.indent(tree, space='    ')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding='unicode'))
        out.write('\n')
    return missing


def main():
    here = Path(__file__).resolve().parent
    status = 0
    for lang in ('de', 'fr'):
        missing = fill(here / f'entente_{lang}.ts', lang)
        for context, source in missing:
            print(f'entente_{lang}.ts: no translation for {context}: {source!r}')
            status = 1
    for context, source in write_english(here / 'entente_de.ts', here / 'entente_en.ts'):
        print(f'entente_en.ts: no English plural forms for {context}: {source!r}')
        status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
