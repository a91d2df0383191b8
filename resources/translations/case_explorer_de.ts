<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Checklist</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
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
        <source>Guided &amp;Walkthrough</source>
        <translation>&amp;Geführte Einführung</translation>
    </message>
    <message>
        <source>A few steps over the panels of the main window</source>
        <translation>Ein paar Schritte durch die Bereiche des Hauptfensters</translation>
    </message>
    <message>
        <source>&amp;About Case Explorer</source>
        <translation>Ü&amp;ber Case Explorer</translation>
    </message>
    <message>
        <source>Version, where this case and its backups are kept</source>
        <translation>Version; wo dieser Fall und seine Sicherungen liegen</translation>
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
        <translation>&amp;Bereiche</translation>
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
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
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
        <source>read-only: %1</source>
        <translation>schreibgeschützt: %1</translation>
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
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped on each note you write; empty uses your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes after typing stops for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is saved this long after you stop typing, and on leaving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes after typing stops for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One packed lane</source>
        <translation type="unfinished">Eine gepackte Bahn</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the case: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language}): {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up changes every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep weekly backups for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup of the last day and one a day for a week are always kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep weekly backups for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <source>Relationship views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
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
        <source>Add an event on that date (empty space) or edit one</source>
        <translation>Ereignis an diesem Datum anlegen (freie Fläche) oder bearbeiten</translation>
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
        <source>During a show (presenter)</source>
        <translation>Während einer Präsentation</translation>
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
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation type="unfinished">System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished">Dunkel</translation>
    </message>
    <message>
        <source>High contrast (projector)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
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
        <source>The time cursor</source>
        <translation>Der Zeitcursor</translation>
    </message>
    <message>
        <source>The red line is the “as of” date. Drag it, or click in the overview strip under the timeline: the relationship panel shows who was tied to whom on that date.</source>
        <translation>Die rote Linie ist das Stichtagsdatum. Ziehen Sie sie oder klicken Sie in die Übersicht unter der Zeitleiste: der Beziehungsbereich zeigt, wer an diesem Tag mit wem verbunden war.</translation>
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
        <source>Add events from a TimelineJS file, a Google Sheet saved as CSV, or any CSV</source>
        <translation>Ereignisse aus einer TimelineJS-Datei, einer als CSV gespeicherten Google-Tabelle oder einer beliebigen CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <source>(no recent cases yet)</source>
        <translation>(noch keine zuletzt geöffneten Fälle)</translation>
    </message>
</context>
</TS>
