<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>stand: {date}</source>
        <translation>as of: {date}</translation>
    </message>
    <message>
        <source>&lt;p&gt;De werkbank van de vaste ondersteuners van Plan Samenleven (Agentschap Integratie en Inburgering).&lt;/p&gt;</source>
        <translation>&lt;p&gt;The workbench of the support contacts of Plan Samenleven (Agency for Integration and Civic Integration).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Referentiegegevens (versie {version})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Reference data (version {version})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cijfers over inwoners van niet-EU14-herkomst worden niet meegeleverd: het agentschap publiceert ze jaarlijks en u voert ze zelf in of importeert ze.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Figures on residents of non-EU14 origin are not included: the agency publishes them every year and you enter or import them yourself.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Actie {number} bewerken</source>
        <translation>Edit action {number}</translation>
    </message>
    <message>
        <source>Actienummer</source>
        <translation>Action number</translation>
    </message>
    <message>
        <source>Nummer bevestigd door een bron</source>
        <translation>Number confirmed by a source</translation>
    </message>
    <message>
        <source>Titel van de actie</source>
        <translation>Title of the action</translation>
    </message>
    <message>
        <source>Het agentschap biedt thematische ondersteuning voor deze actie</source>
        <translation>The agency offers thematic support for this action</translation>
    </message>
    <message>
        <source>&amp;Nummer:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>nummer onzeker: niet in een bron bevestigd</source>
        <translation>number uncertain: not confirmed by a source</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Acties van het samenwerkingsverband</source>
        <translation>Actions of the partnership</translation>
    </message>
    <message>
        <source>&amp;KPI bewerken…</source>
        <translation>Edit &amp;KPI…</translation>
    </message>
    <message>
        <source>&amp;Subsidie bewerken…</source>
        <translation>Edit &amp;subsidy…</translation>
    </message>
    <message>
        <source>Actie &amp;toevoegen…</source>
        <translation>Add ac&amp;tion…</translation>
    </message>
    <message>
        <source>KPI-doel en resultaten van de gekozen actie (Enter)</source>
        <translation>KPI target and results of the selected action (Enter)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Verwijdert de actie (Delete; ongedaan maken met Ctrl+Z)</source>
        <translation>Removes the action (Delete; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>KPI-eenheid</source>
        <translation>KPI unit</translation>
    </message>
    <message>
        <source>KPI-doel</source>
        <translation>KPI target</translation>
    </message>
    <message>
        <source>Het beoogde KPI-resultaat in het gekozen projectjaar</source>
        <translation>The intended KPI result in the chosen project year</translation>
    </message>
    <message>
        <source>Tussentijds</source>
        <translation>Interim</translation>
    </message>
    <message>
        <source>Resultaat bij de tussentijdse rapportering</source>
        <translation>Result at the interim report</translation>
    </message>
    <message>
        <source>Eindresultaat</source>
        <translation>Final result</translation>
    </message>
    <message>
        <source>Resultaat bij de eindrapportering</source>
        <translation>Result at the final report</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Best gekend resultaat (eind, anders tussentijds) tegenover het KPI-doel</source>
        <translation>Best known result (final, else interim) against the KPI target</translation>
    </message>
    <message>
        <source>Subsidie</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <source>KPI-doel en resultaten voor projectjaar {year} (kies het projectjaar bovenaan het venster).</source>
        <translation>KPI target and results for project year {year} (choose the project year at the top of the window).</translation>
    </message>
    <message>
        <source>Acties {name} pj {year}</source>
        <translation>Actions {name} year {year}</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Nummer, titel, doelstelling of KPI-eenheid…</source>
        <translation>Number, title, objective or KPI unit…</translation>
    </message>
    <message>
        <source>Zoek in de actiecatalogus</source>
        <translation>Search the action catalogue</translation>
    </message>
    <message>
        <source>Actiecatalogus</source>
        <translation>Action catalogue</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>KPI-eenheid</source>
        <translation>KPI unit</translation>
    </message>
    <message>
        <source>Bedrag per eenheid</source>
        <translation>Amount per unit</translation>
    </message>
    <message>
        <source>Thematische ondersteuning</source>
        <translation>Thematic support</translation>
    </message>
    <message>
        <source>Subsidie voor deze actie in euro (niet verplicht)</source>
        <translation>Subsidy for this action in euro (optional)</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;ubsidie (euro, niet verplicht):</source>
        <translation>S&amp;ubsidy (euro, optional):</translation>
    </message>
    <message>
        <source> (al gekozen)</source>
        <translation> (already chosen)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Doelstelling {number}: {name}</source>
        <translation>Objective {number}: {name}</translation>
    </message>
    <message>
        <source>Kies een actie uit de catalogus.</source>
        <translation>Choose an action from the catalogue.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Toegetreden in projectjaar</source>
        <translation>Joined in project year</translation>
    </message>
    <message>
        <source>datum van toetreden</source>
        <translation>date of joining</translation>
    </message>
    <message>
        <source>Afspraak over de doorstorting</source>
        <translation>Arrangement on the transfer</translation>
    </message>
    <message>
        <source>Hoe stort de indiener de subsidie door?</source>
        <translation>How does the submitter pass on the subsidy?</translation>
    </message>
    <message>
        <source>Toegetreden in &amp;projectjaar:</source>
        <translation>Joined in &amp;project year:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Afspraak doorstorting:</source>
        <translation>Transfer &amp;arrangement:</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>Schrijf een bedrag zoals 1.234,56 (punt voor duizendtallen, komma voor de cent).</source>
        <translation>Write an amount such as 1,234.56 (a comma for thousands, a full stop for the cents).</translation>
    </message>
    <message>
        <source>Vul een bedrag in. {example}</source>
        <translation>Enter an amount. {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: een bedrag kan niet negatief zijn.</source>
        <translation>&apos;{text}&apos;: an amount cannot be negative.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: gebruik een komma voor de cent en een punt voor duizendtallen, bv. {example}.</source>
        <translation>&apos;{text}&apos;: use a full stop for the cents and a comma for thousands, e.g. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen bedrag. {example}</source>
        <translation>&apos;{text}&apos; is not an amount. {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: schrijf hoogstens twee cijfers na de komma. {example}</source>
        <translation>&apos;{text}&apos;: write at most two digits after the decimal point. {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is onwaarschijnlijk groot; kijk het bedrag na.</source>
        <translation>&apos;{text}&apos; is implausibly large; check the amount.</translation>
    </message>
    <message>
        <source>bv. 12.500,00</source>
        <translation>e.g. 12,500.00</translation>
    </message>
    <message>
        <source>Bedrag in euro: punt voor duizendtallen, komma voor de cent</source>
        <translation>Amount in euro: a comma for thousands, a full stop for the cents</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>{app}-database (*.sqlite *.db)</source>
        <translation>{app} database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Het bestand {file} is leeg (0 bytes).</source>
        <translation>The file {file} is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Er is nog geen database op {file}.</source>
        <translation>There is no database at {file} yet.</translation>
    </message>
    <message>
        <source>{app}: database</source>
        <translation>{app}: database</translation>
    </message>
    <message>
        <source>{what}

Een nieuwe, lege database aanmaken? Staan uw gegevens elders, kies dan dat bestand.</source>
        <translation>{what}

Create a new, empty database? If your data is elsewhere, choose that file.</translation>
    </message>
    <message>
        <source>Nieuwe database aanmaken</source>
        <translation>Create new database</translation>
    </message>
    <message>
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Back-up van {date} terugzetten</source>
        <translation>Restore the backup of {date}</translation>
    </message>
    <message>
        <source>De nieuwste goede back-up is van {date}; wat u daarna wijzigde, zit er niet in. Het beschadigde bestand blijft bewaard bij de back-ups.</source>
        <translation>The newest good backup is of {date}; what you changed after that is not in it. The damaged file is kept with the backups.</translation>
    </message>
    <message>
        <source>Er is geen goede back-up van deze database gevonden.</source>
        <translation>No good backup of this database was found.</translation>
    </message>
    <message>
        <source>{app}: database beschadigd</source>
        <translation>{app}: database damaged</translation>
    </message>
    <message>
        <source>{app}: terugzetten mislukt</source>
        <translation>{app}: restore failed</translation>
    </message>
    <message>
        <source>{app}: database niet geopend</source>
        <translation>{app}: database not opened</translation>
    </message>
    <message>
        <source>{app}: let op</source>
        <translation>{app}: please note</translation>
    </message>
    <message>
        <source>{file} is al geopend in een ander venster van {app}. Werk in dat venster verder, of sluit het eerst.</source>
        <translation>{file} is already open in another window of {app}. Go on working in that window, or close it first.</translation>
    </message>
    <message>
        <source>{file} is al geopend in een ander venster.</source>
        <translation>{file} is already open in another window.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Ongedaan maken lukt niet</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>&apos;{change}&apos; kan niet meer teruggedraaid worden: {error}</source>
        <translation>&apos;{change}&apos; can no longer be undone: {error}</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bijlage toevoe&amp;gen…</source>
        <translation>Add attach&amp;ment…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Opent de bijlage met het programma van het systeem (Enter)</source>
        <translation>Opens the attachment with the system&apos;s program (Enter)</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Een bijlage toevoegen bewaart eerst de notitie.</source>
        <translation>Adding an attachment saves the note first.</translation>
    </message>
    <message numerus="yes">
        <source>%n bijlage</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bijlagen</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}, samen {size}</source>
        <translation>{count}, {size} in total</translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Bijlage niet toegevoegd</source>
        <translation>Attachment not added</translation>
    </message>
    <message>
        <source>Bijlage niet geopend</source>
        <translation>Attachment not opened</translation>
    </message>
    <message>
        <source>Geen programma gevonden om {file} te openen.</source>
        <translation>No program found to open {file}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>IGS Desktop maakt zelf back-ups van deze database: bij het starten (hoogstens om de 12 uur), na elke dag dat het venster open blijft, en vóór een upgrade, een import van cijfers, het wissen van persoonsgegevens of het terugzetten van een back-up. Elke back-up wordt gecontroleerd. Bewaard blijven de vijf nieuwste, één per dag voor een week en één per week voor vijf weken.</source>
        <translation>IGS Desktop backs up this database by itself: at start-up (at most every 12 hours), after every day the window stays open, and before an upgrade, an import of figures, the erasure of personal data or the restore of a backup. Every backup is checked. Kept are the five newest, one a day for a week and one a week for five weeks.</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Back-ups van {file}</source>
        <translation>Backups of {file}</translation>
    </message>
    <message>
        <source>Map met de back-ups</source>
        <translation>Folder of the backups</translation>
    </message>
    <message>
        <source>Back-ups, nieuwste eerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Er is nog geen back-up van deze database.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <source>Probleem met de gekozen back-up</source>
        <translation>Problem with the chosen backup</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Nu een back-up maken</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>De gekozen back-up in de plaats van de database zetten (eerst wordt de huidige toestand nog bewaard)</source>
        <translation>Put the chosen backup in the place of the database (the current state is saved first)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Deze back-up doorstond de controle niet: {problem}. Terugzetten wordt geweigerd; kies een andere.</source>
        <translation>This backup failed the check: {problem}. It cannot be restored; choose another one.</translation>
    </message>
    <message>
        <source>Geen back-up gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd ({time}).</source>
        <translation>Backup made and checked ({time}).</translation>
    </message>
    <message>
        <source>Back-up gemaakt, maar de controle vond een probleem: {problem}. Bewaar ook een oudere back-up.</source>
        <translation>Backup made, but the check found a problem: {problem}. Keep an older backup as well.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>De database terugzetten naar de back-up van {when} ({reason})?

Wat sindsdien gewijzigd is, verdwijnt uit de database. Van de huidige toestand wordt eerst nog een back-up gemaakt, zodat u ook dit terugzetten kunt terugdraaien. Daarna opent het hoofdvenster opnieuw, op de teruggezette gegevens.</source>
        <translation>Restore the database to the backup of {when} ({reason})?

What has changed since then disappears from the database. A backup of the current state is made first, so that you can undo this restore too. Then the main window opens again, on the restored data.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back-up niet teruggezet</source>
        <translation>Backup not restored</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>{problem}

Sluit IGS Desktop en start het opnieuw. De toestand van voor het terugzetten staat in de map {folder}.</source>
        <translation>{problem}

Close IGS Desktop and start it again. The state from before the restore is in the folder {folder}.</translation>
    </message>
    <message>
        <source>De database bevat nu de gegevens van de back-up van {created}. Het hoofdvenster is opnieuw geopend.</source>
        <translation>The database now holds the data of the backup of {created}. The main window has been opened again.</translation>
    </message>
    <message>
        <source>De toestand van vlak voor het terugzetten is bewaard als back-up van {before}; zet die terug om dit ongedaan te maken.</source>
        <translation>The state from just before the restore has been kept as the backup of {before}; restore that one to undo this.</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>&amp;Back-ups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Back-ups van deze database bekijken, maken of terugzetten</source>
        <translation>View, make or restore backups of this database</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>A&amp;genda exporteren (.ics)…</source>
        <translation>Export cale&amp;ndar (.ics)…</translation>
    </message>
    <message>
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Agenda exporteren (projectjaar {year})</source>
        <translation>Export calendar (project year {year})</translation>
    </message>
    <message>
        <source>Agendabestanden (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>{file} bestaat al. Wilt u het vervangen?</source>
        <translation>{file} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Agenda geëxporteerd</source>
        <translation>Calendar exported</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>nummer onzeker: door geen bron bevestigd, afgeleid uit de volgorde</source>
        <translation>number uncertain: confirmed by no source, derived from the order</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Thematische ondersteuning</source>
        <translation>Thematic support</translation>
    </message>
    <message>
        <source>KPI-eenheid</source>
        <translation>KPI unit</translation>
    </message>
    <message>
        <source>Bijdrage per eenheid (pj 1)</source>
        <translation>Contribution per unit (py 1)</translation>
    </message>
    <message>
        <source>Max. per aanvrager (pj 1)</source>
        <translation>Max. per applicant (py 1)</translation>
    </message>
    <message>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Zoek in de catalogus…</source>
        <translation>Search the catalogue…</translation>
    </message>
    <message>
        <source>Zoek actie</source>
        <translation>Search action</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Actiecatalogus</source>
        <translation>Action catalogue</translation>
    </message>
    <message>
        <source>Bron: vlaanderen.be/plan-samenleven en het aanvraagformulier van projectjaar 1. Enkel de nummers van acties 1, 2, 3, 4, 5, 12, 23 en 24 zijn door een bron bevestigd (de andere zijn gemarkeerd met ?). Welke acties thematische ondersteuning krijgen, is niet gepubliceerd; 5 en 24 zijn bevestigd. Verbeter gerust: een nieuwe versie van IGS Desktop overschrijft uw correcties niet.</source>
        <translation>Source: vlaanderen.be/plan-samenleven and the application form of project year 1. Only the numbers of actions 1, 2, 3, 4, 5, 12, 23 and 24 are confirmed by a source (the others are marked with ?). Which actions get thematic support is not published; 5 and 24 are confirmed. Feel free to correct: a new version of IGS Desktop does not overwrite your corrections.</translation>
    </message>
    <message>
        <source> (lokale correctie)</source>
        <translation> (local correction)</translation>
    </message>
    <message>
        <source>Hier gecorrigeerd: blijft zo op deze laptop, ook als de coördinator iets anders publiceert.</source>
        <translation>Corrected here: stays so on this laptop, even when the coordinator publishes something else.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>samenwerkingsverband</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>lidmaatschap</source>
        <translation>membership</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>subsidie</source>
        <translation>subsidy</translation>
    </message>
    <message>
        <source>doorstorting</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>stimulus &apos;samenwerking&apos;</source>
        <translation>cooperation stimulus</translation>
    </message>
    <message>
        <source>actie met nieuwe leden</source>
        <translation>action with new members</translation>
    </message>
    <message>
        <source>ondersteuningstraject</source>
        <translation>support track</translation>
    </message>
    <message>
        <source>opvolging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tag van een notitie</source>
        <translation>tag of a note</translation>
    </message>
    <message>
        <source>bestuur van een notitie</source>
        <translation>government of a note</translation>
    </message>
    <message>
        <source>kennisdeling</source>
        <translation>knowledge session</translation>
    </message>
    <message>
        <source>deelnemer aan een kennisdeling</source>
        <translation>participant in a knowledge session</translation>
    </message>
    <message>
        <source>ondersteuner</source>
        <translation>support contact</translation>
    </message>
    <message>
        <source>referentieregio</source>
        <translation>reference region</translation>
    </message>
    <message>
        <source>lokaal bestuur</source>
        <translation>local government</translation>
    </message>
    <message>
        <source>fusie</source>
        <translation>merger</translation>
    </message>
    <message>
        <source>projectjaar</source>
        <translation>project year</translation>
    </message>
    <message>
        <source>doelstelling</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>actie uit de catalogus</source>
        <translation>catalogue action</translation>
    </message>
    <message>
        <source>KPI uit de catalogus</source>
        <translation>catalogue KPI</translation>
    </message>
    <message>
        <source>bevolkingscijfer</source>
        <translation>population figure</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Deze gegevens zijn sinds de vorige synchronisatie zowel hier als in de teamdatabase gewijzigd. Beide waarden blijven bewaard tot u kiest. &apos;Mijn waarde houden&apos; stuurt uw waarde bij de volgende synchronisatie naar het team; &apos;Waarde van het team nemen&apos; zet de waarde van het team hier.</source>
        <translation>These data were changed both here and in the team database since the last synchronisation. Both values are kept until you choose. &apos;Keep my value&apos; sends your value to the team at the next synchronisation; &apos;Take the team&apos;s value&apos; puts the team&apos;s value here.</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Samenwerkingsverband</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(het hele record)</source>
        <translation>(the whole record)</translation>
    </message>
    <message>
        <source>Mijn waarde</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Door / op</source>
        <translation>By / on</translation>
    </message>
    <message>
        <source>Wie mijn waarde instelde, en wanneer</source>
        <translation>Who set my value, and when</translation>
    </message>
    <message>
        <source>Waarde van het team</source>
        <translation>The team&apos;s value</translation>
    </message>
    <message>
        <source>Door / op (team)</source>
        <translation>By / on (team)</translation>
    </message>
    <message>
        <source>Wie de waarde van het team instelde, en wanneer</source>
        <translation>Who set the team&apos;s value, and when</translation>
    </message>
    <message>
        <source>Conflicten met de teamdatabase</source>
        <translation>Conflicts with the team database</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Er zijn geen open conflicten.</source>
        <translation>There are no open conflicts.</translation>
    </message>
    <message>
        <source>Aantal open conflicten</source>
        <translation>Number of open conflicts</translation>
    </message>
    <message>
        <source>&amp;Mijn waarde houden</source>
        <translation>&amp;Keep my value</translation>
    </message>
    <message>
        <source>Uw waarde blijft en gaat bij de volgende synchronisatie naar het team</source>
        <translation>Your value stays and goes to the team at the next synchronisation</translation>
    </message>
    <message>
        <source>Waarde van het &amp;team nemen</source>
        <translation>Take the &amp;team&apos;s value</translation>
    </message>
    <message>
        <source>De waarde van het team komt hier in de plaats</source>
        <translation>The team&apos;s value replaces yours here</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 open conflict</source>
        <translation>1 open conflict</translation>
    </message>
    <message>
        <source>{count} open conflicten</source>
        <translation>{count} open conflicts</translation>
    </message>
    <message>
        <source>Niet opgelost</source>
        <translation>Not resolved</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app}: onverwachte fout</source>
        <translation>{app}: unexpected error</translation>
    </message>
    <message>
        <source>Er ging iets mis dat {app} niet verwachtte. Uw opgeslagen gegevens zijn veilig; de laatste bewerking is mogelijk niet bewaard.
De details staan ook in het logbestand: {log_file}</source>
        <translation>Something went wrong that {app} did not expect. Your saved data is safe; the last edit may not have been saved.
The details are also in the log file: {log_file}</translation>
    </message>
    <message>
        <source>Technische details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Details &amp;kopiëren</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Naam van het samenwerkingsverband</source>
        <translation>Name of the partnership</translation>
    </message>
    <message>
        <source>Indienend lokaal bestuur</source>
        <translation>Submitting government</translation>
    </message>
    <message>
        <source>Afgeleid uit de actieve leden</source>
        <translation>Derived from the active members</translation>
    </message>
    <message>
        <source>Gevormd in projectjaar</source>
        <translation>Formed in project year</translation>
    </message>
    <message>
        <source>Gezamenlijke KPI</source>
        <translation>Joint KPI</translation>
    </message>
    <message>
        <source>Welke KPI willen de leden samen halen?</source>
        <translation>Which KPI do the members want to reach together?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vrije notities</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Indiener:</source>
        <translation>Su&amp;bmitter:</translation>
    </message>
    <message>
        <source>Referentieregio:</source>
        <translation>Reference region:</translation>
    </message>
    <message>
        <source>Gevormd &amp;in:</source>
        <translation>Formed &amp;in:</translation>
    </message>
    <message>
        <source>Gezamenlijke &amp;KPI:</source>
        <translation>Joint &amp;KPI:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>N&amp;otities:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>— kies de indiener —</source>
        <translation>— choose the submitter —</translation>
    </message>
    <message>
        <source>{nis} (geen actief lid)</source>
        <translation>{nis} (not an active member)</translation>
    </message>
    <message>
        <source>— nog geen leden —</source>
        <translation>— no members yet —</translation>
    </message>
</context>
<context>
    <name>DoctorAction</name>
    <message>
        <source>Database controleren</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>De database wordt gecontroleerd: {file}…</source>
        <translation>Checking the database: {file}…</translation>
    </message>
    <message>
        <source>De controle kon niet uitgevoerd worden: {problem}</source>
        <translation>The check could not be run: {problem}</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Lidmaatschap van {name}</source>
        <translation>Membership of {name}</translation>
    </message>
    <message>
        <source>datum van toetreden</source>
        <translation>date of joining</translation>
    </message>
    <message>
        <source>— niet uitgestapt —</source>
        <translation>— has not left —</translation>
    </message>
    <message>
        <source>datum van uitstappen</source>
        <translation>date of leaving</translation>
    </message>
    <message>
        <source>Afspraak over de doorstorting</source>
        <translation>Arrangement on the transfer</translation>
    </message>
    <message>
        <source>Toegetreden in &amp;projectjaar:</source>
        <translation>Joined in &amp;project year:</translation>
    </message>
    <message>
        <source>Datum &amp;toetreden:</source>
        <translation>Date &amp;joined:</translation>
    </message>
    <message>
        <source>&amp;Uitgestapt vanaf:</source>
        <translation>&amp;Left as of:</translation>
    </message>
    <message>
        <source>Datum u&amp;itstappen:</source>
        <translation>Date l&amp;eft:</translation>
    </message>
    <message>
        <source>&amp;Afspraak doorstorting:</source>
        <translation>Transfer &amp;arrangement:</translation>
    </message>
</context>
<context>
    <name>FigureEntryDialog</name>
    <message>
        <source>Bevolkingscijfer van {government}, projectjaar {year}</source>
        <translation>Population figure of {government}, project year {year}</translation>
    </message>
    <message>
        <source>Dit cijfer ontbreekt nog: neem het over uit de tabel van het agentschap en vermeld de bron.</source>
        <translation>This figure is still missing: copy it from the agency&apos;s table and state the source.</translation>
    </message>
    <message>
        <source>Er is al een cijfer bewaard ({figure}, fictief); verbeter het hier, met de bron.</source>
        <translation>A figure has already been saved ({figure}, fictitious); correct it here, with the source.</translation>
    </message>
    <message>
        <source>Er is al een cijfer bewaard ({figure}); verbeter het hier, met de bron.</source>
        <translation>A figure has already been saved ({figure}); correct it here, with the source.</translation>
    </message>
    <message>
        <source>Het aantal inwoners van niet-EU15-herkomst.</source>
        <translation>The number of residents of non-EU15 origin.</translation>
    </message>
    <message>
        <source>Het aantal inwoners van niet-EU14-herkomst.</source>
        <translation>The number of residents of non-EU14 origin.</translation>
    </message>
    <message>
        <source>projectjaar&amp;nbsp;{year}</source>
        <translation>project&amp;nbsp;year&amp;nbsp;{year}</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FigureImportDialog</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Een gemeente die vóór het projectjaar fuseerde, telt bij de fusiegemeente (→).</source>
        <translation>A municipality that merged before the project year counts with the merged municipality (→).</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cijfers importeren uit {file}</source>
        <translation>Import figures from {file}</translation>
    </message>
    <message>
        <source>Problemen in het bestand</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>Cijfers in het bestand</source>
        <translation>Figures in the file</translation>
    </message>
    <message>
        <source>Projectjaar van de cijfers</source>
        <translation>Project year of the figures</translation>
    </message>
    <message>
        <source>Bron van de cijfers</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <source>bv. Agentschap Integratie en Inburgering, tabel 2024</source>
        <translation>e.g. Agentschap Integratie en Inburgering, table 2024</translation>
    </message>
    <message>
        <source>&amp;Projectjaar:</source>
        <translation>&amp;Project year:</translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>… en nog {count} probleem</source>
        <translation>… and {count} more problem</translation>
    </message>
    <message>
        <source>… en nog {count} problemen</source>
        <translation>… and {count} more problems</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; cijfer voor projectjaar {year} (kolommen {columns}): {counts}.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; figure for project year {year} (columns {columns}): {counts}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; cijfers voor projectjaar {year} (kolommen {columns}): {counts}.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; figures for project year {year} (columns {columns}): {counts}.</translation>
    </message>
    <message>
        <source>{count} rij hoort bij een fusiegemeente (→ in de lijst).</source>
        <translation>{count} row belongs to a merged municipality (→ in the list).</translation>
    </message>
    <message>
        <source>{count} rijen horen bij een fusiegemeente (→ in de lijst).</source>
        <translation>{count} rows belong to a merged municipality (→ in the list).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} probleem&lt;/b&gt;: er wordt niets geïmporteerd tot het bestand verbeterd is.</source>
        <translation>&lt;b&gt;{count} problem&lt;/b&gt;: nothing is imported until the file has been corrected.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} problemen&lt;/b&gt;: er wordt niets geïmporteerd tot het bestand verbeterd is.</source>
        <translation>&lt;b&gt;{count} problems&lt;/b&gt;: nothing is imported until the file has been corrected.</translation>
    </message>
    <message>
        <source>{file} lezen…</source>
        <translation>Reading {file}…</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Vermeld de bron van het cijfer, bijvoorbeeld de tabel van het agentschap en het jaar.</source>
        <translation>State the source of the figure, for example the agency&apos;s table and the year.</translation>
    </message>
    <message>
        <source> (fictief)</source>
        <translation> (fictitious)</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Niet-EU14</source>
        <translation>Non-EU14</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Inwoners van niet-EU14-herkomst</source>
        <translation>Residents of non-EU14 origin</translation>
    </message>
    <message>
        <source>Bron van het cijfer</source>
        <translation>Source of the figure</translation>
    </message>
    <message>
        <source>bv. Agentschap Integratie en Inburgering, tabel 2024</source>
        <translation>e.g. Agentschap Integratie en Inburgering, table 2024</translation>
    </message>
    <message>
        <source>&amp;Aantal:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Br&amp;on:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Bevolkingscijfers van {government}</source>
        <translation>Population figures of {government}</translation>
    </message>
    <message>
        <source>Inwoners van niet-EU14-herkomst (in projectjaar 1: niet-EU15), zoals het agentschap ze jaarlijks publiceert. Vermeld altijd de bron.</source>
        <translation>Residents of non-EU14 origin (in project year 1: non-EU15), as the agency publishes them every year. Always state the source.</translation>
    </message>
    <message>
        <source>Cijfers per projectjaar</source>
        <translation>Figures per project year</translation>
    </message>
    <message>
        <source>Bevolkingscijfers {government}</source>
        <translation>Population figures {government}</translation>
    </message>
    <message>
        <source>Cijfer &amp;bewaren</source>
        <translation>Save &amp;figure</translation>
    </message>
    <message>
        <source>&amp;Projectjaar:</source>
        <translation>&amp;Project year:</translation>
    </message>
    <message>
        <source>Cijfer toevoegen of verbeteren</source>
        <translation>Add or correct a figure</translation>
    </message>
    <message>
        <source> (lokale correctie: niet van de coördinator)</source>
        <translation> (local correction: not the coordinator&apos;s)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Klik om het ontbrekende cijfer in te voeren.</source>
        <translation>Click to enter the missing figure.</translation>
    </message>
    <message>
        <source>Bevindingen van de regelcontrole</source>
        <translation>Findings of the rule check</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regelcontrole projectjaar {year}&lt;/b&gt;: {errors}, {warnings}</source>
        <translation>&lt;b&gt;Rule check project year {year}&lt;/b&gt;: {errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n fout</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fouten</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waarschuwing</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waarschuwingen</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen bevindingen: dit verband volgt de regels.</source>
        <translation>No findings: this partnership follows the rules.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>het samenwerkingsverband</source>
        <translation>the partnership</translation>
    </message>
    <message>
        <source>actie {number} – {title}</source>
        <translation>action {number} – {title}</translation>
    </message>
    <message>
        <source>traject actie {number}, {theme}, {phase}</source>
        <translation>support track action {number}, {theme}, {phase}</translation>
    </message>
    <message>
        <source>Opvolging bewerken</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Opvolging toevoegen</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>bv. Verslag van het overleg bezorgen aan de partners</source>
        <translation>e.g. Send the minutes of the meeting to the partners</translation>
    </message>
    <message>
        <source>vervaldatum</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>Waarop de opvolging slaat</source>
        <translation>What the follow-up is about</translation>
    </message>
    <message>
        <source>&amp;Taak:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>Verval&amp;datum:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>&amp;Waarop:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>Beschrijf de taak.</source>
        <translation>Describe the task.</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Opvolgingen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Opvolging &amp;toevoegen…</source>
        <translation>&amp;Add follow-up…</translation>
    </message>
    <message>
        <source>Bewer&amp;ken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Markeer als klaar</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <source>Markeert de opvolging als klaar (of opent ze opnieuw)</source>
        <translation>Marks the follow-up as done (or reopens it)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verwijdert de opvolging (Delete; ongedaan maken met Ctrl+Z)</source>
        <translation>Deletes the follow-up (Delete; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Stand van de opvolgingen</source>
        <translation>State of the follow-ups</translation>
    </message>
    <message>
        <source>achterstallig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waarop</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Klaar op</source>
        <translation>Done on</translation>
    </message>
    <message numerus="yes">
        <source>%n open opvolging</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opvolgingen</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}, waarvan {late} achterstallig</source>
        <translation>{count}, {late} of them overdue</translation>
    </message>
    <message>
        <source>Nog geen opvolgingen.</source>
        <translation>No follow-ups yet.</translation>
    </message>
    <message>
        <source>Her&amp;openen</source>
        <translation>Re&amp;open</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>&amp;Projectjaar:</source>
        <translation>&amp;Project year:</translation>
    </message>
    <message>
        <source>Vul een bedrag in.</source>
        <translation>Enter an amount.</translation>
    </message>
</context>
<context>
    <name>GovernmentChecklist</name>
    <message>
        <source>Zoek een bestuur op naam of NIS-code…</source>
        <translation>Find a local government by name or NIS code…</translation>
    </message>
    <message>
        <source>Zoek in {list}</source>
        <translation>Search {list}</translation>
    </message>
    <message>
        <source>Gekoppeld: {names}</source>
        <translation>Linked: {names}</translation>
    </message>
    <message>
        <source>Nog geen lokaal bestuur gekoppeld.</source>
        <translation>No local government linked yet.</translation>
    </message>
</context>
<context>
    <name>GovernmentChoiceDialog</name>
    <message>
        <source>Lokaal bestuur kiezen</source>
        <translation>Choose a local government</translation>
    </message>
</context>
<context>
    <name>GovernmentPicker</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIS-code</source>
        <translation>NIS code</translation>
    </message>
    <message>
        <source>Referentieregio</source>
        <translation>Reference region</translation>
    </message>
    <message>
        <source>Niet-EU14</source>
        <translation>Non-EU14</translation>
    </message>
    <message>
        <source>Nu lid van</source>
        <translation>Now member of</translation>
    </message>
    <message>
        <source>Naam of NIS-code…</source>
        <translation>Name or NIS code…</translation>
    </message>
    <message>
        <source>Zoek lokaal bestuur</source>
        <translation>Search local government</translation>
    </message>
    <message>
        <source>&amp;Lokaal bestuur:</source>
        <translation>&amp;Local government:</translation>
    </message>
    <message>
        <source>Ook besturen buiten de referentieregio tonen</source>
        <translation>Also show governments outside the reference region</translation>
    </message>
    <message>
        <source>Lokale besturen</source>
        <translation>Local governments</translation>
    </message>
    <message>
        <source>Geen lokaal bestuur gevonden</source>
        <translation>No local government found</translation>
    </message>
    <message>
        <source>Het bestuur daarbuiten tonen</source>
        <translation>Show the government outside it</translation>
    </message>
    <message>
        <source>Geen bestuur in {region} met &apos;{typed}&apos;; {count} daarbuiten.</source>
        <translation>No government in {region} with &apos;{typed}&apos;; {count} outside it.</translation>
    </message>
    <message>
        <source>Geen bestuur in de referentieregio met &apos;{typed}&apos;; {count} daarbuiten.</source>
        <translation>No government in the reference region with &apos;{typed}&apos;; {count} outside it.</translation>
    </message>
    <message>
        <source>De {count} besturen daarbuiten tonen</source>
        <translation>Show the {count} governments outside it</translation>
    </message>
    <message>
        <source>Geen bestuur met &apos;{typed}&apos;.</source>
        <translation>No government with &apos;{typed}&apos;.</translation>
    </message>
    <message>
        <source>Er is geen lokaal bestuur om te kiezen.</source>
        <translation>There is no local government to choose.</translation>
    </message>
</context>
<context>
    <name>GovernmentsPage</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIS-code</source>
        <translation>NIS code</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Referentieregio</source>
        <translation>Reference region</translation>
    </message>
    <message>
        <source>Niet-EU14 (laatste)</source>
        <translation>Non-EU14 (latest)</translation>
    </message>
    <message>
        <source>Inwoners van niet-EU14-herkomst, laatst gekende cijfer</source>
        <translation>Residents of non-EU14 origin, latest known figure</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Samenwerkingsverband(en)</source>
        <translation>Partnership(s)</translation>
    </message>
    <message>
        <source>Zoek op naam of NIS-code…</source>
        <translation>Search by name or NIS code…</translation>
    </message>
    <message>
        <source>Zoek lokaal bestuur</source>
        <translation>Search local governments</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Filter op referentieregio</source>
        <translation>Filter by reference region</translation>
    </message>
    <message>
        <source>Alle regio&apos;s</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>&amp;Referentieregio:</source>
        <translation>&amp;Reference region:</translation>
    </message>
    <message>
        <source>Filter op provincie</source>
        <translation>Filter by province</translation>
    </message>
    <message>
        <source>Alle provincies</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>&amp;Provincie:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Cijfers…</source>
        <translation>&amp;Figures…</translation>
    </message>
    <message>
        <source>Bevolkingscijfers van het gekozen bestuur bekijken en bewerken</source>
        <translation>View and edit the population figures of the chosen government</translation>
    </message>
    <message>
        <source>Cijfers &amp;importeren…</source>
        <translation>&amp;Import figures…</translation>
    </message>
    <message>
        <source>De jaarlijkse tabel van het agentschap (CSV of XLSX) met per NIS-code het aantal inwoners van niet-EU14-herkomst</source>
        <translation>The agency&apos;s yearly table (CSV or XLSX) with the number of residents of non-EU14 origin per NIS code</translation>
    </message>
    <message>
        <source>Lokale besturen</source>
        <translation>Local governments</translation>
    </message>
    <message>
        <source>lokaal bestuur</source>
        <translation>local government</translation>
    </message>
    <message>
        <source>lokale besturen</source>
        <translation>local governments</translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Cijfers importeren</source>
        <translation>Import figures</translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.xlsx *.txt)</source>
        <translation>Tables (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>{file} lezen…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Importeren lukt niet</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&lt;h1&gt;Regels van Plan Samenleven&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Rules of Plan Samenleven&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;IGS Desktop controleert elke aanvrager per projectjaar op deze regels. Elke regel heeft een vaste code: de bevindingen, de tests en de rapporten gebruiken dezelfde code. Een &lt;b&gt;fout&lt;/b&gt; blokkeert de aanvraag; een &lt;b&gt;waarschuwing&lt;/b&gt; vraagt u om te kijken. Onder elke regel staat de zin van het agentschap waar ze vandaan komt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;IGS Desktop checks every applicant against these rules, per project year. Every rule has a fixed code: the findings, the tests and the reports use the same code. An &lt;b&gt;error&lt;/b&gt; blocks the application; a &lt;b&gt;warning&lt;/b&gt; asks you to take a look. Under every rule is the agency&apos;s sentence it comes from (in Dutch).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bron: “{quote}” ({page})</source>
        <translation>Source: “{quote}” ({page})</translation>
    </message>
    <message>
        <source>Bron: {page}</source>
        <translation>Source: {page}</translation>
    </message>
    <message>
        <source>Help — {app}</source>
        <translation>Help — {app}</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Regels</source>
        <translation>&amp;Rules</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>{entity} aangemaakt</source>
        <translation>{entity} created</translation>
    </message>
    <message>
        <source>{entity} gewijzigd</source>
        <translation>{entity} changed</translation>
    </message>
    <message>
        <source>{entity} verwijderd</source>
        <translation>{entity} deleted</translation>
    </message>
    <message>
        <source>{entity} teruggezet</source>
        <translation>{entity} restored</translation>
    </message>
    <message>
        <source>{entity} overgenomen</source>
        <translation>{entity} taken over</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Oude waarde</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Nieuwe waarde</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Historiek van de wijzigingen</source>
        <translation>History of the changes</translation>
    </message>
    <message>
        <source>Wie, wat, veld of waarde…</source>
        <translation>Who, what, field or value…</translation>
    </message>
    <message>
        <source>Zoek in de historiek</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>de laatste {count} wijzigingen</source>
        <translation>the last {count} changes</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wijzigingen</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolderBanner</name>
    <message>
        <source>U kunt alles lezen, maar niets wijzigen. Neemt u het samenwerkingsverband over, dan wordt het aan u toegewezen op de teamdatabase.</source>
        <translation>You can read everything but change nothing. If you take the partnership over, it is assigned to you in the team database.</translation>
    </message>
    <message>
        <source>O&amp;vernemen…</source>
        <translation>Take ove&amp;r…</translation>
    </message>
    <message>
        <source>Wijs dit samenwerkingsverband aan u toe; dit wordt vastgelegd op de teamdatabase en daarna gesynchroniseerd</source>
        <translation>Assign this partnership to you; this is recorded in the team database and then synchronised</translation>
    </message>
    <message>
        <source>Portefeuille van een collega</source>
        <translation>A colleague&apos;s portfolio</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Portefeuille van {name} — alleen lezen</source>
        <translation>Portfolio of {name} — read-only</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>&apos;{partnership}&apos; wordt aan u toegewezen; dit wordt vastgelegd op de server. {name} kan het daarna alleen nog lezen.

Overnemen?</source>
        <translation>&apos;{partnership}&apos; will be assigned to you; this is recorded on the server. {name} can then only read it.

Take it over?</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er is geen teamdatabase ingesteld (Bestand › Team › Teamdatabase…). Er is niets gewijzigd.</source>
        <translation>No team database has been set (File › Team › Team database…). Nothing was changed.</translation>
    </message>
    <message>
        <source>Bezig met overnemen…</source>
        <translation>Taking over…</translation>
    </message>
    <message>
        <source>Overgenomen</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>&apos;{partnership}&apos; hoort nu bij uw portefeuille; de overname is vastgelegd op de teamdatabase.</source>
        <translation>&apos;{partnership}&apos; is now in your portfolio; the takeover is recorded in the team database.</translation>
    </message>
    <message>
        <source>Overnemen mislukt</source>
        <translation>Takeover failed</translation>
    </message>
    <message>
        <source>Het overnemen is mislukt: {error}</source>
        <translation>The takeover failed: {error}</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>KPI van actie {action}</source>
        <translation>KPI of action {action}</translation>
    </message>
    <message>
        <source>Projectjaar van de KPI</source>
        <translation>Project year of the KPI</translation>
    </message>
    <message>
        <source>eenheden</source>
        <translation>units</translation>
    </message>
    <message>
        <source>KPI-doel in {unit}</source>
        <translation>KPI target in {unit}</translation>
    </message>
    <message>
        <source>Tussentijds resultaat in {unit}</source>
        <translation>Interim result in {unit}</translation>
    </message>
    <message>
        <source>Eindresultaat in {unit}</source>
        <translation>Final result in {unit}</translation>
    </message>
    <message>
        <source>KPI-eenheid: {unit}. Laat een veld leeg (—) als het niet gekend is.</source>
        <translation>KPI unit: {unit}. Leave a field empty (—) when it is not known.</translation>
    </message>
    <message>
        <source>&amp;Projectjaar:</source>
        <translation>&amp;Project year:</translation>
    </message>
    <message>
        <source>KPI-&amp;doel:</source>
        <translation>KPI &amp;target:</translation>
    </message>
    <message>
        <source>&amp;Tussentijds resultaat:</source>
        <translation>&amp;Interim result:</translation>
    </message>
    <message>
        <source>&amp;Eindresultaat:</source>
        <translation>&amp;Final result:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portefeuille</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kennisdeling</source>
        <translation>Knowledge sharing</translation>
    </message>
    <message>
        <source>Lokale besturen</source>
        <translation>Local governments</translation>
    </message>
    <message>
        <source>Actiecatalogus</source>
        <translation>Action catalogue</translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Wordt geladen…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{title} — DEMO (fictieve gegevens)</source>
        <translation>{title} — DEMO (fictitious data)</translation>
    </message>
    <message>
        <source>DEMO — deze portefeuille en alle bevolkingscijfers zijn fictief. Gebruik ze niet voor echte adviezen.</source>
        <translation>DEMO — this portfolio and all population figures are fictitious. Do not use them for real advice.</translation>
    </message>
    <message>
        <source>Demo-melding</source>
        <translation>Demo notice</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>&amp;Nieuw samenwerkingsverband…</source>
        <translation>New p&amp;artnership…</translation>
    </message>
    <message>
        <source>Tabblad &amp;sluiten</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>Nieuwe n&amp;otitie…</source>
        <translation>New n&amp;ote…</translation>
    </message>
    <message>
        <source>Notities van het gekozen &amp;bestuur</source>
        <translation>Notes of the chosen &amp;government</translation>
    </message>
    <message>
        <source>Gegevens over een bestuur &amp;exporteren…</source>
        <translation>&amp;Export data about a government…</translation>
    </message>
    <message>
        <source>Persoonsgegevens &amp;wissen…</source>
        <translation>E&amp;rase personal data…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Over {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>Database &amp;controleren</source>
        <translation>Check &amp;database</translation>
    </message>
    <message>
        <source>Pro&amp;jectjaren…</source>
        <translation>Pro&amp;ject years…</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <source>Synchroniseren met de teamdatabase (F9)</source>
        <translation>Synchronise with the team database (F9)</translation>
    </message>
    <message>
        <source>Uw wijzigingen naar de teamdatabase sturen en die van het team ontvangen</source>
        <translation>Send your changes to the team database and receive the team&apos;s</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Regels</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source> Projectjaar: </source>
        <translation> Project year: </translation>
    </message>
    <message>
        <source>Projectjaar voor de regelcontrole</source>
        <translation>Project year of the rule check</translation>
    </message>
    <message>
        <source>Melding over het projectjaar</source>
        <translation>Notice about the project year</translation>
    </message>
    <message>
        <source>De taal blijft {language}.</source>
        <translation>The language stays {language}.</translation>
    </message>
    <message>
        <source>De taal wordt {language} bij de volgende start van {app}.</source>
        <translation>The language becomes {language} the next time {app} starts.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Projectjaar afgelopen</source>
        <translation>Project year over</translation>
    </message>
    <message>
        <source>Projectjaar {number} liep af op {date}. Projectjaar {following} toevoegen?</source>
        <translation>Project year {number} ended on {date}. Add project year {following}?</translation>
    </message>
    <message>
        <source>Projectjaar {following} toevoegen…</source>
        <translation>Add project year {following}…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>pj {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Wijz&amp;igen…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Cijfer invoeren…</source>
        <translation>Enter fi&amp;gure…</translation>
    </message>
    <message>
        <source>Wat als dit bestuur &amp;uitstapt?</source>
        <translation>What if this government &amp;leaves?</translation>
    </message>
    <message>
        <source>Wat als … t&amp;oetreedt?</source>
        <translation>What if … &amp;joins?</translation>
    </message>
    <message>
        <source>Lid &amp;toevoegen…</source>
        <translation>Add mem&amp;ber…</translation>
    </message>
    <message>
        <source>Bevolkingscijfer van het gekozen lid invoeren</source>
        <translation>Enter the population figure of the selected member</translation>
    </message>
    <message>
        <source>Het aantal inwoners van niet-EU14-herkomst van het gekozen lid invoeren of verbeteren, met de bron, voor het getoonde projectjaar (of dubbelklik op het cijfer)</source>
        <translation>Enter or correct the number of inhabitants of non-EU14 origin of the selected member, with the source, for the project year shown (or double-click the figure)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Verwijdert het lidmaatschap (ongedaan maken met Ctrl+Z)</source>
        <translation>Removes the membership (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dubbelklik om het cijfer te verbeteren</source>
        <translation>Double-click to correct the figure</translation>
    </message>
    <message>
        <source>Dubbelklik of kies &apos;Cijfer invoeren…&apos; om het ontbrekende cijfer in te voeren</source>
        <translation>Double-click or choose &apos;Enter figure…&apos; to enter the missing figure</translation>
    </message>
    <message>
        <source>indiener</source>
        <translation>submitter</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>not active</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source> (fictief)</source>
        <translation> (fictitious)</translation>
    </message>
    <message>
        <source>Niet-EU14</source>
        <translation>Non-EU14</translation>
    </message>
    <message>
        <source>Inwoners van niet-EU14-herkomst in het gekozen projectjaar</source>
        <translation>Inhabitants of non-EU14 origin in the chosen project year</translation>
    </message>
    <message>
        <source>Bron cijfer</source>
        <translation>Figure source</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>NIS-code</source>
        <translation>NIS code</translation>
    </message>
    <message>
        <source>Referentieregio</source>
        <translation>Reference region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toegetreden</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Uitgestapt</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Afspraak doorstorting</source>
        <translation>Transfer arrangement</translation>
    </message>
    <message>
        <source>Leden {name} pj {year}</source>
        <translation>Members {name} year {year}</translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Wat als … toetreedt? Kies het bestuur</source>
        <translation>What if … joins? Choose the government</translation>
    </message>
</context>
<context>
    <name>MemoTree</name>
    <message>
        <source>(zonder tag)</source>
        <translation>(no tag)</translation>
    </message>
    <message>
        <source>Memo per tag</source>
        <translation>Memo by tag</translation>
    </message>
    <message>
        <source>Tag / notitie</source>
        <translation>Tag / note</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <source>pj {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Verwijdert de gekozen regel (Delete; ongedaan met Ctrl+Z)</source>
        <translation>Removes the selected line (Delete; undo with Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <source>meer doorgestort dan ontvangen</source>
        <translation>more passed on than received</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Subsidie ontvangen</source>
        <translation>Subsidy received</translation>
    </message>
    <message>
        <source>Doorgestort aan partners</source>
        <translation>Passed on to partners</translation>
    </message>
    <message>
        <source>Resterend bij de indiener</source>
        <translation>Left with the submitter</translation>
    </message>
    <message>
        <source>Subsidie, doorstortingen en rest per projectjaar</source>
        <translation>Subsidy, transfers and remainder per project year</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Beslist op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>&amp;Subsidie toevoegen…</source>
        <translation>Add &amp;subsidy…</translation>
    </message>
    <message>
        <source>Subsidie toevoegen</source>
        <translation>Add subsidy</translation>
    </message>
    <message>
        <source>Subsidie verwijderen</source>
        <translation>Remove subsidy</translation>
    </message>
    <message>
        <source>Doorstortingen aan partners</source>
        <translation>Transfers to partners</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Betaald op</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>D&amp;oorstorting toevoegen…</source>
        <translation>Add &amp;transfer…</translation>
    </message>
    <message>
        <source>Doorstorting toevoegen</source>
        <translation>Add transfer</translation>
    </message>
    <message>
        <source>Doorstorting verwijderen</source>
        <translation>Remove transfer</translation>
    </message>
    <message>
        <source>Stimulans &apos;samenwerking&apos;</source>
        <translation>Cooperation stimulus</translation>
    </message>
    <message>
        <source>Toegekend op</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sti&amp;mulans toevoegen…</source>
        <translation>Add stimu&amp;lus…</translation>
    </message>
    <message>
        <source>Stimulans toevoegen</source>
        <translation>Add stimulus</translation>
    </message>
    <message>
        <source>Stimulans verwijderen</source>
        <translation>Remove stimulus</translation>
    </message>
    <message>
        <source>Beoordeling van de stimulans in dit projectjaar</source>
        <translation>Verdict on the stimulus in this project year</translation>
    </message>
    <message>
        <source>Acties met nieuwe leden</source>
        <translation>Actions with new members</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actie met &amp;nieuwe leden…</source>
        <translation>Action with new mem&amp;bers…</translation>
    </message>
    <message>
        <source>Actie met nieuwe leden toevoegen</source>
        <translation>Add action with new members</translation>
    </message>
    <message>
        <source>Actie met nieuwe leden verwijderen</source>
        <translation>Remove action with new members</translation>
    </message>
    <message>
        <source>Projectjaar {year}: {subsidy} subsidie, {transferred} doorgestort, {remaining} resterend.</source>
        <translation>Project year {year}: {subsidy} subsidy, {transferred} passed on, {remaining} remaining.</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>NewMemberActionDialog</name>
    <message>
        <source>Actie met nieuwe leden toevoegen</source>
        <translation>Add action with new members</translation>
    </message>
    <message>
        <source>Actie die met de nieuwe leden van start gaat</source>
        <translation>Action that starts with the new members</translation>
    </message>
    <message>
        <source>&amp;Actie:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Kies een actie.</source>
        <translation>Choose an action.</translation>
    </message>
</context>
<context>
    <name>NewPartnershipDialog</name>
    <message>
        <source>Nieuw samenwerkingsverband</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>bv. IGS Kortrijk–Lendelede, of de naam van één bestuur</source>
        <translation>e.g. IGS Kortrijk–Lendelede, or the name of one government</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gevormd in projectjaar</source>
        <translation>Formed in project year</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Gevormd in:</source>
        <translation>&amp;Formed in:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Status van het concept</source>
        <translation>Draft status</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deze notitie hoort bij de portefeuille van {name}: alleen lezen. Neem het samenwerkingsverband over om ze te wijzigen.</source>
        <translation>This note belongs to the portfolio of {name}: read-only. Take the partnership over to change it.</translation>
    </message>
    <message>
        <source>een nieuwe notitie</source>
        <translation>a new note</translation>
    </message>
    <message>
        <source>Niet-bewaarde versie</source>
        <translation>Unsaved version</translation>
    </message>
    <message>
        <source>Er is een niet-bewaarde versie van {what}, automatisch bewaard op {when}. Herstellen?</source>
        <translation>There is an unsaved version of {what}, saved automatically on {when}. Restore it?</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Niet-bewaarde versie hersteld; nog niet bewaard als notitie.</source>
        <translation>Unsaved version restored; not yet saved as a note.</translation>
    </message>
    <message>
        <source>Concept automatisch bewaard om {time}</source>
        <translation>Draft saved automatically at {time}</translation>
    </message>
    <message>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notitie bewaard.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Notitie niet bewaard</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <source>Wat je typte, is nog niet bewaard als notitie. Weggooien?</source>
        <translation>What you typed has not been saved as a note yet. Discard it?</translation>
    </message>
    <message>
        <source>Verder schrijven</source>
        <translation>Keep writing</translation>
    </message>
    <message>
        <source>Deze notitie bestaat niet (meer).</source>
        <translation>This note does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Soort notitie</source>
        <translation>Type of note</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>bv. Gesprek met de dienst welzijn</source>
        <translation>e.g. Conversation with the welfare department</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>tag1, tag2</source>
        <translation>tag1, tag2</translation>
    </message>
    <message>
        <source>Vrije trefwoorden, gescheiden door komma&apos;s</source>
        <translation>Free keywords, separated by commas</translation>
    </message>
    <message>
        <source>Opnemen in &amp;rapport</source>
        <translation>Include in &amp;report</translation>
    </message>
    <message>
        <source>Advies- en opvolgingsrapporten mogen deze notitie citeren</source>
        <translation>Advice and follow-up reports may quote this note</translation>
    </message>
    <message>
        <source>Bevat &amp;persoonsgegevens</source>
        <translation>Contains &amp;personal data</translation>
    </message>
    <message>
        <source>Wordt gewist met Bestand › Privacy › Persoonsgegevens wissen</source>
        <translation>Erased by File › Privacy › Erase personal data</translation>
    </message>
    <message>
        <source>Dele&amp;n met het team</source>
        <translation>S&amp;hare with the team</translation>
    </message>
    <message>
        <source>Waar de notitie bewaard wordt</source>
        <translation>Where the note is kept</translation>
    </message>
    <message>
        <source>&amp;Soort en datum:</source>
        <translation>T&amp;ype and date:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Samenwerkingsverband</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Gekoppelde lokale besturen</source>
        <translation>Linked local governments</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kennisdeling</source>
        <translation>Knowledge-sharing session</translation>
    </message>
    <message>
        <source>Samenwerkings&amp;verband:</source>
        <translation>Part&amp;nership:</translation>
    </message>
    <message>
        <source>&amp;Lokale besturen:</source>
        <translation>&amp;Local governments:</translation>
    </message>
    <message>
        <source>A&amp;ctie:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>Kennis&amp;deling:</source>
        <translation>&amp;Knowledge-sharing session:</translation>
    </message>
    <message>
        <source>Bijlagen:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Deze laptop synchroniseert niet met een teamdatabase: alle notities blijven op deze laptop.</source>
        <translation>This laptop does not synchronise with a team database: every note stays on this laptop.</translation>
    </message>
    <message>
        <source>Alleen een notitie met persoonsgegevens kan op deze laptop blijven: vink eerst &apos;Bevat persoonsgegevens&apos; aan. Een notitie zonder persoonsgegevens gaat bij de volgende synchronisatie naar de teamdatabase.</source>
        <translation>Only a note with personal data can stay on this laptop: tick &apos;Contains personal data&apos; first. A note without personal data goes to the team database at the next synchronisation.</translation>
    </message>
    <message>
        <source>Aangevinkt: de notitie gaat bij de volgende synchronisatie naar de teamdatabase en uw collega&apos;s kunnen ze lezen. Niet aangevinkt: ze blijft op deze laptop.</source>
        <translation>Ticked: the note goes to the team database at the next synchronisation and your colleagues can read it. Not ticked: it stays on this laptop.</translation>
    </message>
    <message>
        <source>(gaat naar de teamdatabase)</source>
        <translation>(goes to the team database)</translation>
    </message>
    <message>
        <source>(blijft op deze laptop)</source>
        <translation>(stays on this laptop)</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>(persoonsgegevens gewist)</source>
        <translation>(personal data erased)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>opnemen in rapport</source>
        <translation>include in report</translation>
    </message>
    <message>
        <source>bevat persoonsgegevens</source>
        <translation>contains personal data</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Opnemen in rapport: de rapporten mogen de notitie citeren</source>
        <translation>Include in report: the reports may quote the note</translation>
    </message>
    <message>
        <source>Persoonsgeg.</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Bevat persoonsgegevens</source>
        <translation>Contains personal data</translation>
    </message>
    <message>
        <source>Zoek in titel, tekst, tags, aanvrager en besturen…</source>
        <translation>Search title, text, tags, applicant and local governments…</translation>
    </message>
    <message>
        <source>Zoek in notities</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Gevonden notities</source>
        <translation>Notes found</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Aantal gevonden notities</source>
        <translation>Number of notes found</translation>
    </message>
    <message>
        <source>Zoeken lukt niet: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n notitie</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notities</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen notities gevonden.</source>
        <translation>No notes found.</translation>
    </message>
    <message>
        <source>Nog geen notities.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>De {limit} best passende notities; verfijn de zoekopdracht voor meer.</source>
        <translation>The {limit} best-matching notes; refine the search for more.</translation>
    </message>
    <message>
        <source>{count} gevonden, best passende eerst.</source>
        <translation>{count} found, best matches first.</translation>
    </message>
    <message>
        <source>{count}, nieuwste eerst.</source>
        <translation>{count}, newest first.</translation>
    </message>
</context>
<context>
    <name>NotesCommon</name>
    <message>
        <source>Veldonderzoek</source>
        <translation>Field research</translation>
    </message>
    <message>
        <source>Data-onderzoek</source>
        <translation>Data research</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Telefoongesprek</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Kennisdeling</source>
        <translation>Knowledge sharing</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>actie {number} – {title}</source>
        <translation>action {number} – {title}</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Toon de tags en titels met…</source>
        <translation>Show the tags and titles containing…</translation>
    </message>
    <message>
        <source>Filter de memo</source>
        <translation>Filter the memo</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Memo per tag</source>
        <translation>Memo by tag</translation>
    </message>
    <message>
        <source>&amp;Nieuwe notitie…</source>
        <translation>&amp;New note…</translation>
    </message>
    <message>
        <source>Een nieuwe notitie (Ctrl+Shift+N, overal in het venster)</source>
        <translation>A new note (Ctrl+Shift+N, anywhere in the window)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>De gekozen notitie openen (Enter)</source>
        <translation>Open the chosen note (Enter)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verwijdert de notitie (ongedaan maken met Ctrl+Z)</source>
        <translation>Deletes the note (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Tekst die getypt maar niet bewaard werd, terughalen</source>
        <translation>Bring back text that was typed but not saved</translation>
    </message>
    <message>
        <source>Niet-bewaarde notitie (1)…</source>
        <translation>Unsaved note (1)…</translation>
    </message>
    <message>
        <source>Niet-bewaarde notities ({count})…</source>
        <translation>Unsaved notes ({count})…</translation>
    </message>
</context>
<context>
    <name>PackageDialogs</name>
    <message>
        <source>Overdrachtspakketten (*{suffix})</source>
        <translation>Handover packages (*{suffix})</translation>
    </message>
    <message>
        <source>Draag je portefeuille over aan een collega: het pakket bevat de samenwerkingsverbanden met hun leden, acties en KPI&apos;s, subsidies, doorstortingen, stimulansen en trajecten, de notities met hun bijlagen, de kennisdelingen, de opvolgingen en de bevolkingscijfers van de leden. De database zelf verandert niet.</source>
        <translation>Hand your portfolio over to a colleague: the package holds the partnerships with their members, actions and KPIs, subsidies, transfers, stimuli and support tracks, the notes with their attachments, the knowledge-sharing sessions, the follow-ups and the members&apos; population figures. The database itself does not change.</translation>
    </message>
    <message>
        <source>Vóór het importeren maakt IGS Desktop een back-up. Het importeren is één stap: Bewerken › Ongedaan maken zet alles terug.</source>
        <translation>Before importing, IGS Desktop makes a backup. The import is one step: Edit › Undo puts everything back.</translation>
    </message>
    <message>
        <source>Conflicten: hier én in het pakket gewijzigd</source>
        <translation>Conflicts: changed here and in the package</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bijgewerkt (alleen in het pakket gewijzigd)</source>
        <translation>Updated (changed only in the package)</translation>
    </message>
    <message>
        <source>Hier nieuwer (blijft zoals hier)</source>
        <translation>Newer here (stays as it is here)</translation>
    </message>
    <message>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Gewijzigd
hier</source>
        <translation>Changed
here</translation>
    </message>
    <message>
        <source>Gewijzigd
in het pakket</source>
        <translation>Changed
in the package</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Er ging iets mis: {problem}</source>
        <translation>Something went wrong: {problem}</translation>
    </message>
    <message>
        <source>Overdrachtspakket openen</source>
        <translation>Open handover package</translation>
    </message>
    <message>
        <source>Overdrachtspakket e&amp;xporteren…</source>
        <translation>E&amp;xport handover package…</translation>
    </message>
    <message>
        <source>De portefeuille in één bestand meegeven aan een collega</source>
        <translation>Give the portfolio to a colleague in one file</translation>
    </message>
    <message>
        <source>Overdrachtspakket &amp;importeren…</source>
        <translation>&amp;Import handover package…</translation>
    </message>
    <message>
        <source>Een overdrachtspakket van een collega nakijken en opnemen</source>
        <translation>Check and take in a colleague&apos;s handover package</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Overdrachtspakket exporteren</source>
        <translation>Export handover package</translation>
    </message>
    <message>
        <source>&amp;Alle samenwerkingsverbanden, met alle notities</source>
        <translation>&amp;All partnerships, with all notes</translation>
    </message>
    <message>
        <source>Alleen de &amp;gekozen samenwerkingsverbanden:</source>
        <translation>Only the &amp;chosen partnerships:</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden voor het pakket</source>
        <translation>Partnerships for the package</translation>
    </message>
    <message>
        <source>Het pakket wordt geschreven</source>
        <translation>The package is being written</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Overdrachtspakket opslaan als</source>
        <translation>Save handover package as</translation>
    </message>
    <message>
        <source>Overdrachtspakket geschreven</source>
        <translation>Handover package written</translation>
    </message>
    <message>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Overdrachtspakket importeren</source>
        <translation>Import handover package</translation>
    </message>
    <message>
        <source>{file} wordt nagekeken…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>Voor alle &amp;conflicten:</source>
        <translation>For all &amp;conflicts:</translation>
    </message>
    <message>
        <source>Keuze voor alle conflicten</source>
        <translation>Choice for all conflicts</translation>
    </message>
    <message>
        <source>(per conflict kiezen)</source>
        <translation>(choose per conflict)</translation>
    </message>
    <message>
        <source>Wat het pakket bevat</source>
        <translation>What the package holds</translation>
    </message>
    <message>
        <source>Het pakket wordt nagekeken of geïmporteerd</source>
        <translation>The package is being checked or imported</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>{file} kan niet geïmporteerd worden.</source>
        <translation>{file} cannot be imported.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kies bij elk conflict welke versie je houdt; &quot;Allebei houden&quot; voegt hun versie toe als kopie (met nieuwe identificatie).</source>
        <translation>Choose for each conflict which version you keep; &quot;Allebei houden&quot; (keep both) adds their version as a copy (with a new identification).</translation>
    </message>
    <message>
        <source>Dit wordt toegevoegd of bijgewerkt:</source>
        <translation>This is added or updated:</translation>
    </message>
    <message>
        <source>Er is niets te importeren: alles in het pakket staat hier al.</source>
        <translation>There is nothing to import: everything in the package is here already.</translation>
    </message>
    <message>
        <source>Keuze voor {kind} {record}</source>
        <translation>Choice for {kind} {record}</translation>
    </message>
    <message>
        <source>Overdrachtspakket geïmporteerd</source>
        <translation>Handover package imported</translation>
    </message>
    <message>
        <source>Niet geïmporteerd</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>PartnershipNotesTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Besturen</source>
        <translation>Local governments</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Opnemen in rapport</source>
        <translation>Include in report</translation>
    </message>
    <message>
        <source>Persoonsgeg.</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Bevat persoonsgegevens</source>
        <translation>Contains personal data</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nieuwe no&amp;titie…</source>
        <translation>New no&amp;te…</translation>
    </message>
    <message>
        <source>Een notitie over dit samenwerkingsverband (Ctrl+Shift+N)</source>
        <translation>A note about this partnership (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verwijdert de notitie (Delete; ongedaan maken met Ctrl+Z)</source>
        <translation>Deletes the note (Delete; undo with Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n notitie</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notities</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}, {marked} voor rapporten</source>
        <translation>{count}, {marked} for reports</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Leden</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Acties</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Ond&amp;ersteuning</source>
        <translation>S&amp;upport</translation>
    </message>
    <message>
        <source>&amp;Financiën</source>
        <translation>M&amp;oney</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>O&amp;pvolging</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <source>Histo&amp;riek</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Dit samenwerkingsverband bestaat niet meer.</source>
        <translation>This partnership no longer exists.</translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>geen regio</source>
        <translation>no region</translation>
    </message>
    <message numerus="yes">
        <source>%n actief lid</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actieve leden</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message>
        <source>gevormd in projectjaar {year}</source>
        <translation>formed in project year {year}</translation>
    </message>
    <message>
        <source>bekeken voor projectjaar {year}</source>
        <translation>viewed for project year {year}</translation>
    </message>
    <message>
        <source>ondersteuner: {name}</source>
        <translation>support contact: {name}</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>{count} achterstallig</source>
        <translation>{count} overdue</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Regels worden gecontroleerd</source>
        <translation>Checking the rules</translation>
    </message>
    <message>
        <source>Opvolgingen worden gelezen</source>
        <translation>Reading the follow-ups</translation>
    </message>
    <message>
        <source>IGS</source>
        <translation>IGS</translation>
    </message>
    <message>
        <source>Enkel bestuur</source>
        <translation>Single government</translation>
    </message>
    <message>
        <source>— ontbreekt —</source>
        <translation>— missing —</translation>
    </message>
    <message>
        <source>Portefeuille van {name} — alleen lezen</source>
        <translation>Portfolio of {name} — read-only</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Referentieregio</source>
        <translation>Reference region</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Indiener</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <source>Ondersteuner</source>
        <translation>Support contact</translation>
    </message>
    <message>
        <source>De vaste ondersteuner in wiens portefeuille de aanvrager zit; die van collega&apos;s kunt u lezen, niet wijzigen</source>
        <translation>The support contact whose portfolio the applicant is in; colleagues&apos; applicants can be read, not changed</translation>
    </message>
    <message>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Regels van Plan Samenleven die geschonden zijn</source>
        <translation>Rules of Plan Samenleven that are broken</translation>
    </message>
    <message>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Achterstallig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Ondersteuningstrajecten en opvolgingen waarvan de vervaldatum voorbij is</source>
        <translation>Support tracks and follow-ups past their due date</translation>
    </message>
    <message>
        <source>Volgende deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Zoek op aanvrager, lid of regio…</source>
        <translation>Search by applicant, member or region…</translation>
    </message>
    <message>
        <source>Zoek in portefeuille</source>
        <translation>Search the portfolio</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Alleen &amp;mijn portefeuille</source>
        <translation>Only &amp;my portfolio</translation>
    </message>
    <message>
        <source>Toon alleen de aanvragers die aan u toegewezen zijn. Zonder vinkje ziet u ook de portefeuilles van uw collega&apos;s: die kunt u lezen, niet wijzigen.</source>
        <translation>Show only the applicants assigned to you. Unticked, you also see your colleagues&apos; portfolios: you can read them, not change them.</translation>
    </message>
    <message>
        <source>&amp;Nieuw samenwerkingsverband…</source>
        <translation>&amp;New partnership…</translation>
    </message>
    <message>
        <source>Portefeuille</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Nieuwe &amp;notitie…</source>
        <translation>New &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Rapport…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Deadlines van het projectjaar</source>
        <translation>Deadlines of the project year</translation>
    </message>
    <message>
        <source>Portefeuille projectjaar {year}</source>
        <translation>Portfolio project year {year}</translation>
    </message>
    <message>
        <source>Projectjaar {year}: regels worden gecontroleerd…</source>
        <translation>Project year {year}: checking the rules…</translation>
    </message>
    <message>
        <source>aanvrager</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>aanvragers</source>
        <translation>applicants</translation>
    </message>
    <message>
        <source>achterstallige opvolging</source>
        <translation>overdue follow-up</translation>
    </message>
    <message>
        <source>achterstallige opvolgingen</source>
        <translation>overdue follow-ups</translation>
    </message>
    <message>
        <source>{applicants}, projectjaar {year}: {errors} met fouten, {overdue}</source>
        <translation>{applicants}, project year {year}: {errors} with errors, {overdue}</translation>
    </message>
    <message>
        <source>De regels konden niet gecontroleerd worden: {error}</source>
        <translation>The rules could not be checked: {error}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Van welk lokaal bestuur wil je alle gegevens exporteren? Het bestand bevat de gekoppelde notities en de notities die het bestuur vermelden, lidmaatschappen, cijfers en kennisdelingen.</source>
        <translation>Of which local government do you want to export all data? The file holds the linked notes and the notes that mention the government, its memberships, figures and knowledge-sharing sessions.</translation>
    </message>
    <message>
        <source>Gegevens exporteren naar</source>
        <translation>Export data to</translation>
    </message>
    <message>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Gegevens geëxporteerd</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Persoonsgegevens wissen</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Er zijn geen notities gemarkeerd als &apos;bevat persoonsgegevens&apos; (die nog niet gewist zijn).</source>
        <translation>No notes are marked as &apos;contains personal data&apos; (that have not been erased yet).</translation>
    </message>
    <message>
        <source>%n notitie is</source>
        <translation>%n note is</translation>
    </message>
    <message>
        <source>%n notities zijn</source>
        <translation>%n notes are</translation>
    </message>
    <message>
        <source>{count} gemarkeerd als &apos;bevat persoonsgegevens&apos;. Van elk ervan worden de titel (wordt &apos;[gewist]&apos;), de tekst, de tags en de bijlagen gewist, ook uit de historiek en de zoekindex. Dat de notitie bestond, met haar datum, soort en koppelingen, blijft bewaard.

Dit kan niet ongedaan gemaakt worden; ook de lijst &apos;Ongedaan maken&apos; wordt leeggemaakt. Vooraf wordt een back-up gemaakt; die en de back-ups en exportpakketten van vroeger bevatten de gegevens nog.

Nu wissen?</source>
        <translation>{count} marked as &apos;contains personal data&apos;. For each of them the title (which becomes &apos;[gewist]&apos;), the text, the tags and the attachments are erased, also from the history and the search index. That the note existed, with its date, type and links, is kept.

This cannot be undone; the &apos;Undo&apos; list is emptied too. A backup is made first; it and the earlier backups and export packages still hold the data.

Erase now?</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet gewist</source>
        <translation>Not erased</translation>
    </message>
    <message>
        <source>Wissen niet voltooid</source>
        <translation>Erasure not completed</translation>
    </message>
    <message>
        <source>Persoonsgegevens gewist</source>
        <translation>Personal data erased</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Het tussentijdse resultaat haalt geen 25% van het KPI-doel: de subsidie voor deze actie komt in gevaar.</source>
        <translation>The interim result does not reach 25% of the KPI target: the subsidy for this action is at risk.</translation>
    </message>
    <message>
        <source>{percent}% (onder 25%)</source>
        <translation>{percent}% (below 25%)</translation>
    </message>
</context>
<context>
    <name>ProjectYearsDialog</name>
    <message>
        <source>(loopt nu)</source>
        <translation>(running now)</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Indienen tot</source>
        <translation>Submit by</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Tussentijdse KPI</source>
        <translation>Interim KPI</translation>
    </message>
    <message>
        <source>Eindrapportering KPI</source>
        <translation>Final KPI report</translation>
    </message>
    <message>
        <source>Projectjaren</source>
        <translation>Project years</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De periode of de deadlines van het gekozen projectjaar</source>
        <translation>The period or the deadlines of the chosen project year</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Het programma loopt verder dan de projectjaren die IGS Desktop meebrengt: voeg een nieuw projectjaar toe zodra het begint. Een deadline zonder datum is nog niet bekend. Ongedaan maken kan met Ctrl+Z in het hoofdvenster.</source>
        <translation>The programme goes on beyond the project years IGS Desktop comes with: add a new project year as soon as it begins. A deadline without a date is not known yet. Undo with Ctrl+Z in the main window.</translation>
    </message>
    <message>
        <source>Projectjaar {number} &amp;toevoegen…</source>
        <translation>&amp;Add project year {number}…</translation>
    </message>
    <message>
        <source>Projectjaar {number} toevoegen</source>
        <translation>Add project year {number}</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Soort rapport</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Vraag van het advies</source>
        <translation>Question of the advice</translation>
    </message>
    <message>
        <source>bv. Wat als Lendelede uitstapt?</source>
        <translation>e.g. What if Lendelede leaves?</translation>
    </message>
    <message>
        <source>Simulatie in het advies</source>
        <translation>Simulation in the advice</translation>
    </message>
    <message>
        <source>NIS-code van het toetredende bestuur</source>
        <translation>NIS code of the joining government</translation>
    </message>
    <message>
        <source>NIS-code, bv. 34023</source>
        <translation>NIS code, e.g. 34023</translation>
    </message>
    <message>
        <source>Uw advies</source>
        <translation>Your advice</translation>
    </message>
    <message>
        <source>Uw advies aan het bestuur…</source>
        <translation>Your advice to the government…</translation>
    </message>
    <message>
        <source>Taal van het rapport</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Rapport ma&amp;ken</source>
        <translation>Make &amp;report</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Aanvrager:</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>&amp;Projectjaar:</source>
        <translation>&amp;Project year:</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;Tot:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>V&amp;raag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Si&amp;mulatie:</source>
        <translation>Si&amp;mulation:</translation>
    </message>
    <message>
        <source>Toetredend best&amp;uur:</source>
        <translation>&amp;Joining government:</translation>
    </message>
    <message>
        <source>Adv&amp;ies:</source>
        <translation>Advi&amp;ce:</translation>
    </message>
    <message>
        <source>Taa&amp;l van het rapport:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <source>geen simulatie</source>
        <translation>no simulation</translation>
    </message>
    <message>
        <source>Wat als {name} uitstapt?</source>
        <translation>What if {name} leaves?</translation>
    </message>
    <message>
        <source>Wat als een bestuur toetreedt?</source>
        <translation>What if a government joins?</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Projectjaar</source>
        <translation>Project year</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Voortgang van het rapport</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <source>Voorbeeld van het rapport</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Bewar&amp;en als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>A&amp;fdrukken…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Map &amp;openen</source>
        <translation>Open fol&amp;der</translation>
    </message>
    <message>
        <source>Gemaakte rapporten</source>
        <translation>Reports made</translation>
    </message>
    <message>
        <source>Gemaakte rapporten (Enter opent):</source>
        <translation>Reports made (Enter opens):</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kies eerst een aanvrager.</source>
        <translation>Choose an applicant first.</translation>
    </message>
    <message>
        <source>Rapport maken…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>{title} gemaakt: {file} ({size} kB)</source>
        <translation>{title} made: {file} ({size} kB)</translation>
    </message>
    <message>
        <source>Het rapport is niet gemaakt.</source>
        <translation>The report has not been made.</translation>
    </message>
    <message>
        <source>Rapport niet gemaakt</source>
        <translation>Report not made</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>{file} kan niet getoond worden ({error}).</source>
        <translation>{file} cannot be shown ({error}).</translation>
    </message>
    <message>
        <source>{file} bestaat niet meer.</source>
        <translation>{file} no longer exists.</translation>
    </message>
    <message>
        <source>Rapport bewaren</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Filter op soort</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Filter op tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <source>Alle tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>vanaf datum</source>
        <translation>from date</translation>
    </message>
    <message>
        <source>tot en met datum</source>
        <translation>up to and including date</translation>
    </message>
    <message>
        <source>Filter op samenwerkingsverband</source>
        <translation>Filter by partnership</translation>
    </message>
    <message>
        <source>Alle aanvragers</source>
        <translation>All applicants</translation>
    </message>
    <message>
        <source>Filter op lokaal bestuur</source>
        <translation>Filter by local government</translation>
    </message>
    <message>
        <source>Alle besturen</source>
        <translation>All local governments</translation>
    </message>
    <message>
        <source>Filters w&amp;issen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Aanvrager:</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>&amp;Periode van:</source>
        <translation>&amp;Period from:</translation>
    </message>
    <message>
        <source>tot &amp;en met:</source>
        <translation>&amp;up to:</translation>
    </message>
    <message>
        <source>Bestu&amp;ur:</source>
        <translation>Local &amp;government:</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Kennisdeling bewerken</source>
        <translation>Edit knowledge-sharing session</translation>
    </message>
    <message>
        <source>Kennisdeling toevoegen</source>
        <translation>Add knowledge-sharing session</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>bv. Oefenkansen Nederlands in de bibliotheek</source>
        <translation>e.g. Chances to practise Dutch in the library</translation>
    </message>
    <message>
        <source>Samenwerkingsverband</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Leden aanvinken</source>
        <translation>Tick &amp;members</translation>
    </message>
    <message>
        <source>De actieve leden van het gekozen verband als deelnemers</source>
        <translation>The active members of the chosen partnership as participants</translation>
    </message>
    <message>
        <source>Deelnemende lokale besturen</source>
        <translation>Participating local governments</translation>
    </message>
    <message>
        <source>Wat gedeeld werd</source>
        <translation>What was shared</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Samenwerkings&amp;verband:</source>
        <translation>&amp;Partnership:</translation>
    </message>
    <message>
        <source>De&amp;elnemers:</source>
        <translation>Pa&amp;rticipants:</translation>
    </message>
    <message>
        <source>Wat &amp;gedeeld werd:</source>
        <translation>What was &amp;shared:</translation>
    </message>
    <message>
        <source>&amp;Afspraken:</source>
        <translation>&amp;Agreements:</translation>
    </message>
    <message>
        <source>Geef het onderwerp van de kennisdeling.</source>
        <translation>Give the topic of the knowledge-sharing session.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kennisdelingen</source>
        <translation>Knowledge-sharing sessions</translation>
    </message>
    <message>
        <source>&amp;Nieuwe kennisdeling…</source>
        <translation>&amp;New knowledge-sharing session…</translation>
    </message>
    <message>
        <source>Bewer&amp;ken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verwijdert de kennisdeling; haar notities blijven (ongedaan maken met Ctrl+Z)</source>
        <translation>Deletes the knowledge-sharing session; its notes stay (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Notitie toevoe&amp;gen bij deze kennisdeling…</source>
        <translation>&amp;Add a note to this session…</translation>
    </message>
    <message>
        <source>Notities bij de kennisdeling</source>
        <translation>Notes of the knowledge-sharing session</translation>
    </message>
    <message>
        <source>Gekoppelde noti&amp;ties:</source>
        <translation>Linked no&amp;tes:</translation>
    </message>
    <message numerus="yes">
        <source>%n kennisdeling</source>
        <translation>
            <numerusform>%n knowledge-sharing session</numerusform>
            <numerusform>%n knowledge-sharing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kennisdelingen</source>
        <translation>
            <numerusform>%n knowledge-sharing session</numerusform>
            <numerusform>%n knowledge-sharing sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}, waarvan {planned} gepland</source>
        <translation>{count}, {planned} of them planned</translation>
    </message>
    <message>
        <source>Kies een kennisdeling.</source>
        <translation>Choose a knowledge-sharing session.</translation>
    </message>
    <message>
        <source>Deelnemers:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Wat gedeeld werd</source>
        <translation>What was shared</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>StimulusDialog</name>
    <message>
        <source>Stimulans &apos;samenwerking&apos; toevoegen</source>
        <translation>Add cooperation stimulus</translation>
    </message>
    <message>
        <source>De stimulans &apos;samenwerking&apos; bedraagt € 10.000 en kan één keer per projectjaar.</source>
        <translation>The cooperation stimulus amounts to €10,000 and can be granted once per project year.</translation>
    </message>
    <message>
        <source>datum van toekenning</source>
        <translation>date of grant</translation>
    </message>
    <message>
        <source>&amp;Toegekend op:</source>
        <translation>&amp;Granted on:</translation>
    </message>
</context>
<context>
    <name>SubsidyAddDialog</name>
    <message>
        <source>Subsidie toevoegen</source>
        <translation>Add subsidy</translation>
    </message>
    <message>
        <source>Bedrag van de subsidie in euro</source>
        <translation>Amount of the subsidy in euro</translation>
    </message>
    <message>
        <source>Omschrijving van de subsidie</source>
        <translation>Description of the subsidy</translation>
    </message>
    <message>
        <source>bv. eerste verdeelronde</source>
        <translation>e.g. first allocation round</translation>
    </message>
    <message>
        <source>&amp;Bedrag (euro):</source>
        <translation>&amp;Amount (euro):</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidie voor actie {action}</source>
        <translation>Subsidy for action {action}</translation>
    </message>
    <message>
        <source>Subsidie in euro</source>
        <translation>Subsidy in euro</translation>
    </message>
    <message>
        <source>&amp;Subsidie (euro):</source>
        <translation>&amp;Subsidy (euro):</translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronising</translation>
    </message>
    <message>
        <source>Verbinden met de teamdatabase…</source>
        <translation>Connecting to the team database…</translation>
    </message>
    <message>
        <source>Voortgang van de synchronisatie</source>
        <translation>Progress of the synchronisation</translation>
    </message>
</context>
<context>
    <name>TableMenu</name>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Exporteren naar &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;CSV…</source>
        <translation>Export as C&amp;SV…</translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporteren als CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV-bestand, gescheiden door puntkomma&apos;s (*.csv)</source>
        <translation>CSV file, separated by semicolons (*.csv)</translation>
    </message>
    <message>
        <source>tabel</source>
        <translation>table</translation>
    </message>
    <message>
        <source>{file} bestaat al. Wilt u het vervangen?</source>
        <translation>{file} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deze tabel kan hier niet geëxporteerd worden.</source>
        <translation>This table cannot be exported here.</translation>
    </message>
    <message>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>{count} rij geëxporteerd naar {file}</source>
        <translation>{count} row exported to {file}</translation>
    </message>
    <message>
        <source>{count} rijen geëxporteerd naar {file}</source>
        <translation>{count} rows exported to {file}</translation>
    </message>
    <message>
        <source>Acties voor {table}</source>
        <translation>Actions for {table}</translation>
    </message>
    <message>
        <source>De gekozen rijen met de kolomkoppen kopiëren, om te plakken</source>
        <translation>Copy the chosen rows with the column headers, to paste them</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Wachtwoord voor de teamdatabase</source>
        <translation>Password for the team database</translation>
    </message>
    <message>
        <source>Het wachtwoord van {user} voor de teamdatabase {database} op {server}:</source>
        <translation>The password of {user} for the team database {database} on {server}:</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Leeg laten: PostgreSQL zoekt het wachtwoord zelf (PGPASSWORD of ~/.pgpass).</source>
        <translation>Leave empty: PostgreSQL looks for the password itself (PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;onthouden in de sleutelbos van het systeem</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>S&amp;ynchronise</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Dit systeem heeft geen sleutelbos (wachtwoordkluis): het wachtwoord wordt niet bewaard en telkens gevraagd.</source>
        <translation>This system has no keyring (password vault): the password is not kept and is asked every time.</translation>
    </message>
    <message>
        <source>Teamdatabase</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Met een teamdatabase (PostgreSQL) delen de ondersteuners van het team hun portefeuilles, de referentiegegevens en de actiecatalogus: Synchroniseren stuurt uw wijzigingen en haalt die van het team op. Zonder teamdatabase werkt IGS Desktop gewoon alleen op deze laptop.</source>
        <translation>With a team database (PostgreSQL) the team&apos;s support contacts share their portfolios, the reference data and the action catalogue: Synchronise sends your changes and fetches the team&apos;s. Without a team database IGS Desktop simply works on this laptop alone.</translation>
    </message>
    <message>
        <source>postgresql://gebruiker@server:5432/igs</source>
        <translation>postgresql://user@server:5432/igs</translation>
    </message>
    <message>
        <source>Het adres krijgt u van de beheerder: postgresql://gebruiker@server:5432/database. IGS Desktop versleutelt de verbinding wanneer de server dat aanbiedt; voeg ?sslmode=verify-full toe om versleuteling te eisen én het certificaat van de server te controleren (aangeraden buiten het kantoornetwerk). Het wachtwoord hoort niet in het adres.</source>
        <translation>The administrator gives you the address: postgresql://user@server:5432/database. IGS Desktop encrypts the connection when the server offers it; add ?sslmode=verify-full to require encryption and check the server&apos;s certificate (recommended outside the office network). The password does not belong in the address.</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;onthouden in de sleutelbos van het systeem</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>De verbinding wordt getest</source>
        <translation>The connection is being tested</translation>
    </message>
    <message>
        <source>Resultaat van de test</source>
        <translation>Result of the test</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Loskoppelen</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Het adres en het bewaarde wachtwoord vergeten; de gegevens op deze laptop blijven</source>
        <translation>Forget the address and the remembered password; the data on this laptop stay</translation>
    </message>
    <message>
        <source>bewaard in de sleutelbos; leeg laten om het te houden</source>
        <translation>kept in the keyring; leave empty to keep it</translation>
    </message>
    <message>
        <source>Verbinden met {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <source>Er ging iets mis: {problem}</source>
        <translation>Something went wrong: {problem}</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Wachtwoord niet bewaard</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <source>Teamdatabase loskoppelen</source>
        <translation>Disconnect the team database</translation>
    </message>
    <message>
        <source>Deze laptop loskoppelen van de teamdatabase? Het adres en het bewaarde wachtwoord worden vergeten. De gegevens op deze laptop blijven; wat nog niet gesynchroniseerd is, wordt verzonden wanneer u later weer een teamdatabase instelt.</source>
        <translation>Disconnect this laptop from the team database? The address and the remembered password are forgotten. The data on this laptop stay; what has not been synchronised yet is sent when you set a team database again later.</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wachtwoord niet vergeten</source>
        <translation>Password not forgotten</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>&amp;Conflicten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>De gegevens die hier én in het team gewijzigd zijn, en uw keuze</source>
        <translation>The data changed both here and in the team, and your choice</translation>
    </message>
    <message>
        <source>Team&amp;database…</source>
        <translation>Team &amp;database…</translation>
    </message>
    <message>
        <source>Het adres en het wachtwoord van de teamdatabase; de verbinding testen</source>
        <translation>The address and the password of the team database; test the connection</translation>
    </message>
    <message>
        <source>Stand van de synchronisatie</source>
        <translation>State of the synchronisation</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>{count} conflicten</source>
        <translation>{count} conflicts</translation>
    </message>
    <message>
        <source>gesynchroniseerd {moment}</source>
        <translation>synchronised {moment}</translation>
    </message>
    <message>
        <source>nog niet gesynchroniseerd</source>
        <translation>not synchronised yet</translation>
    </message>
    <message>
        <source>Conflicten bekijken</source>
        <translation>View the conflicts</translation>
    </message>
    <message>
        <source>Geen teamdatabase</source>
        <translation>No team database</translation>
    </message>
    <message>
        <source>Er is nog geen teamdatabase ingesteld, dus er valt niets te synchroniseren. Stel ze in via Bestand › Team › Teamdatabase… met het adres dat u van de beheerder kreeg. Zonder teamdatabase werkt IGS Desktop gewoon alleen op deze laptop.</source>
        <translation>No team database has been set yet, so there is nothing to synchronise. Set one in File › Team › Team database… with the address the administrator gave you. Without a team database IGS Desktop simply works on this laptop alone.</translation>
    </message>
    <message>
        <source>Teamdatabase instellen…</source>
        <translation>Set the team database…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Niet gesynchroniseerd</source>
        <translation>Not synchronised</translation>
    </message>
    <message>
        <source>Gesynchroniseerd</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Conflicten bekijken…</source>
        <translation>View the conflicts…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Er ging iets mis bij het synchroniseren: {problem}

Wat al ontvangen of verzonden was, blijft; synchroniseer opnieuw om af te werken.</source>
        <translation>Something went wrong while synchronising: {problem}

What was already received or sent stays; synchronise again to finish.</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <source>Deze aanvrager heeft al thematische ondersteuning op {max} acties, het maximum. Een nieuw traject kan nog voor een van die acties, met een ander thema of een andere fase.</source>
        <translation>This applicant already has thematic support on {max} actions, the maximum. A new track is still possible for one of those actions, with another theme or another phase.</translation>
    </message>
    <message>
        <source>Ondersteuningstraject bewerken</source>
        <translation>Edit support track</translation>
    </message>
    <message>
        <source>Ondersteuningstraject toevoegen</source>
        <translation>Add support track</translation>
    </message>
    <message>
        <source>Actie met thematische ondersteuning</source>
        <translation>Action with thematic support</translation>
    </message>
    <message>
        <source> (niet meer mogelijk: al {max} acties)</source>
        <translation> (no longer possible: already {max} actions)</translation>
    </message>
    <message>
        <source>{number} – {title} (niet ondersteund)</source>
        <translation>{number} – {title} (not supported)</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>bv. werkmoment met de partners plannen</source>
        <translation>e.g. plan a working session with the partners</translation>
    </message>
    <message>
        <source>vervaldatum</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>Maximum bereikt</source>
        <translation>Maximum reached</translation>
    </message>
    <message>
        <source>Geen enkele actie in de catalogus is gemarkeerd als actie met thematische ondersteuning. Pas dat eerst aan in de actiecatalogus.</source>
        <translation>No action in the catalogue is marked as an action with thematic support. Change that first in the action catalogue.</translation>
    </message>
    <message>
        <source>&amp;Actie:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Volgende stap:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>Verval&amp;datum:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>Kies een actie.</source>
        <translation>Choose an action.</translation>
    </message>
    <message>
        <source>Er zijn al {max} acties met thematische ondersteuning, het maximum: kies een van die acties, of verwijder eerst een traject.</source>
        <translation>There are already {max} actions with thematic support, the maximum: choose one of those actions, or first remove a track.</translation>
    </message>
    <message>
        <source>Er is al een traject voor actie {number} met thema {theme} in fase {phase} (status: {status}). Bewerk dat traject, of kies een ander thema of een andere fase.</source>
        <translation>There is already a track for action {number} with theme {theme} in phase {phase} (status: {status}). Edit that track, or choose another theme or another phase.</translation>
    </message>
</context>
<context>
    <name>TracksTab</name>
    <message>
        <source>achterstallig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Aantal acties met thematische ondersteuning</source>
        <translation>Number of actions with thematic support</translation>
    </message>
    <message>
        <source>Ondersteuningstrajecten</source>
        <translation>Support tracks</translation>
    </message>
    <message>
        <source>Bewer&amp;ken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Traject &amp;toevoegen…</source>
        <translation>Add &amp;track…</translation>
    </message>
    <message>
        <source>Het gekozen traject bewerken (Enter)</source>
        <translation>Edit the selected track (Enter)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Verwijdert het traject (Delete; ongedaan maken met Ctrl+Z)</source>
        <translation>Removes the track (Delete; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Ondersteuning {name}</source>
        <translation>Support {name}</translation>
    </message>
    <message>
        <source>{count} van {max} acties met thematische ondersteuning (het maximum)</source>
        <translation>{count} of {max} actions with thematic support (the maximum)</translation>
    </message>
    <message>
        <source>{count} van {max} acties met thematische ondersteuning (meer dan toegelaten)</source>
        <translation>{count} of {max} actions with thematic support (more than allowed)</translation>
    </message>
    <message>
        <source>{count} van {max} acties met thematische ondersteuning</source>
        <translation>{count} of {max} actions with thematic support</translation>
    </message>
    <message>
        <source>Acties met thematische ondersteuning (hoogstens {max}):</source>
        <translation>Actions with thematic support (at most {max}):</translation>
    </message>
    <message>
        <source>Nog geen actie met thematische ondersteuning (hoogstens {max}).</source>
        <translation>No action with thematic support yet (at most {max}).</translation>
    </message>
    <message>
        <source>Niet mogelijk: {count} acties hebben thematische ondersteuning (hoogstens {max}) en elk ervan heeft al een traject voor elk thema en elke fase. Bewerk of verwijder een traject.</source>
        <translation>Not possible: {count} actions have thematic support (at most {max}) and each of them already has a track for every theme and every phase. Edit or remove a track.</translation>
    </message>
    <message>
        <source>Het maximum van {max} acties met thematische ondersteuning is bereikt: een nieuw traject kan nog voor een van die acties, met een ander thema of een andere fase (Insert).</source>
        <translation>The maximum of {max} actions with thematic support has been reached: a new track is still possible for one of those actions, with another theme or another phase (Insert).</translation>
    </message>
    <message>
        <source>Een ondersteuningstraject toevoegen (Insert)</source>
        <translation>Add a support track (Insert)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Doorstorting toevoegen</source>
        <translation>Add transfer</translation>
    </message>
    <message>
        <source>Partner die het geld ontvangt</source>
        <translation>Partner receiving the money</translation>
    </message>
    <message>
        <source>Doorgestort bedrag in euro</source>
        <translation>Amount passed on in euro</translation>
    </message>
    <message>
        <source>Omschrijving van de doorstorting</source>
        <translation>Description of the transfer</translation>
    </message>
    <message>
        <source>Dit verband heeft geen partners naast de indiener.</source>
        <translation>This partnership has no partners besides the submitter.</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>&amp;Bedrag (euro):</source>
        <translation>&amp;Amount (euro):</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Kies de partner die het geld ontvangt.</source>
        <translation>Choose the partner who receives the money.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welkom bij {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;De werkbank van de vaste ondersteuners van Plan Samenleven. Uw gegevens blijven op deze computer; er is geen netwerk nodig.&lt;/p&gt;&lt;p&gt;Wie bent u? Uw naam komt in de historiek van elke wijziging en op de rapporten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The workbench of the support contacts of Plan Samenleven. Your data stays on this computer; no network is needed.&lt;/p&gt;&lt;p&gt;Who are you? Your name goes into the history of every change and onto the reports.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Uw e-mailadres</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <source>voornaam.naam@vlaanderen.be</source>
        <translation>firstname.lastname@vlaanderen.be</translation>
    </message>
    <message>
        <source>&amp;Leeg beginnen</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <source>Beginnen met de &amp;demoportefeuille (echte gemeenten, fictieve cijfers)</source>
        <translation>Start with the &amp;demo portfolio (real municipalities, fictitious figures)</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Nog niet volledig</source>
        <translation>Not complete yet</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>onbekend (cijfer ontbreekt)</source>
        <translation>unknown (figure missing)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ja, nog altijd {limit}: de subsidies van projectjaar 1 blijven behouden, maar om (opnieuw) aan te vragen is meer dan {limit} nodig</source>
        <translation>yes, still {limit}: the subsidies of project year 1 are kept, but applying (again) needs more than {limit}</translation>
    </message>
    <message>
        <source>ja, behouden</source>
        <translation>yes, kept</translation>
    </message>
    <message>
        <source>nee, verloren</source>
        <translation>no, lost</translation>
    </message>
    <message>
        <source>mogelijk</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>verlenging mogelijk</source>
        <translation>extension possible</translation>
    </message>
    <message>
        <source>niet mogelijk</source>
        <translation>not possible</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Projectjaar van de wijziging</source>
        <translation>Project year of the change</translation>
    </message>
    <message>
        <source>datum van de wijziging</source>
        <translation>date of the change</translation>
    </message>
    <message>
        <source>&amp;Vanaf:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Datum (voor de historiek):</source>
        <translation>&amp;Date (for the history):</translation>
    </message>
    <message>
        <source>Vooraf en nadien</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Bevindingen nadien</source>
        <translation>Findings after</translation>
    </message>
    <message>
        <source>&amp;Sluiten zonder bewaren</source>
        <translation>&amp;Close without saving</translation>
    </message>
    <message>
        <source>Bevindingen na de &amp;wijziging:</source>
        <translation>Findings after the c&amp;hange:</translation>
    </message>
    <message>
        <source>Uitstap van {name} vast&amp;leggen vanaf projectjaar {year}</source>
        <translation>&amp;Record the leave of {name} from project year {year}</translation>
    </message>
    <message>
        <source>Toetreding van {name} vast&amp;leggen vanaf projectjaar {year}</source>
        <translation>&amp;Record the joining of {name} from project year {year}</translation>
    </message>
    <message>
        <source>Vast&amp;leggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>{action}, met de datum voor de historiek (Ctrl+Enter). Enter sluit zonder te bewaren.</source>
        <translation>{action}, with the date for the history (Ctrl+Enter). Enter closes without saving.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Inwoners niet-EU14</source>
        <translation>Residents of non-EU14 origin</translation>
    </message>
    <message>
        <source>Vooraf</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Nadien</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Wat als {name} uitstapt?</source>
        <translation>What if {name} leaves?</translation>
    </message>
    <message>
        <source>Wat als {name} uitstapt uit {partnership}?</source>
        <translation>What if {name} leaves {partnership}?</translation>
    </message>
    <message>
        <source>Samen minstens {limit} (behoud subsidies projectjaar 1)</source>
        <translation>Together at least {limit} (subsidies of project year 1 kept)</translation>
    </message>
    <message>
        <source>{name}: subsidies projectjaar 1</source>
        <translation>{name}: subsidies of project year 1</translation>
    </message>
    <message>
        <source>nee, geen lid in projectjaar 1</source>
        <translation>no, not a member in project year 1</translation>
    </message>
    <message>
        <source>verloren</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>niets te verliezen</source>
        <translation>nothing to lose</translation>
    </message>
    <message>
        <source>{name} mag opnieuw indienen (meer dan {limit} alleen)</source>
        <translation>{name} may apply again (more than {limit} on its own)</translation>
    </message>
    <message>
        <source>ja, als nieuwe aanvrager</source>
        <translation>yes, as a new applicant</translation>
    </message>
    <message>
        <source>nieuwe indiener nodig</source>
        <translation>new submitter needed</translation>
    </message>
    <message>
        <source>enkel bestuur blijft over</source>
        <translation>a single government remains</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Indiener</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <source>Wat als {name} toetreedt?</source>
        <translation>What if {name} joins?</translation>
    </message>
    <message>
        <source>Wat als {name} toetreedt tot {partnership}?</source>
        <translation>What if {name} joins {partnership}?</translation>
    </message>
    <message>
        <source>Toetreden toegestaan</source>
        <translation>Joining allowed</translation>
    </message>
    <message>
        <source>{name} nieuw in het programma</source>
        <translation>{name} new to the programme</translation>
    </message>
    <message>
        <source>Stimulans &apos;samenwerking&apos; ({amount})</source>
        <translation>Cooperation stimulus ({amount})</translation>
    </message>
    <message>
        <source>€ {amount}</source>
        <translation>€{amount}</translation>
    </message>
    <message>
        <source>Geen bevindingen: het verband blijft in orde.</source>
        <translation>No findings: the partnership stays in order.</translation>
    </message>
    <message>
        <source>Niet toegepast</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>Dit bestuur is dat projectjaar geen lid.</source>
        <translation>This government is not a member in that project year.</translation>
    </message>
    <message>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing has changed.</translation>
    </message>
</context>
<context>
    <name>YearFormDialog</name>
    <message>
        <source>Projectjaar {number} toevoegen</source>
        <translation>Add project year {number}</translation>
    </message>
    <message>
        <source>Projectjaar {number} begint de dag na het einde van projectjaar {previous}. Alleen de periode is nodig; de deadlines vult u aan zodra het agentschap ze bekendmaakt.</source>
        <translation>Project year {number} begins the day after the end of project year {previous}. Only the period is needed; fill in the deadlines as soon as the agency announces them.</translation>
    </message>
    <message>
        <source>Het eerste projectjaar.</source>
        <translation>The first project year.</translation>
    </message>
    <message>
        <source>Projectjaar {number} wijzigen</source>
        <translation>Edit project year {number}</translation>
    </message>
    <message>
        <source>Vul de deadlines aan of verbeter ze; een lege datum is nog niet bekend.</source>
        <translation>Fill in or correct the deadlines; an empty date is not known yet.</translation>
    </message>
    <message>
        <source>Begin van het projectjaar</source>
        <translation>Start of the project year</translation>
    </message>
    <message>
        <source>Einde van het projectjaar</source>
        <translation>End of the project year</translation>
    </message>
    <message>
        <source>Indienen opent</source>
        <translation>Submissions open</translation>
    </message>
    <message>
        <source>Uiterste datum om in te dienen</source>
        <translation>Deadline for submission</translation>
    </message>
    <message>
        <source>Uur van de uiterste indiening (00:00: geen uur)</source>
        <translation>Time of the submission deadline (00:00: no time)</translation>
    </message>
    <message>
        <source>Brusselse tijd; 00:00 betekent: de hele dag</source>
        <translation>Brussels time; 00:00 means: the whole day</translation>
    </message>
    <message>
        <source>Beslissing over de toekenning</source>
        <translation>Decision on the award</translation>
    </message>
    <message>
        <source>Tussentijdse rapportering van de KPI&apos;s</source>
        <translation>Interim report of the KPIs</translation>
    </message>
    <message>
        <source>Eindrapportering van de KPI&apos;s</source>
        <translation>Final report of the KPIs</translation>
    </message>
    <message>
        <source>Waarom dit projectjaar niet past</source>
        <translation>Why this project year does not fit</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>om</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Begin:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Einde:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Indienen &amp;opent:</source>
        <translation>Submissions &amp;open:</translation>
    </message>
    <message>
        <source>&amp;Indienen tot:</source>
        <translation>Submit &amp;by:</translation>
    </message>
    <message>
        <source>Be&amp;slissing:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Tussentijdse KPI:</source>
        <translation>&amp;Interim KPI:</translation>
    </message>
    <message>
        <source>Ein&amp;drapportering KPI:</source>
        <translation>&amp;Final KPI report:</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>{label} invullen</source>
        <translation>fill in {label}</translation>
    </message>
    <message>
        <source>projectjaar {year}</source>
        <translation>project year {year}</translation>
    </message>
</context>
</TS>
