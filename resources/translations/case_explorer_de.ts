<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>ShortcutsDialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Case Explorer</source>
        <translation>Über Case Explorer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Backups of this case</source>
        <translation>Sicherungen dieses Falls</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Study, annotate and present business case studies.</source>
        <translation>Fallstudien aus der Wirtschaft lesen, kommentieren und präsentieren.</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>%1 — Case Explorer</source>
        <translation>%1 — Case Explorer</translation>
    </message>
</context>
<context>
    <name>AuthorBadge</name>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Author Name</source>
        <translation>Autorenname</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Autorenname</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name is stamped on each note you write, so notes from colleagues and students can be told apart after merging. Leave it empty to use your login name.</source>
        <translation>Ihr Name steht auf jeder Notiz, die Sie schreiben, damit sich Notizen von Kolleginnen, Kollegen und Studierenden nach dem Zusammenführen unterscheiden lassen. Leer lassen, um Ihren Anmeldenamen zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Angezeigt als:</translation>
    </message>
</context>
<context>
    <name>BacklinksLabel</name>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Verlinkt von:</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-Text</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Kurzbericht exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Relationships as of</source>
        <translation>Beziehungen am</translation>
    </message>
    <message>
        <source>Include a picture of the timeline</source>
        <translation>Ein Bild der Zeitleiste einfügen</translation>
    </message>
    <message>
        <source>The brief lists the events with their dates, certainty and sources, the relationships active on the date below, and every note under what it is attached to.</source>
        <translation>Der Kurzbericht führt die Ereignisse mit Datum, Gewissheit und Quellen auf, die am unten gewählten Datum bestehenden Beziehungen und jede Notiz unter dem, wozu sie gehört.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Relationships as of:</source>
        <translation>&amp;Beziehungen am:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <source>Reading the events…</source>
        <translation>Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>Kurzbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Laying out the pages of the PDF…</source>
        <translation>Die Seiten des PDF werden gesetzt…</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case Details</source>
        <translation>Falldetails</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Fall ohne Titel</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the case is about (Markdown)</source>
        <translation>Worum es in dem Fall geht (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>z. B. de</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>Auto&amp;ren:</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Who wrote the case</source>
        <translation>Wer den Fall geschrieben hat</translation>
    </message>
    <message>
        <source>optional, else the whole case</source>
        <translation>optional, sonst der ganze Fall</translation>
    </message>
    <message>
        <source>Opening &amp;view from:</source>
        <translation>Startansicht &amp;von:</translation>
    </message>
    <message>
        <source>Opening view &amp;until:</source>
        <translation>Startansicht &amp;bis:</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Fall umbenennen</translation>
    </message>
    <message>
        <source>Edit case details</source>
        <translation>Falldetails bearbeiten</translation>
    </message>
</context>
<context>
    <name>Certainty</name>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation>Gerücht</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>dementiert</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
</context>
<context>
    <name>CheckCaseDialog</name>
    <message>
        <source>The case is sound: nothing needs repairing.</source>
        <translation>Der Fall ist in Ordnung: nichts muss repariert werden.</translation>
    </message>
    <message>
        <source>The case file is damaged. Recover what can still be read into a new case, or restore a backup.</source>
        <translation>Die Falldatei ist beschädigt. Retten Sie, was sich noch lesen lässt, in einen neuen Fall, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The search index is out of step with the case. Rebuild it to make search find everything again.</source>
        <translation>Der Suchindex passt nicht mehr zum Fall. Bauen Sie ihn neu auf, damit die Suche wieder alles findet.</translation>
    </message>
    <message>
        <source>The check found problems; see below.</source>
        <translation>Die Prüfung hat Probleme gefunden; siehe unten.</translation>
    </message>
    <message>
        <source>Check Case</source>
        <translation>Fall prüfen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Rebuild &amp;Search Index</source>
        <translation>&amp;Suchindex neu aufbauen</translation>
    </message>
    <message>
        <source>&amp;Recover into a New Case…</source>
        <translation>In einen neuen Fall &amp;retten…</translation>
    </message>
    <message>
        <source>Backed up first: %1</source>
        <translation>Vorher gesichert: %1</translation>
    </message>
    <message>
        <source>Could not back up first (see the status bar).</source>
        <translation>Konnte vorher nicht sichern (siehe Statusleiste).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The case could not be checked: %1</source>
        <translation>Der Fall konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild</source>
        <translation>Neuaufbau nicht möglich</translation>
    </message>
    <message>
        <source>The case could not be backed up first, so nothing was changed.</source>
        <translation>Der Fall konnte vorher nicht gesichert werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The search index was not rebuilt; nothing was changed.</source>
        <translation>Der Suchindex wurde nicht neu aufgebaut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Rebuilding the search index of %1…</source>
        <translation>Suchindex von %1 wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>Rebuild Search Index</source>
        <translation>Suchindex neu aufbauen</translation>
    </message>
    <message>
        <source>Rebuild cancelled: the search index was not rebuilt; nothing was changed.</source>
        <translation>Neuaufbau abgebrochen: Der Suchindex wurde nicht neu aufgebaut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 (recovered).case.db</source>
        <translation>%1 (gerettet).case.db</translation>
    </message>
    <message>
        <source>Recover into a New Case</source>
        <translation>In einen neuen Fall retten</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>%1 wird gerettet…</translation>
    </message>
    <message>
        <source>Recovery cancelled: nothing was written to %1.</source>
        <translation>Rettung abgebrochen: Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Rettung nicht möglich</translation>
    </message>
    <message>
        <source>Nothing could be recovered.</source>
        <translation>Es konnte nichts gerettet werden.</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Rettung:</translation>
    </message>
    <message>
        <source>Recovered into %1: %2 rows saved, %3 known lost.</source>
        <translation>In %1 gerettet: %2 Zeilen gesichert, %3 bekanntermaßen verloren.</translation>
    </message>
    <message>
        <source>Open the recovered case?</source>
        <translation>Den geretteten Fall öffnen?</translation>
    </message>
    <message>
        <source>Case recovered</source>
        <translation>Fall gerettet</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Keep events of all %1</source>
        <translation>Ereignisse aller %1 behalten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Clear every check</source>
        <translation>Alle Häkchen entfernen</translation>
    </message>
    <message>
        <source>Find %1…</source>
        <translation>%1 finden…</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>%1 finden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1 to keep</source>
        <translation>Zu behaltende %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>CitationsEditor</name>
    <message>
        <source>Citation</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>C&amp;ite a source</source>
        <translation>Quelle &amp;zitieren</translation>
    </message>
    <message>
        <source>No sources cited yet.</source>
        <translation>Noch keine Quellen zitiert.</translation>
    </message>
    <message>
        <source>Remove citation %1</source>
        <translation>Beleg %1 entfernen</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Neue Quelle…</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>locator</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Quote: the words in the source</source>
        <translation>Zitat: der Wortlaut in der Quelle</translation>
    </message>
    <message>
        <source>Where in the source: page, paragraph, time (optional)</source>
        <translation>Wo in der Quelle: Seite, Absatz, Zeitpunkt (optional)</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>none (#rrggbb)</source>
        <translation>keine (#rrggbb)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Farbe auswählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Came and went</source>
        <translation>Kam und ging</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Changes between the two dates</source>
        <translation>Änderungen zwischen den beiden Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Kein Datum: %1</translation>
    </message>
    <message>
        <source>Type two dates and press Enter, or choose Compare…, to see what changed between them.</source>
        <translation>Zwei Daten eingeben und Enter drücken oder „Vergleichen…“ wählen, um zu sehen, was sich dazwischen geändert hat.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>(no event recorded for this change)</source>
        <translation>(kein Ereignis für diese Änderung erfasst)</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show their version in the preview below</source>
        <translation>Die andere Fassung unten in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep your text; their version is dropped</source>
        <translation>Ihren Text behalten; die andere Fassung wird verworfen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Use their text; yours stays in the note&apos;s history</source>
        <translation>Den anderen Text übernehmen; Ihrer bleibt im Verlauf der Notiz</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep their text as a second note on the same item</source>
        <translation>Den anderen Text als zweite Notiz zum selben Element behalten</translation>
    </message>
    <message>
        <source>(%1 versions wait.)</source>
        <translation>(%1 Fassungen warten.)</translation>
    </message>
    <message>
        <source>%1 also changed this note (%2). Both versions are kept until you choose.</source>
        <translation>%1 hat diese Notiz ebenfalls geändert (%2). Beide Fassungen bleiben erhalten, bis Sie wählen.</translation>
    </message>
    <message>
        <source>Show mine</source>
        <translation>Meine zeigen</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Any certainty</source>
        <translation>Jede Gewissheit</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Compare, filters, layout, editing and export</source>
        <translation>Vergleich, Filter, Anordnung, Bearbeiten und Export</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Weitere Bedienelemente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Akteure</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cells separated by</source>
        <translation>Zellen getrennt durch</translation>
    </message>
    <message>
        <source>Each row is</source>
        <translation>Jede Zeile ist</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025</source>
        <translation>Daten wie 03/04/2025</translation>
    </message>
    <message>
        <source>Row %1&apos;s start “%2” reads as %3.</source>
        <translation>Der Beginn „%2“ in Zeile %1 wird als %3 gelesen.</translation>
    </message>
    <message>
        <source>A minus year counts as ISO 8601 does (0 is 1 BCE); for %1 BCE write “%1 BC”.</source>
        <translation>Ein Jahr mit Minus zählt wie in ISO 8601 (0 ist 1 v. Chr.); für %1 v. Chr. „%1 BC“ schreiben.</translation>
    </message>
    <message>
        <source>Reading the dates</source>
        <translation>Daten werden gelesen</translation>
    </message>
    <message>
        <source>Reading the dates of %1…</source>
        <translation>Die Daten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Line %1: “%2” could be day/month or month/day, and no date in the file tells which. Under “%3” above, choose “%4” or “%5”, then Import again.</source>
        <translation>Zeile %1: „%2“ kann Tag/Monat oder Monat/Tag sein, und kein Datum in der Datei verrät, welches. Wählen Sie oben unter „%3“ „%4“ oder „%5“ und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 18 June 2025, June 2025, 44 BCE</source>
        <translation>z. B. 18 June 2025, June 2025, 44 BCE</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>ein Datum ist nötig</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>%1: understood as</source>
        <translation>%1: verstanden als</translation>
    </message>
    <message>
        <source> and put the wording in %1</source>
        <translation>; die Formulierung gehört in %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>Eine Kopie des Falls speichern</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>The note you were writing could not be saved to the case:

%1

Save its text to a file first, or continue without it?</source>
        <translation>Die Notiz, die Sie geschrieben haben, konnte nicht im Fall gespeichert werden:

%1

Ihren Text zuerst in einer Datei speichern oder ohne ihn fortfahren?</translation>
    </message>
    <message>
        <source>Save Text…</source>
        <translation>Text speichern…</translation>
    </message>
    <message>
        <source>Continue Without It</source>
        <translation>Ohne ihn fortfahren</translation>
    </message>
    <message>
        <source>Save the note&apos;s text</source>
        <translation>Den Text der Notiz speichern</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Cannot export the graph</source>
        <translation>Der Graph kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>EffectsEditor</name>
    <message>
        <source>No events linked: add the events that start, end or change this relationship.</source>
        <translation>Keine Ereignisse verknüpft: Fügen Sie die Ereignisse hinzu, mit denen diese Beziehung beginnt, endet oder sich ändert.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation>Ereignis %1 entfernen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>EntitiesDialog</name>
    <message>
        <source>Entities</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Add entity…</source>
        <translation>Akteur &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 tie</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 ties</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Akteur löschen</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>Edit Entity</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Scale AI, Alexandr Wang</source>
        <translation>z. B. Scale AI, Alexandr Wang</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <source>Other names search should find, one per line</source>
        <translation>Andere Namen, die die Suche finden soll, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>Weitere Na&amp;men:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Who they are (Markdown)</source>
        <translation>Wer sie sind (Markdown)</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>We&amp;b page:</source>
        <translation>We&amp;bseite:</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>&amp;Wikidata:</source>
        <translation>&amp;Wikidata:</translation>
    </message>
    <message>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <source>optional, e.g. Q42</source>
        <translation>optional, z. B. Q42</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Akteur hinzufügen</translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <source>Edit entity</source>
        <translation>Akteur bearbeiten</translation>
    </message>
</context>
<context>
    <name>EraForm</name>
    <message>
        <source>Edit Era</source>
        <translation>Epoche bearbeiten</translation>
    </message>
    <message>
        <source>New Era</source>
        <translation>Neue Epoche</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Scale as a neutral supplier</source>
        <translation>z. B. Scale als neutraler Zulieferer</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What marks this era (Markdown)</source>
        <translation>Was diese Epoche ausmacht (Markdown)</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Add era</source>
        <translation>Epoche hinzufügen</translation>
    </message>
    <message>
        <source>Edit era</source>
        <translation>Epoche bearbeiten</translation>
    </message>
</context>
<context>
    <name>ErasDialog</name>
    <message>
        <source>Eras</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>&amp;Add era…</source>
        <translation>Epoche &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Delete era</source>
        <translation>Epoche löschen</translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was geschah, in wenigen Worten</translation>
    </message>
    <message>
        <source>&quot;Shown as&quot;</source>
        <translation>„Angezeigt als“</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>optional, for a span</source>
        <translation>optional, für einen Zeitraum</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>optional wording, e.g. mid-June 2025</source>
        <translation>optionale Formulierung, z. B. Mitte Juni 2025</translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation>Angezeigt a&amp;ls:</translation>
    </message>
    <message>
        <source>optional, if not at the start</source>
        <translation>optional, falls nicht zu Beginn</translation>
    </message>
    <message>
        <source>&amp;Became public:</source>
        <translation>Be&amp;kannt geworden:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Katego&amp;rie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>e.g. deal, leadership</source>
        <translation>z. B. Deal, Führung</translation>
    </message>
    <message>
        <source>Ce&amp;rtainty:</source>
        <translation>Gewi&amp;ssheit:</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>&amp;Wichtigkeit:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What happened and why it matters (Markdown)</source>
        <translation>Was geschah und warum es wichtig ist (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Beteiligte</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>&amp;Medien</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Media link</source>
        <translation>Medienlink</translation>
    </message>
    <message>
        <source>https://… (an image or video)</source>
        <translation>https://… (ein Bild oder Video)</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>Bes&amp;chriftung:</translation>
    </message>
    <message>
        <source>Media caption</source>
        <translation>Medienbeschriftung</translation>
    </message>
    <message>
        <source>Cre&amp;dit:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Media credit</source>
        <translation>Mediennachweis</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <translation>Quellen bearbeiten</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this case as:</source>
        <translation>Diesen Fall exportieren als:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Leaves out certainty (rumoured or denied events read as plain events), importance, participants, relationships, sources, notes and tours.</source>
        <translation>Lässt weg: Gewissheit (gerüchteweise oder dementierte Ereignisse erscheinen als gewöhnliche), Wichtigkeit, Beteiligte, Beziehungen, Quellen, Notizen und Touren.</translation>
    </message>
    <message>
        <source>Leaves out events, eras, sources, notes and tours.</source>
        <translation>Lässt Ereignisse, Epochen, Quellen, Notizen und Touren weg.</translation>
    </message>
    <message>
        <source>Keeps everything: events, entities, relationships, sources, notes, eras and tours. Case Explorer imports it back whole.</source>
        <translation>Behält alles: Ereignisse, Akteure, Beziehungen, Quellen, Notizen, Epochen und Touren. Case Explorer liest es vollständig wieder ein.</translation>
    </message>
    <message>
        <source>Keeps the title, the events (dates, text, media, category) and the eras.</source>
        <translation>Behält den Titel, die Ereignisse (Daten, Text, Medien, Kategorie) und die Epochen.</translation>
    </message>
    <message>
        <source>Rows for the TimelineJS Google Sheets template: the title, the events (dates, text, media, category) and the eras; milliseconds only in whole tenths of a second, as the template reads no finer.</source>
        <translation>Zeilen für die Google-Sheets-Vorlage von TimelineJS: der Titel, die Ereignisse (Daten, Text, Medien, Kategorie) und die Epochen; Millisekunden nur in ganzen Zehntelsekunden, da die Vorlage nicht feiner liest.</translation>
    </message>
    <message>
        <source>Keeps entities and relationships, with their dates and certainty, for Gephi&apos;s timeline.</source>
        <translation>Behält Akteure und Beziehungen mit ihren Daten und ihrer Gewissheit, für die Zeitleiste von Gephi.</translation>
    </message>
    <message>
        <source>Keeps entities and relationships, with their dates and certainty, for graph tools.</source>
        <translation>Behält Akteure und Beziehungen mit ihren Daten und ihrer Gewissheit, für Graph-Programme.</translation>
    </message>
    <message>
        <source>One row per relationship, with the names and kinds of both entities.</source>
        <translation>Eine Zeile je Beziehung, mit Namen und Art beider Akteure.</translation>
    </message>
    <message>
        <source>Leaves out events, eras, entities without relationships, sources, notes and tours.</source>
        <translation>Lässt Ereignisse, Epochen, Akteure ohne Beziehungen, Quellen, Notizen und Touren weg.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>ExportLosses</name>
    <message>
        <source>the certainty of 1 event</source>
        <translation>die Gewissheit von 1 Ereignis</translation>
    </message>
    <message>
        <source>the certainty of %1 events</source>
        <translation>die Gewissheit von %1 Ereignissen</translation>
    </message>
    <message>
        <source>the importance of 1 event</source>
        <translation>die Wichtigkeit von 1 Ereignis</translation>
    </message>
    <message>
        <source>the importance of %1 events</source>
        <translation>die Wichtigkeit von %1 Ereignissen</translation>
    </message>
    <message>
        <source>the participants of 1 event</source>
        <translation>die Beteiligten von 1 Ereignis</translation>
    </message>
    <message>
        <source>the participants of %1 events</source>
        <translation>die Beteiligten von %1 Ereignissen</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 Akteur</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Akteure</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>1 Beziehung</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>%1 Beziehungen</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>1 tour</source>
        <translation>1 Tour</translation>
    </message>
    <message>
        <source>%1 tours</source>
        <translation>%1 Touren</translation>
    </message>
    <message>
        <source>when 1 event became public</source>
        <translation>wann 1 Ereignis öffentlich wurde</translation>
    </message>
    <message>
        <source>when %1 events became public</source>
        <translation>wann %1 Ereignisse öffentlich wurden</translation>
    </message>
    <message>
        <source>the colour of 1 era</source>
        <translation>die Farbe von 1 Epoche</translation>
    </message>
    <message>
        <source>the colours of %1 eras</source>
        <translation>die Farben von %1 Epochen</translation>
    </message>
    <message>
        <source>the milliseconds of 1 date</source>
        <translation>die Millisekunden von 1 Datum</translation>
    </message>
    <message>
        <source>the milliseconds of %1 dates</source>
        <translation>die Millisekunden von %1 Daten</translation>
    </message>
    <message>
        <source>Not in this format: %1.</source>
        <translation>Nicht in diesem Format: %1.</translation>
    </message>
    <message>
        <source>Rumoured, denied and other uncertain events read as plain events there.</source>
        <translation>Gerüchte, Dementis und andere unsichere Ereignisse erscheinen dort als gewöhnliche Ereignisse.</translation>
    </message>
    <message>
        <source>To keep everything, export as case JSON.</source>
        <translation>Um alles zu behalten, als Fall-JSON exportieren.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Turning point</source>
        <translation>Wendepunkt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>Entities</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <source>New E&amp;vent…</source>
        <translation>Neues Erei&amp;gnis…</translation>
    </message>
    <message>
        <source>Add an event at the time cursor</source>
        <translation>Ein Ereignis am Zeitcursor hinzufügen</translation>
    </message>
    <message>
        <source>New Entit&amp;y…</source>
        <translation>Ne&amp;uer Akteur…</translation>
    </message>
    <message>
        <source>Add a company, person, organization or group</source>
        <translation>Ein Unternehmen, eine Person, eine Organisation oder eine Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>New Re&amp;lationship…</source>
        <translation>Neue &amp;Beziehung…</translation>
    </message>
    <message>
        <source>Tie two entities together</source>
        <translation>Zwei Akteure miteinander verbinden</translation>
    </message>
    <message>
        <source>Ed&amp;it Selected…</source>
        <translation>Auswahl bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Das ausgewählte Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected events</source>
        <translation>Die ausgewählten Ereignisse löschen</translation>
    </message>
    <message>
        <source>En&amp;tities…</source>
        <translation>A&amp;kteure…</translation>
    </message>
    <message>
        <source>Add, edit and delete the case&apos;s companies, people and groups</source>
        <translation>Unternehmen, Personen und Gruppen des Falls hinzufügen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Relations&amp;hips…</source>
        <translation>Bezie&amp;hungen…</translation>
    </message>
    <message>
        <source>Add, edit and delete the ties between entities</source>
        <translation>Verbindungen zwischen Akteuren hinzufügen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>S&amp;ources…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <source>Add, edit and delete the case&apos;s sources</source>
        <translation>Quellen des Falls hinzufügen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Era&amp;s…</source>
        <translation>E&amp;pochen…</translation>
    </message>
    <message>
        <source>Add, edit and delete the eras shaded on the timeline</source>
        <translation>Die auf der Zeitleiste hinterlegten Epochen hinzufügen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>&amp;Case Details…</source>
        <translation>&amp;Falldetails…</translation>
    </message>
    <message>
        <source>Title, summary, authors…</source>
        <translation>Titel, Zusammenfassung, Autoren…</translation>
    </message>
    <message>
        <source>Select an event to edit it.</source>
        <translation>Wählen Sie ein Ereignis aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Select the events to delete.</source>
        <translation>Wählen Sie die zu löschenden Ereignisse aus.</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Akteur löschen</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>the end is before the start</source>
        <translation>das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>the end is before the start (%1)</source>
        <translation>das Ende liegt vor dem Beginn (%1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Discard what you entered?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Put the time cursor on (the relationships and notes follow it):</source>
        <translation>Den Zeitcursor setzen auf (Beziehungen und Notizen folgen ihm):</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the whole graph</source>
        <translation>Den ganzen Graphen einpassen</translation>
    </message>
    <message>
        <source>Delete the selected relationship</source>
        <translation>Die ausgewählte Beziehung löschen</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom in or out around the pointer</source>
        <translation>Um den Mauszeiger herum vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Drag the background</source>
        <translation>Hintergrund ziehen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klicken</translation>
    </message>
    <message>
        <source>Select an entity or a relationship (empty space: clear)</source>
        <translation>Einen Akteur oder eine Beziehung auswählen (leere Fläche: Auswahl aufheben)</translation>
    </message>
    <message>
        <source>Drag an entity</source>
        <translation>Einen Akteur ziehen</translation>
    </message>
    <message>
        <source>Move it and pin it there</source>
        <translation>Verschieben und dort anheften</translation>
    </message>
    <message>
        <source>Shift+drag from one entity to another</source>
        <translation>Umschalt+Ziehen von einem Akteur zu einem anderen</translation>
    </message>
    <message>
        <source>Add a relationship between them</source>
        <translation>Eine Beziehung zwischen ihnen hinzufügen</translation>
    </message>
    <message>
        <source>Double-click a relationship</source>
        <translation>Doppelklick auf eine Beziehung</translation>
    </message>
    <message>
        <source>Edit it</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>Open the bundled case, a file, an import, a recent case; take the tour</source>
        <translation>Den mitgelieferten Fall, eine Datei, einen Import oder einen zuletzt geöffneten Fall öffnen; die Einführung starten</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read the user guide (offline)</source>
        <translation>Das Benutzerhandbuch lesen (offline)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by menu and panel</source>
        <translation>Alle Tastenkürzel, nach Menü und Bereich</translation>
    </message>
    <message>
        <source>G&amp;uided Walkthrough</source>
        <translation>&amp;Geführte Einführung</translation>
    </message>
    <message>
        <source>A few steps over the panels of the main window</source>
        <translation>Ein paar Schritte durch die Bereiche des Hauptfensters</translation>
    </message>
    <message>
        <source>&amp;About Case Explorer</source>
        <translation>&amp;Über Case Explorer</translation>
    </message>
    <message>
        <source>Version, where this case and its backups are kept</source>
        <translation>Version; wo dieser Fall und seine Sicherungen liegen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Now — %1</source>
        <translation>Jetzt — %1</translation>
    </message>
    <message>
        <source>%1   (%2 since)</source>
        <translation>%1   (seitdem %2)</translation>
    </message>
    <message>
        <source>Text of this version</source>
        <translation>Text dieser Fassung</translation>
    </message>
    <message>
        <source>1 earlier version kept:</source>
        <translation>1 frühere Fassung aufbewahrt:</translation>
    </message>
    <message>
        <source>%1 earlier versions kept:</source>
        <translation>%1 frühere Fassungen aufbewahrt:</translation>
    </message>
    <message>
        <source>every save of the last five minutes, then one a minute for an hour, one an hour for a day, one a day after that.</source>
        <translation>jede Speicherung der letzten fünf Minuten, dann eine pro Minute für eine Stunde, eine pro Stunde für einen Tag und danach eine pro Tag.</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling: undoing the import…</source>
        <translation>Abbruch: Der Import wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add events, entities or relationships from TimelineJS, CSV or case JSON</source>
        <translation>Ereignisse, Akteure oder Beziehungen aus TimelineJS, CSV oder Fall-JSON hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write this case as TimelineJS, a sheet, a network for Gephi, or case JSON</source>
        <translation>Diesen Fall als TimelineJS, Tabelle, Netzwerk für Gephi oder Fall-JSON schreiben</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>This case is open read-only (%1).</source>
        <translation>Dieser Fall ist schreibgeschützt geöffnet (%1).</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Nothing from %1 was imported; the case is unchanged.</source>
        <translation>Aus %1 wurde nichts importiert; der Fall ist unverändert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported; the case is unchanged.</source>
        <translation>Es wurde nichts importiert; der Fall ist unverändert.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite the case file itself</source>
        <translation>%1: Die Falldatei selbst wird nicht überschrieben</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>InterchangeDialogs</name>
    <message>
        <source>Timelines and tables (*.json *.jsonp *.csv *.tsv *.txt);;TimelineJS or case JSON (*.json *.jsonp);;CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Zeitleisten und Tabellen (*.json *.jsonp *.csv *.tsv *.txt);;TimelineJS oder Fall-JSON (*.json *.jsonp);;CSV (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import into this case</source>
        <translation>In diesen Fall importieren</translation>
    </message>
</context>
<context>
    <name>LaneLayout</name>
    <message>
        <source>%1 events span this view</source>
        <translation>%1 Ereignisse überspannen diese Ansicht</translation>
    </message>
</context>
<context>
    <name>LinkCompleter</name>
    <message>
        <source>Link to an entity or event</source>
        <translation>Link zu einem Akteur oder Ereignis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lanes by entity</source>
        <translation>Bahnen nach Akteur</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>Bahnen nach Kategorie</translation>
    </message>
    <message>
        <source>One packed lane</source>
        <translation>Eine gepackte Bahn</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Suche und Filter</translation>
    </message>
    <message>
        <source>%1: nothing was changed.</source>
        <translation>%1: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot make this change</source>
        <translation>Änderung nicht möglich</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>Create an empty case</source>
        <translation>Einen leeren Fall anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Eine Falldatei öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Ko&amp;pie speichern…</translation>
    </message>
    <message>
        <source>Write a copy of this case, notes included, to another file; you keep working here</source>
        <translation>Eine Kopie dieses Falls samt Notizen in eine andere Datei schreiben; Sie arbeiten hier weiter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search events, entities and notes</source>
        <translation>Ereignisse, Akteure und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole case</source>
        <translation>Den ganzen Fall zeigen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>Auf das ausgewählte Ereignis zoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
    <message>
        <source>Put the time cursor on a date (the relationships and notes follow it)</source>
        <translation>Den Zeitcursor auf ein Datum setzen (Beziehungen und Notizen folgen ihm)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Bahnen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Symbolleiste</translation>
    </message>
    <message>
        <source>(no recent cases)</source>
        <translation>(keine zuletzt geöffneten Fälle)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Delete %1 events</source>
        <translation>%1 Ereignisse löschen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1 and %2</source>
        <translation>%1 und %2 gelöscht</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>Delete with notes</source>
        <translation>Mit Notizen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>unsaved note.md</source>
        <translation>ungespeicherte Notiz.md</translation>
    </message>
    <message>
        <source>Cannot save the note&apos;s text</source>
        <translation>Der Text der Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Bearbeiten ▸ Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Delete “%1” and the %2 written on it?</source>
        <translation>„%1“ und die dazu geschriebenen %2 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 events and the %2 written on them?</source>
        <translation>%1 Ereignisse und die dazu geschriebenen %2 löschen?</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cannot create case</source>
        <translation>Fall kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The case could not be created.</source>
        <translation>Der Fall konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation>Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Der Fall konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Bring back an earlier state of this case from its automatic backups</source>
        <translation>Einen früheren Stand dieses Falls aus den automatischen Sicherungen zurückholen</translation>
    </message>
    <message>
        <source>&amp;Check Case…</source>
        <translation>Fall &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check the case file for damage, back it up, rebuild its search index or recover it</source>
        <translation>Die Falldatei auf Schäden prüfen, sichern, ihren Suchindex neu aufbauen oder sie retten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Gesichert: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Write your note in Markdown. The first line is its title; #tags and [[links]] work anywhere.</source>
        <translation>Schreiben Sie Ihre Notiz in Markdown. Die erste Zeile ist ihr Titel; #Schlagwörter und [[Links]] funktionieren überall.</translation>
    </message>
</context>
<context>
    <name>NewCaseImport</name>
    <message>
        <source>Import into a new case</source>
        <translation>In einen neuen Fall importieren</translation>
    </message>
    <message>
        <source>Save the new case as</source>
        <translation>Den neuen Fall speichern unter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1: %2.

The new case is saved as %3.</source>
        <translation>%1: %2.

Der neue Fall ist gespeichert als %3.</translation>
    </message>
    <message>
        <source>
… and %1 more notes</source>
        <translation>
… und %1 weitere Hinweise</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: a new case never replaces a file (File ▸ Import adds to the case that is open).</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Namen: Ein neuer Fall ersetzt nie eine Datei (Datei ▸ Importieren fügt dem geöffneten Fall etwas hinzu).</translation>
    </message>
    <message>
        <source>Importing %1 into a new case…</source>
        <translation>%1 wird in einen neuen Fall importiert…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was imported and no case was made.</source>
        <translation>Es wurde nichts importiert und kein Fall angelegt.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>No case was made.</source>
        <translation>Es wurde kein Fall angelegt.</translation>
    </message>
</context>
<context>
    <name>NewRelationshipDialog</name>
    <message>
        <source>Add a relationship</source>
        <translation>Eine Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 49%, non-voting</source>
        <translation>z. B. 49 %, ohne Stimmrecht</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD (empty: unknown)</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT (leer: unbekannt)</translation>
    </message>
    <message>
        <source>Directed: from %1 to %2</source>
        <translation>Gerichtet: von %1 zu %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>NoteDialogs</name>
    <message>
        <source>Notes or case files (*.json *.case.db *.db);;Notes JSON (*.json);;Case files (*.case.db *.db);;All files (*)</source>
        <translation>Notizen oder Falldateien (*.json *.case.db *.db);;Notizen-JSON (*.json);;Falldateien (*.case.db *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Notes JSON (*.json)</source>
        <translation>Notizen-JSON (*.json)</translation>
    </message>
    <message>
        <source>Import notes from a notes file or another case</source>
        <translation>Notizen aus einer Notizdatei oder einem anderen Fall importieren</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Kurzbericht exportieren</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Weblink</translation>
    </message>
    <message>
        <source>Choose a note, or add one with +.</source>
        <translation>Wählen Sie eine Notiz oder fügen Sie mit + eine hinzu.</translation>
    </message>
    <message>
        <source>Choose a note to read it (the case is open read-only).</source>
        <translation>Wählen Sie eine Notiz, um sie zu lesen (der Fall ist schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>Note formatting</source>
        <translation>Notizformatierung</translation>
    </message>
    <message>
        <source>Link to an event or entity</source>
        <translation>Link zu einem Ereignis oder Akteur</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau zeigen</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>For the speaker (shown in presenter mode)</source>
        <translation>Für den Vortrag (in der Präsentation gezeigt)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>Created %1
Last saved %2</source>
        <translation>Erstellt %1
Zuletzt gespeichert %2</translation>
    </message>
    <message>
        <source>Your text is kept in the editor and saved again shortly.</source>
        <translation>Ihr Text bleibt im Editor und wird gleich erneut gespeichert.</translation>
    </message>
    <message>
        <source>Notes save themselves as you type.</source>
        <translation>Notizen speichern sich beim Tippen selbst.</translation>
    </message>
</context>
<context>
    <name>NoteMenus</name>
    <message>
        <source>Import No&amp;tes…</source>
        <translation>Notizen &amp;importieren…</translation>
    </message>
    <message>
        <source>Merge notes from a notes file or another case</source>
        <translation>Notizen aus einer Notizdatei oder einem anderen Fall zusammenführen</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>Notizen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every note of the case as a notes JSON file</source>
        <translation>Alle Notizen des Falls als Notiz-JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation>&amp;Kurzbericht exportieren…</translation>
    </message>
    <message>
        <source>Write a brief of the case as PDF, HTML or Markdown</source>
        <translation>Einen Kurzbericht des Falls als PDF, HTML oder Markdown schreiben</translation>
    </message>
    <message>
        <source>New &amp;Note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <source>Add a note on the selection</source>
        <translation>Eine Notiz zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Note on This &amp;Period</source>
        <translation>Notiz zu diesem &amp;Zeitraum</translation>
    </message>
    <message>
        <source>Add a note on the period the timeline shows</source>
        <translation>Eine Notiz zu dem Zeitraum hinzufügen, den die Zeitleiste zeigt</translation>
    </message>
    <message>
        <source>&amp;Author Name…</source>
        <translation>&amp;Autorenname…</translation>
    </message>
    <message>
        <source>The name stamped on your notes</source>
        <translation>Der Name auf Ihren Notizen</translation>
    </message>
    <message>
        <source>Note on the Selection</source>
        <translation>Notiz zur Auswahl</translation>
    </message>
    <message>
        <source>Note on the Whole Case</source>
        <translation>Notiz zum ganzen Fall</translation>
    </message>
    <message>
        <source>Cannot import notes</source>
        <translation>Notizen können nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Notes from %1: %2.</source>
        <translation>Notizen aus %1: %2.</translation>
    </message>
    <message>
        <source>Notes changed on both sides keep your version; theirs waits above the note in the Notes panel (marked with a warning sign) until you choose.</source>
        <translation>Bei Notizen, die auf beiden Seiten geändert wurden, bleibt Ihre Fassung; die andere wartet im Notizbereich über der Notiz (mit einem Warnzeichen markiert), bis Sie wählen.</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Notizen importiert</translation>
    </message>
    <message>
        <source>Cannot export notes</source>
        <translation>Notizen können nicht exportiert werden</translation>
    </message>
    <message>
        <source>1 note written to %1.</source>
        <translation>1 Notiz nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%2 notes written to %1.</source>
        <translation>%2 Notizen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Notes exported</source>
        <translation>Notizen exportiert</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot export the brief</source>
        <translation>Der Kurzbericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Brief exported</source>
        <translation>Kurzbericht exportiert</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Kurzbericht exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>NoteRescue</name>
    <message>
        <source>unsaved note %1</source>
        <translation>ungespeicherte Notiz %1</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add a note on the selection (Ctrl+Alt+N)</source>
        <translation>Eine Notiz zur Auswahl hinzufügen (Strg+Alt+N)</translation>
    </message>
    <message>
        <source>Which notes</source>
        <translation>Welche Notizen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Der ganze Fall</translation>
    </message>
    <message>
        <source>All notes in the case</source>
        <translation>Alle Notizen des Falls</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>The note could not be saved to the case (%1). Its text was saved to:
%2</source>
        <translation>Die Notiz konnte nicht im Fall gespeichert werden (%1). Ihr Text wurde gespeichert unter:
%2</translation>
    </message>
    <message>
        <source>Note not saved to the case</source>
        <translation>Notiz nicht im Fall gespeichert</translation>
    </message>
    <message>
        <source>The note could not be saved to the case (%1), nor to a file. Its text is on the clipboard: paste it somewhere safe.</source>
        <translation>Die Notiz konnte weder im Fall (%1) noch in einer Datei gespeichert werden. Ihr Text liegt in der Zwischenablage: Fügen Sie ihn an einem sicheren Ort ein.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>The event this note was on has been deleted: the note is kept on the whole case.</source>
        <translation>Das Ereignis dieser Notiz wurde gelöscht: Die Notiz bleibt beim ganzen Fall erhalten.</translation>
    </message>
    <message>
        <source>The entity this note was on has been deleted: the note is kept on the whole case.</source>
        <translation>Der Akteur dieser Notiz wurde gelöscht: Die Notiz bleibt beim ganzen Fall erhalten.</translation>
    </message>
    <message>
        <source>The relationship this note was on has been deleted: the note is kept on the whole case.</source>
        <translation>Die Beziehung dieser Notiz wurde gelöscht: Die Notiz bleibt beim ganzen Fall erhalten.</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>No participants yet: add the companies and people this event involves.</source>
        <translation>Noch keine Beteiligten: Fügen Sie die Unternehmen und Personen hinzu, die an diesem Ereignis beteiligt sind.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Beteiligter</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Beteiligten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Beteiligten %1 entfernen</translation>
    </message>
    <message>
        <source>The case has no entities yet: add one with Edit ▸ New Entity…</source>
        <translation>Der Fall hat noch keine Akteure: Fügen Sie einen mit Bearbeiten ▸ Neuer Akteur… hinzu</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Your name on notes, theme, font size, lanes, dates, autosave and backups</source>
        <translation>Ihr Name in Notizen, Farbschema, Schriftgröße, Bahnen, Datumsanzeige, automatisches Speichern und Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Autorenname</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Stamped on each note you write; empty uses your login name</source>
        <translation>Steht auf jeder Notiz, die Sie schreiben; leer bedeutet Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Autorenname:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save notes after typing stops for</source>
        <translation>Notizen speichern nach einer Tipppause von</translation>
    </message>
    <message>
        <source>A note is saved this long after you stop typing, and on leaving it</source>
        <translation>Eine Notiz wird so lange nach Ihrem letzten Tastendruck gespeichert – und wenn Sie sie verlassen</translation>
    </message>
    <message>
        <source>&amp;Save notes after typing stops for:</source>
        <translation>Notizen &amp;speichern nach einer Tipppause von:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Timeline and dates</source>
        <translation>Zeitleiste und Datum</translation>
    </message>
    <message>
        <source>Default lanes</source>
        <translation>Standard-Bahnen</translation>
    </message>
    <message>
        <source>By entity</source>
        <translation>Nach Akteur</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>One packed lane</source>
        <translation>Eine gepackte Bahn</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>Standard-&amp;Bahnen:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>As in the case: {day}</source>
        <translation>Wie im Fall: {day}</translation>
    </message>
    <message>
        <source>System language ({language}): {day}</source>
        <translation>Systemsprache ({language}): {day}</translation>
    </message>
    <message>
        <source>ISO 8601: {day}</source>
        <translation>ISO 8601: {day}</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Back up changes every</source>
        <translation>Änderungen sichern alle</translation>
    </message>
    <message>
        <source>&amp;Back up changes every:</source>
        <translation>Änderungen s&amp;ichern alle:</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Keep weekly backups for</source>
        <translation>Wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Every backup of the last day and one a day for a week are always kept</source>
        <translation>Alle Sicherungen des letzten Tages und eine pro Tag für eine Woche bleiben immer erhalten</translation>
    </message>
    <message>
        <source>&amp;Keep weekly backups for:</source>
        <translation>&amp;Wöchentliche Sicherungen behalten:</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Presenter console — %1</source>
        <translation>Referentenkonsole — %1</translation>
    </message>
    <message>
        <source>This tour has no steps yet.</source>
        <translation>Diese Tour hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Ende der Tour</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Vortragsnotizen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step (←, Page Up)</source>
        <translation>Vorheriger Schritt (←, Bild auf)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step (→, Page Down, Space)</source>
        <translation>Nächster Schritt (→, Bild ab, Leertaste)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Black screen (B or .)</source>
        <translation>Schwarzer Bildschirm (B oder .)</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Uhr zurücksetzen</translation>
    </message>
    <message>
        <source>Start the elapsed time again from zero</source>
        <translation>Die verstrichene Zeit wieder bei null beginnen</translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation>Tasten ?</translation>
    </message>
    <message>
        <source>Show the presenter keys (?)</source>
        <translation>Die Präsentationstasten zeigen (?)</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Leave the show (Esc)</source>
        <translation>Die Präsentation verlassen (Esc)</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>Jetzt zu sehen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Steps of “%1”</source>
        <translation>Schritte von „%1“</translation>
    </message>
    <message>
        <source>Show Slides</source>
        <translation>Folien zeigen</translation>
    </message>
    <message>
        <source>Show the slides full screen in place of the console (S)</source>
        <translation>Die Folien im Vollbild statt der Konsole zeigen (S)</translation>
    </message>
    <message>
        <source>Swap Screens</source>
        <translation>Bildschirme tauschen</translation>
    </message>
    <message>
        <source>Put the slides and the console on each other&apos;s screen (S)</source>
        <translation>Folien und Konsole auf den jeweils anderen Bildschirm legen (S)</translation>
    </message>
    <message>
        <source>End screen</source>
        <translation>Schlussbild</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Keine Schritte</translation>
    </message>
    <message>
        <source>Next press leaves the show</source>
        <translation>Nächster Tastendruck beendet die Präsentation</translation>
    </message>
    <message>
        <source>Go to step %1 — press Enter</source>
        <translation>Zu Schritt %1 springen — Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Screen is %1</source>
        <translation>Bildschirm ist %1</translation>
    </message>
    <message>
        <source>black</source>
        <translation>schwarz</translation>
    </message>
    <message>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <source>End screen is up — Esc or → leaves the show, ← goes back</source>
        <translation>Schlussbild wird gezeigt — Esc oder → beendet die Präsentation, ← geht zurück</translation>
    </message>
    <message>
        <source>Last step — → shows the end screen</source>
        <translation>Letzter Schritt — → zeigt das Schlussbild</translation>
    </message>
</context>
<context>
    <name>PresenterController</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Start from &amp;Beginning</source>
        <translation>Von &amp;Anfang an</translation>
    </message>
    <message>
        <source>Present the tour full screen</source>
        <translation>Die Tour im Vollbild präsentieren</translation>
    </message>
    <message>
        <source>Start from &amp;Selection</source>
        <translation>Ab Aus&amp;wahl</translation>
    </message>
    <message>
        <source>Present from the step of the selected event</source>
        <translation>Ab dem Schritt des ausgewählten Ereignisses präsentieren</translation>
    </message>
    <message>
        <source>&amp;Tours…</source>
        <translation>&amp;Touren…</translation>
    </message>
    <message>
        <source>Add, remove, reorder and annotate the steps of tours</source>
        <translation>Schritte von Touren hinzufügen, entfernen, umordnen und kommentieren</translation>
    </message>
    <message>
        <source>&amp;Export Slides…</source>
        <translation>Folien &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the tour as a PDF or as PNG images</source>
        <translation>Die Tour als PDF oder als PNG-Bilder speichern</translation>
    </message>
    <message>
        <source>Show Presenter &amp;Console</source>
        <translation>Referenten&amp;konsole zeigen</translation>
    </message>
    <message>
        <source>During a show: the console with notes, next step and timer in front (S)</source>
        <translation>Während einer Präsentation: die Konsole mit Notizen, nächstem Schritt und Uhr nach vorn (S)</translation>
    </message>
    <message>
        <source>Show S&amp;lides</source>
        <translation>&amp;Folien zeigen</translation>
    </message>
    <message>
        <source>During a show: the slides full screen in front (S)</source>
        <translation>Während einer Präsentation: die Folien im Vollbild nach vorn (S)</translation>
    </message>
    <message>
        <source>Ch&amp;oose Tour</source>
        <translation>T&amp;our wählen</translation>
    </message>
    <message>
        <source>Slide T&amp;heme</source>
        <translation>Folien&amp;design</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>“%1” has no steps yet: add some in Present ▸ Tours…</source>
        <translation>„%1“ hat noch keine Schritte: fügen Sie welche unter Präsentieren ▸ Touren… hinzu</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Slide export cancelled: nothing was written to %1</source>
        <translation>Folienexport abgebrochen: nach %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Cannot export slides</source>
        <translation>Folien können nicht exportiert werden</translation>
    </message>
    <message>
        <source>The slides could not be written.</source>
        <translation>Die Folien konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 slides to %2</source>
        <translation>%1 Folien nach %2 exportiert</translation>
    </message>
    <message>
        <source>Wrote 1 slide to %2.</source>
        <translation>1 Folie nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 slides to %2.</source>
        <translation>%1 Folien nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>RecordManager</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Changes are made at once; Edit ▸ Undo takes them back one by one.</source>
        <translation>Änderungen gelten sofort; Bearbeiten ▸ Rückgängig nimmt sie einzeln zurück.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
</context>
<context>
    <name>RelationshipDetail</name>
    <message>
        <source>Relationship detail</source>
        <translation>Beziehungsdetails</translation>
    </message>
</context>
<context>
    <name>RelationshipDialogs</name>
    <message>
        <source>Export the relationship graph</source>
        <translation>Den Beziehungsgraphen exportieren</translation>
    </message>
</context>
<context>
    <name>RelationshipForm</name>
    <message>
        <source>Edit Relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>New Relationship</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <source>Relations&amp;hip</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>e.g. investor in, or your own words</source>
        <translation>z. B. investor in, oder eigene Worte</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>O&amp;ne way, from → to (else both ways)</source>
        <translation>Nur in e&amp;ine Richtung, von → zu (sonst in beide)</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Nur in eine Richtung</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Bezeic&amp;hnung:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>optional, e.g. 49%, non-voting</source>
        <translation>optional, z. B. 49 %, ohne Stimmrecht</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>optional, if unknown</source>
        <translation>optional, falls unbekannt</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>optional, empty while it lasts</source>
        <translation>optional, leer, solange sie besteht</translation>
    </message>
    <message>
        <source>Ce&amp;rtainty:</source>
        <translation>Gewi&amp;ssheit:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What ties them (Markdown)</source>
        <translation>Was sie verbindet (Markdown)</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>a relationship needs two entities: add them first with New Entity…</source>
        <translation>eine Beziehung braucht zwei Akteure: Fügen Sie sie zuerst mit Neuer Akteur… hinzu</translation>
    </message>
    <message>
        <source>an event is listed twice with the same effect</source>
        <translation>ein Ereignis steht zweimal mit derselben Wirkung in der Liste</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
</context>
<context>
    <name>RelationshipSentence</name>
    <message>
        <source>%1 is a customer of %2</source>
        <translation>%1 ist Kunde von %2</translation>
    </message>
    <message>
        <source>%1 is a supplier to %2</source>
        <translation>%1 ist Lieferant von %2</translation>
    </message>
    <message>
        <source>%1 is an investor in %2</source>
        <translation>%1 ist Investor bei %2</translation>
    </message>
    <message>
        <source>%1 owns a stake in %2</source>
        <translation>%1 hält eine Beteiligung an %2</translation>
    </message>
    <message>
        <source>%1 acquired %2</source>
        <translation>%1 hat %2 übernommen</translation>
    </message>
    <message>
        <source>%1 is a founder of %2</source>
        <translation>%1 gehört zu den Gründern von %2</translation>
    </message>
    <message>
        <source>%1 is the CEO of %2</source>
        <translation>%1 ist CEO von %2</translation>
    </message>
    <message>
        <source>%1 is an executive of %2</source>
        <translation>%1 ist Führungskraft bei %2</translation>
    </message>
    <message>
        <source>%1 is a board member of %2</source>
        <translation>%1 sitzt im Verwaltungsrat von %2</translation>
    </message>
    <message>
        <source>%1 is an employee of %2</source>
        <translation>%1 arbeitet bei %2</translation>
    </message>
    <message>
        <source>%1 leads a unit at %2</source>
        <translation>%1 leitet eine Einheit bei %2</translation>
    </message>
    <message>
        <source>%1 is a competitor of %2</source>
        <translation>%1 ist Konkurrent von %2</translation>
    </message>
    <message>
        <source>%1 is a partner of %2</source>
        <translation>%1 ist Partner von %2</translation>
    </message>
</context>
<context>
    <name>RelationshipTable</name>
    <message>
        <source>Relationships table</source>
        <translation>Beziehungstabelle</translation>
    </message>
</context>
<context>
    <name>RelationshipsController</name>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
</context>
<context>
    <name>RelationshipsDialog</name>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>&amp;Add relationship…</source>
        <translation>Beziehung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <source>Relationship views</source>
        <translation>Beziehungsansichten</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Comparing %1 → %2</source>
        <translation>Vergleich %1 → %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>There are no backups of this case yet. A backup is taken when a case is opened and every few minutes while it changes.</source>
        <translation>Von diesem Fall gibt es noch keine Sicherungen. Eine Sicherung wird angelegt, wenn ein Fall geöffnet wird, und alle paar Minuten, solange er sich ändert.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Sicherungen von %1, neueste zuerst:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore as &amp;New Case…</source>
        <translation>Als &amp;neuen Fall wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Restore Over This Case…</source>
        <translation>Über diesen Fall &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>%1 (restored %2).case.db</source>
        <translation>%1 (wiederhergestellt %2).case.db</translation>
    </message>
    <message>
        <source>Restore as New Case</source>
        <translation>Als neuen Fall wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup of %1 is now %2.</source>
        <translation>Die Sicherung von %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Open it?</source>
        <translation>Öffnen?</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup of %2?</source>
        <translation>Den gesamten Inhalt von %1 durch die Sicherung vom %2 ersetzen?</translation>
    </message>
    <message>
        <source>The case as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Der Fall wird vorher in seinem jetzigen Zustand gesichert; durch Wiederherstellen dieser Sicherung lässt sich das also rückgängig machen.</translation>
    </message>
    <message>
        <source>Restore Over This Case</source>
        <translation>Über diesen Fall wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RowEditors</name>
    <message>
        <source>Actor</source>
        <translation>Handelnd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Erwähnt</translation>
    </message>
    <message>
        <source>Starts it</source>
        <translation>Beginnt sie</translation>
    </message>
    <message>
        <source>Ends it</source>
        <translation>Beendet sie</translation>
    </message>
    <message>
        <source>Modifies it</source>
        <translation>Ändert sie</translation>
    </message>
    <message>
        <source>Reaffirms it</source>
        <translation>Bekräftigt sie</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnt</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>an entity needs a name</source>
        <translation>ein Akteur braucht einen Namen</translation>
    </message>
    <message>
        <source>an alias cannot contain a line break</source>
        <translation>ein weiterer Name darf keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <source>%1 is not a Wikidata id like Q42</source>
        <translation>%1 ist keine Wikidata-Kennung wie Q42</translation>
    </message>
    <message>
        <source>%1 is not a web address like https://example.com</source>
        <translation>%1 ist keine Webadresse wie https://example.com</translation>
    </message>
    <message>
        <source>%1 is not a web page: use an http:// or https:// address</source>
        <translation>%1 ist keine Webseite: Verwenden Sie eine Adresse mit http:// oder https://</translation>
    </message>
    <message>
        <source>a source needs a publisher</source>
        <translation>eine Quelle braucht einen Herausgeber</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>eine Quelle braucht einen Titel</translation>
    </message>
    <message>
        <source>an era needs a title</source>
        <translation>eine Epoche braucht einen Titel</translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation>%1 liegt vor dem Beginn %2</translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <source>… (%1 more characters are not shown here)</source>
        <translation>… (%1 weitere Zeichen werden hier nicht gezeigt)</translation>
    </message>
</context>
<context>
    <name>SearchKeys</name>
    <message>
        <source>Go down into the results</source>
        <translation>In die Ergebnisse wechseln</translation>
    </message>
    <message>
        <source>Open the current (or first) result</source>
        <translation>Aktuelles (oder erstes) Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Ausgewähltes Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Back to the search field (from the first result)</source>
        <translation>Zurück ins Suchfeld (vom ersten Ergebnis aus)</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Zurück ins Suchfeld</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search events, entities and notes; results appear as you type</source>
        <translation>Ereignisse, Akteure und Notizen durchsuchen; Ergebnisse erscheinen beim Tippen</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search results list</source>
        <translation>Liste der Suchergebnisse</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Filter ausblenden</translation>
    </message>
    <message>
        <source>Filters · %1 on</source>
        <translation>Filter · %1 aktiv</translation>
    </message>
</context>
<context>
    <name>SearchWording</name>
    <message>
        <source>Search events, entities, notes…</source>
        <translation>Ereignisse, Akteure, Notizen suchen…</translation>
    </message>
    <message>
        <source>Type to search the titles and text of events, entities and notes.</source>
        <translation>Tippen Sie, um Titel und Text von Ereignissen, Akteuren und Notizen zu durchsuchen.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 für „%2“</translation>
    </message>
    <message>
        <source>%1 hidden by filters</source>
        <translation>%1 durch Filter ausgeblendet</translation>
    </message>
    <message>
        <source>%1 outside the filters</source>
        <translation>%1 außerhalb der Filter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pan earlier / later</source>
        <translation>Früher / später verschieben</translation>
    </message>
    <message>
        <source>Go to the start / end of the case</source>
        <translation>Zum Anfang / Ende des Falls</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Bahnen blättern</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Ausgewähltes Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected events</source>
        <translation>Ausgewählte Ereignisse löschen</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom the time around the pointer</source>
        <translation>Die Zeit um den Mauszeiger herum zoomen</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Umschalt+Mausrad</translation>
    </message>
    <message>
        <source>Drag empty space</source>
        <translation>Leere Fläche ziehen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Click an event</source>
        <translation>Auf ein Ereignis klicken</translation>
    </message>
    <message>
        <source>Select it</source>
        <translation>Es auswählen</translation>
    </message>
    <message>
        <source>Ctrl+click  Shift+click</source>
        <translation>Strg+Klick  Umschalt+Klick</translation>
    </message>
    <message>
        <source>Add an event to the selection, or take it out</source>
        <translation>Ein Ereignis zur Auswahl hinzufügen oder herausnehmen</translation>
    </message>
    <message>
        <source>Ctrl+drag  Shift+drag</source>
        <translation>Strg+Ziehen  Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Select the events in a rectangle</source>
        <translation>Die Ereignisse in einem Rechteck auswählen</translation>
    </message>
    <message>
        <source>Drag an event</source>
        <translation>Ein Ereignis ziehen</translation>
    </message>
    <message>
        <source>Move it to another date</source>
        <translation>Es auf ein anderes Datum verschieben</translation>
    </message>
    <message>
        <source>Drag the time cursor</source>
        <translation>Den Zeitcursor ziehen</translation>
    </message>
    <message>
        <source>Show the relationships as of that date</source>
        <translation>Die Beziehungen an diesem Datum zeigen</translation>
    </message>
    <message>
        <source>Drag the overview&apos;s window</source>
        <translation>Das Fenster der Übersicht ziehen</translation>
    </message>
    <message>
        <source>Move along the whole case</source>
        <translation>Durch den ganzen Fall wandern</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Add an event on that date (empty space) or edit one</source>
        <translation>Ereignis an diesem Datum anlegen (freie Fläche) oder bearbeiten</translation>
    </message>
    <message>
        <source>Link to an entity or event: type part of its name, ↑ ↓ and Enter to choose</source>
        <translation>Link zu einem Akteur oder Ereignis: einen Teil des Namens tippen, mit ↑ ↓ und Eingabetaste wählen</translation>
    </message>
    <message>
        <source>Esc (while names are offered)</source>
        <translation>Esc (während Namen angeboten werden)</translation>
    </message>
    <message>
        <source>Close the list of names</source>
        <translation>Die Namensliste schließen</translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Timeline (when it has the focus)</source>
        <translation>Zeitleiste (wenn sie den Fokus hat)</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”</source>
        <translation>Kein Tastenkürzel passt zu „%1“</translation>
    </message>
    <message>
        <source>During a show (presenter)</source>
        <translation>Während einer Präsentation</translation>
    </message>
    <message>
        <source>Timeline with the mouse</source>
        <translation>Zeitleiste mit der Maus</translation>
    </message>
    <message>
        <source>Relationship graph (when it has the focus)</source>
        <translation>Beziehungsgraph (wenn er den Fokus hat)</translation>
    </message>
    <message>
        <source>Relationship graph with the mouse</source>
        <translation>Beziehungsgraph mit der Maus</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Typing a note</source>
        <translation>Beim Schreiben einer Notiz</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to filter, e.g. “zoom” or “Ctrl”</source>
        <translation>Zum Filtern tippen, z. B. „zoom“ oder „Strg“</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SlideExport</name>
    <message>
        <source>Preparing the slides…</source>
        <translation>Folien werden vorbereitet…</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
</context>
<context>
    <name>SlideExportDialog</name>
    <message>
        <source>PDF, one page a step (*.pdf);;PNG images in a folder (*)</source>
        <translation>PDF, eine Seite je Schritt (*.pdf);;PNG-Bilder in einem Ordner (*)</translation>
    </message>
    <message>
        <source>Export slides</source>
        <translation>Folien exportieren</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Screen is black</source>
        <translation>Bildschirm ist schwarz</translation>
    </message>
    <message>
        <source>Screen is white</source>
        <translation>Bildschirm ist weiß</translation>
    </message>
    <message>
        <source>press any arrow to come back</source>
        <translation>eine Pfeiltaste bringt ihn zurück</translation>
    </message>
</context>
<context>
    <name>SlideTheme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>End of the presentation</source>
        <translation>Ende der Präsentation</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>erfasst als %1</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>e.g. Reuters</source>
        <translation>z. B. Reuters</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The article&apos;s headline</source>
        <translation>Die Überschrift des Artikels</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>P&amp;ublished:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Edit step headline</source>
        <translation>Überschrift des Schritts bearbeiten</translation>
    </message>
    <message>
        <source>Change step window</source>
        <translation>Zeitfenster des Schritts ändern</translation>
    </message>
    <message>
        <source>Change relationships date</source>
        <translation>Datum der Beziehungen ändern</translation>
    </message>
    <message>
        <source>Edit speaker notes</source>
        <translation>Vortragsnotizen bearbeiten</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Strip from</source>
        <translation>Leiste von</translation>
    </message>
    <message>
        <source>Strip to</source>
        <translation>Leiste bis</translation>
    </message>
    <message>
        <source>Relationships as of</source>
        <translation>Beziehungen am</translation>
    </message>
    <message>
        <source>automatic — e.g. %1</source>
        <translation>automatisch — z. B. %1</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Vortragsnotizen</translation>
    </message>
    <message>
        <source>What to say at this step (Markdown). Only you see these, on the console.</source>
        <translation>Was Sie bei diesem Schritt sagen wollen (Markdown). Nur Sie sehen das, auf der Konsole.</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Zeigt</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>Übe&amp;rschrift</translation>
    </message>
    <message>
        <source>Strip &amp;from</source>
        <translation>Lei&amp;ste von</translation>
    </message>
    <message>
        <source>Strip t&amp;o</source>
        <translation>Leiste &amp;bis</translation>
    </message>
    <message>
        <source>Relationships &amp;as of</source>
        <translation>Beziehungen &amp;am</translation>
    </message>
    <message>
        <source>Spea&amp;ker notes</source>
        <translation>&amp;Vortragsnotizen</translation>
    </message>
    <message>
        <source>Choose a step in the list.</source>
        <translation>Wählen Sie einen Schritt in der Liste.</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Ereignis: %1 (%2)</translation>
    </message>
    <message>
        <source>Event: (deleted from the case)</source>
        <translation>Ereignis: (aus dem Fall gelöscht)</translation>
    </message>
    <message>
        <source>%1. Try %2.</source>
        <translation>%1. Versuchen Sie %2.</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast (projector)</source>
        <translation>Hoher Kontrast (Beamer)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation>Zeitleistendiagramm</translation>
    </message>
    <message>
        <source>This case has no events yet.

Double-click here or press Ctrl+E (Edit ▸ New Event…) to add one, or bring in a timeline with File ▸ Import…</source>
        <translation>Dieser Fall hat noch keine Ereignisse.

Doppelklicken Sie hier oder drücken Sie Strg+E (Bearbeiten ▸ Neues Ereignis…), um eines hinzuzufügen, oder holen Sie eine Zeitleiste mit Datei ▸ Importieren… herein.</translation>
    </message>
</context>
<context>
    <name>TourEditor</name>
    <message>
        <source>Tours</source>
        <translation>Touren</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>Titel der Tour</translation>
    </message>
    <message>
        <source>&amp;Default tour (F5 plays it)</source>
        <translation>Stan&amp;dardtour (F5 spielt sie ab)</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <source>&amp;New Tour</source>
        <translation>&amp;Neue Tour</translation>
    </message>
    <message>
        <source>Make a Cop&amp;y</source>
        <translation>&amp;Kopie anlegen</translation>
    </message>
    <message>
        <source>De&amp;lete Tour</source>
        <translation>Tour &amp;löschen</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>Add Selected &amp;Event</source>
        <translation>Ausgewähltes &amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Period in View</source>
        <translation>Sic&amp;htbaren Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Relationships at Cursor</source>
        <translation>Be&amp;ziehungen am Cursor hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Pre&amp;sent from This Step</source>
        <translation>Ab diesem Schritt &amp;präsentieren</translation>
    </message>
    <message>
        <source>Steps (drag to reorder)</source>
        <translation>Schritte (zum Umordnen ziehen)</translation>
    </message>
    <message>
        <source>This tour is made from the case whenever it is shown. To change it, make a copy.</source>
        <translation>Diese Tour wird bei jedem Anzeigen aus dem Fall erstellt. Um sie zu ändern, legen Sie eine Kopie an.</translation>
    </message>
    <message>
        <source>Drag to reorder; double-click to present from here</source>
        <translation>Zum Umordnen ziehen; Doppelklick präsentiert ab hier</translation>
    </message>
    <message>
        <source>Select an event on the timeline (or in the table) first, then add it.</source>
        <translation>Wählen Sie zuerst ein Ereignis auf der Zeitleiste (oder in der Tabelle) aus und fügen Sie es dann hinzu.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Case Explorer User Guide</source>
        <translation>Case Explorer – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: %1</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation: %1</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>The timeline</source>
        <translation>Die Zeitleiste</translation>
    </message>
    <message>
        <source>Every event of the case, one lane per company or person. Scroll to zoom, drag to pan, click an event to read it in Event detail; F fits the whole case.</source>
        <translation>Alle Ereignisse des Falls, eine Bahn je Unternehmen oder Person. Mit dem Mausrad zoomen, durch Ziehen verschieben, ein Ereignis anklicken, um es in den Ereignisdetails zu lesen; F zeigt den ganzen Fall.</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>The selected event in full: when it happened and how precisely that is known, how sure we are of it (confirmed, reported, rumoured…), who took part, and its sources. F2 edits it.</source>
        <translation>Das ausgewählte Ereignis vollständig: wann es geschah und wie genau das bekannt ist, wie sicher es ist (bestätigt, berichtet, Gerücht …), wer beteiligt war und seine Quellen. F2 bearbeitet es.</translation>
    </message>
    <message>
        <source>The time cursor</source>
        <translation>Der Zeitcursor</translation>
    </message>
    <message>
        <source>The red line is the “as of” date, written on the ruler under it. Drag it along the timeline: the relationship panel shows who was tied to whom on that date.</source>
        <translation>Die rote Linie ist das Stichtagsdatum; es steht auf dem Lineal darunter. Ziehen Sie sie über die Zeitleiste: Der Beziehungsbereich zeigt, wer an diesem Tag mit wem verbunden war.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Stakes, deals and board seats on the cursor&apos;s date, as they happened or as publicly known. Click a tie to see the events that started or changed it.</source>
        <translation>Beteiligungen, Verträge und Aufsichtsratssitze am Datum des Cursors, wie sie waren oder wie sie öffentlich bekannt waren. Klicken Sie auf eine Verbindung, um die Ereignisse zu sehen, die sie begründet oder verändert haben.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your notes on the selected event, entity or the whole case. They are saved as you type, into the case file, with their history.</source>
        <translation>Ihre Notizen zum ausgewählten Ereignis, Akteur oder zum ganzen Fall. Sie werden beim Tippen in der Falldatei gespeichert, mit ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Suche und Filter</translation>
    </message>
    <message>
        <source>Ctrl+F searches events, entities and notes as you type; choose a result to go to it on the timeline. Filters dim or hide events by entity, category and certainty.</source>
        <translation>Strg+F durchsucht Ereignisse, Akteure und Notizen schon beim Tippen; wählen Sie ein Ergebnis, um es auf der Zeitleiste anzusteuern. Filter blenden Ereignisse nach Akteur, Kategorie und Gewissheit ab oder aus.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Press F5 to present the case&apos;s tour full screen: → or a clicker for the next step, Esc to leave. Present ▸ Tours… edits the steps. Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>F5 präsentiert die Tour des Falls im Vollbild: → oder ein Presenter für den nächsten Schritt, Esc zum Beenden. Present ▸ Tours… bearbeitet die Schritte. Hilfe ▸ Tastenkürzel listet alle Tasten.</translation>
    </message>
    <message>
        <source>Guided walkthrough</source>
        <translation>Geführte Einführung</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Case Explorer</source>
        <translation>Willkommen bei Case Explorer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Case Explorer&lt;/h2&gt;&lt;p&gt;Study, annotate and present business case studies: a timeline of events, who was tied to whom on any date, your notes, and a presenter for the room.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Case Explorer&lt;/h2&gt;&lt;p&gt;Fallstudien aus der Wirtschaft lesen, kommentieren und präsentieren: eine Zeitleiste der Ereignisse, wer an welchem Tag mit wem verbunden war, Ihre Notizen und eine Präsentation für den Raum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Zuletzt geöffnete Fälle</translation>
    </message>
    <message>
        <source>&amp;Show this page when Case Explorer starts</source>
        <translation>Diese Seite beim &amp;Start von Case Explorer zeigen</translation>
    </message>
    <message>
        <source>Open the Scale AI case</source>
        <translation>Den Fall Scale AI öffnen</translation>
    </message>
    <message>
        <source>The bundled case: Meta&apos;s stake in Scale AI, and OpenAI and Google walking away (2025)</source>
        <translation>Der mitgelieferte Fall: Metas Beteiligung an Scale AI, und wie OpenAI und Google sich abwenden (2025)</translation>
    </message>
    <message>
        <source>Take the two-minute walkthrough</source>
        <translation>Die Zwei-Minuten-Einführung</translation>
    </message>
    <message>
        <source>A few steps over the timeline, the time cursor, relationships, notes and the presenter</source>
        <translation>Ein paar Schritte über Zeitleiste, Zeitcursor, Beziehungen, Notizen und Präsentation</translation>
    </message>
    <message>
        <source>Open a case file…</source>
        <translation>Eine Falldatei öffnen…</translation>
    </message>
    <message>
        <source>A .case.db file from your computer</source>
        <translation>Eine .case.db-Datei von Ihrem Rechner</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>Start an empty case and add your own events</source>
        <translation>Mit einem leeren Fall und eigenen Ereignissen beginnen</translation>
    </message>
    <message>
        <source>Import from TimelineJS or CSV…</source>
        <translation>Aus TimelineJS oder CSV importieren…</translation>
    </message>
    <message>
        <source>Make a new case from a TimelineJS file, a Google Sheet saved as CSV, or any CSV</source>
        <translation>Einen neuen Fall aus einer TimelineJS-Datei, einer als CSV gespeicherten Google-Tabelle oder einer beliebigen CSV-Datei anlegen</translation>
    </message>
    <message>
        <source>(no recent cases yet)</source>
        <translation>(noch keine zuletzt geöffneten Fälle)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>To bring a TimelineJS or CSV file in, use File ▸ Import… (Ctrl+Shift+I) or Welcome ▸ Import.</source>
        <translation>Um eine TimelineJS- oder CSV-Datei zu übernehmen, verwenden Sie Datei ▸ Importieren… (Strg+Umschalt+I) oder Willkommen ▸ Importieren.</translation>
    </message>
    <message>
        <source>Case Explorer opens %1 instead.</source>
        <translation>Case Explorer öffnet stattdessen %1.</translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation>Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Der Fall konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Case file busy</source>
        <translation>Falldatei belegt</translation>
    </message>
    <message>
        <source>Another program is writing to the case file, so it could not be read or changed just now. Nothing was changed; try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in die Falldatei, daher konnte sie eben nicht gelesen oder geändert werden. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Case file moved or deleted</source>
        <translation>Falldatei verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>The case file was moved or deleted while it was open, so nothing more can be saved to it. Use File ▸ Save a Copy… to keep the case as it is open now.</source>
        <translation>Die Falldatei wurde verschoben oder gelöscht, während sie geöffnet war; es kann nichts mehr in ihr gespeichert werden. Mit Datei ▸ Kopie speichern… behalten Sie den Fall so, wie er jetzt geöffnet ist.</translation>
    </message>
    <message>
        <source>Case file error</source>
        <translation>Fehler in der Falldatei</translation>
    </message>
    <message>
        <source>The case file could not be read or written: %1

The app goes on; what you did last may not have been saved.</source>
        <translation>Die Falldatei konnte nicht gelesen oder geschrieben werden: %1

Die App läuft weiter; Ihr letzter Schritt wurde womöglich nicht gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>An unexpected error occurred (%1: %2). The app goes on; the details were written to the terminal, for a bug report.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten (%1: %2). Die App läuft weiter; die Einzelheiten stehen im Terminal, für einen Fehlerbericht.</translation>
    </message>
</context>
</TS>
