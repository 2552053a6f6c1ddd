<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>“{title}” ({file}), autosaved {when}</source>
        <translation>„{title}“ ({file}), automatisch gesichert {when}</translation>
    </message>
    <message>
        <source>“{title}” (a network that was never saved), autosaved {when}</source>
        <translation>„{title}“ (ein nie gespeichertes Netz), automatisch gesichert {when}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Autosave failed ({error}); your work is still open: save it with Ctrl+S</source>
        <translation>Automatische Sicherung fehlgeschlagen ({error}); Ihre Arbeit ist noch offen: speichern Sie sie mit Strg+S</translation>
    </message>
    <message>
        <source>The restored work's autosave stays in {file} ({error}); save the network to keep it</source>
        <translation>Die Sicherung der wiederhergestellten Arbeit bleibt in {file} ({error}); speichern Sie das Netz, um es zu behalten</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Neuron Studio did not quit normally last time. Restore the autosaved network {network}?</source>
        <translation>Neuron Studio wurde beim letzten Mal nicht normal beendet. Das automatisch gesicherte Netz {network} wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The autosaved network could not be read and was kept in {file}: {error}</source>
        <translation>Das automatisch gesicherte Netz konnte nicht gelesen werden und bleibt in {file}: {error}</translation>
    </message>
    <message>
        <source>Restored the autosaved network: save it to keep it</source>
        <translation>Automatisch gesichertes Netz wiederhergestellt: speichern Sie es, um es zu behalten</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Challenge</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>This file's challenge cannot be used: {error}</source>
        <translation>Die Herausforderung dieser Datei ist nicht verwendbar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met. Unknown values: {problem}.</source>
        <translation>
            <numerusform>{met} von %n Ziel erreicht. Unbekannte Werte: {problem}.</numerusform>
            <numerusform>{met} von %n Zielen erreicht. Unbekannte Werte: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}!</source>
        <translation>Herausforderung in Epoche {epoch} geschafft!</translation>
    </message>
    <message numerus="yes">
        <source>Met at epoch {epoch}; now {met} of %n goals hold.</source>
        <translation>
            <numerusform>In Epoche {epoch} geschafft; jetzt gilt {met} von %n Ziel.</numerusform>
            <numerusform>In Epoche {epoch} geschafft; jetzt gelten {met} von %n Zielen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met.</source>
        <translation>
            <numerusform>{met} von %n Ziel erreicht.</numerusform>
            <numerusform>{met} von %n Zielen erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Noch nicht erreicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Challenge met&lt;/b&gt; at epoch {epoch}: every goal holds. Save the network (Ctrl+S) to keep your solution.</source>
        <translation>&lt;b&gt;Herausforderung geschafft&lt;/b&gt; in Epoche {epoch}: jedes Ziel gilt. Speichern Sie das Netz (Strg+S), um Ihre Lösung zu behalten.</translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}</source>
        <translation>Herausforderung in Epoche {epoch} geschafft</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change data set</source>
        <translation>Datensatz ändern</translation>
    </message>
    <message>
        <source>Train a batch of epoch {epoch}</source>
        <translation>Einen Batch von Epoche {epoch} trainieren</translation>
    </message>
    <message>
        <source>Train epoch {epoch}</source>
        <translation>Epoche {epoch} trainieren</translation>
    </message>
    <message>
        <source>Train epochs {first}–{last}</source>
        <translation>Epochen {first}–{last} trainieren</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Lernrate ändern</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Batchgröße ändern</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>Optimierer ändern</translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation>Momentum ändern</translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation>Regularisierung ändern</translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation>Regularisierungsrate ändern</translation>
    </message>
    <message>
        <source>Set training share</source>
        <translation>Trainingsanteil ändern</translation>
    </message>
    <message>
        <source>Set seed</source>
        <translation>Startwert ändern</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Verlustfunktion ändern</translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation>Stichprobenzahl ändern</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Rauschen ändern</translation>
    </message>
    <message>
        <source>Set normalisation</source>
        <translation>Normalisierung ändern</translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation>{setting} ändern</translation>
    </message>
    <message>
        <source>Set weight {weight} of layer {layer}, neuron {neuron}</source>
        <translation>Gewicht {weight} von Schicht {layer}, Neuron {neuron} ändern</translation>
    </message>
    <message>
        <source>Set bias of layer {layer}, neuron {neuron}</source>
        <translation>Bias von Schicht {layer}, Neuron {neuron} ändern</translation>
    </message>
    <message>
        <source>Set alpha of layer {layer}, neuron {neuron}</source>
        <translation>Alpha von Schicht {layer}, Neuron {neuron} ändern</translation>
    </message>
    <message>
        <source>Set {value} of layer {layer}, neuron {neuron}</source>
        <translation>{value} von Schicht {layer}, Neuron {neuron} ändern</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation>CSV-Daten importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row of column names.</source>
        <translation>Wählen Sie eine CSV-Datei mit einer Kopfzeile aus Spaltennamen.</translation>
    </message>
    <message>
        <source>path/to/data.csv</source>
        <translation>pfad/zu/daten.csv</translation>
    </message>
    <message>
        <source>The CSV file: a header row naming the columns, then one row per sample. Type a path and press Enter, or browse.</source>
        <translation>Die CSV-Datei: eine Kopfzeile mit den Spaltennamen, dann eine Zeile pro Beispiel. Geben Sie einen Pfad ein und drücken Sie die Eingabetaste, oder durchsuchen Sie.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CSV file on disk.</source>
        <translation>Die CSV-Datei auf dem Datenträger wählen.</translation>
    </message>
    <message>
        <source>Tick the columns the network gets as inputs (numbers only).</source>
        <translation>Haken Sie die Spalten an, die das Netz als Eingaben bekommt (nur Zahlen).</translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>Die Spalte, die das Netz vorherzusagen lernt.</translation>
    </message>
    <message>
        <source>Automatic: names in the target (or a few whole numbers) are classes, other numbers mean regression. Choose to override.</source>
        <translation>Automatisch: Namen im Ziel (oder wenige ganze Zahlen) sind Klassen, andere Zahlen bedeuten Regression. Wählen Sie, um das zu ändern.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>&amp;Normalize inputs</source>
        <translation>Eingaben &amp;normalisieren</translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1; needed when columns hold large numbers.</source>
        <translation>Jede Eingabe auf Mittelwert 0 und Standardabweichung 1 verschieben und skalieren; nötig, wenn Spalten große Zahlen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of the file, numbered as in a spreadsheet (the header is row 1).</source>
        <translation>
            <numerusform>Die erste Zeile der Datei, nummeriert wie in einer Tabellenkalkulation (die Kopfzeile ist Zeile 1).</numerusform>
            <numerusform>Die ersten %n Zeilen der Datei, nummeriert wie in einer Tabellenkalkulation (die Kopfzeile ist Zeile 1).</numerusform>
        </translation>
    </message>
    <message>
        <source>What the chosen columns give, or what is wrong with them.</source>
        <translation>Was die gewählten Spalten ergeben, oder was mit ihnen nicht stimmt.</translation>
    </message>
    <message>
        <source>Use this data; the network's inputs and outputs adapt to it.</source>
        <translation>Diese Daten verwenden; die Ein- und Ausgaben des Netzes passen sich an.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>&amp;Eingaben</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>{column}  (text: not an input)</source>
        <translation>{column}  (Text: keine Eingabe)</translation>
    </message>
    <message>
        <source>Row {row} has “{cell}”, which is not a number, so {column} cannot be an input; it can be the target</source>
        <translation>Zeile {row} enthält „{cell}“, keine Zahl, daher kann {column} keine Eingabe sein; es kann das Ziel sein</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row.</source>
        <translation>Wählen Sie eine CSV-Datei mit Kopfzeile.</translation>
    </message>
    <message>
        <source>Tick at least one input column.</source>
        <translation>Haken Sie mindestens eine Eingabespalte an.</translation>
    </message>
    <message numerus="yes">
        <source>classification with %n classes ({names})</source>
        <translation>
            <numerusform>Klassifikation mit %n Klasse ({names})</numerusform>
            <numerusform>Klassifikation mit %n Klassen ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>regression (targets {low} to {high})</source>
        <translation>Regression (Ziele {low} bis {high})</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ {rows}, {inputs}: {what}.</source>
        <translation>✔ {rows}, {inputs}: {what}.</translation>
    </message>
</context>
<context>
    <name>DataViews</name>
    <message>
        <source>lighter by {steps}</source>
        <translation>um {steps} heller</translation>
    </message>
    <message>
        <source>darker by {steps}</source>
        <translation>um {steps} dunkler</translation>
    </message>
    <message>
        <source>contrast ×{factor}</source>
        <translation>Kontrast ×{factor}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Make the test images lighter (right: less ink) or darker (left: more ink, grey paper), as a different scan would. Training images do not change.</source>
        <translation>Die Testbilder heller (rechts: weniger Tinte) oder dunkler machen (links: mehr Tinte, graues Papier), wie es ein anderer Scan täte. Die Trainingsbilder ändern sich nicht.</translation>
    </message>
    <message>
        <source>Contrast of the test images: left flattens every pixel towards mid-grey, right pushes ink and paper apart. Training images do not change.</source>
        <translation>Kontrast der Testbilder: links rückt jedes Pixel zum mittleren Grau, rechts treibt Tinte und Papier auseinander. Die Trainingsbilder ändern sich nicht.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the unchanged test images</source>
        <translation>Zurück zu den unveränderten Testbildern</translation>
    </message>
    <message>
        <source>Share of the test samples the network gets right with the images as changed here</source>
        <translation>Anteil der Testbeispiele, die das Netz mit den hier veränderten Bildern richtig erkennt</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>+{steps} lighter</source>
        <translation>+{steps} heller</translation>
    </message>
    <message>
        <source>−{steps} darker</source>
        <translation>−{steps} dunkler</translation>
    </message>
    <message>
        <source>0 unchanged</source>
        <translation>0 unverändert</translation>
    </message>
    <message>
        <source>Test accuracy: train the network first</source>
        <translation>Testgenauigkeit: erst das Netz trainieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; (images unchanged)</source>
        <translation>&lt;b&gt;Testgenauigkeit {accuracy} %&lt;/b&gt; (Bilder unverändert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; with these images ({unchanged} % unchanged)</source>
        <translation>&lt;b&gt;Testgenauigkeit {accuracy} %&lt;/b&gt; mit diesen Bildern ({unchanged} % unverändert)</translation>
    </message>
    <message>
        <source>Normalised inputs: each changed pixel is then rescaled by its mean and spread in the training data.</source>
        <translation>Normalisierte Eingaben: jedes veränderte Pixel wird dann mit seinem Mittelwert und seiner Streuung in den Trainingsdaten umskaliert.</translation>
    </message>
    <message>
        <source>Not normalised: the network gets the changed pixels ({low} to {high}) as they are.</source>
        <translation>Nicht normalisiert: das Netz bekommt die veränderten Pixel ({low} bis {high}) so, wie sie sind.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwechslungen</translation>
    </message>
    <message>
        <source>Each first-layer neuron's incoming weights, drawn as a picture when the inputs form one (8x8 digits)</source>
        <translation>Die eingehenden Gewichte jedes Neurons der ersten Schicht, als Bild gezeichnet, wenn die Eingaben eines bilden (8×8-Ziffern)</translation>
    </message>
    <message>
        <source>One sample through the network: every neuron's activation and the predicted class probabilities</source>
        <translation>Ein Beispiel durch das Netz: die Aktivierung jedes Neurons und die vorhergesagten Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>How often each true class (rows) is predicted as each class (columns)</source>
        <translation>Wie oft jede wahre Klasse (Zeilen) als welche Klasse (Spalten) vorhergesagt wird</translation>
    </message>
    <message numerus="yes">
        <source>the output layer has %n neurons for {classes} classes; give it one per class.</source>
        <translation>
            <numerusform>die Ausgabeschicht hat %n Neuron für {classes} Klassen; geben Sie ihr eines pro Klasse.</numerusform>
            <numerusform>die Ausgabeschicht hat %n Neuronen für {classes} Klassen; geben Sie ihr eines pro Klasse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python-Skript (*.py)</translation>
    </message>
    <message>
        <source>loss plot</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>activation plot</source>
        <translation>Aktivierungsdiagramm</translation>
    </message>
    <message>
        <source>weights view</source>
        <translation>Gewichtsansicht</translation>
    </message>
    <message>
        <source>sample view</source>
        <translation>Beispielansicht</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>Verwechslungsmatrix</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Export the network as a {language} script</source>
        <translation>Das Netz als {language}-Skript exportieren</translation>
    </message>
    <message>
        <source>Cannot export script</source>
        <translation>Skript kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>The network cannot be written as a script: {error}</source>
        <translation>Das Netz lässt sich nicht als Skript schreiben: {error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Exported the network as a {language} script: {file}  (run it with: python {name})</source>
        <translation>Das Netz als {language}-Skript exportiert: {file}  (ausführen mit: python {name})</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>es gibt keine Daten</translation>
    </message>
    <message>
        <source>Export an image of the {what}</source>
        <translation>Ein Bild exportieren: {what}</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>Bild kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the {what} to {file}</source>
        <translation>{what} exportiert nach {file}</translation>
    </message>
    <message>
        <source>There is no map to export: the map panel shows a message instead ({message})</source>
        <translation>Es gibt keine Karte zu exportieren: der Kartenbereich zeigt stattdessen eine Meldung ({message})</translation>
    </message>
    <message>
        <source>{name}: a Python script's name must end in .py</source>
        <translation>{name}: der Name eines Python-Skripts muss auf .py enden</translation>
    </message>
    <message>
        <source>{name}: a script with this name would import itself instead of {library}; choose another name</source>
        <translation>{name}: ein Skript mit diesem Namen würde sich selbst statt {library} importieren; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Could not write {file}: the folder {folder} does not exist</source>
        <translation>{file} konnte nicht geschrieben werden: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the {what} as a PNG image or an SVG drawing</source>
        <translation>{what} als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>&amp;NumPy Script…</source>
        <translation>&amp;NumPy-Skript…</translation>
    </message>
    <message>
        <source>Save the network as a Python script that needs only NumPy</source>
        <translation>Das Netz als Python-Skript speichern, das nur NumPy braucht</translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>&amp;PyTorch-Skript…</translation>
    </message>
    <message>
        <source>Save the network as a PyTorch script (nn.Module, loss, optimizer and a train function)</source>
        <translation>Das Netz als PyTorch-Skript speichern (nn.Module, Verlust, Optimierer und eine Trainingsfunktion)</translation>
    </message>
    <message>
        <source>&amp;Loss Plot Image…</source>
        <translation>Bild der &amp;Verlustkurve…</translation>
    </message>
    <message>
        <source>Save the loss plot as PNG or SVG</source>
        <translation>Die Verlustkurve als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Map Image…</source>
        <translation>Bild der &amp;Karte…</translation>
    </message>
    <message>
        <source>Save the map (decision surface or neuron map) as PNG or SVG</source>
        <translation>Die Karte (Entscheidungsfläche oder Neuronenkarte) als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Activation Plot Image…</source>
        <translation>Bild des &amp;Aktivierungsdiagramms…</translation>
    </message>
    <message>
        <source>Save the activation plot as PNG or SVG</source>
        <translation>Das Aktivierungsdiagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Data View Image…</source>
        <translation>Bild der &amp;Datenansicht…</translation>
    </message>
    <message>
        <source>Save the tab shown in the Data panel (weights, sample or confusion matrix) as PNG or SVG</source>
        <translation>Den im Datenbereich gezeigten Reiter (Gewichte, Beispiel oder Verwechslungsmatrix) als PNG oder SVG speichern</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>New network on the default data set</source>
        <translation>Neues Netz auf dem Standarddatensatz</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>Netz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation>{file} existiert nicht mehr; die Datei wurde aus den zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>Cannot save network</source>
        <translation>Netz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Export image of the network</source>
        <translation>Bild des Netzes exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>Bild kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Neuron Studio networks (*.nsnet);;All files (*)</source>
        <translation>Neuron-Studio-Netze (*.nsnet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name}: cannot write ({error})</source>
        <translation>{name}: kann nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Netz öffnen</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>Netz speichern unter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing it?
If you don't, your changes since the last save are lost.</source>
        <translation>Die Änderungen an „{title}“ vor dem Schließen speichern?
Sonst gehen Ihre Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Links in lesson notes are not opened; copy the address into a browser.</source>
        <translation>Links in Lektionsnotizen werden nicht geöffnet; kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>This network has no lesson notes. Open a lesson from the Lessons menu.</source>
        <translation>Dieses Netz hat keine Lektionsnotizen. Öffnen Sie eine Lektion im Menü Lektionen.</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Lektionsnotizen</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>Keine Lektionen gefunden</translation>
    </message>
    <message>
        <source>No lesson files (.nsnet) in {folder}</source>
        <translation>Keine Lektionsdateien (.nsnet) in {folder}</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Herausforderungen</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {error}</source>
        <translation>Die Lektionsdatei {name} ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>Opened the challenge “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Die Herausforderung „{title}“ als neues, ungespeichertes Netz geöffnet. Die Leertaste trainiert mit {speed} (das Tempofeld ändert es); Strg+R geht zurück zu den Startgewichten.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Die Lektion „{title}“ als neues, ungespeichertes Netz geöffnet. Die Leertaste trainiert mit {speed} (das Tempofeld ändert es); Strg+R geht zurück zu den Startgewichten.</translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message>
        <source>No data to draw: {error}</source>
        <translation>Keine Daten zum Zeichnen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not make a plane to draw; see the weights, samples and confusion matrix views.</source>
        <translation>
            <numerusform>%n Eingabe ergibt keine Ebene zum Zeichnen; siehe die Ansichten Gewichte, Beispiel und Verwechslungen.</numerusform>
            <numerusform>%n Eingaben ergeben keine Ebene zum Zeichnen; siehe die Ansichten Gewichte, Beispiel und Verwechslungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw at least 2 points (%n so far)</source>
        <translation>
            <numerusform>Zeichnen Sie mindestens 2 Punkte (bisher %n)</numerusform>
            <numerusform>Zeichnen Sie mindestens 2 Punkte (bisher %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Ausgabe des Netzes</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Ausgabeneuron</translation>
    </message>
    <message>
        <source>{title}: probability of class {name}</source>
        <translation>{title}: Wahrscheinlichkeit der Klasse {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(not installed)</source>
        <translation>(nicht installiert)</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>Data and training</source>
        <translation>Daten und Training</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation>Neue Zufallsgewichte</translation>
    </message>
    <message>
        <source>New random weights (seed {seed}); Undo brings the old ones back</source>
        <translation>Neue Zufallsgewichte (Startwert {seed}); Rückgängig holt die alten zurück</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Training zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Training angehalten:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training is unstable:&lt;/b&gt; {reason}. The learning rate ({rate}) is probably too high.</source>
        <translation>&lt;b&gt;Das Training ist instabil:&lt;/b&gt; {reason}. Die Lernrate ({rate}) ist wahrscheinlich zu hoch.</translation>
    </message>
    <message>
        <source>Learning rate {rate} and start over</source>
        <translation>Lernrate {rate} und neu beginnen</translation>
    </message>
    <message>
        <source>Set the learning rate ten times smaller and go back to the starting weights (the last finite weights can be too large to train on); then press Play</source>
        <translation>Die Lernrate zehnmal kleiner setzen und zu den Startgewichten zurückgehen (die letzten endlichen Gewichte können zu groß zum Weitertrainieren sein); dann Start drücken</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Lernrate ändern</translation>
    </message>
    <message>
        <source>Learning rate {rate}, back to the starting weights: press Play (Space)</source>
        <translation>Lernrate {rate}, zurück bei den Startgewichten: Start drücken (Leertaste)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot train:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Training nicht möglich:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Verlustfunktion ändern</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Build small neural networks, choose an activation for each neuron, train them and watch them learn.</source>
        <translation>Kleine neuronale Netze bauen, für jedes Neuron eine Aktivierung wählen, sie trainieren und ihnen beim Lernen zusehen.</translation>
    </message>
    <message>
        <source>Digits data: Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</source>
        <translation>Ziffern-Daten: Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new default network</source>
        <translation>Ein neues Standardnetz beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a network file (.nsnet)</source>
        <translation>Eine Netzdatei öffnen (.nsnet)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>Das Netz speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the network under a new name</source>
        <translation>Das Netz unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Network &amp;Image (PNG or SVG)…</source>
        <translation>Netz&amp;bild (PNG oder SVG)…</translation>
    </message>
    <message>
        <source>Save the network drawing as PNG or SVG</source>
        <translation>Die Zeichnung des Netzes als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Neuron Studio</source>
        <translation>Neuron Studio beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected neurons or layer</source>
        <translation>Die gewählten Neuronen oder die Schicht löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every neuron</source>
        <translation>Jedes Neuron auswählen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences: the interface language</source>
        <translation>Einstellungen: die Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Make the network bigger</source>
        <translation>Das Netz größer zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Make the network smaller</source>
        <translation>Das Netz kleiner zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>Netz &amp;einpassen</translation>
    </message>
    <message>
        <source>Zoom so the whole network fits</source>
        <translation>So zoomen, dass das ganze Netz passt</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netz</translation>
    </message>
    <message>
        <source>Add Hidden &amp;Layer</source>
        <translation>Verdeckte &amp;Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Eine verdeckte Schicht vor der Ausgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Neuron</source>
        <translation>&amp;Neuron hinzufügen</translation>
    </message>
    <message>
        <source>Add a tanh neuron to the selected layer</source>
        <translation>Der gewählten Schicht ein tanh-Neuron hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Problem Type</source>
        <translation>&amp;Problemtyp</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Predict a class for each sample</source>
        <translation>Für jedes Beispiel eine Klasse vorhersagen</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Predict a number for each sample</source>
        <translation>Für jedes Beispiel eine Zahl vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>&amp;Verlustfunktion</translation>
    </message>
    <message>
        <source>Train with {loss}</source>
        <translation>Mit {loss} trainieren</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file to choose</source>
        <translation>Ein eingebauter Datensatz legt den Problemtyp fest; importieren Sie eine CSV-Datei, um zu wählen</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file (Data and training panel) to choose it</source>
        <translation>Ein eingebauter Datensatz legt den Problemtyp fest; importieren Sie eine CSV-Datei (Bereich Daten und Training), um ihn zu wählen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Neuron Studio</source>
        <translation>Ü&amp;ber Neuron Studio</translation>
    </message>
    <message>
        <source>training so far</source>
        <translation>bisheriges Training</translation>
    </message>
    <message>
        <source>Undo {action} ({keys})</source>
        <translation>Rückgängig: {action} ({keys})</translation>
    </message>
    <message>
        <source>Redo {action} ({keys})</source>
        <translation>Wiederholen: {action} ({keys})</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of menus, panels and lesson notes; System default follows the computer's language</source>
        <translation>Die Sprache von Menüs, Bereichen und Lektionsnotizen; Systemstandard folgt der Sprache des Computers</translation>
    </message>
    <message>
        <source>A new language applies when Neuron Studio is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Neuron Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Audience — {app}</source>
        <translation>Publikum — {app}</translation>
    </message>
    <message>
        <source>{screen} ({width}×{height})</source>
        <translation>{screen} ({width}×{height})</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Show the audience window on this screen (remembered)</source>
        <translation>Das Publikumsfenster auf diesem Bildschirm zeigen (wird gemerkt)</translation>
    </message>
    <message>
        <source>Presenter view: the stage is on the audience window; {key} ends it</source>
        <translation>Referentenansicht: die Bühne ist im Publikumsfenster; {key} beendet sie</translation>
    </message>
    <message>
        <source>Presenter view ended</source>
        <translation>Referentenansicht beendet</translation>
    </message>
    <message>
        <source>P&amp;resenter View</source>
        <translation>&amp;Referentenansicht</translation>
    </message>
    <message>
        <source>The lesson's stage large on a second screen (the projector), the controls and the lesson notes on this one; with one screen, a second window ({key})</source>
        <translation>Die Bühne der Lektion groß auf einem zweiten Bildschirm (dem Beamer), Bedienung und Lektionsnotizen auf diesem; mit einem Bildschirm ein zweites Fenster ({key})</translation>
    </message>
    <message>
        <source>&amp;Audience Screen</source>
        <translation>P&amp;ublikumsbildschirm</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Projection mode: F5 or Esc leaves it</source>
        <translation>Projektionsmodus: F5 oder Esc beendet ihn</translation>
    </message>
    <message>
        <source>Projection mode off: your own layout is back</source>
        <translation>Projektionsmodus aus: Ihre eigene Anordnung ist zurück</translation>
    </message>
    <message>
        <source>&amp;Projection Mode</source>
        <translation>&amp;Projektionsmodus</translation>
    </message>
    <message>
        <source>For a classroom projector: larger text, thicker lines, a light high-contrast theme, only the main panels, full screen. F5 or Esc leaves it.</source>
        <translation>Für den Beamer im Klassenraum: größere Schrift, dickere Linien, ein helles, kontrastreiches Design, nur die Hauptbereiche, Vollbild. F5 oder Esc beendet ihn.</translation>
    </message>
    <message>
        <source>Projection &amp;Text Size</source>
        <translation>Projektions-&amp;Schriftgröße</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text {percent} % of normal size in projection mode (remembered)</source>
        <translation>Schrift im Projektionsmodus {percent} % der normalen Größe (wird gemerkt)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>new, open, save, save as</source>
        <translation>neu, öffnen, speichern, speichern unter</translation>
    </message>
    <message>
        <source>export a printable handout (PDF)</source>
        <translation>ein druckbares Handout exportieren (PDF)</translation>
    </message>
    <message>
        <source>undo, redo (redo is also Ctrl+Y on Windows)</source>
        <translation>rückgängig, wiederholen (wiederholen unter Windows auch Strg+Y)</translation>
    </message>
    <message>
        <source>delete the selected neurons or layer</source>
        <translation>die gewählten Neuronen oder die Schicht löschen</translation>
    </message>
    <message>
        <source>select all neurons</source>
        <translation>alle Neuronen auswählen</translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation>eine verdeckte Schicht hinzufügen</translation>
    </message>
    <message>
        <source>add a neuron to the selected layer</source>
        <translation>der gewählten Schicht ein Neuron hinzufügen</translation>
    </message>
    <message>
        <source>zoom in, out, 100 %, fit</source>
        <translation>vergrößern, verkleinern, 100 %, einpassen</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>train / pause</source>
        <translation>trainieren / anhalten</translation>
    </message>
    <message>
        <source>train one epoch / one mini-batch</source>
        <translation>eine Epoche / einen Mini-Batch trainieren</translation>
    </message>
    <message>
        <source>back to the starting weights / new random weights</source>
        <translation>zurück zu den Startgewichten / neue Zufallsgewichte</translation>
    </message>
    <message>
        <source>one sample's numbers (forward and backward pass)</source>
        <translation>die Zahlen eines Beispiels (Vorwärts- und Rückwärtsdurchlauf)</translation>
    </message>
    <message>
        <source>neuron health: dead and saturated neurons, gradient size per layer</source>
        <translation>Neuronengesundheit: tote und gesättigte Neuronen, Gradientengröße je Schicht</translation>
    </message>
    <message>
        <source>linear collapse</source>
        <translation>linearer Kollaps</translation>
    </message>
    <message>
        <source>compare trials</source>
        <translation>Versuche vergleichen</translation>
    </message>
    <message>
        <source>draw your own data on the Map (left button draws, right button erases)</source>
        <translation>eigene Daten auf die Karte zeichnen (linke Taste zeichnet, rechte löscht)</translation>
    </message>
    <message>
        <source>activation functions: every g(z) and g′(z) side by side (a click on a palette entry, or Ctrl+G in the palette, shows its card)</source>
        <translation>Aktivierungsfunktionen: jedes g(z) und g′(z) nebeneinander (ein Klick auf einen Paletteneintrag oder Strg+G in der Palette zeigt seine Karte)</translation>
    </message>
    <message>
        <source>preferences (language)</source>
        <translation>Einstellungen (Sprache)</translation>
    </message>
    <message>
        <source>projection mode on / off</source>
        <translation>Projektionsmodus ein / aus</translation>
    </message>
    <message>
        <source>record training as a GIF or video / stop recording</source>
        <translation>Training als GIF oder Video aufnehmen / Aufnahme beenden</translation>
    </message>
    <message>
        <source>Drag a neuron from the palette into a layer, into the gap between two layers (a new layer), or onto a neuron (change its activation). Double-click a link or a bias to type a value. Right-click a neuron for more.</source>
        <translation>Ziehen Sie ein Neuron aus der Palette in eine Schicht, in die Lücke zwischen zwei Schichten (eine neue Schicht) oder auf ein Neuron (ändert seine Aktivierung). Doppelklicken Sie auf eine Verbindung oder einen Bias, um einen Wert einzugeben. Rechtsklick auf ein Neuron für mehr.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Point at a neuron in the editor to see its map here; select one to keep it</source>
        <translation>Zeigen Sie im Editor auf ein Neuron, um hier seine Karte zu sehen; wählen Sie eines aus, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>Fastest</source>
        <translation>Maximal</translation>
    </message>
    <message numerus="yes">
        <source>%n epochs/s</source>
        <translation>
            <numerusform>%n Epoche/s</numerusform>
            <numerusform>%n Epochen/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Train until you pause (Space)</source>
        <translation>Trainieren, bis Sie anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>&amp;Eine Epoche</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then stop (Ctrl+Right)</source>
        <translation>Genau eine Epoche trainieren, dann anhalten (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>Ein &amp;Batch</translation>
    </message>
    <message>
        <source>Train on one mini-batch only: one update of the weights (Ctrl+Shift+Right)</source>
        <translation>Nur einen Mini-Batch trainieren: eine Aktualisierung der Gewichte (Strg+Umschalt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the weights training started from, epoch 0 (Ctrl+R); Undo brings the training back</source>
        <translation>Zurück zu den Gewichten vom Trainingsbeginn, Epoche 0 (Strg+R); Rückgängig holt das Training zurück</translation>
    </message>
    <message>
        <source>&amp;New weights</source>
        <translation>&amp;Neue Gewichte</translation>
    </message>
    <message>
        <source>Draw new random initial weights and start over; Undo brings the old ones back (Ctrl+Shift+R)</source>
        <translation>Neue zufällige Startgewichte ziehen und neu beginnen; Rückgängig holt die alten zurück (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>How fast to train: as fast as the computer can, or slowly enough to watch every epoch</source>
        <translation>Wie schnell trainiert wird: so schnell der Computer kann, oder langsam genug, um jede Epoche zu verfolgen</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingstempo</translation>
    </message>
    <message>
        <source>Epochs trained: passes over the whole training set</source>
        <translation>Trainierte Epochen: Durchläufe über die ganzen Trainingsdaten</translation>
    </message>
    <message>
        <source>Measured training speed while it runs</source>
        <translation>Gemessenes Trainingstempo während des Trainings</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Training anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>{rate} epochs/s</source>
        <translation>{rate} Epochen/s</translation>
    </message>
</context>
</TS>
