#!/usr/bin/env python3
"""Fills the German and French catalogues from the tables below.

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
    'Keep only what the filter expression EXPR shows, for --info and the exports, e.g. \'country:DE,FR -relation:supplier since:2025-01-01 "black forest"\'. Facets: country, sector, kind, relation and the file\'s own; -facet:v negates; since:/until:/date: dates; degree:N..M; words search labels and ids; show:neighbours, hide:isolated.':
    ('Behält für --info und die Exporte nur, was der Filterausdruck EXPR zeigt, z. B. \'country:DE,FR -relation:supplier since:2025-01-01 "black forest"\'. Facetten: country, sector, kind, relation und die der Datei; -facet:v verneint; since:/until:/date: Datumsangaben; degree:N..M; Wörter durchsuchen Beschriftungen und IDs; show:neighbours, hide:isolated.',
     'Ne garde que ce que montre l’expression de filtre EXPR, pour --info et les exports, p. ex. \'country:DE,FR -relation:supplier since:2025-01-01 "black forest"\'. Facettes' + NB + ': country, sector, kind, relation et celles du fichier' + NB + '; -facet:v exclut' + NB + '; since:/until:/date: dates' + NB + '; degree:N..M' + NB + '; les mots cherchent dans les libellés et identifiants' + NB + '; show:neighbours, hide:isolated.'),
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


def main():
    here = Path(__file__).resolve().parent
    status = 0
    for lang in ('de', 'fr'):
        missing = fill(here / f'entente_{lang}.ts', lang)
        for context, source in missing:
            print(f'entente_{lang}.ts: no translation for {context}: {source!r}')
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
