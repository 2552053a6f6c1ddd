<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivationOverview</name>
    <message>
        <source>Activation functions</source>
        <translation>Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Activation &amp;Functions</source>
        <translation>&amp;Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Every activation's g(z) and slope g′(z) side by side, with its range, its problem and where it is used ({shortcut}); a click on a palette entry shows its card</source>
        <translation>Jede Aktivierung mit g(z) und Steigung g′(z) nebeneinander, mit Wertebereich, Schwachstelle und Einsatz ({shortcut}); ein Klick auf einen Paletteneintrag zeigt seine Kachel</translation>
    </message>
    <message>
        <source>{activation}: {problem}</source>
        <translation>{activation}: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output:&lt;/b&gt; {range}</source>
        <translation>&lt;b&gt;Ausgabe:&lt;/b&gt; {range}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problem}.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{problem}.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Used in:&lt;/b&gt; {use}</source>
        <translation>&lt;b&gt;Eingesetzt in:&lt;/b&gt; {use}</translation>
    </message>
    <message>
        <source>g′(z) is the slope of g. z from {low} to {high}, one vertical scale on every card.</source>
        <translation>g′(z) ist die Steigung von g. z von {low} bis {high}, eine senkrechte Skala auf jeder Kachel.</translation>
    </message>
    <message>
        <source>Every card draws g(z) as a solid line and its slope g′(z) as a dashed one, on the same axes, so the curves compare at a glance.</source>
        <translation>Jede Kachel zeichnet g(z) durchgezogen und die Steigung g′(z) gestrichelt auf denselben Achsen, so lassen sich die Kurven auf einen Blick vergleichen.</translation>
    </message>
    <message>
        <source>Drawn: p₁ against z₁ in a group of {size} softmax neurons, the other {others} at z = 0</source>
        <translation>Gezeichnet: p₁ über z₁ in einer Gruppe aus {size} Softmax-Neuronen, die anderen {others} bei z = 0</translation>
    </message>
    <message>
        <source>Drawn with α = {alpha}, its starting value</source>
        <translation>Gezeichnet mit α = {alpha}, seinem Anfangswert</translation>
    </message>
    <message>
        <source>Drawn with α = {alpha}</source>
        <translation>Gezeichnet mit α = {alpha}</translation>
    </message>
</context>
<context>
    <name>ActivationPlot</name>
    <message>
        <source>z = w·x + b</source>
        <translation>z = w·x + b</translation>
    </message>
    <message>
        <source>g(z) and g′(z)</source>
        <translation>g(z) und g′(z)</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>g(z)</source>
        <translation>g(z)</translation>
    </message>
    <message>
        <source>g′(z)</source>
        <translation>g′(z)</translation>
    </message>
    <message>
        <source>{activation} (alpha = {alpha})</source>
        <translation>{activation} (alpha = {alpha})</translation>
    </message>
    <message>
        <source>{formula}, one other neuron at z = 0</source>
        <translation>{formula}, ein anderes Neuron bei z = 0</translation>
    </message>
    <message>
        <source>p′ = p(1 − p)</source>
        <translation>p′ = p(1 − p)</translation>
    </message>
    <message>
        <source>p′</source>
        <translation>p′</translation>
    </message>
    <message>
        <source>no samples to show: there is no data to train on</source>
        <translation>keine Beispiele zu zeigen: es gibt keine Daten zum Trainieren</translation>
    </message>
    <message numerus="yes">
        <source>all %n samples: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</source>
        <translation>
            <numerusform>%n Beispiel: p = 1 und kein Gradient. Ein Softmax-Neuron allein gibt nichts weiter und lernt nie</numerusform>
            <numerusform>alle %n Beispiele: p = 1 und kein Gradient. Ein Softmax-Neuron allein gibt nichts weiter und lernt nie</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of them outside the view (z &amp;lt; {low} or &amp;gt; {high})</source>
        <translation>{count} davon außerhalb der Ansicht (z &amp;lt; {low} oder &amp;gt; {high})</translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: a dead neuron</source>
        <translation>
            <numerusform>%n Beispiel bekommt keinen Gradienten: ein totes Neuron</numerusform>
            <numerusform>alle %n Beispiele bekommen keinen Gradienten: ein totes Neuron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: saturated, far out on a flat tail</source>
        <translation>
            <numerusform>%n Beispiel bekommt keinen Gradienten: gesättigt, weit draußen am flachen Rand</numerusform>
            <numerusform>alle %n Beispiele bekommen keinen Gradienten: gesättigt, weit draußen am flachen Rand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient, {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n Beispiel: {dead} % ohne Gradient, {flat} % mit Gradient unter {limit}</numerusform>
            <numerusform>%n Beispiele: {dead} % ohne Gradient, {flat} % mit Gradient unter {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient</source>
        <translation>
            <numerusform>%n Beispiel: {dead} % ohne Gradient</numerusform>
            <numerusform>%n Beispiele: {dead} % ohne Gradient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n Beispiel: {flat} % mit Gradient unter {limit}</numerusform>
            <numerusform>%n Beispiele: {flat} % mit Gradient unter {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation>kein Gradient</translation>
    </message>
    <message>
        <source>g′ = 0</source>
        <comment>short for: no gradient</comment>
        <translation>g′ = 0</translation>
    </message>
    <message>
        <source>small gradient ({slope})</source>
        <translation>kleiner Gradient ({slope})</translation>
    </message>
    <message>
        <source>flat: gradient vanishes</source>
        <translation>flach: Gradient verschwindet</translation>
    </message>
    <message>
        <source>flat</source>
        <comment>short for: flat, gradient vanishes</comment>
        <translation>flach</translation>
    </message>
</context>
<context>
    <name>ActivationShort</name>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky</source>
        <translation>Leaky</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>ℝ (any number)</source>
        <translation>ℝ (jede Zahl)</translation>
    </message>
    <message>
        <source>{label}
{formula}
Output range: {range}
{notes}</source>
        <translation>{label}
{formula}
Wertebereich: {range}
{notes}</translation>
    </message>
    <message>
        <source>No bend: layers collapse</source>
        <translation>Kein Knick: Schichten fallen zusammen</translation>
    </message>
    <message>
        <source>Flat tails → vanishing gradient</source>
        <translation>Flache Enden → verschwindender Gradient</translation>
    </message>
    <message>
        <source>Dead side: zero gradient for z &lt; 0</source>
        <translation>Tote Seite: Gradient 0 für z &lt; 0</translation>
    </message>
    <message>
        <source>Fixes the dead side</source>
        <translation>Behebt die tote Seite</translation>
    </message>
    <message>
        <source>Flat left tail: small gradient for very negative z</source>
        <translation>Flaches linkes Ende: kleiner Gradient für sehr negative z</translation>
    </message>
    <message>
        <source>Only in the output layer</source>
        <translation>Nur in der Ausgabeschicht</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>No bend at all: a network of only linear neurons is one linear layer, however deep.</source>
        <translation>Gar kein Knick: ein Netz nur aus linearen Neuronen ist eine einzige lineare Schicht, egal wie tief.</translation>
    </message>
    <message>
        <source>A stack of linear layers is one linear layer, however deep: it can only draw straight boundaries.</source>
        <translation>Ein Stapel linearer Schichten ist eine einzige lineare Schicht, egal wie tief: er kann nur gerade Grenzen zeichnen.</translation>
    </message>
    <message>
        <source>Regression output (predicting a number)</source>
        <translation>Ausgabe bei Regression (eine Zahl vorhersagen)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Reads as a probability. Flat tails: for large |z| the gradient vanishes and learning stalls; the slope is at most 0.25.</source>
        <translation>Lässt sich als Wahrscheinlichkeit lesen. Flache Enden: für großes |z| verschwindet der Gradient und das Lernen stockt; die Steigung ist höchstens 0,25.</translation>
    </message>
    <message>
        <source>For large |z| the slope is almost 0 (it is at most 0.25), so the layers before it learn slowly.</source>
        <translation>Für großes |z| ist die Steigung fast 0 (sie ist höchstens 0,25), daher lernen die Schichten davor langsam.</translation>
    </message>
    <message>
        <source>Output for two classes (a probability)</source>
        <translation>Ausgabe für zwei Klassen (eine Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Zero-centred sigmoid with slope 1 at 0. Flat tails: gradients vanish for large |z|.</source>
        <translation>Ein um 0 zentriertes Sigmoid mit Steigung 1 bei 0. Flache Enden: für großes |z| verschwinden die Gradienten.</translation>
    </message>
    <message>
        <source>For large |z| the slope is almost 0, so learning stalls; the slope is 1 at z = 0.</source>
        <translation>Für großes |z| ist die Steigung fast 0, daher stockt das Lernen; bei z = 0 ist die Steigung 1.</translation>
    </message>
    <message>
        <source>Hidden layers (outputs centred at 0)</source>
        <translation>Verdeckte Schichten (Ausgaben um 0 zentriert)</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Cheap and does not saturate for z &gt; 0. Zero gradient for z &lt; 0: a neuron whose z is negative for every sample stops learning (it dies).</source>
        <translation>Schnell zu rechnen und für z &gt; 0 nie gesättigt. Gradient 0 für z &lt; 0: ein Neuron, dessen z für jedes Beispiel negativ ist, hört auf zu lernen (es stirbt).</translation>
    </message>
    <message>
        <source>A neuron whose z is below 0 for every sample gets no gradient and stops learning: it dies.</source>
        <translation>Ein Neuron, dessen z für jedes Beispiel unter 0 liegt, bekommt keinen Gradienten und hört auf zu lernen: es stirbt.</translation>
    </message>
    <message>
        <source>Hidden layers (the usual first choice)</source>
        <translation>Verdeckte Schichten (die übliche erste Wahl)</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*z</source>
        <translation>g(z) = z für z &gt; 0, sonst alpha*z</translation>
    </message>
    <message>
        <source>Like ReLU, but a small slope alpha for z &lt; 0 keeps the gradient alive, so the neuron cannot die.</source>
        <translation>Wie ReLU, aber eine kleine Steigung alpha für z &lt; 0 hält den Gradienten am Leben, sodass das Neuron nicht sterben kann.</translation>
    </message>
    <message>
        <source>α·z   (because z ≤ 0)</source>
        <translation>α·z   (weil z ≤ 0)</translation>
    </message>
    <message>
        <source>A small slope α = 0.01 for z &lt; 0 keeps the gradient alive: the neuron cannot die.</source>
        <translation>Eine kleine Steigung α = 0,01 für z &lt; 0 hält den Gradienten am Leben: das Neuron kann nicht sterben.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verdeckte Schichten</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*z, alpha learned</source>
        <translation>g(z) = z für z &gt; 0, sonst alpha*z (alpha gelernt)</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope alpha is learned by gradient descent, one per neuron (unless the neuron is frozen).</source>
        <translation>Leaky ReLU, dessen Steigung alpha durch Gradientenabstieg gelernt wird, eine pro Neuron (außer das Neuron ist eingefroren).</translation>
    </message>
    <message>
        <source>The slope α for z &lt; 0 is learned in training, one per neuron, starting at 0.25.</source>
        <translation>Die Steigung α für z &lt; 0 wird im Training gelernt, eine pro Neuron, beginnend bei 0,25.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*(e^z - 1)</source>
        <translation>g(z) = z für z &gt; 0, sonst alpha*(e^z - 1)</translation>
    </message>
    <message>
        <source>Smooth for z &lt; 0 and saturates at -alpha, which pushes mean outputs towards zero; gradient never exactly zero.</source>
        <translation>Glatt für z &lt; 0 und sättigt bei -alpha; das schiebt die mittlere Ausgabe Richtung null. Der Gradient ist nie genau null.</translation>
    </message>
    <message>
        <source>α(e^z − 1)   (because z ≤ 0)</source>
        <translation>α(e^z − 1)   (weil z ≤ 0)</translation>
    </message>
    <message>
        <source>For z &lt; 0 it levels off at −α = −1, where its slope fades to 0.</source>
        <translation>Für z &lt; 0 nähert sie sich −α = −1, und ihre Steigung geht gegen 0.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>A smooth ReLU; its slope is the sigmoid of z.</source>
        <translation>Ein glattes ReLU; seine Steigung ist das Sigmoid von z.</translation>
    </message>
    <message>
        <source>A smooth ReLU: its slope is sigmoid(z), which fades to 0 for very negative z.</source>
        <translation>Ein glattes ReLU: seine Steigung ist sigmoid(z), und die geht für sehr negative z gegen 0.</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>Smooth and slightly non-monotonic: dips below zero before rising like ReLU.</source>
        <translation>Glatt und leicht nicht monoton: taucht unter null, bevor sie wie ReLU ansteigt.</translation>
    </message>
    <message>
        <source>Dips to −0.28 near z = −1.28, then levels off at 0, where its slope fades.</source>
        <translation>Sinkt nahe z = −1,28 bis auf −0,28 und nähert sich dann 0; dort verschwindet ihre Steigung.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Smooth ReLU used in transformers (tanh approximation).</source>
        <translation>Glattes ReLU, eingesetzt in Transformern (tanh-Näherung).</translation>
    </message>
    <message>
        <source>Dips to −0.17 near z = −0.75, then levels off at 0, where its slope fades.</source>
        <translation>Sinkt nahe z = −0,75 bis auf −0,17 und nähert sich dann 0; dort verschwindet ihre Steigung.</translation>
    </message>
    <message>
        <source>Hidden layers (transformers)</source>
        <translation>Verdeckte Schichten (Transformer)</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>g(z)_i = e^z_i / sum_j e^z_j  (over the layer's softmax neurons)</source>
        <translation>g(z)_i = e^z_i / sum_j e^z_j  (über die Neuronen der Schicht mit softmax)</translation>
    </message>
    <message>
        <source>(0, 1), summing to 1</source>
        <translation>(0, 1), Summe 1</translation>
    </message>
    <message>
        <source>A group activation: the softmax neurons of one layer share one normalisation, so their outputs are class probabilities. For the output layer, one neuron per class: alone it always outputs 1.</source>
        <translation>Eine Gruppenaktivierung: die Softmax-Neuronen einer Schicht teilen sich eine Normierung, daher sind ihre Ausgaben Klassenwahrscheinlichkeiten. Für die Ausgabeschicht, ein Neuron pro Klasse: allein gibt es immer 1 aus.</translation>
    </message>
    <message>
        <source>e^z / Σ e^zⱼ   (over the layer's softmax neurons)</source>
        <translation>e^z / Σ e^zⱼ   (über die Softmax-Neuronen der Schicht)</translation>
    </message>
    <message>
        <source>Its neurons share one normalisation: class probabilities that sum to 1.</source>
        <translation>Ihre Neuronen teilen sich eine Normierung: Klassenwahrscheinlichkeiten mit Summe 1.</translation>
    </message>
    <message>
        <source>Output for several classes</source>
        <translation>Ausgabe für mehrere Klassen</translation>
    </message>
    <message>
        <source>unknown activation {name}; expected one of: {names}</source>
        <translation>unbekannte Aktivierung {name}; erwartet wird eine von: {names}</translation>
    </message>
</context>
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
        <translation>Automatische Sicherung fehlgeschlagen ({error}); deine Arbeit ist noch offen: speichere sie mit Strg+S</translation>
    </message>
    <message>
        <source>The restored work's autosave stays in {file} ({error}); save the network to keep it</source>
        <translation>Die Sicherung der wiederhergestellten Arbeit bleibt in {file} ({error}); speichere das Netz, um es zu behalten</translation>
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
        <translation>Automatisch gesichertes Netz wiederhergestellt: speichere es, um es zu behalten</translation>
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
        <translation>&lt;b&gt;Herausforderung geschafft&lt;/b&gt; in Epoche {epoch}: jedes Ziel gilt. Speichere das Netz (Strg+S), um deine Lösung zu behalten.</translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}</source>
        <translation>Herausforderung in Epoche {epoch} geschafft</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Hidden neurons</source>
        <translation>Verdeckte Neuronen</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verdeckte Schichten</translation>
    </message>
    <message>
        <source>Layers (hidden and output)</source>
        <translation>Schichten (verdeckte und Ausgabe)</translation>
    </message>
    <message>
        <source>Dead neurons</source>
        <translation>Tote Neuronen</translation>
    </message>
    <message>
        <source>Saturated neurons</source>
        <translation>Gesättigte Neuronen</translation>
    </message>
    <message>
        <source>Outputs add up to 1:</source>
        <translation>Summe der Ausgaben gleich 1:</translation>
    </message>
    <message>
        <source>expected a list of 1 to {most} goals, got {got}</source>
        <translation>erwartet wird eine Liste von 1 bis {most} Zielen, erhalten: {got}</translation>
    </message>
    <message>
        <source>unknown goal {goal}; expected one of: {kinds}</source>
        <translation>unbekanntes Ziel {goal}; erwartet wird eines von: {kinds}</translation>
    </message>
    <message>
        <source>not a goal setting; a goal has {keys}</source>
        <translation>keine Einstellung eines Ziels; ein Ziel hat {keys}</translation>
    </message>
    <message>
        <source>give exactly one of at_least, at_most</source>
        <translation>gib genau eines von at_least, at_most an</translation>
    </message>
    <message>
        <source>only accuracy and loss goals can have a deadline, not {kind}</source>
        <translation>nur Ziele für Genauigkeit und Verlust können eine Frist haben, nicht {kind}</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>es gibt keine Daten</translation>
    </message>
    <message>
        <source>the network cannot be trained: {problem}</source>
        <translation>das Netz kann nicht trainiert werden: {problem}</translation>
    </message>
    <message>
        <source>{label} {value} ({goal})</source>
        <translation>{label} {value} ({goal})</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>off by 0</source>
        <translation>Abweichung 0</translation>
    </message>
    <message>
        <source>off by up to {value}</source>
        <translation>Abweichung bis {value}</translation>
    </message>
    <message>
        <source>goal: none</source>
        <translation>Ziel: keine</translation>
    </message>
    <message>
        <source>goal {limit}</source>
        <translation>Ziel {limit}</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: first at epoch {reached}</source>
        <translation>Ziel {limit} bis Epoche {within}: zuerst in Epoche {reached}</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: first at epoch {reached}, not now</source>
        <translation>Ziel {limit} bis Epoche {within}: zuerst in Epoche {reached}, jetzt nicht mehr</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: missed, Ctrl+R starts over</source>
        <translation>Ziel {limit} bis Epoche {within}: verpasst, Strg+R beginnt neu</translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epoch left</source>
        <translation>
            <numerusform>Ziel {limit} bis Epoche {within}: noch %n Epoche</numerusform>
            <numerusform>Ziel {limit} bis Epoche {within}: noch %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epochs left</source>
        <translation>
            <numerusform>Ziel {limit} bis Epoche {within}: noch %n Epoche</numerusform>
            <numerusform>Ziel {limit} bis Epoche {within}: noch %n Epochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapse</name>
    <message>
        <source>{layer} neuron {number} ({activation})</source>
        <translation>Neuron {number} von {layer} ({activation})</translation>
    </message>
    <message>
        <source>Neurons that prevent the collapse: {names}. It bends the signal; switching it to linear would let the whole network collapse into one linear layer.</source>
        <translation>Neuronen, die den Kollaps verhindern: {names}. Es knickt das Signal; stellst du es auf linear um, fällt das ganze Netz zu einer einzigen linearen Schicht zusammen.</translation>
    </message>
    <message>
        <source>Neurons that prevent the collapse: {names}. They bend the signal; switching them to linear would let the whole network collapse into one linear layer.</source>
        <translation>Neuronen, die den Kollaps verhindern: {names}. Sie knicken das Signal; stellst du sie auf linear um, fällt das ganze Netz zu einer einzigen linearen Schicht zusammen.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: it already is one layer, z = W x + b.</source>
        <translation>Das Netz hat keine verdeckte Schicht: es ist schon eine einzige Schicht, z = W x + b.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: it already is one layer, z = W x + b, then the output activation ({activations}) as before.</source>
        <translation>Das Netz hat keine verdeckte Schicht: es ist schon eine einzige Schicht, z = W x + b, danach wie bisher die Ausgabeaktivierung ({activations}).</translation>
    </message>
    <message>
        <source>The hidden layer and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>Die verdeckte Schicht und die Ausgabeschicht fallen zu einer einzigen linearen Schicht zusammen: z = W x + b. Lineare Neuronen zu stapeln bringt nichts: das Netz kann nur zeichnen, was eine einzelne Schicht kann.</translation>
    </message>
    <message>
        <source>The hidden layer and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>Die verdeckte Schicht und die Ausgabeschicht fallen zu einer einzigen linearen Schicht zusammen: z = W x + b, danach wie bisher die Ausgabeaktivierung ({activations}). Lineare Neuronen zu stapeln bringt nichts: das Netz kann nur zeichnen, was eine einzelne Schicht kann.</translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>Die %n verdeckte Schicht und die Ausgabeschicht fallen zu einer einzigen linearen Schicht zusammen: z = W x + b, danach wie bisher die Ausgabeaktivierung ({activations}). Lineare Neuronen zu stapeln bringt nichts: das Netz kann nur zeichnen, was eine einzelne Schicht kann.</numerusform>
            <numerusform>Die %n verdeckten Schichten und die Ausgabeschicht fallen zu einer einzigen linearen Schicht zusammen: z = W x + b, danach wie bisher die Ausgabeaktivierung ({activations}). Lineare Neuronen zu stapeln bringt nichts: das Netz kann nur zeichnen, was eine einzelne Schicht kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>Die %n verdeckte Schicht und die Ausgabeschicht fallen zu einer einzigen linearen Schicht zusammen: z = W x + b. Lineare Neuronen zu stapeln bringt nichts: das Netz kann nur zeichnen, was eine einzelne Schicht kann.</numerusform>
            <numerusform>Die %n verdeckten Schichten und die Ausgabeschicht fallen zu einer einzigen linearen Schicht zusammen: z = W x + b. Lineare Neuronen zu stapeln bringt nichts: das Netz kann nur zeichnen, was eine einzelne Schicht kann.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollapseBoundary</name>
    <message>
        <source>the network does not collapse into one layer.</source>
        <translation>das Netz fällt nicht zu einer Schicht zusammen.</translation>
    </message>
    <message>
        <source>there is no data, so there is no plane to draw on.</source>
        <translation>es gibt keine Daten, also keine Ebene zum Zeichnen.</translation>
    </message>
    <message>
        <source>a regression network has no class boundary.</source>
        <translation>ein Regressionsnetz hat keine Klassengrenze.</translation>
    </message>
    <message>
        <source>the data has no plane of two features.</source>
        <translation>die Daten bilden keine Ebene aus zwei Merkmalen.</translation>
    </message>
    <message>
        <source>the inputs {inputs} bend the plane: the boundary is straight in the inputs but curved on the Map.</source>
        <translation>die Eingaben {inputs} verbiegen die Ebene: die Grenze ist in den Eingaben gerade, auf der Karte aber gekrümmt.</translation>
    </message>
    <message>
        <source>a {activation} output has no single threshold; use sigmoid, tanh or linear.</source>
        <translation>eine {activation}-Ausgabe hat keine einzelne Schwelle; nimm Sigmoid, tanh oder linear.</translation>
    </message>
    <message>
        <source>the outputs mix activations, so the largest output is not the largest z.</source>
        <translation>die Ausgaben mischen Aktivierungen, daher ist die größte Ausgabe nicht das größte z.</translation>
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
        <translation>Anzahl der Beispiele ändern</translation>
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
    <name>ConfusionMatrix</name>
    <message>
        <source>Rows: true class; columns: the class the network predicted. Blue: right (diagonal); orange: mistaken for another class. Darker: a larger share of the row.</source>
        <translation>Zeilen: wahre Klasse; Spalten: die Klasse, die das Netz vorhergesagt hat. Blau: richtig (Diagonale); orange: mit einer anderen Klasse verwechselt. Dunkler: ein größerer Anteil der Zeile.</translation>
    </message>
    <message>
        <source>nothing to count yet (train a classifier first).</source>
        <translation>noch nichts zu zählen (trainiere zuerst einen Klassifikator).</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Count the answers on the training samples (the network learns from these).</source>
        <translation>Die Antworten auf die Trainingsbeispiele zählen (aus ihnen lernt das Netz).</translation>
    </message>
    <message>
        <source>Count the answers on the test samples (never trained on: the honest measure).</source>
        <translation>Die Antworten auf die Testbeispiele zählen (nie damit trainiert: das ehrliche Maß).</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Verwechslungsmatrix&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Trainingsdaten&lt;/b&gt;: keine Beispiele</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Testdaten&lt;/b&gt;: keine Beispiele</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Testdaten, {note}&lt;/b&gt;: keine Beispiele</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Trainingsdaten: Genauigkeit {accuracy} %&lt;/b&gt; ({right} von {total} richtig)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Testdaten: Genauigkeit {accuracy} %&lt;/b&gt; ({right} von {total} richtig)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Testdaten, {note}: Genauigkeit {accuracy} %&lt;/b&gt; ({right} von {total} richtig)</translation>
    </message>
</context>
<context>
    <name>CsvData</name>
    <message>
        <source>file not found: {path}</source>
        <translation>Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a .csv file</source>
        <translation>{path} ist ein Ordner; wähle eine .csv-Datei</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the limit is {limit} MB</source>
        <translation>{file} ist {size} MB groß; die Grenze liegt bei {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as 'CSV UTF-8' and try again</source>
        <translation>{file} ist kein UTF-8-Text; speichere die Datei als „CSV UTF-8“ und versuche es noch einmal</translation>
    </message>
    <message>
        <source>{file}: row {row}: {problem}</source>
        <translation>{file}: Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>{file} is empty; it needs a header row of column names and data rows</source>
        <translation>{file} ist leer; eine CSV-Datei braucht eine Kopfzeile aus Spaltennamen und Datenzeilen</translation>
    </message>
    <message>
        <source>{file} has {count} columns; the limit is {limit}</source>
        <translation>{file} hat {count} Spalten; die Grenze liegt bei {limit}</translation>
    </message>
    <message>
        <source>{file} has no header row: the first row holds numbers ({cells}...); add a first row naming each column, e.g. 'x1,x2,label'</source>
        <translation>{file} hat keine Kopfzeile: die erste Zeile enthält Zahlen ({cells}...); füge eine erste Zeile hinzu, die jede Spalte benennt, z. B. „x1,x2,label“</translation>
    </message>
    <message>
        <source>{file}: column {number} has no name in the header row</source>
        <translation>{file}: Spalte {number} hat keinen Namen in der Kopfzeile</translation>
    </message>
    <message>
        <source>{file}: the column name '{name}' appears twice in the header row</source>
        <translation>{file}: der Spaltenname „{name}“ kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>{file}: column {number}'s name '{name}' contains &lt; or &gt;; names cannot (rename it)</source>
        <translation>{file}: der Name „{name}“ von Spalte {number} enthält &lt; oder &gt;; das dürfen Namen nicht (benenne die Spalte um)</translation>
    </message>
    <message>
        <source>unknown column '{name}'; the file's columns are: {columns}</source>
        <translation>unbekannte Spalte „{name}“; die Spalten der Datei sind: {columns}</translation>
    </message>
    <message>
        <source>a feature column is listed twice; list each column once</source>
        <translation>eine Eingabespalte ist doppelt angegeben; gib jede Spalte nur einmal an</translation>
    </message>
    <message>
        <source>column '{name}' is the target, so it cannot also be a feature</source>
        <translation>Spalte „{name}“ ist das Ziel und kann daher nicht auch eine Eingabe sein</translation>
    </message>
    <message>
        <source>no feature columns: the file needs at least one column besides '{name}'</source>
        <translation>keine Eingabespalten: die Datei braucht außer „{name}“ mindestens eine weitere Spalte</translation>
    </message>
    <message>
        <source>{file} has more than {limit} data rows; use a smaller sample</source>
        <translation>{file} hat mehr als {limit} Datenzeilen; nimm einen kleineren Ausschnitt</translation>
    </message>
    <message>
        <source>{file}: row {row}, target column '{name}' is empty</source>
        <translation>{file}: Zeile {row}, Zielspalte „{name}“ ist leer</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n data row(s); at least 2 are needed</source>
        <translation>
            <numerusform>{file} hat %n Datenzeile; mindestens 2 sind nötig</numerusform>
            <numerusform>{file} hat %n Datenzeilen; mindestens 2 sind nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: row {row} has %n values but the header has {columns} columns</source>
        <translation>
            <numerusform>{file}: Zeile {row} hat %n Wert, aber die Kopfzeile hat {columns} Spalten</numerusform>
            <numerusform>{file}: Zeile {row} hat %n Werte, aber die Kopfzeile hat {columns} Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: row {row}, column '{name}': '{text}' is not a number</source>
        <translation>{file}: Zeile {row}, Spalte „{name}“: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{file}: regression needs numbers in target column '{name}', but row {row} has '{text}'</source>
        <translation>{file}: Regression braucht Zahlen in der Zielspalte „{name}“, aber Zeile {row} enthält „{text}“</translation>
    </message>
    <message>
        <source>{file}: a class in column '{name}' '{text}' contains &lt; or &gt;; names cannot (rename it)</source>
        <translation>{file}: die Klasse „{text}“ in Spalte „{name}“ enthält &lt; oder &gt;; das dürfen Namen nicht (benenne sie um)</translation>
    </message>
    <message>
        <source>{file}: target column '{name}' has only one value; classification needs 2 or more classes</source>
        <translation>{file}: die Zielspalte „{name}“ hat nur einen Wert; Klassifikation braucht 2 oder mehr Klassen</translation>
    </message>
    <message>
        <source>{file}: target column '{name}' has {count} different values; at most {limit} classes are supported. Choose another target column, or problem='regression' for numbers</source>
        <translation>{file}: die Zielspalte „{name}“ hat {count} verschiedene Werte; höchstens {limit} Klassen sind möglich. Wähle eine andere Zielspalte oder problem='regression' für Zahlen</translation>
    </message>
    <message>
        <source>cannot read the bundled digits ({path}): {reason}</source>
        <translation>die mitgelieferten Ziffern-Daten ({path}) können nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the bundled digits file {path} is damaged; reinstall the app</source>
        <translation>die mitgelieferte Ziffern-Datei {path} ist beschädigt; installiere die App neu</translation>
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
        <translation>Wähle eine CSV-Datei mit einer Kopfzeile aus Spaltennamen.</translation>
    </message>
    <message>
        <source>path/to/data.csv</source>
        <translation>pfad/zu/daten.csv</translation>
    </message>
    <message>
        <source>The CSV file: a header row naming the columns, then one row per sample. Type a path and press Enter, or browse.</source>
        <translation>Die CSV-Datei: eine Kopfzeile mit den Spaltennamen, dann eine Zeile pro Beispiel. Gib einen Pfad ein und drücke die Eingabetaste, oder durchsuche den Computer.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CSV file on disk.</source>
        <translation>Die CSV-Datei auf dem Datenträger wählen.</translation>
    </message>
    <message>
        <source>Tick the columns the network gets as inputs (numbers only).</source>
        <translation>Hake die Spalten an, die das Netz als Eingaben bekommt (nur Zahlen).</translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>Die Spalte, die das Netz vorherzusagen lernt.</translation>
    </message>
    <message>
        <source>Automatic: names in the target (or a few whole numbers) are classes, other numbers mean regression. Choose to override.</source>
        <translation>Automatisch: Namen im Ziel (oder wenige ganze Zahlen) sind Klassen, andere Zahlen bedeuten Regression. Wähle, um das zu ändern.</translation>
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
        <translation>Wähle eine CSV-Datei mit Kopfzeile.</translation>
    </message>
    <message>
        <source>Tick at least one input column.</source>
        <translation>Hake mindestens eine Eingabespalte an.</translation>
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
    <name>Curves</name>
    <message>
        <source>x2 = 3 sin(x1)</source>
        <translation>x2 = 3 sin(x1)</translation>
    </message>
</context>
<context>
    <name>DataBundle</name>
    <message>
        <source>the network's inputs {inputs} do not match the data's features {features}</source>
        <translation>die Eingaben des Netzes {inputs} passen nicht zu den Merkmalen der Daten {features}</translation>
    </message>
    <message>
        <source>draw at least 2 points (one to train on, one to test with); the drawing has {count}</source>
        <translation>zeichne mindestens 2 Punkte (einen zum Trainieren, einen zum Testen); die Zeichnung hat {count}</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target {target}.</source>
        <translation>CSV-Datei {path}: Eingaben {features}; Ziel {target}.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target the last column.</source>
        <translation>CSV-Datei {path}: Eingaben {features}; Ziel ist die letzte Spalte.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target {target}.</source>
        <translation>CSV-Datei {path}: Eingaben sind alle Spalten außer dem Ziel; Ziel {target}.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target the last column.</source>
        <translation>CSV-Datei {path}: Eingaben sind alle Spalten außer dem Ziel; Ziel ist die letzte Spalte.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set (hover for a description) or your own CSV file.</source>
        <translation>Die Daten, aus denen das Netz lernt: ein eingebauter Datensatz (zeig darauf für eine Beschreibung) oder deine eigene CSV-Datei.</translation>
    </message>
    <message>
        <source>A sample of the chosen data: orange is class 0, blue class 1; for regression the colour shows the target value.</source>
        <translation>Ein Ausschnitt der gewählten Daten: orange ist Klasse 0, blau Klasse 1; bei Regression zeigt die Farbe den Zielwert.</translation>
    </message>
    <message>
        <source>What the chosen data set is.</source>
        <translation>Was der gewählte Datensatz ist.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>Choose again which columns of the CSV file are the inputs and which is the target.</source>
        <translation>Neu wählen, welche Spalten der CSV-Datei die Eingaben sind und welche das Ziel ist.</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number. The output layer and loss follow the choice (one undo step).</source>
        <translation>Klassifikation sagt eine Klasse vorher, Regression eine Zahl. Ausgabeschicht und Verlustfunktion folgen der Wahl (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; a built-in data set decides which.</source>
        <translation>Klassifikation sagt eine Klasse vorher, Regression eine Zahl; ein eingebauter Datensatz legt das fest.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Daten-Startwert</translation>
    </message>
    <message>
        <source>How many points to generate (1 to {most}). Up/Down change it by 50.</source>
        <translation>Wie viele Punkte erzeugt werden (1 bis {most}). Pfeil auf/ab ändert die Zahl um 50.</translation>
    </message>
    <message>
        <source>Label noise, as in TensorFlow Playground: 0 % gives clean classes, 50 % blurs the boundary.</source>
        <translation>Rauschen in den Klassen, wie im TensorFlow Playground: 0 % ergibt saubere Klassen, 50 % verwischt die Grenze.</translation>
    </message>
    <message>
        <source>The random seed that generates the points: the same seed gives the same data set every time.</source>
        <translation>Der Startwert des Zufalls, der die Punkte erzeugt: derselbe Startwert ergibt jedes Mal denselben Datensatz.</translation>
    </message>
    <message>
        <source>Normali&amp;ze inputs</source>
        <translation>Eingaben &amp;normalisieren</translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1 (using the training data). Needed when inputs are large, e.g. a temperature of 200 °C.</source>
        <translation>Jede Eingabe auf Mittelwert 0 und Standardabweichung 1 verschieben und skalieren (anhand der Trainingsdaten). Nötig bei großen Eingaben, z. B. einer Temperatur von 200 °C.</translation>
    </message>
    <message>
        <source>Why some fields are switched off for this data.</source>
        <translation>Warum manche Felder für diese Daten abgeschaltet sind.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <source>No&amp;ise</source>
        <translation>Rausc&amp;hen</translation>
    </message>
    <message>
        <source>D&amp;ata seed</source>
        <translation>Da&amp;ten-Startwert</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>wählen</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>Samples, noise and data seed are for built-in data sets; your own data is used as it is.</source>
        <translation>Beispiele, Rauschen und Daten-Startwert gelten für eingebaute Datensätze; deine eigenen Daten werden so verwendet, wie sie sind.</translation>
    </message>
    <message>
        <source>{name} is a fixed collection: samples, noise and data seed do not apply.</source>
        <translation>{name} ist eine feste Sammlung: Beispiele, Rauschen und Daten-Startwert gelten nicht.</translation>
    </message>
    <message>
        <source>Noise does not apply to {name}.</source>
        <translation>Rauschen gilt nicht für {name}.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Use your own data: a CSV file with a header row.</source>
        <translation>Eigene Daten verwenden: eine CSV-Datei mit Kopfzeile.</translation>
    </message>
    <message>
        <source>The data this network file uses now.</source>
        <translation>Die Daten, die diese Netzdatei jetzt verwendet.</translation>
    </message>
    <message>
        <source>CSV: {name}</source>
        <translation>CSV: {name}</translation>
    </message>
    <message>
        <source>Drawn on the Map</source>
        <translation>Auf der Karte gezeichnet</translation>
    </message>
    <message>
        <source>Data stored in the file</source>
        <translation>In der Datei gespeicherte Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n points drawn on the Map (Draw data, Ctrl+D), stored in the network file.</source>
        <translation>
            <numerusform>%n Punkt auf der Karte gezeichnet (Daten zeichnen, Strg+D), in der Netzdatei gespeichert.</numerusform>
            <numerusform>%n Punkte auf der Karte gezeichnet (Daten zeichnen, Strg+D), in der Netzdatei gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows stored in the network file.</source>
        <translation>
            <numerusform>%n Zeile in der Netzdatei gespeichert.</numerusform>
            <numerusform>%n Zeilen in der Netzdatei gespeichert.</numerusform>
        </translation>
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
        <translation>&lt;b&gt;Testgenauigkeit {accuracy} %&lt;/b&gt; (Bilder unverändert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; with these images ({unchanged} % unchanged)</source>
        <translation>&lt;b&gt;Testgenauigkeit {accuracy} %&lt;/b&gt; mit diesen Bildern ({unchanged} % unverändert)</translation>
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
            <numerusform>die Ausgabeschicht hat %n Neuron für {classes} Klassen; gib ihr eines pro Klasse.</numerusform>
            <numerusform>die Ausgabeschicht hat %n Neuronen für {classes} Klassen; gib ihr eines pro Klasse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetClasses</name>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>obere</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>untere</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>not obese</source>
        <translation>nicht adipös</translation>
    </message>
    <message>
        <source>obese</source>
        <translation>adipös</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>X holds NaN or infinite values; every feature must be a number</source>
        <translation>X enthält NaN oder unendliche Werte; jedes Merkmal muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{names} feature names for {columns} feature columns</source>
        <translation>{names} Merkmalsnamen für {columns} Merkmalsspalten</translation>
    </message>
    <message>
        <source>y must have shape ({n},) to match X; got {shape}</source>
        <translation>y muss die Form ({n},) haben, passend zu X; erhalten: {shape}</translation>
    </message>
    <message>
        <source>class_names are for classification only</source>
        <translation>class_names gibt es nur bei Klassifikation</translation>
    </message>
    <message>
        <source>regression targets hold NaN or infinite values</source>
        <translation>die Regressionsziele enthalten NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>classification targets must be whole class indices 0, 1, 2, ...</source>
        <translation>Klassifikationsziele müssen ganze Klassennummern 0, 1, 2, ... sein</translation>
    </message>
    <message>
        <source>class indices must lie in 0..{last}; got {low}..{high}</source>
        <translation>Klassennummern müssen in 0..{last} liegen; erhalten: {low}..{high}</translation>
    </message>
    <message>
        <source>Above or below a sine</source>
        <translation>Über/unter Sinuskurve</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; almost two waves: it takes several neurons. Hidden neurons bend straight edges into the curve.</source>
        <translation>Blaue Punkte liegen über der Kurve {formula}, orange darunter; fast zwei Wellen: dafür braucht es mehrere Neuronen. Verdeckte Neuronen biegen gerade Kanten zur Kurve.</translation>
    </message>
    <message>
        <source>Above or below a cubic</source>
        <translation>Über/unter x³-Kurve</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; a rise, a dip and a rise. Hidden neurons bend straight edges into the curve.</source>
        <translation>Blaue Punkte liegen über der Kurve {formula}, orange darunter; ein Anstieg, eine Senke und wieder ein Anstieg. Verdeckte Neuronen biegen gerade Kanten zur Kurve.</translation>
    </message>
    <message>
        <source>Above or below |x|</source>
        <translation>Über/unter |x|</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; a V of two straight arms: two neurons can draw it. Hidden neurons bend straight edges into the curve.</source>
        <translation>Blaue Punkte liegen über der Kurve {formula}, orange darunter; ein V aus zwei geraden Armen: zwei Neuronen können es zeichnen. Verdeckte Neuronen biegen gerade Kanten zur Kurve.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other (TensorFlow Playground)</source>
        <translation>Eine Scheibe der einen Klasse in einem Ring der anderen (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Exklusives Oder</translation>
    </message>
    <message>
        <source>Four squares, labelled by the sign of x1 * x2 (TensorFlow Playground)</source>
        <translation>Vier Quadrate, eingeteilt nach dem Vorzeichen von x1 * x2 (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Zwei Gauß-Wolken</translation>
    </message>
    <message>
        <source>Two clouds around (2, 2) and (-2, -2) (TensorFlow Playground)</source>
        <translation>Zwei Wolken um (2, 2) und (-2, -2) (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Two interleaved spirals, the hardest set (TensorFlow Playground)</source>
        <translation>Zwei ineinander verschlungene Spiralen, der schwierigste Datensatz (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>Ebene (Regression)</translation>
    </message>
    <message>
        <source>The target rises with x1 + x2 (TensorFlow Playground)</source>
        <translation>Das Ziel steigt mit x1 + x2 (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Multi Gaussian (regression)</source>
        <translation>Hügel (Regression)</translation>
    </message>
    <message>
        <source>Six bumps, up and down (TensorFlow Playground)</source>
        <translation>Sechs Hügel und Mulden (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Two interlocking half circles</source>
        <translation>Zwei ineinandergreifende Halbkreise</translation>
    </message>
    <message>
        <source>Three blobs</source>
        <translation>Drei Wolken</translation>
    </message>
    <message>
        <source>Three clouds, one per class: a softmax example</source>
        <translation>Drei Wolken, eine pro Klasse: ein Softmax-Beispiel</translation>
    </message>
    <message>
        <source>Coffee roasting</source>
        <translation>Kaffeerösten</translation>
    </message>
    <message>
        <source>Roast temperature (°C) and duration (min); the good roasts form a triangle that three neurons can draw. Normalise the inputs.</source>
        <translation>Rösttemperatur (°C) und Röstdauer (min); die guten Röstungen bilden ein Dreieck, das drei Neuronen zeichnen können. Normalisiere die Eingaben.</translation>
    </message>
    <message>
        <source>Obesity</source>
        <translation>Adipositas</translation>
    </message>
    <message>
        <source>Height (ft) and weight (kg); obese when the body-mass index is 30 or more</source>
        <translation>Körpergröße (ft) und Gewicht (kg); adipös ab einem Body-Mass-Index von 30</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>Ziffern (Handschrift)</translation>
    </message>
    <message>
        <source>1797 scanned 8x8 digits: 64 pixel inputs (0-16), 10 classes. UCI data, CC BY 4.0. Sample count and noise do not apply.</source>
        <translation>1797 gescannte Ziffern aus 8×8 Pixeln: 64 Pixeleingaben (0–16), 10 Klassen. UCI-Daten, CC BY 4.0. Anzahl der Beispiele und Rauschen gelten hier nicht.</translation>
    </message>
    <message>
        <source>{what} must be a whole number of {low} or more; got {value}</source>
        <translation>{what} muss eine ganze Zahl ab {low} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}; got {value}</source>
        <translation>{what} muss eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>unbekannter Datensatz {name}; wähle einen von: {names}</translation>
    </message>
    <message>
        <source>noise must be a fraction from 0 to {high} (0-50 %); got {value}</source>
        <translation>noise muss ein Anteil von 0 bis {high} sein (0–50 %); erhalten: {value}</translation>
    </message>
    <message>
        <source>train_fraction must lie between 0 and 1, e.g. {example}; got {value}</source>
        <translation>train_fraction muss zwischen 0 und 1 liegen, z. B. {example}; erhalten: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample cannot be split into training and test data; use at least 2 samples</source>
        <translation>
            <numerusform>%n Beispiel lässt sich nicht in Trainings- und Testdaten aufteilen; nimm mindestens 2 Beispiele</numerusform>
            <numerusform>%n Beispiele lassen sich nicht in Trainings- und Testdaten aufteilen; nimm mindestens 2 Beispiele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <source>single layer</source>
        <translation>eine Schicht</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Testdaten zeigen</translation>
    </message>
    <message>
        <source>Draw the test points as hollow rings. The network never trains on them: they show how well it generalises.</source>
        <translation>Die Testpunkte als hohle Ringe zeichnen. Das Netz trainiert nie mit ihnen: sie zeigen, wie gut es verallgemeinert.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Nur Klassen</translation>
    </message>
    <message>
        <source>Colour each spot by the class the network would pick (output above or below the middle of its range) instead of by how sure it is.</source>
        <translation>Jede Stelle in der Farbe der Klasse färben, die das Netz wählen würde (Ausgabe über oder unter der Mitte ihres Wertebereichs), statt danach, wie sicher es ist.</translation>
    </message>
    <message>
        <source>Show the curve</source>
        <translation>Kurve zeigen</translation>
    </message>
    <message>
        <source>Draw the curve the data follows (dotted): the points above it are blue, those below orange. Untick it to judge the network's boundary on its own.</source>
        <translation>Die Kurve zeichnen, der die Daten folgen (gepunktet): die Punkte darüber sind blau, die darunter orange. Nimm den Haken weg, um die Grenze des Netzes für sich zu beurteilen.</translation>
    </message>
    <message>
        <source>black line: {label}</source>
        <translation>schwarze Linie: {label}</translation>
    </message>
    <message>
        <source>dashed line: {label}</source>
        <translation>gestrichelte Linie: {label}</translation>
    </message>
</context>
<context>
    <name>DefaultNetwork</name>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other. No straight line separates them: watch how the hidden neurons each draw one line and the output neuron combines them into a closed boundary.</source>
        <translation>Eine Scheibe der einen Klasse in einem Ring der anderen. Keine gerade Linie trennt sie: sieh zu, wie die verdeckten Neuronen je eine Linie zeichnen und das Ausgabeneuron sie zu einer geschlossenen Grenze verbindet.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Neuron health</source>
        <translation>Neuronengesundheit</translation>
    </message>
    <message>
        <source>Linear collapse</source>
        <translation>Linearer Kollaps</translation>
    </message>
    <message>
        <source>Neuron &amp;Health</source>
        <translation>&amp;Neuronengesundheit</translation>
    </message>
    <message>
        <source>Dead and saturated neurons, gradient size per layer and PReLU alphas (Ctrl+H)</source>
        <translation>Tote und gesättigte Neuronen, Gradientengröße je Schicht und PReLU-Alphas (Strg+H)</translation>
    </message>
    <message>
        <source>Show Neuron &amp;Flags</source>
        <translation>Neuronen-&amp;Markierungen zeigen</translation>
    </message>
    <message>
        <source>Label dead and saturated neurons, and softmax neurons out of place, on the network drawing</source>
        <translation>Tote und gesättigte Neuronen sowie falsch platzierte Softmax-Neuronen in der Netzzeichnung markieren</translation>
    </message>
    <message>
        <source>&amp;Linear Collapse…</source>
        <translation>&amp;Linearer Kollaps…</translation>
    </message>
    <message>
        <source>Show the single linear layer an all-linear network equals, or the neurons that prevent it (Ctrl+K)</source>
        <translation>Die eine lineare Schicht zeigen, der ein ganz lineares Netz gleicht, oder die Neuronen, die das verhindern (Strg+K)</translation>
    </message>
    <message>
        <source>No data to measure the neurons on: {error}</source>
        <translation>Keine Daten, an denen die Neuronen gemessen werden können: {error}</translation>
    </message>
    <message>
        <source>The data does not match the network's inputs yet.</source>
        <translation>Die Daten passen noch nicht zu den Eingaben des Netzes.</translation>
    </message>
    <message>
        <source>{neuron} ({activation})</source>
        <translation>{neuron} ({activation})</translation>
    </message>
    <message>
        <source>{layer} #{unit}</source>
        <translation>{layer} #{unit}</translation>
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
    <name>DrawTool</name>
    <message>
        <source>The data is not a drawing: choose Draw Data (Ctrl+D) to start one</source>
        <translation>Die Daten sind keine Zeichnung: wähle Daten zeichnen (Strg+D), um eine zu beginnen</translation>
    </message>
    <message>
        <source>A drawing holds at most {count} points: erase some (right button) to draw more</source>
        <translation>Eine Zeichnung fasst höchstens {count} Punkte: radiere einige aus (rechte Taste), um mehr zu zeichnen</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Zeichnung leeren</translation>
    </message>
    <message>
        <source>⚠ {edit}: {problem}</source>
        <translation>⚠ {edit}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit}: die Ausgabeschicht hat jetzt %n {activation}-Neuron, passend zu den Daten (Strg+Z nimmt es zurück)</numerusform>
            <numerusform>{edit}: die Ausgabeschicht hat jetzt %n {activation}-Neuronen, passend zu den Daten (Strg+Z nimmt es zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit}: die Ausgabeschicht hat jetzt %n {activation}-Neuron, passend zu den Daten (Strg+Z nimmt es zurück)</numerusform>
            <numerusform>{edit}: die Ausgabeschicht hat jetzt %n {activation}-Neuronen, passend zu den Daten (Strg+Z nimmt es zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n point</source>
        <translation>
            <numerusform>%n Punkt radieren</numerusform>
            <numerusform>%n Punkte radieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n points</source>
        <translation>
            <numerusform>%n Punkt radieren</numerusform>
            <numerusform>%n Punkte radieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of value {value}</source>
        <translation>
            <numerusform>%n Punkt mit Wert {value} zeichnen</numerusform>
            <numerusform>%n Punkte mit Wert {value} zeichnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of value {value}</source>
        <translation>
            <numerusform>%n Punkt mit Wert {value} zeichnen</numerusform>
            <numerusform>%n Punkte mit Wert {value} zeichnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of value {value}</source>
        <translation>
            <numerusform>%n Punkt mit Wert {value} sprühen</numerusform>
            <numerusform>%n Punkte mit Wert {value} sprühen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of value {value}</source>
        <translation>
            <numerusform>%n Punkt mit Wert {value} sprühen</numerusform>
            <numerusform>%n Punkte mit Wert {value} sprühen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of class {number}</source>
        <translation>
            <numerusform>%n Punkt der Klasse {number} zeichnen</numerusform>
            <numerusform>%n Punkte der Klasse {number} zeichnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of class {number}</source>
        <translation>
            <numerusform>%n Punkt der Klasse {number} zeichnen</numerusform>
            <numerusform>%n Punkte der Klasse {number} zeichnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of class {number}</source>
        <translation>
            <numerusform>%n Punkt der Klasse {number} sprühen</numerusform>
            <numerusform>%n Punkte der Klasse {number} sprühen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of class {number}</source>
        <translation>
            <numerusform>%n Punkt der Klasse {number} sprühen</numerusform>
            <numerusform>%n Punkte der Klasse {number} sprühen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>&amp;Draw Data</source>
        <translation>Daten &amp;zeichnen</translation>
    </message>
    <message>
        <source>Draw your own data on the Map: click, spray and erase points of each class ({shortcut})</source>
        <translation>Eigene Daten auf die Karte zeichnen: Punkte jeder Klasse klicken, sprühen und radieren ({shortcut})</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Draw data</source>
        <translation>Daten zeichnen</translation>
    </message>
    <message>
        <source>Draw new data</source>
        <translation>Neue Daten zeichnen</translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation>Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>A new drawing: spray points with the left button, erase with the right one.</source>
        <translation>Eine neue Zeichnung: sprühe Punkte mit der linken Taste, radiere mit der rechten.</translation>
    </message>
    <message numerus="yes">
        <source>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>Die %n Eingabe ({inputs}) wurde zu x1 und x2 der Zeichnung.</numerusform>
            <numerusform>Die %n Eingaben ({inputs}) wurden zu x1 und x2 der Zeichnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>Die %n Eingabe ({inputs}) wurde zu x1 und x2 der Zeichnung.</numerusform>
            <numerusform>Die %n Eingaben ({inputs}) wurden zu x1 und x2 der Zeichnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neuron.</source>
        <translation>
            <numerusform>Seine Ausgabeschicht besteht jetzt aus %n {activation}-Neuron.</numerusform>
            <numerusform>Seine Ausgabeschicht besteht jetzt aus %n {activation}-Neuronen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neurons.</source>
        <translation>
            <numerusform>Seine Ausgabeschicht besteht jetzt aus %n {activation}-Neuron.</numerusform>
            <numerusform>Seine Ausgabeschicht besteht jetzt aus %n {activation}-Neuronen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawingBar</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Click to add one point of the chosen class (or value).</source>
        <translation>Klicke, um einen Punkt der gewählten Klasse (oder des Werts) hinzuzufügen.</translation>
    </message>
    <message>
        <source>Spray</source>
        <translation>Sprühen</translation>
    </message>
    <message>
        <source>Press and drag to spray points of the chosen class: {count} at a time around the pointer.</source>
        <translation>Drücken und ziehen, um Punkte der gewählten Klasse zu sprühen: {count} auf einmal um den Zeiger.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Press and drag over points to remove them. The right mouse button erases with any tool.</source>
        <translation>Drücken und über Punkte ziehen, um sie zu entfernen. Die rechte Maustaste radiert mit jedem Werkzeug.</translation>
    </message>
    <message>
        <source>Left button draws, right button erases. Each stroke is one step of Undo (Ctrl+Z).</source>
        <translation>Linke Taste zeichnet, rechte radiert. Jeder Strich ist ein Rückgängig-Schritt (Strg+Z).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every point of the drawing (Undo brings them back).</source>
        <translation>Alle Punkte der Zeichnung entfernen (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stop drawing (the drawing stays the data; Ctrl+D draws again).</source>
        <translation>Zeichnen beenden (die Zeichnung bleibt die Daten; Strg+D zeichnet wieder).</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>The class of the points you draw. A new class adds an output: more than 2 classes make softmax outputs.</source>
        <translation>Die Klasse der Punkte, die du zeichnest. Eine neue Klasse fügt eine Ausgabe hinzu: mehr als 2 Klassen ergeben Softmax-Ausgaben.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The value of the points you draw (regression): the network learns to predict it at their place.</source>
        <translation>Der Wert der Punkte, die du zeichnest (Regression): das Netz lernt, ihn an ihrer Stelle vorherzusagen.</translation>
    </message>
    <message>
        <source>{number} (new)</source>
        <translation>{number} (neu)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>{layer} neuron {number}</source>
        <translation>{layer}, Neuron {number}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Verdeckt {number}</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>short for the output layer in a narrow header</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>H{number}</source>
        <comment>short for hidden layer {number}</comment>
        <translation>V{number}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n Neuron</numerusform>
            <numerusform>%n Neuronen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n Neuron</numerusform>
            <numerusform>%n Neuronen</numerusform>
        </translation>
    </message>
    <message>
        <source>{on} of {offered} on</source>
        <comment>inputs in use</comment>
        <translation>{on} von {offered} an</translation>
    </message>
    <message numerus="yes">
        <source>%n feature</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>In</source>
        <comment>short for the input column in a narrow header</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Network editor</source>
        <translation>Netzeditor</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add {activation} neuron to {layer}</source>
        <translation>{activation}-Neuron zu {layer} hinzufügen</translation>
    </message>
    <message>
        <source>Make {neuron} {activation}</source>
        <translation>{neuron} auf {activation} umstellen</translation>
    </message>
    <message>
        <source>Freeze {neuron}</source>
        <translation>{neuron} einfrieren</translation>
    </message>
    <message>
        <source>Unfreeze {neuron}</source>
        <translation>{neuron} auftauen</translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; a layer needs at least one. Delete the layer instead.</source>
        <translation>Das ist das einzige Neuron von {layer}; eine Schicht braucht mindestens eines. Lösche stattdessen die Schicht.</translation>
    </message>
    <message>
        <source>Move {neuron}</source>
        <translation>{neuron} verschieben</translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; it cannot leave its layer.</source>
        <translation>Das ist das einzige Neuron von {layer}; es kann seine Schicht nicht verlassen.</translation>
    </message>
    <message>
        <source>Move {neuron} to a new layer</source>
        <translation>{neuron} in eine neue Schicht verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n unit</source>
        <translation>
            <numerusform>Verdeckte Schicht mit %n Neuron hinzufügen</numerusform>
            <numerusform>Verdeckte Schicht mit %n Neuronen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n units</source>
        <translation>
            <numerusform>Verdeckte Schicht mit %n Neuron hinzufügen</numerusform>
            <numerusform>Verdeckte Schicht mit %n Neuronen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Make all of {layer} {activation}</source>
        <translation>Alle Neuronen von {layer} auf {activation} umstellen</translation>
    </message>
    <message>
        <source>The output layer cannot be deleted: it gives the network's answer. Change its neurons instead.</source>
        <translation>Die Ausgabeschicht kann nicht gelöscht werden: sie gibt die Antwort des Netzes. Ändere stattdessen ihre Neuronen.</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>{layer} löschen</translation>
    </message>
    <message>
        <source>{layer} needs at least one neuron; to remove it, select its header and delete the layer.</source>
        <translation>{layer} braucht mindestens ein Neuron; um die Schicht zu entfernen, wähle ihren Kopf aus und lösche sie.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n neurons</source>
        <translation>
            <numerusform>%n Neuron löschen</numerusform>
            <numerusform>%n Neuronen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {neuron}</source>
        <translation>{neuron} löschen</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nichts ist ausgewählt.</translation>
    </message>
    <message>
        <source>A link cannot be deleted: every neuron listens to all units of the layer before. Double-click it and type 0 to cut it.</source>
        <translation>Eine Verbindung lässt sich nicht löschen: jedes Neuron hört auf alle Neuronen der Schicht davor. Doppelklicke sie und gib 0 ein, um sie zu kappen.</translation>
    </message>
    <message>
        <source>These inputs are the data set's columns; choose the data in the Data panel to change them.</source>
        <translation>Diese Eingaben sind die Spalten des Datensatzes; wähle die Daten im Datenbereich, um sie zu ändern.</translation>
    </message>
    <message>
        <source>{input} is the only input left; a network needs at least one.</source>
        <translation>{input} ist die letzte Eingabe; ein Netz braucht mindestens eine.</translation>
    </message>
    <message>
        <source>Stop using input {input}</source>
        <translation>Eingabe {input} nicht mehr verwenden</translation>
    </message>
    <message>
        <source>Use input {input}</source>
        <translation>Eingabe {input} verwenden</translation>
    </message>
    <message>
        <source>an empty field is not a number</source>
        <translation>ein leeres Feld ist keine Zahl</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>'{text}' is not a finite number</source>
        <translation>„{text}“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron}; Enter applies, Esc cancels.</source>
        <translation>Gib das Gewicht von {source} in {neuron} ein; Eingabetaste übernimmt, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron} and press Enter (Esc cancels).</source>
        <translation>Gib das Gewicht von {source} in {neuron} ein und drücke die Eingabetaste (Esc bricht ab).</translation>
    </message>
    <message>
        <source>{error}; the weight from {source} into {neuron} stays {value}.</source>
        <translation>{error}; das Gewicht von {source} in {neuron} bleibt {value}.</translation>
    </message>
    <message>
        <source>Type the bias of {neuron}; Enter applies, Esc cancels.</source>
        <translation>Gib den Bias von {neuron} ein; Eingabetaste übernimmt, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Type the bias of {neuron} and press Enter (Esc cancels).</source>
        <translation>Gib den Bias von {neuron} ein und drücke die Eingabetaste (Esc bricht ab).</translation>
    </message>
    <message>
        <source>{error}; the bias of {neuron} stays {value}.</source>
        <translation>{error}; der Bias von {neuron} bleibt {value}.</translation>
    </message>
    <message>
        <source>Type the alpha of {neuron}; Enter applies, Esc cancels.</source>
        <translation>Gib das alpha von {neuron} ein; Eingabetaste übernimmt, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Type the alpha of {neuron} and press Enter (Esc cancels).</source>
        <translation>Gib das alpha von {neuron} ein und drücke die Eingabetaste (Esc bricht ab).</translation>
    </message>
    <message>
        <source>{error}; the alpha of {neuron} stays {value}.</source>
        <translation>{error}; das alpha von {neuron} bleibt {value}.</translation>
    </message>
    <message>
        <source>This neuron's activation has no alpha.</source>
        <translation>Die Aktivierung dieses Neurons hat kein alpha.</translation>
    </message>
    <message>
        <source>Unknown activation; expected one of {names}.</source>
        <translation>Unbekannte Aktivierung; erwartet wird eine von {names}.</translation>
    </message>
    <message>
        <source>That neuron is no longer in the network.</source>
        <translation>Dieses Neuron ist nicht mehr im Netz.</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>export as .png or .svg, not '{ending}'</source>
        <translation>exportiere als .png oder .svg, nicht als „{ending}“</translation>
    </message>
    <message>
        <source>export as .png or .svg, not a file without extension</source>
        <translation>exportiere als .png oder .svg, nicht als Datei ohne Endung</translation>
    </message>
    <message>
        <source>could not write the image {path}</source>
        <translation>das Bild {path} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>EditorMenu</name>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Auftauen</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>A frozen neuron keeps its weights, bias and alpha while the rest trains.</source>
        <translation>Ein eingefrorenes Neuron behält Gewichte, Bias und alpha, während der Rest trainiert.</translation>
    </message>
    <message>
        <source>Edit bias…</source>
        <translation>Bias bearbeiten…</translation>
    </message>
    <message>
        <source>Edit alpha…</source>
        <translation>Alpha bearbeiten…</translation>
    </message>
    <message>
        <source>Delete neuron</source>
        <translation>Neuron löschen</translation>
    </message>
    <message>
        <source>Set all activations</source>
        <translation>Alle Aktivierungen setzen</translation>
    </message>
    <message>
        <source>Add neuron ({activation})</source>
        <translation>Neuron hinzufügen ({activation})</translation>
    </message>
    <message>
        <source>Insert hidden layer before</source>
        <translation>Verdeckte Schicht davor einfügen</translation>
    </message>
    <message>
        <source>Insert hidden layer after</source>
        <translation>Verdeckte Schicht danach einfügen</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Schicht löschen</translation>
    </message>
    <message>
        <source>The output layer cannot be deleted.</source>
        <translation>Die Ausgabeschicht kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Edit weight…</source>
        <translation>Gewicht bearbeiten…</translation>
    </message>
    <message>
        <source>Set weight to 0</source>
        <translation>Gewicht auf 0 setzen</translation>
    </message>
    <message>
        <source>Stop using this input</source>
        <translation>Diese Eingabe nicht mehr verwenden</translation>
    </message>
    <message>
        <source>Use this input</source>
        <translation>Diese Eingabe verwenden</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Verdeckte Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>The only output neuron cannot go; change its activation instead.</source>
        <translation>Das einzige Ausgabeneuron kann nicht weg; ändere stattdessen seine Aktivierung.</translation>
    </message>
    <message>
        <source>The only neuron of a layer cannot go; delete the layer.</source>
        <translation>Das einzige Neuron einer Schicht kann nicht weg; lösche die Schicht.</translation>
    </message>
</context>
<context>
    <name>EditorTips</name>
    <message>
        <source>Drop to move this neuron into a new hidden layer here.</source>
        <translation>Loslassen, um dieses Neuron hier in eine neue verdeckte Schicht zu verschieben.</translation>
    </message>
    <message>
        <source>Drop to move the neuron to position {position} of {layer}.</source>
        <translation>Loslassen, um das Neuron an Position {position} von {layer} zu verschieben.</translation>
    </message>
    <message>
        <source>Bias of {neuron}: {value}
z = w·x + b: the bias shifts z before the activation.
Double-click to type a new value.</source>
        <translation>Bias von {neuron}: {value}
z = w·x + b: der Bias verschiebt z vor der Aktivierung.
Doppelklicke, um einen neuen Wert einzugeben.</translation>
    </message>
    <message>
        <source>Weight from {source} into {neuron}: {value}
Blue: positive, orange: negative; thicker: larger.
Click to select, double-click to type a new value.</source>
        <translation>Gewicht von {source} in {neuron}: {value}
Blau: positiv, orange: negativ; dicker: größer.
Klicke zum Auswählen, doppelklicke, um einen neuen Wert einzugeben.</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}  (frozen: training leaves it alone)</source>
        <translation>{layer}, Neuron {number}: {activation}  (eingefroren: das Training lässt es in Ruhe)</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}</source>
        <translation>{layer}, Neuron {number}: {activation}</translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation>Wertebereich: {range}</translation>
    </message>
    <message>
        <source>Bias: {value}</source>
        <translation>Bias: {value}</translation>
    </message>
    <message>
        <source>alpha: {value}</source>
        <translation>alpha: {value}</translation>
    </message>
    <message>
        <source>Drag to move it. Drop an activation on it to change it. Right-click for more.</source>
        <translation>Ziehen zum Verschieben. Lass eine Aktivierung darauf fallen, um sie zu ändern. Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>{activation} ×{count}</source>
        <translation>{activation} ×{count}</translation>
    </message>
    <message>
        <source>The output layer: its units are the network's answer.</source>
        <translation>Die Ausgabeschicht: ihre Neuronen sind die Antwort des Netzes.</translation>
    </message>
    <message>
        <source>A hidden layer.</source>
        <translation>Eine verdeckte Schicht.</translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n unit ({activations})</source>
        <translation>
            <numerusform>{layer}: %n Neuron ({activations})</numerusform>
            <numerusform>{layer}: %n Neuronen ({activations})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n units ({activations})</source>
        <translation>
            <numerusform>{layer}: %n Neuron ({activations})</numerusform>
            <numerusform>{layer}: %n Neuronen ({activations})</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select it; right-click to change all its activations, add a neuron or delete it. Drop an activation on it to add a neuron.</source>
        <translation>Klicke, um sie auszuwählen; Rechtsklick, um alle ihre Aktivierungen zu ändern, ein Neuron hinzuzufügen oder sie zu löschen. Lass eine Aktivierung darauf fallen, um ein Neuron hinzuzufügen.</translation>
    </message>
    <message>
        <source>Input {name}: a column of the data set.</source>
        <translation>Eingabe {name}: eine Spalte des Datensatzes.</translation>
    </message>
    <message>
        <source>Input {name}: in use. Click to stop using it.</source>
        <translation>Eingabe {name}: in Gebrauch. Klicke, um sie nicht mehr zu verwenden.</translation>
    </message>
    <message>
        <source>Feature {name}: not in use. Click to feed it to the network.</source>
        <translation>Merkmal {name}: nicht in Gebrauch. Klicke, um es dem Netz zu geben.</translation>
    </message>
    <message>
        <source>Drop on a layer, on a neuron, or in the space between two layers.</source>
        <translation>Auf einer Schicht, auf einem Neuron oder zwischen zwei Schichten loslassen.</translation>
    </message>
    <message>
        <source>Drop to make {neuron} a {activation} neuron.</source>
        <translation>Loslassen, um {neuron} zu einem {activation}-Neuron zu machen.</translation>
    </message>
    <message>
        <source>Drop to put a {activation} neuron at position {position} of {layer}.</source>
        <translation>Loslassen, um ein {activation}-Neuron an Position {position} von {layer} zu setzen.</translation>
    </message>
    <message>
        <source>Drop to make a new hidden layer here with a {activation} neuron.</source>
        <translation>Loslassen, um hier eine neue verdeckte Schicht mit einem {activation}-Neuron anzulegen.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>neuron {neuron} is the only output neuron; the network needs at least one output (change its activation instead)</source>
        <translation>Neuron {neuron} ist das einzige Ausgabeneuron; das Netz braucht mindestens eine Ausgabe (ändere stattdessen seine Aktivierung)</translation>
    </message>
    <message>
        <source>neuron {neuron} is the only neuron of layer {layer}; a layer needs at least one (remove the layer instead)</source>
        <translation>Neuron {neuron} ist das einzige Neuron von Schicht {layer}; eine Schicht braucht mindestens eines (entferne stattdessen die Schicht)</translation>
    </message>
    <message>
        <source>neuron {neuron} is the only neuron of layer {layer}; moving it would leave the layer empty</source>
        <translation>Neuron {neuron} ist das einzige Neuron von Schicht {layer}; verschiebst du es, wird die Schicht leer</translation>
    </message>
    <message>
        <source>layer {layer} is the output layer and cannot be removed; remove a hidden layer (0 to {hidden})</source>
        <translation>Schicht {layer} ist die Ausgabeschicht und kann nicht entfernt werden; entferne eine verdeckte Schicht (0 bis {hidden})</translation>
    </message>
    <message>
        <source>layer {layer} is the output layer and cannot be removed; it has no hidden layer</source>
        <translation>Schicht {layer} ist die Ausgabeschicht und kann nicht entfernt werden; es gibt keine verdeckte Schicht</translation>
    </message>
    <message>
        <source>layer {layer} needs 1 to {limit} units, got {count}</source>
        <translation>Schicht {layer} braucht 1 bis {limit} Neuronen, nicht {count}</translation>
    </message>
    <message>
        <source>a layer needs 1 to {limit} units, got {count}</source>
        <translation>eine Schicht braucht 1 bis {limit} Neuronen, nicht {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} layers, got {count}</source>
        <translation>ein Netz braucht 1 bis {limit} Schichten, nicht {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} inputs, got {count}</source>
        <translation>ein Netz braucht 1 bis {limit} Eingaben, nicht {count}</translation>
    </message>
    <message>
        <source>an input needs a non-empty name, got {name}</source>
        <translation>eine Eingabe braucht einen nicht leeren Namen, gefunden: {name}</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>{loss} needs class labels, but the data is a regression problem; use {mse}</source>
        <translation>{loss} braucht Klassen, aber die Daten sind ein Regressionsproblem; wähle {mse}</translation>
    </message>
    <message>
        <source>must be less than {batches}, the number of batches per epoch</source>
        <translation>muss kleiner als {batches} sein, die Zahl der Batches pro Epoche</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Training averages the gradient over a mini-batch of {batch} samples: this sample moves each weight by 1/{batch} of the update shown here.</source>
        <translation>Das Training mittelt den Gradienten über einen Mini-Batch von {batch} Beispielen: dieses Beispiel ändert jedes Gewicht um 1/{batch} der hier gezeigten Änderung.</translation>
    </message>
    <message>
        <source>The optimizer is SGD with momentum: the real step also adds the velocity of earlier steps.</source>
        <translation>Der Optimierer ist SGD mit Momentum: der echte Schritt addiert noch die Geschwindigkeit früherer Schritte.</translation>
    </message>
    <message>
        <source>The optimizer is Adam: the real step rescales each gradient by its running averages, so it differs from −learning rate · gradient.</source>
        <translation>Der Optimierer ist Adam: der echte Schritt skaliert jeden Gradienten mit seinen laufenden Mittelwerten, weicht also von −Lernrate · Gradient ab.</translation>
    </message>
    <message>
        <source>L2 regularization adds rate · w to each weight's gradient (not to biases); it is left out here.</source>
        <translation>L2-Regularisierung addiert Rate · w zum Gradienten jedes Gewichts (nicht der Bias-Werte); hier ist sie weggelassen.</translation>
    </message>
    <message>
        <source>L1 regularization adds rate · sign(w) to each weight's gradient (not to biases); it is left out here.</source>
        <translation>L1-Regularisierung addiert Rate · sign(w) zum Gradienten jedes Gewichts (nicht der Bias-Werte); hier ist sie weggelassen.</translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights: their updates are 0.</source>
        <translation>Eingefrorene Neuronen behalten ihre Gewichte: ihre Änderungen sind 0.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Verdeckt {number}</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Ausgabeneuron</translation>
    </message>
    <message>
        <source>{layer} neuron {number}</source>
        <translation>{layer}, Neuron {number}</translation>
    </message>
    <message numerus="yes">
        <source>(all %n products summed)</source>
        <translation>
            <numerusform>(%n Produkt summiert)</numerusform>
            <numerusform>(alle %n Produkte summiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>{neuron}: weighted sum z</source>
        <translation>{neuron}: gewichtete Summe z</translation>
    </message>
    <message>
        <source>z   (because z &gt; 0)</source>
        <translation>z   (weil z &gt; 0)</translation>
    </message>
    <message>
        <source>{neuron}: activation a = {activation}(z)</source>
        <translation>{neuron}: Aktivierung a = {activation}(z)</translation>
    </message>
    <message>
        <source>aₖ = e^(zₖ) / Σ e^(zⱼ)   (the softmax neurons together)</source>
        <translation>aₖ = e^(zₖ) / Σ e^(zⱼ)   (die Softmax-Neuronen zusammen)</translation>
    </message>
    <message>
        <source>(z − {shift} in every power: the same a, no overflow)</source>
        <translation>(z − {shift} in jeder Potenz: dasselbe a, kein Überlauf)</translation>
    </message>
    <message>
        <source>sum: {terms} = {total}</source>
        <translation>Summe: {terms} = {total}</translation>
    </message>
    <message>
        <source>{layer}: softmax probabilities</source>
        <translation>{layer}: Softmax-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>target t = {target}   (class {name})</source>
        <translation>Ziel t = {target}   (Klasse {name})</translation>
    </message>
    <message>
        <source>target t = {target}</source>
        <translation>Ziel t = {target}</translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of (a − t)²</source>
        <translation>
            <numerusform>L = Mittelwert über die %n Ausgabe von (a − t)²</numerusform>
            <numerusform>L = Mittelwert über die %n Ausgaben von (a − t)²</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of −(t·ln a + (1 − t)·ln(1 − a))</source>
        <translation>
            <numerusform>L = Mittelwert über die %n Ausgabe von −(t·ln a + (1 − t)·ln(1 − a))</numerusform>
            <numerusform>L = Mittelwert über die %n Ausgaben von −(t·ln a + (1 − t)·ln(1 − a))</numerusform>
        </translation>
    </message>
    <message>
        <source>L = −Σ tₖ·ln aₖ   (only the target class counts)</source>
        <translation>L = −Σ tₖ·ln aₖ   (nur die Zielklasse zählt)</translation>
    </message>
    <message>
        <source>Loss of this sample</source>
        <translation>Verlust dieses Beispiels</translation>
    </message>
    <message>
        <source>δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)   (softmax: the neurons share one sum)</source>
        <translation>δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)   (Softmax: die Neuronen teilen sich eine Summe)</translation>
    </message>
    <message>
        <source>0 (z ≤ 0: no signal passes back)</source>
        <translation>0 (z ≤ 0: kein Signal fließt zurück)</translation>
    </message>
    <message>
        <source>slope of {activation} at z = {z}</source>
        <translation>Steigung von {activation} bei z = {z}</translation>
    </message>
    <message>
        <source>{neuron}: δ = ∂L/∂z (backward)</source>
        <translation>{neuron}: δ = ∂L/∂z (rückwärts)</translation>
    </message>
    <message>
        <source>δ = (a − t){div}   (sigmoid and cross-entropy: the slopes cancel)</source>
        <translation>δ = (a − t){div}   (Sigmoid und Kreuzentropie: die Steigungen heben sich auf)</translation>
    </message>
    <message>
        <source>δ = (a − t){div}   (softmax and cross-entropy: the slopes cancel)</source>
        <translation>δ = (a − t){div}   (Softmax und Kreuzentropie: die Steigungen heben sich auf)</translation>
    </message>
    <message>
        <source>∂L/∂a = Σ w·δ over {layer} (the links out of this neuron)</source>
        <translation>∂L/∂a = Σ w·δ über {layer} (die Verbindungen aus diesem Neuron)</translation>
    </message>
    <message>
        <source>∂L/∂w = δ · input,   Δw = −lr · ∂L/∂w</source>
        <translation>∂L/∂w = δ · Eingabe;   Δw = −lr · ∂L/∂w</translation>
    </message>
    <message>
        <source>δ = {delta},   lr = {rate}</source>
        <translation>δ = {delta};   lr = {rate}</translation>
    </message>
    <message>
        <source>{weight} (from {source}):  ∂L/∂w = {product} = {gradient},   Δw = {change}</source>
        <translation>{weight} (von {source}):  ∂L/∂w = {product} = {gradient};   Δw = {change}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more weight, the same way</source>
        <translation>
            <numerusform>… %n weiteres Gewicht, genauso</numerusform>
            <numerusform>… %n weitere Gewichte, genauso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more weights, the same way</source>
        <translation>
            <numerusform>… %n weiteres Gewicht, genauso</numerusform>
            <numerusform>… %n weitere Gewichte, genauso</numerusform>
        </translation>
    </message>
    <message>
        <source>α: ∂L/∂α = 0   (z &gt; 0: α played no part)</source>
        <translation>α: ∂L/∂α = 0   (z &gt; 0: α spielte keine Rolle)</translation>
    </message>
    <message>
        <source>Frozen neuron: training leaves these values as they are (Δ = 0).</source>
        <translation>Eingefrorenes Neuron: das Training lässt diese Werte, wie sie sind (Δ = 0).</translation>
    </message>
    <message>
        <source>{neuron}: gradients and updates</source>
        <translation>{neuron}: Gradienten und Änderungen</translation>
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
        <translation>{name}: ein Skript mit diesem Namen würde sich selbst statt {library} importieren; wähle einen anderen Namen</translation>
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
        <source>The file {name} could not be read.</source>
        <translation>Die Datei {name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file {name} was saved by a newer version of Neuron Studio.</source>
        <translation>Die Datei {name} wurde mit einer neueren Version von Neuron Studio gespeichert.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a complete Neuron Studio network file.</source>
        <translation>Die Datei {name} ist beschädigt oder keine vollständige Neuron-Studio-Netzdatei.</translation>
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
        <source>Save the changes to “{title}” first?
If you don't, your changes since the last save are lost.</source>
        <translation>Die Änderungen an „{title}“ zuerst speichern?
Sonst gehen deine Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>noch nicht trainiert</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>{app} handout, {date}</source>
        <translation>{app}-Handout, {date}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Challenge goals</source>
        <translation>Ziele der Herausforderung</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erreicht</translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation>✗ noch nicht</translation>
    </message>
    <message>
        <source>All goals were met at epoch {epoch}.</source>
        <translation>Alle Ziele wurden in Epoche {epoch} erreicht.</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Das Netz</translation>
    </message>
    <message>
        <source>The Map and the loss</source>
        <translation>Die Karte und der Verlust</translation>
    </message>
    <message>
        <source>No Map: {reason}</source>
        <translation>Keine Karte: {reason}</translation>
    </message>
    <message>
        <source>The loss</source>
        <translation>Der Verlust</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Settings (to build it again)</source>
        <translation>Einstellungen (zum Nachbauen)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>One sample's numbers</source>
        <translation>Zahlen eines Beispiels</translation>
    </message>
    <message numerus="yes">
        <source>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</source>
        <translation>
            <numerusform>%n weiterer Schritt (verdeckte Schichten und Rückwärtsdurchlauf) steht im Bereich Ein Beispiel der App.</numerusform>
            <numerusform>%n weitere Schritte (verdeckte Schichten und Rückwärtsdurchlauf) stehen im Bereich Ein Beispiel der App.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</source>
        <translation>
            <numerusform>%n weiterer Schritt (verdeckte Schichten und Rückwärtsdurchlauf) steht im Bereich Ein Beispiel der App.</numerusform>
            <numerusform>%n weitere Schritte (verdeckte Schichten und Rückwärtsdurchlauf) stehen im Bereich Ein Beispiel der App.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handout (PDF)</source>
        <translation>Handout exportieren (PDF)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>Handout kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Could not write {path}: the folder does not exist</source>
        <translation>{path} konnte nicht geschrieben werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n page, {size})</source>
        <translation>
            <numerusform>Handout {path} geschrieben (%n Seite, {size})</numerusform>
            <numerusform>Handout {path} geschrieben (%n Seiten, {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n pages, {size})</source>
        <translation>
            <numerusform>Handout {path} geschrieben (%n Seite, {size})</numerusform>
            <numerusform>Handout {path} geschrieben (%n Seiten, {size})</numerusform>
        </translation>
    </message>
    <message>
        <source>your own sample: {sample}</source>
        <translation>eigenes Beispiel: {sample}</translation>
    </message>
    <message>
        <source>training sample {number}: {sample}</source>
        <translation>Trainingsbeispiel {number}: {sample}</translation>
    </message>
    <message>
        <source>test sample {number}: {sample}</source>
        <translation>Testbeispiel {number}: {sample}</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>&amp;Handout exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Save a printable handout: title, notes, network, Map, loss curves and the exact settings, on A4 or US Letter pages</source>
        <translation>Ein druckbares Handout speichern: Titel, Notizen, Netz, Karte, Verlustkurven und die genauen Einstellungen, auf A4- oder US-Letter-Seiten</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Ausgabe des Netzes</translation>
    </message>
    <message>
        <source>The Map: {title} over the input plane</source>
        <translation>Die Karte: {title} über der Eingabeebene</translation>
    </message>
    <message>
        <source>Loss (and accuracy) per epoch</source>
        <translation>Verlust (und Genauigkeit) je Epoche</translation>
    </message>
    <message>
        <source>Loss per epoch: not trained yet</source>
        <translation>Verlust je Epoche: noch nicht trainiert</translation>
    </message>
    <message numerus="yes">
        <source>%n output unit</source>
        <translation>
            <numerusform>%n Ausgabeneuron</numerusform>
            <numerusform>%n Ausgabeneuronen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output units</source>
        <translation>
            <numerusform>%n Ausgabeneuron</numerusform>
            <numerusform>%n Ausgabeneuronen</numerusform>
        </translation>
    </message>
    <message>
        <source>The network: no hidden layer, {outputs}</source>
        <translation>Das Netz: keine verdeckte Schicht, {outputs}</translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layer ({units} units), {outputs}</source>
        <translation>
            <numerusform>Das Netz: %n verdeckte Schicht ({units} Neuronen), {outputs}</numerusform>
            <numerusform>Das Netz: %n verdeckte Schichten ({units} Neuronen), {outputs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layers ({units} units), {outputs}</source>
        <translation>
            <numerusform>Das Netz: %n verdeckte Schicht ({units} Neuronen), {outputs}</numerusform>
            <numerusform>Das Netz: %n verdeckte Schichten ({units} Neuronen), {outputs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <translation>A4 (210 × 297 mm) oder US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>The title, the notes, the network, the Map, the loss curves and the exact settings (and the One sample panel's numbers when it is open), as a PDF to print or take home.</source>
        <translation>Titel, Notizen, Netz, Karte, Verlustkurven und die genauen Einstellungen (und die Zahlen des Bereichs Ein Beispiel, wenn er offen ist) als PDF zum Drucken oder Mitnehmen.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
</context>
<context>
    <name>HandoutFacts</name>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>CSV file {path}</source>
        <translation>CSV-Datei {path}</translation>
    </message>
    <message>
        <source>features {names}</source>
        <translation>Merkmale {names}</translation>
    </message>
    <message>
        <source>target {name}</source>
        <translation>Ziel {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample written in the file</source>
        <translation>
            <numerusform>%n Beispiel in der Datei gespeichert</numerusform>
            <numerusform>%n Beispiele in der Datei gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples written in the file</source>
        <translation>
            <numerusform>%n Beispiel in der Datei gespeichert</numerusform>
            <numerusform>%n Beispiele in der Datei gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>data source {source}</source>
        <translation>Datenquelle {source}</translation>
    </message>
    <message>
        <source>inputs normalised</source>
        <translation>Eingaben normalisiert</translation>
    </message>
    <message>
        <source>inputs not normalised</source>
        <translation>Eingaben nicht normalisiert</translation>
    </message>
    <message>
        <source>{data}: {details}</source>
        <translation>{data}: {details}</translation>
    </message>
    <message>
        <source>{label} (built-in {name})</source>
        <translation>{label} (eingebaut: {name})</translation>
    </message>
    <message>
        <source>built-in {name}</source>
        <translation>eingebauter Datensatz {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation>{count} Beispiele</translation>
    </message>
    <message>
        <source>noise {percent} %</source>
        <translation>Rauschen {percent} %</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>Startwert {seed}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{kind}, rate {rate}</source>
        <translation>{kind}, Rate {rate}</translation>
    </message>
    <message>
        <source>{optimizer} (momentum {momentum})</source>
        <translation>{optimizer} (Momentum {momentum})</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>{percent} % of the samples (the rest is the test set)</source>
        <translation>{percent} % der Beispiele (der Rest sind die Testdaten)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>{seed} (split and batch order)</source>
        <translation>{seed} (Aufteilung und Reihenfolge der Batches)</translation>
    </message>
    <message>
        <source>Epoch reached</source>
        <translation>Erreichte Epoche</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>accuracy {percent} %</source>
        <translation>Genauigkeit {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs: {first}, {second}, …, {last}</source>
        <translation>
            <numerusform>%n Eingabe: {first}, {second}, …, {last}</numerusform>
            <numerusform>%n Eingaben: {first}, {second}, …, {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{activation} (α {alpha})</source>
        <translation>{activation} (α {alpha})</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>Hidden layer {layer}</source>
        <translation>Verdeckte Schicht {layer}</translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {a} or {b}.</source>
        <translation>Das Feld ist leer; gib eine Zahl ein, etwa {a} oder {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number; type one such as {a} or {b}.</source>
        <translation>„{text}“ ist keine Zahl; gib eine ein, etwa {a} oder {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number; the network can only use ordinary numbers such as {a} or {b}.</source>
        <translation>„{text}“ ist keine endliche Zahl; das Netz kann nur gewöhnliche Zahlen wie {a} oder {b} verwenden.</translation>
    </message>
    <message>
        <source>{text} is too large; use a number from {low} to {high}.</source>
        <translation>{text} ist zu groß; nimm eine Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>The field keeps its value {value}.</source>
        <translation>Das Feld behält seinen Wert {value}.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n weiteres)</numerusform>
            <numerusform>(%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>a = softmax of z over this layer's softmax neurons</source>
        <translation>a = Softmax von z über die Softmax-Neuronen dieser Schicht</translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation>Wertebereich: {range}</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>What this neuron computes with its current numbers: the weighted sum z of its inputs plus the bias, then the activation g. Weights are rounded to 2 decimals here.</source>
        <translation>Was dieses Neuron mit seinen aktuellen Zahlen rechnet: die gewichtete Summe z seiner Eingaben plus Bias, dann die Aktivierung g. Gewichte sind hier auf 2 Nachkommastellen gerundet.</translation>
    </message>
    <message>
        <source>The activation g of this neuron. Hover over an item to read about it.</source>
        <translation>Die Aktivierung g dieses Neurons. Zeig auf einen Eintrag, um mehr darüber zu lesen.</translation>
    </message>
    <message>
        <source>The activation's formula, its output range and what to watch for.</source>
        <translation>Die Formel der Aktivierung, ihr Wertebereich und worauf zu achten ist.</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>The bias b, added to the weighted sum: z = w·x + b. Type a number and press Enter, or use the arrows.</source>
        <translation>Der Bias b, zur gewichteten Summe addiert: z = w·x + b. Gib eine Zahl ein und drücke die Eingabetaste, oder nutze die Pfeile.</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights while training (bias and alpha too).</source>
        <translation>Eingefrorene Neuronen behalten beim Training ihre Gewichte (auch Bias und alpha).</translation>
    </message>
    <message>
        <source>Incoming weights</source>
        <translation>Eingehende Gewichte</translation>
    </message>
    <message>
        <source>One weight per input of this neuron: the neurons of the previous layer, or the network's inputs.</source>
        <translation>Ein Gewicht pro Eingabe dieses Neurons: die Neuronen der vorigen Schicht oder die Eingaben des Netzes.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Neuron {name} (frozen)</source>
        <translation>Neuron {name} (eingefroren)</translation>
    </message>
    <message>
        <source>Neuron {name}</source>
        <translation>Neuron {name}</translation>
    </message>
    <message numerus="yes">
        <source>Output layer, neuron {unit} of %n</source>
        <translation>
            <numerusform>Ausgabeschicht, Neuron {unit} von %n</numerusform>
            <numerusform>Ausgabeschicht, Neuron {unit} von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer}, neuron {unit} of %n</source>
        <translation>
            <numerusform>Verdeckte Schicht {layer}, Neuron {unit} von %n</numerusform>
            <numerusform>Verdeckte Schicht {layer}, Neuron {unit} von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>alpha (learned)</source>
        <translation>alpha (gelernt)</translation>
    </message>
    <message>
        <source>The alpha of {name} keeps its value {value}.</source>
        <translation>Das alpha von {name} behält seinen Wert {value}.</translation>
    </message>
    <message>
        <source>The bias of {name} keeps its value {value}.</source>
        <translation>Der Bias von {name} behält seinen Wert {value}.</translation>
    </message>
    <message>
        <source>PReLU's slope for z &lt; 0. Training learns it (unless the neuron is frozen); you can also set it here.</source>
        <translation>Die Steigung von PReLU für z &lt; 0. Das Training lernt sie (außer das Neuron ist eingefroren); du kannst sie auch hier setzen.</translation>
    </message>
    <message>
        <source>ELU's alpha: the level the output approaches for very negative z.</source>
        <translation>Das alpha von ELU: der Wert, dem sich die Ausgabe für sehr negative z nähert.</translation>
    </message>
    <message>
        <source>Leaky ReLU's slope for z &lt; 0; it keeps the gradient from vanishing.</source>
        <translation>Die Steigung von Leaky ReLU für z &lt; 0; sie verhindert, dass der Gradient verschwindet.</translation>
    </message>
    <message>
        <source>The weight from {source} to {target} keeps its value {value}.</source>
        <translation>Das Gewicht von {source} zu {target} behält seinen Wert {value}.</translation>
    </message>
    <message>
        <source>The weight from {source} to {target}: the value of {source} is multiplied by it in z.</source>
        <translation>Das Gewicht von {source} zu {target}: der Wert von {source} wird in z damit multipliziert.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n weights; select a link in the editor to change another one.</source>
        <translation>
            <numerusform>Die ersten {shown} von %n Gewicht; wähle eine Verbindung im Editor, um ein anderes zu ändern.</numerusform>
            <numerusform>Die ersten {shown} von %n Gewichten; wähle eine Verbindung im Editor, um ein anderes zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set activation of {name} to {activation}</source>
        <translation>Aktivierung von {name} auf {activation} setzen</translation>
    </message>
    <message>
        <source>Freeze {name}</source>
        <translation>{name} einfrieren</translation>
    </message>
    <message>
        <source>Unfreeze {name}</source>
        <translation>{name} auftauen</translation>
    </message>
    <message>
        <source>What went wrong with the last change, and what to do.</source>
        <translation>Was bei der letzten Änderung schiefging und was zu tun ist.</translation>
    </message>
    <message>
        <source>Select a neuron, a layer, an input or a link in the editor to see its numbers and change them.</source>
        <translation>Wähle im Editor ein Neuron, eine Schicht, eine Eingabe oder eine Verbindung, um ihre Zahlen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>{value} is not a finite number; the old value stays.</source>
        <translation>{value} ist keine endliche Zahl; der alte Wert bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>{activations}; %n frozen</source>
        <translation>
            <numerusform>{activations}; %n eingefroren</numerusform>
            <numerusform>{activations}; %n eingefroren</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>How many neurons (units) this layer has. More units are added at the end with the last neuron's activation; fewer remove neurons from the end.</source>
        <translation>Wie viele Neuronen (Units) diese Schicht hat. Neue kommen ans Ende, mit der Aktivierung des letzten Neurons; weniger entfernt Neuronen am Ende.</translation>
    </message>
    <message>
        <source>How many neurons of this layer use each activation.</source>
        <translation>Wie viele Neuronen dieser Schicht jede Aktivierung verwenden.</translation>
    </message>
    <message>
        <source>The activation to give every neuron of this layer.</source>
        <translation>Die Aktivierung für jedes Neuron dieser Schicht.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Give every neuron of this layer the activation chosen on the left. Weights and biases are kept.</source>
        <translation>Jedem Neuron dieser Schicht die links gewählte Aktivierung geben. Gewichte und Bias bleiben erhalten.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>Set all to</source>
        <translation>Alle auf</translation>
    </message>
    <message>
        <source>Activations: {activations}</source>
        <translation>Aktivierungen: {activations}</translation>
    </message>
    <message>
        <source>choose an activation</source>
        <translation>Aktivierung wählen</translation>
    </message>
    <message>
        <source>The output layer: one neuron per output (per class for softmax). The loss must fit its activations; see Network.</source>
        <translation>Die Ausgabeschicht: ein Neuron pro Ausgabe (pro Klasse bei Softmax). Die Verlustfunktion muss zu ihren Aktivierungen passen; siehe Netz.</translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per input (%n weights) and a bias.</source>
        <translation>
            <numerusform>Jedes Neuron hier hat ein Gewicht pro Eingabe (%n Gewicht) und einen Bias.</numerusform>
            <numerusform>Jedes Neuron hier hat ein Gewicht pro Eingabe (%n Gewichte) und einen Bias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per neuron of hidden layer {layer} (%n weights) and a bias.</source>
        <translation>
            <numerusform>Jedes Neuron hier hat ein Gewicht pro Neuron der verdeckten Schicht {layer} (%n Gewicht) und einen Bias.</numerusform>
            <numerusform>Jedes Neuron hier hat ein Gewicht pro Neuron der verdeckten Schicht {layer} (%n Gewichte) und einen Bias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize the output layer to %n units</source>
        <translation>
            <numerusform>Ausgabeschicht auf %n Neuron setzen</numerusform>
            <numerusform>Ausgabeschicht auf %n Neuronen setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize hidden layer {layer} to %n units</source>
        <translation>
            <numerusform>Verdeckte Schicht {layer} auf %n Neuron setzen</numerusform>
            <numerusform>Verdeckte Schicht {layer} auf %n Neuronen setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every neuron of the output layer already uses {activation}.</source>
        <translation>Jedes Neuron der Ausgabeschicht verwendet schon {activation}.</translation>
    </message>
    <message>
        <source>Every neuron of hidden layer {layer} already uses {activation}.</source>
        <translation>Jedes Neuron der verdeckten Schicht {layer} verwendet schon {activation}.</translation>
    </message>
    <message>
        <source>Set the output layer to {activation}</source>
        <translation>Ausgabeschicht auf {activation} setzen</translation>
    </message>
    <message>
        <source>Set hidden layer {layer} to {activation}</source>
        <translation>Verdeckte Schicht {layer} auf {activation} setzen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>The input feature's name, as the data calls it.</source>
        <translation>Der Name des Eingabemerkmals, wie die Daten es nennen.</translation>
    </message>
    <message>
        <source>An active input feeds every neuron of the first layer.</source>
        <translation>Eine aktive Eingabe speist jedes Neuron der ersten Schicht.</translation>
    </message>
    <message>
        <source>Use as an input</source>
        <translation>Als Eingabe verwenden</translation>
    </message>
    <message>
        <source>Switch this feature on or off, as in TensorFlow Playground. Weights of the other inputs are kept.</source>
        <translation>Dieses Merkmal ein- oder ausschalten, wie im TensorFlow Playground. Die Gewichte der anderen Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>The weights that carry this input into the first layer. Select a link in the editor to change one.</source>
        <translation>Die Gewichte, die diese Eingabe in die erste Schicht tragen. Wähle eine Verbindung im Editor, um eines zu ändern.</translation>
    </message>
    <message>
        <source>Input {name}</source>
        <translation>Eingabe {name}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Active: no, the network does not use it. Tick the box to add it.</source>
        <translation>Aktiv: nein, das Netz verwendet sie nicht. Setze den Haken, um sie hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of the output layer.</source>
        <translation>
            <numerusform>Aktiv: ja, Eingabe {input} von {inputs}; sie speist das %n Neuron der Ausgabeschicht.</numerusform>
            <numerusform>Aktiv: ja, Eingabe {input} von {inputs}; sie speist alle %n Neuronen der Ausgabeschicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of hidden layer 1.</source>
        <translation>
            <numerusform>Aktiv: ja, Eingabe {input} von {inputs}; sie speist das %n Neuron der verdeckten Schicht 1.</numerusform>
            <numerusform>Aktiv: ja, Eingabe {input} von {inputs}; sie speist alle %n Neuronen der verdeckten Schicht 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights out of {name}: {weights}</source>
        <translation>Gewichte aus {name}: {weights}</translation>
    </message>
    <message>
        <source>Use {name} as an input</source>
        <translation>{name} als Eingabe verwenden</translation>
    </message>
    <message>
        <source>Stop using {name} as an input</source>
        <translation>{name} nicht mehr als Eingabe verwenden</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Where the signal comes from.</source>
        <translation>Woher das Signal kommt.</translation>
    </message>
    <message>
        <source>The neuron that receives it, multiplied by the weight.</source>
        <translation>Das Neuron, das es empfängt, mit dem Gewicht multipliziert.</translation>
    </message>
    <message>
        <source>The weight of this link. Type a number and press Enter, or use the arrows. Positive links are blue, negative orange.</source>
        <translation>Das Gewicht dieser Verbindung. Gib eine Zahl ein und drücke die Eingabetaste, oder nutze die Pfeile. Positive Verbindungen sind blau, negative orange.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Link {source} → {target}</source>
        <translation>Verbindung {source} → {target}</translation>
    </message>
    <message>
        <source>From: {source} (input {input})</source>
        <translation>Von: {source} (Eingabe {input})</translation>
    </message>
    <message>
        <source>From: {source} (hidden layer {layer})</source>
        <translation>Von: {source} (verdeckte Schicht {layer})</translation>
    </message>
    <message>
        <source>To: {target} (output layer, neuron {unit})</source>
        <translation>Zu: {target} (Ausgabeschicht, Neuron {unit})</translation>
    </message>
    <message>
        <source>To: {target} (hidden layer {layer}, neuron {unit})</source>
        <translation>Zu: {target} (verdeckte Schicht {layer}, Neuron {unit})</translation>
    </message>
    <message>
        <source>{target} multiplies the value of {source} by this weight and adds it to its z = w·x + b, before its {activation} activation.</source>
        <translation>{target} multipliziert den Wert von {source} mit diesem Gewicht und addiert ihn zu seinem z = w·x + b, vor seiner Aktivierung {activation}.</translation>
    </message>
    <message>
        <source>{target} is frozen: training leaves this weight alone.</source>
        <translation>{target} ist eingefroren: das Training lässt dieses Gewicht unverändert.</translation>
    </message>
</context>
<context>
    <name>LessonTranslations</name>
    <message numerus="yes">
        <source>%n languages; at most {limit}</source>
        <translation>
            <numerusform>%n Sprache; höchstens {limit}</numerusform>
            <numerusform>%n Sprachen; höchstens {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a language code; expected e.g. de or pt_BR</source>
        <translation>{code} ist kein Sprachcode; erwartet wird z. B. de oder pt_BR</translation>
    </message>
    <message>
        <source>unknown text {name}; expected one of: {names}</source>
        <translation>unbekannter Text {name}; erwartet wird einer von: {names}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Links in lesson notes are not opened; copy the address into a browser.</source>
        <translation>Links in Lektionsnotizen werden nicht geöffnet; kopiere die Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>This network has no lesson notes. Open a lesson from the Lessons menu.</source>
        <translation>Dieses Netz hat keine Lektionsnotizen. Öffne eine Lektion im Menü Lektionen.</translation>
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
        <translation>Herausforderung „{title}“ als neues, ungespeichertes Netz geöffnet. Leertaste trainiert mit {speed} (Tempofeld ändert es); Strg+R: zurück zu den Startgewichten.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Lektion „{title}“ als neues, ungespeichertes Netz geöffnet. Leertaste trainiert mit {speed} (Tempofeld ändert es); Strg+R: zurück zu den Startgewichten.</translation>
    </message>
</context>
<context>
    <name>LinearCollapse</name>
    <message>
        <source>z = W x + b   (W: {rows} × {columns} numbers and b: {rows}, below)</source>
        <translation>z = W x + b   (W: {rows} × {columns} Zahlen und b: {rows}, unten)</translation>
    </message>
    <message>
        <source>output = {activation}({z})</source>
        <translation>Ausgabe = {activation}({z})</translation>
    </message>
    <message>
        <source>outputs = softmax({first} ... {last})</source>
        <translation>Ausgaben = softmax({first} ... {last})</translation>
    </message>
    <message>
        <source>No line on the Map: {problem}</source>
        <translation>Keine Linie auf der Karte: {problem}</translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's output crosses {threshold}. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation>Auf der Karte liegt die gestrichelte Linie „eine Schicht“ dort, wo die Ausgabe dieser einen Schicht {threshold} kreuzt. Sie liegt auf der Grenze des Netzes selbst: dieselbe Grenze, und sie ist gerade.</translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's two largest outputs are equal. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation>Auf der Karte liegt die gestrichelte Linie „eine Schicht“ dort, wo die zwei größten Ausgaben dieser einen Schicht gleich sind. Sie liegt auf der Grenze des Netzes selbst: dieselbe Grenze, und sie ist gerade.</translation>
    </message>
    <message>
        <source>The single layer's weights W (one row per output, one column per input) and its bias b</source>
        <translation>Die Gewichte W der einen Schicht (eine Zeile pro Ausgabe, eine Spalte pro Eingabe) und ihr Bias b</translation>
    </message>
    <message>
        <source>Show on the Map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Draw this single layer's decision boundary on the Map as a dashed line, over the network's output, while this panel is shown. Its line lies on the network's own boundary. Not drawn over a hidden neuron's map.</source>
        <translation>Die Entscheidungsgrenze dieser einen Schicht gestrichelt auf der Karte über der Ausgabe des Netzes zeichnen, solange dieser Bereich sichtbar ist. Ihre Linie liegt auf der Grenze des Netzes selbst. Nicht über der Karte eines verdeckten Neurons.</translation>
    </message>
    <message>
        <source>Output {number}</source>
        <translation>Ausgabe {number}</translation>
    </message>
    <message>
        <source>No data to compare the two on.</source>
        <translation>Keine Daten, um die beiden zu vergleichen.</translation>
    </message>
    <message>
        <source>training data {difference}</source>
        <translation>Trainingsdaten {difference}</translation>
    </message>
    <message>
        <source>test data {difference}</source>
        <translation>Testdaten {difference}</translation>
    </message>
    <message>
        <source>Largest difference between the network's outputs and this single layer's: {differences} (only rounding: they are the same function).</source>
        <translation>Größter Unterschied zwischen den Ausgaben des Netzes und denen dieser einen Schicht: {differences} (nur Rundung: es ist dieselbe Funktion).</translation>
    </message>
    <message>
        <source>W: {input}</source>
        <translation>W: {input}</translation>
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
            <numerusform>Zeichne mindestens 2 Punkte (bisher %n)</numerusform>
            <numerusform>Zeichne mindestens 2 Punkte (bisher %n)</numerusform>
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
    <name>LossCheck</name>
    <message>
        <source>decided by the target column</source>
        <translation>durch die Zielspalte festgelegt</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>Regression (eine Zahl vorhersagen)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes ({names})</source>
        <translation>
            <numerusform>Klassifikation, %n Klasse ({names})</numerusform>
            <numerusform>Klassifikation, %n Klassen ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes</source>
        <translation>
            <numerusform>Klassifikation, %n Klasse</numerusform>
            <numerusform>Klassifikation, %n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown data set {name}</source>
        <translation>unbekannter Datensatz {name}</translation>
    </message>
    <message>
        <source>{name} (built-in data set)</source>
        <translation>{name} (eingebauter Datensatz)</translation>
    </message>
    <message>
        <source>data stored in the file</source>
        <translation>in der Datei gespeicherte Daten</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
    <message>
        <source>CSV file {name}</source>
        <translation>CSV-Datei {name}</translation>
    </message>
    <message>
        <source>{loss} fits these output neurons.</source>
        <translation>{loss} passt zu diesen Ausgabeneuronen.</translation>
    </message>
    <message>
        <source>{loss} fits the {activation} output neuron.</source>
        <translation>{loss} passt zum {activation}-Ausgabeneuron.</translation>
    </message>
    <message numerus="yes">
        <source>{loss} fits the %n {activation} output neurons.</source>
        <translation>
            <numerusform>{loss} passt zum %n {activation}-Ausgabeneuron.</numerusform>
            <numerusform>{loss} passt zu den %n {activation}-Ausgabeneuronen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n {activation} neurons.</source>
        <translation>
            <numerusform>Gib der Ausgabeschicht %n {activation}-Neuron.</numerusform>
            <numerusform>Gib der Ausgabeschicht %n {activation}-Neuronen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n neurons.</source>
        <translation>
            <numerusform>Gib der Ausgabeschicht %n Neuron.</numerusform>
            <numerusform>Gib der Ausgabeschicht %n Neuronen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set every output neuron to {activation}.</source>
        <translation>Setze jedes Ausgabeneuron auf {activation}.</translation>
    </message>
    <message>
        <source>Choose {loss}.</source>
        <translation>Wähle {loss}.</translation>
    </message>
    <message>
        <source>{loss} needs class labels, but this data is a regression problem (it predicts numbers); choose mean squared error.</source>
        <translation>{loss} braucht Klassen, aber diese Daten sind ein Regressionsproblem (es werden Zahlen vorhergesagt); wähle den mittleren quadratischen Fehler.</translation>
    </message>
    <message>
        <source>A softmax output neuron alone always outputs 1 (e^z / e^z), so it tells nothing and never learns.</source>
        <translation>Ein einzelnes Softmax-Ausgabeneuron gibt immer 1 aus (e^z / e^z), sagt also nichts aus und lernt nie.</translation>
    </message>
    <message numerus="yes">
        <source>A regression problem needs 1 output neuron, but the output layer has %n neurons; remove the others.</source>
        <translation>
            <numerusform>Ein Regressionsproblem braucht 1 Ausgabeneuron, aber die Ausgabeschicht hat %n Neuron; entferne die anderen.</numerusform>
            <numerusform>Ein Regressionsproblem braucht 1 Ausgabeneuron, aber die Ausgabeschicht hat %n Neuronen; entferne die anderen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has %n classes but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</source>
        <translation>
            <numerusform>Diese Daten haben %n Klasse, aber die Ausgabeschicht hat 1 Neuron; gib der Ausgabeschicht %n Softmax-Neuron und verwende die kategoriale Kreuzentropie.</numerusform>
            <numerusform>Diese Daten haben %n Klassen, aber die Ausgabeschicht hat 1 Neuron; gib der Ausgabeschicht %n Softmax-Neuronen und verwende die kategoriale Kreuzentropie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has 2 classes but the output layer has %n neurons; use 2 (one per class) or 1 for two classes.</source>
        <translation>
            <numerusform>Diese Daten haben 2 Klassen, aber die Ausgabeschicht hat %n Neuron; nimm 2 (eines pro Klasse) oder 1 für zwei Klassen.</numerusform>
            <numerusform>Diese Daten haben 2 Klassen, aber die Ausgabeschicht hat %n Neuronen; nimm 2 (eines pro Klasse) oder 1 für zwei Klassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has {classes} classes but the output layer has %n neurons; use {classes} (one per class).</source>
        <translation>
            <numerusform>Diese Daten haben {classes} Klassen, aber die Ausgabeschicht hat %n Neuron; nimm {classes} (eines pro Klasse).</numerusform>
            <numerusform>Diese Daten haben {classes} Klassen, aber die Ausgabeschicht hat %n Neuronen; nimm {classes} (eines pro Klasse).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>acc. %</source>
        <translation>Gen. %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Show loss on a logarithmic axis: small improvements late in training stay visible. Zero or negative values are skipped.</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeigen: kleine Verbesserungen spät im Training bleiben sichtbar. Null oder negative Werte werden übersprungen.</translation>
    </message>
    <message>
        <source>Loss: not trained yet</source>
        <translation>Verlust: noch nicht trainiert</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>Loss after epoch {epoch}</source>
        <translation>Verlust nach Epoche {epoch}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>test acc. {accuracy}%</source>
        <translation>Test‑Gen. {accuracy} %</translation>
    </message>
    <message>
        <source>test accuracy {accuracy}%</source>
        <translation>Testgenauigkeit {accuracy} %</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Kategoriale Kreuzentropie</translation>
    </message>
    <message>
        <source>unknown loss {loss}; expected one of: {names}</source>
        <translation>unbekannte Verlustfunktion {loss}; erwartet wird eine von: {names}</translation>
    </message>
    <message>
        <source>binary cross-entropy needs sigmoid output neurons; set every output neuron to sigmoid, or choose mean squared error</source>
        <translation>die binäre Kreuzentropie braucht Sigmoid-Ausgabeneuronen; setze jedes Ausgabeneuron auf Sigmoid oder wähle den mittleren quadratischen Fehler</translation>
    </message>
    <message>
        <source>categorical cross-entropy needs softmax output neurons; set every output neuron to softmax, or choose another loss</source>
        <translation>die kategoriale Kreuzentropie braucht Softmax-Ausgabeneuronen; setze jedes Ausgabeneuron auf Softmax oder wähle eine andere Verlustfunktion</translation>
    </message>
    <message>
        <source>categorical cross-entropy needs at least 2 output neurons (one per class); add output neurons or use binary cross-entropy with one sigmoid output</source>
        <translation>die kategoriale Kreuzentropie braucht mindestens 2 Ausgabeneuronen (eines pro Klasse); füge Ausgabeneuronen hinzu oder nimm die binäre Kreuzentropie mit einer Sigmoid-Ausgabe</translation>
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
    <message>
        <source>New &amp;Window</source>
        <translation>Neues Fens&amp;ter</translation>
    </message>
    <message>
        <source>Open another window with its own network</source>
        <translation>Ein weiteres Fenster mit eigenem Netz öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster sch&amp;ließen</translation>
    </message>
    <message>
        <source>Close this window (the others stay open)</source>
        <translation>Dieses Fenster schließen (die anderen bleiben offen)</translation>
    </message>
    <message>
        <source>Quit Neuron Studio: close every window</source>
        <translation>Neuron Studio beenden: alle Fenster schließen</translation>
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
        <translation>Ein eingebauter Datensatz legt den Problemtyp fest; importiere eine CSV-Datei, um zu wählen</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file (Data and training panel) to choose it</source>
        <translation>Ein eingebauter Datensatz legt den Problemtyp fest; importiere eine CSV-Datei (Bereich Daten und Training), um ihn zu wählen</translation>
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
    <name>NetFile</name>
    <message>
        <source>{size} MB; a network file may hold at most {limit} MB</source>
        <translation>{size} MB; eine Netzdatei darf höchstens {limit} MB groß sein</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} on line {line}); save it as UTF-8</source>
        <translation>kein UTF-8-Text (Byte {byte} in Zeile {line}); speichere die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>larger than {limit} MB</source>
        <translation>größer als {limit} MB</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>mehr als {limit} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>kein gültiges JSON (Zeile {line}, Spalte {column}: {error})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON: a number has too many digits</source>
        <translation>kein gültiges JSON: eine Zahl hat zu viele Ziffern</translation>
    </message>
    <message>
        <source>input names</source>
        <translation>Eingabenamen</translation>
    </message>
    <message>
        <source>cannot be written as JSON: {error}</source>
        <translation>kann nicht als JSON geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>the built-in data set {name} is a regression problem</source>
        <translation>der eingebaute Datensatz {name} ist ein Regressionsproblem</translation>
    </message>
    <message>
        <source>the built-in data set {name} is a classification problem</source>
        <translation>der eingebaute Datensatz {name} ist ein Klassifikationsproblem</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>a drawing has 2 numbers (x1, x2) in each row, got {width}</source>
        <translation>eine Zeichnung hat 2 Zahlen (x1, x2) in jeder Zeile, gefunden: {width}</translation>
    </message>
    <message>
        <source>numbers (as many as the first row)</source>
        <translation>Zahlen (so viele wie in der ersten Zeile)</translation>
    </message>
    <message>
        <source>values (one per row of data.X)</source>
        <translation>Werte (einen pro Zeile von data.X)</translation>
    </message>
    <message>
        <source>names (one per column of data.X)</source>
        <translation>Namen (einen pro Spalte von data.X)</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>Klassennamen</translation>
    </message>
    <message>
        <source>each row has {width} numbers but the network has {count} inputs {inputs}</source>
        <translation>jede Zeile hat {width} Zahlen, aber das Netz hat {count} Eingaben {inputs}</translation>
    </message>
    <message>
        <source>the columns {columns} do not match the network's inputs {inputs}</source>
        <translation>die Spalten {columns} passen nicht zu den Eingaben des Netzes {inputs}</translation>
    </message>
    <message>
        <source>class labels must be whole numbers from 0 to {last}, got {kind}</source>
        <translation>die Klassen müssen ganze Zahlen von 0 bis {last} sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>numbers (xmin, xmax, ymin, ymax)</source>
        <translation>Zahlen (xmin, xmax, ymin, ymax)</translation>
    </message>
    <message>
        <source>needs xmin &lt; xmax and ymin &lt; ymax, got {extent}</source>
        <translation>braucht xmin &lt; xmax und ymin &lt; ymax, gefunden: {extent}</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>expected {count} entries like history.epoch, got {got}</source>
        <translation>{count} Einträge wie history.epoch erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>{epoch} does not match training.epoch ({expected})</source>
        <translation>{epoch} passt nicht zu training.epoch ({expected})</translation>
    </message>
    <message>
        <source>not a valid random generator state ({error})</source>
        <translation>kein gültiger Zustand des Zufallsgenerators ({error})</translation>
    </message>
    <message>
        <source>expected {count} numbers (one per parameter), got {got}</source>
        <translation>{count} Zahlen (eine pro Parameter) erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>{size} bytes; at most {limit} are kept</source>
        <translation>{size} Bytes; höchstens {limit} werden gespeichert</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>eine riesige Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>expected an object {braces}, got {kind}</source>
        <translation>ein Objekt {braces} erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>eine Liste erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected {low} {what}, got {got}</source>
        <translation>{low} {what} erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>expected {low} to {high} {what}, got {got}</source>
        <translation>{low} bis {high} {what} erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>expected a string, got {kind}</source>
        <translation>einen Text erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>unknown {value}; expected one of: {choices}</source>
        <translation>unbekannt: {value}; erwartet wird eines von: {choices}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{name}: names cannot contain &lt; or &gt;; rename it</source>
        <translation>{name}: Namen dürfen kein &lt; oder &gt; enthalten; ändere den Namen</translation>
    </message>
    <message>
        <source>{name} appears twice; names must be unique</source>
        <translation>{name} kommt zweimal vor; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>true oder false erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>eine Zahl erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>must be {bound}, got {kind}</source>
        <translation>muss {bound} sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>must be in {interval}, got {kind}</source>
        <translation>muss in {interval} liegen, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>eine ganze Zahl erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {kind}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{value} is not allowed; numbers must be finite</source>
        <translation>{value} ist nicht erlaubt; Zahlen müssen endlich sein</translation>
    </message>
    <message>
        <source>text holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>der Text enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
    <message>
        <source>missing; a Neuron Studio network file has {key}: {value}</source>
        <translation>fehlt; eine Netzdatei von Neuron Studio hat {key}: {value}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}; this is not a Neuron Studio network file</source>
        <translation>{expected} erwartet, gefunden: {got}; das ist keine Netzdatei von Neuron Studio</translation>
    </message>
    <message>
        <source>this file was written by a newer Neuron Studio (version {version}); this version reads version {supported}</source>
        <translation>diese Datei stammt von einem neueren Neuron Studio (Version {version}); diese Version liest Version {supported}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>{expected} erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>layers (hidden layers, then the output layer)</source>
        <translation>Schichten (verdeckte Schichten, dann die Ausgabeschicht)</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>expected a list of {count} numbers, got {kind}</source>
        <translation>eine Liste aus {count} Zahlen erwartet, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected {count} numbers, got {got}</source>
        <translation>{count} Zahlen erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>{activation} has no alpha; remove it</source>
        <translation>{activation} hat kein alpha; entferne es</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>a network needs 1 to {limit} inputs, got {count}</source>
        <translation>ein Netz braucht 1 bis {limit} Eingaben, nicht {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} layers (the last is the output layer), got {count}</source>
        <translation>ein Netz braucht 1 bis {limit} Schichten (die letzte ist die Ausgabeschicht), nicht {count}</translation>
    </message>
    <message>
        <source>layer {layer} needs 1 to {limit} units, got {count}</source>
        <translation>Schicht {layer} braucht 1 bis {limit} Neuronen, nicht {count}</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Inputs, the units of each hidden layer, and the outputs.</source>
        <translation>Eingaben, die Neuronen jeder verdeckten Schicht und die Ausgaben.</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. It follows from the data set.</source>
        <translation>Klassifikation sagt eine Klasse vorher, Regression eine Zahl. Das folgt aus dem Datensatz.</translation>
    </message>
    <message>
        <source>What training minimises. Binary cross-entropy: one sigmoid output for two classes. Categorical cross-entropy: one softmax output per class. Mean squared error: regression.</source>
        <translation>Was das Training minimiert. Binäre Kreuzentropie: eine Sigmoid-Ausgabe für zwei Klassen. Kategoriale Kreuzentropie: eine Softmax-Ausgabe pro Klasse. Mittlerer quadratischer Fehler: Regression.</translation>
    </message>
    <message>
        <source>The activation of every output neuron.</source>
        <translation>Die Aktivierung jedes Ausgabeneurons.</translation>
    </message>
    <message>
        <source>Whether the loss fits the output neurons and the data.</source>
        <translation>Ob die Verlustfunktion zu den Ausgabeneuronen und den Daten passt.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Ausgabeaktivierung</translation>
    </message>
    <message>
        <source>Shape: {shape}</source>
        <translation>Form: {shape}</translation>
    </message>
    <message>
        <source>Problem: {problem}. Data: {source}.</source>
        <translation>Problem: {problem}. Daten: {source}.</translation>
    </message>
    <message>
        <source>mixed: {activations}</source>
        <translation>gemischt: {activations}</translation>
    </message>
    <message>
        <source>Make these changes (one undo step takes them back): {changes}</source>
        <translation>Diese Änderungen machen (ein Rückgängig-Schritt nimmt sie zurück): {changes}</translation>
    </message>
    <message>
        <source>“Fix it” does this: {changes}</source>
        <translation>„Beheben“ tut dies: {changes}</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Verlustfunktion ändern</translation>
    </message>
    <message>
        <source>Set output neurons to {activation}</source>
        <translation>Ausgabeneuronen auf {activation} setzen</translation>
    </message>
    <message>
        <source>Resize output layer</source>
        <translation>Größe der Ausgabeschicht ändern</translation>
    </message>
    <message>
        <source>Set output activation</source>
        <translation>Ausgabeaktivierung ändern</translation>
    </message>
    <message>
        <source>Fix it: {changes}</source>
        <translation>Beheben: {changes}</translation>
    </message>
</context>
<context>
    <name>NeuronBadges</name>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the one-letter badge of a dead neuron</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>sat.</source>
        <comment>short for saturated</comment>
        <translation>ges.</translation>
    </message>
    <message>
        <source>S</source>
        <comment>the one-letter badge of a saturated neuron</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>always 1</source>
        <translation>immer 1</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>deplatziert</translation>
    </message>
    <message>
        <source>misp.</source>
        <comment>short for misplaced</comment>
        <translation>depl.</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the one-letter badge of a misplaced softmax neuron</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>"{short}" stands for "{word}".</source>
        <translation>„{short}“ steht für „{word}“.</translation>
    </message>
</context>
<context>
    <name>NeuronHealth</name>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n tot</numerusform>
            <numerusform>%n tot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n gesättigt</numerusform>
            <numerusform>%n gesättigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lone softmax (always 1)</source>
        <translation>
            <numerusform>%n einzelnes Softmax (immer 1)</numerusform>
            <numerusform>%n einzelne Softmax (immer 1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n softmax in a hidden layer</source>
        <translation>
            <numerusform>%n Softmax in einer verdeckten Schicht</numerusform>
            <numerusform>%n Softmax in einer verdeckten Schicht</numerusform>
        </translation>
    </message>
    <message>
        <source>|gradient|</source>
        <translation>|Gradient|</translation>
    </message>
    <message>
        <source>Length of the loss gradient over each layer's weights and biases, on the training data. Log scale: a curve far below the others is a layer that barely learns (vanishing gradient).</source>
        <translation>Länge des Verlustgradienten über Gewichte und Bias jeder Schicht, auf den Trainingsdaten. Log-Skala: eine Kurve weit unter den anderen ist eine Schicht, die kaum lernt (verschwindender Gradient).</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>PReLU alpha</source>
        <translation>PReLU-alpha</translation>
    </message>
    <message>
        <source>Each PReLU neuron's learned slope alpha for z &lt; 0</source>
        <translation>Die gelernte Steigung alpha jedes PReLU-Neurons für z &lt; 0</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>Every neuron's gradient health</source>
        <translation>Die Gradientengesundheit jedes Neurons</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{problems}&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; unter %n Neuron.</numerusform>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; unter %n Neuronen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;Keine toten oder gesättigten Neuronen&lt;/b&gt; unter %n Neuron.</numerusform>
            <numerusform>&lt;b&gt;Keine toten oder gesättigten Neuronen&lt;/b&gt; unter %n Neuronen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n training samples.</source>
        <translation>
            <numerusform>Gemessen an %n Trainingsbeispiel.</numerusform>
            <numerusform>Gemessen an %n Trainingsbeispielen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>% zero</source>
        <translation>% null</translation>
    </message>
    <message>
        <source>% tiny</source>
        <translation>% winzig</translation>
    </message>
    <message>
        <source>H1 = Hidden 1, H2 = Hidden 2, ..., Out = the output layer</source>
        <translation>V1 = Verdeckt 1, V2 = Verdeckt 2, ..., Aus = die Ausgabeschicht</translation>
    </message>
    <message>
        <source>The neuron's number in its layer, counted from the top</source>
        <translation>Die Nummer des Neurons in seiner Schicht, von oben gezählt</translation>
    </message>
    <message>
        <source>dead: a ReLU whose gradient is 0 for (nearly) every sample, so it no longer learns; saturated: a sigmoid/tanh in its flat tails for most samples; always 1: a softmax neuron alone in its layer; misplaced: softmax neurons in a hidden layer; ok: none of these</source>
        <translation>tot: ein ReLU, dessen Gradient für (fast) jedes Beispiel 0 ist, sodass es nicht mehr lernt; gesättigt: ein Sigmoid/tanh, bei den meisten Beispielen in seinen flachen Enden; immer 1: ein Softmax-Neuron allein in seiner Schicht; deplatziert: Softmax-Neuronen in einer verdeckten Schicht; ok: nichts davon</translation>
    </message>
    <message>
        <source>The neuron's activation function</source>
        <translation>Die Aktivierungsfunktion des Neurons</translation>
    </message>
    <message>
        <source>Zero gradient: % of training samples where the activation's slope g'(z) is exactly 0</source>
        <translation>Null-Gradient: % der Trainingsbeispiele, bei denen die Steigung g'(z) der Aktivierung genau 0 ist</translation>
    </message>
    <message>
        <source>Tiny gradient: % of training samples where |g'(z)| is below {share}% of the activation's largest slope (sigmoid {sigmoid}, tanh 1)</source>
        <translation>Winziger Gradient: % der Trainingsbeispiele, bei denen |g'(z)| unter {share} % der größten Steigung der Aktivierung liegt (sigmoid {sigmoid}, tanh 1)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>always 1</source>
        <translation>immer 1</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>deplatziert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Hidden {layer}</source>
        <translation>Verdeckt {layer}</translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation>Ausgabeneuron {unit}</translation>
    </message>
    <message>
        <source>Hidden {layer} neuron {unit}</source>
        <translation>Verdeckt {layer}, Neuron {unit}</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>H{layer}</source>
        <translation>V{layer}</translation>
    </message>
    <message>
        <source>Dead: z &lt;= 0 for {zero}% of the samples, so the slope is 0 and no weight into this neuron can change. A positive bias, smaller learning rate or Leaky ReLU helps.</source>
        <translation>Tot: z &lt;= 0 für {zero} % der Beispiele, also ist die Steigung 0 und kein Gewicht in dieses Neuron kann sich ändern. Ein positiver Bias, eine kleinere Lernrate oder Leaky ReLU hilft.</translation>
    </message>
    <message>
        <source>Saturated: the slope is almost 0 for {tiny}% of the samples (z far in the flat tails), so learning is very slow. Smaller weights, normalised inputs or ReLU help.</source>
        <translation>Gesättigt: die Steigung ist für {tiny} % der Beispiele fast 0 (z weit in den flachen Enden), also lernt es sehr langsam. Kleinere Gewichte, normalisierte Eingaben oder ReLU helfen.</translation>
    </message>
    <message>
        <source>OK: the slope is 0 for {zero}% and tiny for {tiny}% of the samples.</source>
        <translation>OK: die Steigung ist 0 für {zero} % und winzig für {tiny} % der Beispiele.</translation>
    </message>
    <message>
        <source>{neuron}. {explanation}</source>
        <translation>{neuron}. {explanation}</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiteres)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>The slope alpha each PReLU neuron uses for z &lt; 0, as training learns it. 0: like ReLU; 1: linear.</source>
        <translation>Die Steigung alpha, die jedes PReLU-Neuron für z &lt; 0 verwendet, wie das Training sie lernt. 0: wie ReLU; 1: linear.</translation>
    </message>
    <message>
        <source>The network has no PReLU neuron. Add one to watch its slope alpha for z &lt; 0 being learned.</source>
        <translation>Das Netz hat kein PReLU-Neuron. Füge eines hinzu, um zu sehen, wie seine Steigung alpha für z &lt; 0 gelernt wird.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>;</source>
        <comment>separates numbers written with a decimal comma</comment>
        <translation>;</translation>
    </message>
</context>
<context>
    <name>OneSample</name>
    <message>
        <source>One sample</source>
        <translation>Ein Beispiel</translation>
    </message>
    <message>
        <source>One Sample's &amp;Numbers…</source>
        <translation>Zahlen eines &amp;Beispiels…</translation>
    </message>
    <message>
        <source>Step through one sample's forward and backward pass with the real numbers: z = w·x + b, a = g(z), the loss, each δ and each weight's update; for a sample of the data or one you type</source>
        <translation>Den Vorwärts- und Rückwärtsdurchlauf eines Beispiels Schritt für Schritt mit den echten Zahlen: z = w·x + b, a = g(z), der Verlust, jedes δ und die Änderung jedes Gewichts; für ein Beispiel der Daten oder ein eigenes</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The step before (Left arrow or Page Up)</source>
        <translation>Der vorige Schritt (Pfeil links oder Bild auf)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The next step (Right arrow or Page Down)</source>
        <translation>Der nächste Schritt (Pfeil rechts oder Bild ab)</translation>
    </message>
    <message>
        <source>There is no data to take a sample from. Choose a data set in “Data and training”.</source>
        <translation>Es gibt keine Daten, aus denen ein Beispiel kommen kann. Wähle einen Datensatz in „Daten und Training“.</translation>
    </message>
    <message>
        <source>The network's inputs do not match the data's features; fix the inputs to explain a sample.</source>
        <translation>Die Eingaben des Netzes passen nicht zu den Merkmalen der Daten; korrigiere die Eingaben, um ein Beispiel zu erklären.</translation>
    </message>
    <message>
        <source>Type a number for each feature and press Enter.</source>
        <translation>Gib für jedes Merkmal eine Zahl ein und drücke die Eingabetaste.</translation>
    </message>
    <message>
        <source>The training data has no samples.</source>
        <translation>Die Trainingsdaten haben keine Beispiele.</translation>
    </message>
    <message>
        <source>The test data has no samples.</source>
        <translation>Die Testdaten haben keine Beispiele.</translation>
    </message>
    <message>
        <source>This sample cannot be explained: {problem}</source>
        <translation>Dieses Beispiel lässt sich nicht erklären: {problem}</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
</context>
<context>
    <name>OwnSample</name>
    <message>
        <source>{feature}: the field is empty; type a number such as 4 or 80</source>
        <translation>{feature}: das Feld ist leer; gib eine Zahl ein, etwa 4 oder 80</translation>
    </message>
    <message>
        <source>{feature}: “{typed}” is not a number; type one such as 4 or 80</source>
        <translation>{feature}: „{typed}“ ist keine Zahl; gib eine ein, etwa 4 oder 80</translation>
    </message>
    <message>
        <source>{feature}: “{typed}” is not a finite number; type an ordinary number such as 4 or 80</source>
        <translation>{feature}: „{typed}“ ist keine endliche Zahl; gib eine gewöhnliche Zahl ein, etwa 4 oder 80</translation>
    </message>
    <message>
        <source>{feature}: {typed} is too large; use a number from {low} to {high}</source>
        <translation>{feature}: {typed} ist zu groß; nimm eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>The network's inputs are computed from these: {inputs}.</source>
        <translation>Die Eingaben des Netzes werden daraus berechnet: {inputs}.</translation>
    </message>
    <message>
        <source>Normalised with the training data's mean and spread, as every sample is, before the forward pass: {inputs}.</source>
        <translation>Wie jedes Beispiel vor dem Vorwärtsdurchlauf normalisiert (mit Mittelwert und Streuung der Trainingsdaten): {inputs}.</translation>
    </message>
</context>
<context>
    <name>OwnSampleForm</name>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>The class this sample should have: the loss and the backward steps compare the network's output with it</source>
        <translation>Die Klasse, die dieses Beispiel haben soll: der Verlust und die Rückwärtsschritte vergleichen die Ausgabe des Netzes damit</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The value this sample should have: the loss and the backward steps compare the output with it</source>
        <translation>Der Wert, den dieses Beispiel haben soll: der Verlust und die Rückwärtsschritte vergleichen die Ausgabe damit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Explain this sample (Enter in any field)</source>
        <translation>Dieses Beispiel erklären (Eingabetaste in einem Feld)</translation>
    </message>
    <message>
        <source>{feature}, in the data's own units (before any normalisation)</source>
        <translation>{feature}, in den Einheiten der Daten (vor jeder Normalisierung)</translation>
    </message>
    <message>
        <source>{problem}. Nothing changed.</source>
        <translation>{problem}. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Activation palette</source>
        <translation>Aktivierungspalette</translation>
    </message>
    <message>
        <source>Drag an activation onto a layer, a neuron or the space between layers; or select one and press Enter to add it to the selected layer. Click one (or press Ctrl+G) to see its curve among all the others.</source>
        <translation>Zieh eine Aktivierung auf eine Schicht, ein Neuron oder zwischen zwei Schichten; oder wähle eine aus und drücke die Eingabetaste, um sie der gewählten Schicht hinzuzufügen. Klicke eine an (oder drücke Strg+G), um ihre Kurve neben allen anderen zu sehen.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg, not '{ending}'</source>
        <translation>„{name}“ kann nicht exportiert werden: der Dateiname muss auf .png oder .svg enden, nicht auf „{ending}“</translation>
    </message>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg</source>
        <translation>„{name}“ kann nicht exportiert werden: der Dateiname muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <source>cannot export to '{path}': folder '{folder}' does not exist</source>
        <translation>Export nach „{path}“ nicht möglich: der Ordner „{folder}“ existiert nicht</translation>
    </message>
    <message>
        <source>export wrote nothing to '{path}'</source>
        <translation>der Export hat nichts nach „{path}“ geschrieben</translation>
    </message>
    <message>
        <source>could not write SVG '{path}'</source>
        <translation>SVG „{path}“ konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot export '{path}': the plot has no size yet (show its panel first)</source>
        <translation>„{path}“ kann nicht exportiert werden: das Diagramm hat noch keine Größe (zeig zuerst seinen Bereich)</translation>
    </message>
    <message>
        <source>could not write PNG '{path}'</source>
        <translation>PNG „{path}“ konnte nicht geschrieben werden</translation>
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
        <source>{language} ({share} % translated)</source>
        <translation>{language} ({share} % übersetzt)</translation>
    </message>
    <message>
        <source>The language of menus, panels and lesson notes; System default follows the computer's language when the app is translated into it, else English</source>
        <translation>Die Sprache der Menüs, Bereiche und Lektionsnotizen; Systemstandard folgt der Sprache des Computers, wenn die App in sie übersetzt ist, sonst Englisch</translation>
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
        <translation>Projektionsmodus aus: deine eigene Anordnung ist zurück</translation>
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
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text {percent} % of normal size in projection mode (remembered)</source>
        <translation>Schrift im Projektionsmodus {percent} % der normalen Größe (wird gemerkt)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record training</source>
        <translation>Training aufnehmen</translation>
    </message>
    <message>
        <source>What the video shows</source>
        <translation>Was das Video zeigt</translation>
    </message>
    <message>
        <source>The video's size: the view's own size (sharpest), or a size the view is drawn to fit (centred)</source>
        <translation>Die Größe des Videos: die Größe der Ansicht (am schärfsten) oder eine Größe, in die die Ansicht eingepasst wird (zentriert)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the video</source>
        <translation>Breite des Videos</translation>
    </message>
    <message>
        <source>Height of the video</source>
        <translation>Höhe des Videos</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Frames per second of the video (more: smoother and larger)</source>
        <translation>Bilder pro Sekunde des Videos (mehr: flüssiger und größer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Recording stops after this long (or with Stop Recording)</source>
        <translation>Die Aufnahme endet nach dieser Zeit (oder mit Aufnahme beenden)</translation>
    </message>
    <message>
        <source>Start &amp;training when recording starts</source>
        <translation>&amp;Training mit der Aufnahme starten</translation>
    </message>
    <message>
        <source>Press Play for you as recording starts and pause when it stops; otherwise record while you train, step or edit</source>
        <translation>Drückt für dich Start, wenn die Aufnahme beginnt, und Pause, wenn sie endet; sonst wird aufgenommen, während du trainierst, schrittweise trainierst oder bearbeitest</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>Aufnahme &amp;starten</translation>
    </message>
    <message>
        <source>Close this and record; File &gt; Stop Recording (Ctrl+Shift+V) or the training bar's Stop ends it early</source>
        <translation>Dies schließen und aufnehmen; Datei &gt; Aufnahme beenden (Strg+Umschalt+V) oder Stopp in der Trainingsleiste beendet sie früher</translation>
    </message>
    <message>
        <source>Choose… or type a file name ending in .gif or .mp4</source>
        <translation>Wählen… oder einen Dateinamen mit .gif oder .mp4 eingeben</translation>
    </message>
    <message>
        <source>The file to write: .gif for an animated GIF, .mp4 or .webm for a video</source>
        <translation>Die zu schreibende Datei: .gif für ein animiertes GIF, .mp4 oder .webm für ein Video</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the file to save the recording in</source>
        <translation>Die Datei wählen, in der die Aufnahme gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>Frame &amp;rate</source>
        <translation>&amp;Bildrate</translation>
    </message>
    <message>
        <source>Stop &amp;after</source>
        <translation>&amp;Ende nach</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>The file name's ending chooses the format: .gif (slides, web pages), .mp4 (presentations, video players) or .webm.</source>
        <translation>Die Endung des Dateinamens wählt das Format: .gif (Folien, Webseiten), .mp4 (Präsentationen, Videoplayer) oder .webm.</translation>
    </message>
    <message>
        <source>Only in projection mode (F5) or the presenter view</source>
        <translation>Nur im Projektionsmodus (F5) oder in der Referentenansicht</translation>
    </message>
    <message>
        <source>Save the recording as</source>
        <translation>Aufnahme speichern unter</translation>
    </message>
    <message>
        <source>Other size</source>
        <translation>Andere Größe</translation>
    </message>
    <message>
        <source>Size of the view</source>
        <translation>Größe der Ansicht</translation>
    </message>
    <message>
        <source>Size of the view ({width} × {height})</source>
        <translation>Größe der Ansicht ({width} × {height})</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
</context>
<context>
    <name>RecordViews</name>
    <message>
        <source>Whole window</source>
        <translation>Ganzes Fenster</translation>
    </message>
    <message>
        <source>Stage (projection mode)</source>
        <translation>Bühne (Projektionsmodus)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>There is no stage: projection mode (F5) or the presenter view shows one.</source>
        <translation>Es gibt keine Bühne: der Projektionsmodus (F5) oder die Referentenansicht zeigt eine.</translation>
    </message>
    <message>
        <source>The view “{view}” is not shown.</source>
        <translation>Die Ansicht „{view}“ wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>The view “{view}” has no room on the screen.</source>
        <translation>Die Ansicht „{view}“ hat keinen Platz auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Recording stopped: {problem}</source>
        <translation>Aufnahme beendet: {problem}</translation>
    </message>
    <message>
        <source>Recording stopped after {seconds} s: {size} GB of frames is the most kept; record a smaller view or size, or fewer frames a second</source>
        <translation>Aufnahme nach {seconds} s beendet: mehr als {size} GB Bilder werden nicht behalten; nimm eine kleinere Ansicht oder Größe auf, oder weniger Bilder pro Sekunde</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Record &amp;Training…</source>
        <translation>Training &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>Recording: seconds recorded of the time set</source>
        <translation>Aufnahme: aufgenommene Sekunden von der eingestellten Zeit</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <source>Stop recording and save the video ({shortcut})</source>
        <translation>Aufnahme beenden und das Video speichern ({shortcut})</translation>
    </message>
    <message>
        <source>Stop Recor&amp;ding</source>
        <translation>Aufnahme be&amp;enden</translation>
    </message>
    <message>
        <source>Record the window, the stage or a plot while it trains, as an animated GIF or a video ({shortcut})</source>
        <translation>Das Fenster, die Bühne oder ein Diagramm beim Training aufnehmen, als animiertes GIF oder Video ({shortcut})</translation>
    </message>
    <message>
        <source>Recording “{view}” at {fps} frames/s; {shortcut} stops</source>
        <translation>Aufnahme „{view}“ mit {fps} Bildern/s; {shortcut} beendet</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation>Aufnahme nicht möglich</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● REC</translation>
    </message>
    <message>
        <source>{seconds} / {total} s</source>
        <translation>{seconds} / {total} s</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Aufnahme beendet</translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frame)…</source>
        <translation>
            <numerusform>{name} wird gespeichert (%n Bild)…</numerusform>
            <numerusform>{name} wird gespeichert (%n Bilder)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frames)…</source>
        <translation>
            <numerusform>{name} wird gespeichert (%n Bild)…</numerusform>
            <numerusform>{name} wird gespeichert (%n Bilder)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation>Aufnahme wird gespeichert</translation>
    </message>
    <message>
        <source>Recording not saved: cancelled ({name} not written)</source>
        <translation>Aufnahme nicht gespeichert: abgebrochen ({name} nicht geschrieben)</translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation>Aufnahme kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Aufnahme gespeichert: {path} (%n Bild, {seconds} s, {size} MB)</numerusform>
            <numerusform>Aufnahme gespeichert: {path} (%n Bilder, {seconds} s, {size} MB)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Aufnahme gespeichert: {path} (%n Bild, {seconds} s, {size} MB)</numerusform>
            <numerusform>Aufnahme gespeichert: {path} (%n Bilder, {seconds} s, {size} MB)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the encoder failed ({error})</source>
        <translation>{path}: der Encoder ist gescheitert ({error})</translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Browse the training samples (the network learns from these).</source>
        <translation>Die Trainingsbeispiele durchblättern (aus ihnen lernt das Netz).</translation>
    </message>
    <message>
        <source>Browse the test samples (never trained on: they show how well the network generalises).</source>
        <translation>Die Testbeispiele durchblättern (nie damit trainiert: sie zeigen, wie gut das Netz verallgemeinert).</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Voriges Beispiel</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Nächstes Beispiel</translation>
    </message>
    <message>
        <source>Number of the sample to show (1 is the first)</source>
        <translation>Nummer des gezeigten Beispiels (1 ist das erste)</translation>
    </message>
    <message>
        <source>Drag to run through the samples</source>
        <translation>Ziehen, um durch die Beispiele zu laufen</translation>
    </message>
    <message>
        <source>of {count}</source>
        <comment>after the sample's number: 3 of 100</comment>
        <translation>von {count}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>&lt;b&gt;No data to browse yet.&lt;/b&gt; Choose a data set.</source>
        <translation>&lt;b&gt;Noch keine Daten zum Durchblättern.&lt;/b&gt; Wähle einen Datensatz.</translation>
    </message>
    <message>
        <source>The network has {inputs} inputs but the data has {features} features.</source>
        <translation>Das Netz hat {inputs} Eingaben, die Daten aber {features} Merkmale.</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Noch kein Netz.</translation>
    </message>
    <message>
        <source>hidden {number}</source>
        <comment>a row of activations</comment>
        <translation>Verdeckt {number}</translation>
    </message>
    <message>
        <source>output</source>
        <comment>a row of activations</comment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Training sample {index} of {count}</source>
        <translation>Trainingsbeispiel {index} von {count}</translation>
    </message>
    <message>
        <source>Test sample {index} of {count} ({note})</source>
        <translation>Testbeispiel {index} von {count} ({note})</translation>
    </message>
    <message>
        <source>Test sample {index} of {count}</source>
        <translation>Testbeispiel {index} von {count}</translation>
    </message>
    <message>
        <source>{sample}: target {target}</source>
        <translation>{sample}: Ziel {target}</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt;</source>
        <translation>{sample}: wahre Klasse &lt;b&gt;{true}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (right)</source>
        <translation>{sample}: wahre Klasse &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; vorhergesagt &lt;b&gt;{predicted}&lt;/b&gt; (richtig)</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (wrong)</source>
        <translation>{sample}: wahre Klasse &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; vorhergesagt &lt;b&gt;{predicted}&lt;/b&gt; (falsch)</translation>
    </message>
    <message>
        <source>input: {side}×{side} pixels</source>
        <translation>Eingabe: {side}×{side} Pixel</translation>
    </message>
    <message numerus="yes">
        <source>input: %n feature</source>
        <translation>
            <numerusform>Eingabe: %n Merkmal</numerusform>
            <numerusform>Eingabe: %n Merkmale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input: %n features</source>
        <translation>
            <numerusform>Eingabe: %n Merkmal</numerusform>
            <numerusform>Eingabe: %n Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>pixel {pixel} (row {row}, column {column}): {value}</source>
        <translation>Pixel {pixel} (Zeile {row}, Spalte {column}): {value}</translation>
    </message>
</context>
<context>
    <name>SampleOutputs</name>
    <message>
        <source>Activations: blue +, orange −, each row up to the ± at its right</source>
        <translation>Aktivierungen: blau +, orange −, jede Zeile bis zum ± rechts daneben</translation>
    </message>
    <message>
        <source>The activation a of every neuron for this sample, one row per layer. Each row is coloured on its own scale, up to the ± written at its right. Hover a cell for its value.</source>
        <translation>Die Aktivierung a jedes Neurons für dieses Beispiel, eine Zeile pro Schicht. Jede Zeile hat ihre eigene Farbskala, bis zum ± rechts daneben. Zeig auf eine Zelle, um ihren Wert zu sehen.</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrsch.</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>Schicht {number}</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: a = {value}</source>
        <translation>{layer}, Neuron {number}: a = {value}</translation>
    </message>
    <message>
        <source>true</source>
        <comment>the true class's row</comment>
        <translation>wahr</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>network's answer</source>
        <translation>Antwort des Netzes</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>Training sample</source>
        <translation>Trainingsbeispiel</translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation>Testbeispiel</translation>
    </message>
    <message>
        <source>Your own sample</source>
        <translation>Eigenes Beispiel</translation>
    </message>
    <message>
        <source>Type a sample of your own: one number per feature, in the data's own units, and press Enter</source>
        <translation>Gib ein eigenes Beispiel ein: eine Zahl pro Merkmal, in den Einheiten der Daten, und drücke die Eingabetaste</translation>
    </message>
    <message>
        <source>Typing a sample is offered for data with up to {max} features; this data has {n}: pick one of its samples instead</source>
        <translation>Eigene Beispiele gibt es für Daten mit bis zu {max} Merkmalen; diese Daten haben {n}: wähle stattdessen eines ihrer Beispiele</translation>
    </message>
    <message>
        <source>… ({count} features)</source>
        <translation>… ({count} Merkmale)</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>Klasse {name}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
    <message>
        <source>Explain a sample of the training data or of the test data, or one you type</source>
        <translation>Ein Beispiel der Trainings- oder Testdaten erklären, oder ein eigenes</translation>
    </message>
    <message>
        <source>The sample's number; or click a point in the Map</source>
        <translation>Die Nummer des Beispiels; oder klicke einen Punkt auf der Karte an</translation>
    </message>
    <message>
        <source>The sample's features as the data gives them, and its class or target</source>
        <translation>Die Merkmale des Beispiels, wie die Daten sie angeben, und seine Klasse oder sein Ziel</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> von {count}</translation>
    </message>
    <message>
        <source>{sample}  (typed in)</source>
        <translation>{sample}  (eingegeben)</translation>
    </message>
</context>
<context>
    <name>SchemeMenu</name>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Light or dark as the system's settings say (light where the system says nothing)</source>
        <translation>Hell oder dunkel wie in den Systemeinstellungen (hell, wenn das System nichts sagt)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Always the light colours</source>
        <translation>Immer die hellen Farben</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Always the dark colours (projection mode stays light)</source>
        <translation>Immer die dunklen Farben (der Projektionsmodus bleibt hell)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {example}.</source>
        <translation>Das Feld ist leer; gib eine Zahl ein, etwa {example}.</translation>
    </message>
    <message>
        <source>{text} is not a number; type one such as {example}.</source>
        <translation>{text} ist keine Zahl; gib eine ein, etwa {example}.</translation>
    </message>
    <message>
        <source>{text} is not a whole number; type one such as {example}.</source>
        <translation>{text} ist keine ganze Zahl; gib eine ein, etwa {example}.</translation>
    </message>
    <message>
        <source>What was wrong with the last entry; the setting kept its value.</source>
        <translation>Was an der letzten Eingabe falsch war; die Einstellung behielt ihren Wert.</translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation>Anzahl der Beispiele ändern</translation>
    </message>
    <message>
        <source>Set data seed</source>
        <translation>Daten-Startwert ändern</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Rauschen ändern</translation>
    </message>
    <message>
        <source>Set normalize inputs</source>
        <translation>Normalisierung ändern</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Batchgröße ändern</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Lernrate ändern</translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation>Momentum ändern</translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation>Regularisierungsrate ändern</translation>
    </message>
    <message>
        <source>Set training seed</source>
        <translation>Trainings-Startwert ändern</translation>
    </message>
    <message>
        <source>Set train share</source>
        <translation>Trainingsanteil ändern</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>Optimierer ändern</translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation>Regularisierung ändern</translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation>{setting} ändern</translation>
    </message>
    <message>
        <source>Set problem type to regression</source>
        <translation>Problemtyp auf Regression setzen</translation>
    </message>
    <message>
        <source>Regression does not fit this data: {error}</source>
        <translation>Regression passt nicht zu diesen Daten: {error}</translation>
    </message>
    <message>
        <source>Set problem type to classification</source>
        <translation>Problemtyp auf Klassifikation setzen</translation>
    </message>
    <message>
        <source>Classification does not fit this data: {error}</source>
        <translation>Klassifikation passt nicht zu diesen Daten: {error}</translation>
    </message>
    <message>
        <source>What the last data change did, or why it was refused.</source>
        <translation>Was die letzte Datenänderung bewirkt hat, oder warum sie abgelehnt wurde.</translation>
    </message>
    <message>
        <source>{field}: {problem} It stays {value}.</source>
        <translation>{field}: {problem} Der Wert bleibt {value}.</translation>
    </message>
    <message>
        <source>Use data set {name}</source>
        <translation>Datensatz {name} verwenden</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>{shape} ({activation}, {loss})</source>
        <translation>{shape} ({activation}, {loss})</translation>
    </message>
    <message>
        <source>{change}: the network changed to fit it: {network}.</source>
        <translation>{change}: das Netz wurde angepasst: {network}.</translation>
    </message>
    <message>
        <source>{change}: the network now has {network}.</source>
        <translation>{change}: das Netz hat jetzt {network}.</translation>
    </message>
    <message>
        <source>{change}: the network fits as it is: {network}.</source>
        <translation>{change}: das Netz passt so, wie es ist: {network}.</translation>
    </message>
    <message>
        <source>Use CSV file {name}</source>
        <translation>CSV-Datei {name} verwenden</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>new, open, save, save as</source>
        <translation>neu, öffnen, speichern, speichern unter</translation>
    </message>
    <message>
        <source>new window, close window, quit (every window)</source>
        <translation>neues Fenster, Fenster schließen, beenden (alle Fenster)</translation>
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
        <translation>vergrößern, verkleinern, 100 %, einpassen</translation>
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
        <translation>Aktivierungsfunktionen: jedes g(z) und g′(z) nebeneinander (ein Klick auf einen Paletteneintrag oder Strg+G in der Palette zeigt seine Kachel)</translation>
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
        <translation>Zieh ein Neuron aus der Palette in eine Schicht, in die Lücke zwischen zwei Schichten (eine neue Schicht) oder auf ein Neuron (ändert seine Aktivierung). Doppelklicke auf eine Verbindung oder einen Bias, um einen Wert einzugeben. Rechtsklick auf ein Neuron für mehr.</translation>
    </message>
</context>
<context>
    <name>SoftmaxCurves</name>
    <message>
        <source>The curve: this neuron's probability as its own z moves while the other softmax neurons of its layer keep their mean z over the training data. Thin lines: their probabilities; dotted: the sum of all, 1 at every z. Dots: training samples at their z, placed on the curve (a sample's real probability also depends on the other neurons' z for that sample).</source>
        <translation>Die Kurve: die Wahrscheinlichkeit dieses Neurons, wenn sich sein eigenes z bewegt, während die anderen Softmax-Neuronen seiner Schicht ihr mittleres z über die Trainingsdaten behalten. Dünne Linien: ihre Wahrscheinlichkeiten; gepunktet: die Summe aller, 1 bei jedem z. Punkte: Trainingsbeispiele bei ihrem z, auf die Kurve gesetzt (die echte Wahrscheinlichkeit eines Beispiels hängt auch vom z der anderen Neuronen für dieses Beispiel ab).</translation>
    </message>
    <message>
        <source>alone in its layer:&lt;br&gt;p = e^z / e^z = 1 for every z</source>
        <translation>allein in seiner Schicht:&lt;br&gt;p = e^z / e^z = 1 für jedes z</translation>
    </message>
    <message>
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other one held at its mean z</source>
        <translation>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;das andere auf seinem mittleren z gehalten</translation>
    </message>
    <message numerus="yes">
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</source>
        <translation>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;das %n andere auf seinem mittleren z gehalten</numerusform>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;die anderen %n auf ihrem mittleren z gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>sum = 1</source>
        <translation>Summe = 1</translation>
    </message>
</context>
<context>
    <name>SoftmaxUse</name>
    <message>
        <source>A softmax neuron alone always outputs 1: softmax divides e^z by the sum of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights never learn. In a hidden layer use ReLU or tanh instead.</source>
        <translation>Ein einzelnes Softmax-Neuron gibt immer 1 aus: Softmax teilt e^z durch die Summe von e^z über die Softmax-Neuronen seiner Schicht, und allein ist das e^z / e^z = 1, egal was hereinkommt. Es gibt keine Information weiter, und seine Steigung p (1 - p) ist 0, also lernen seine Gewichte nie. Nimm in einer verdeckten Schicht stattdessen ReLU oder tanh.</translation>
    </message>
    <message>
        <source>A softmax neuron alone always outputs 1: softmax divides e^z by the sum of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights never learn. For one output use sigmoid (two classes) or linear (a number); softmax needs 2 or more output neurons, one per class, with categorical cross-entropy.</source>
        <translation>Ein einzelnes Softmax-Neuron gibt immer 1 aus: Softmax teilt e^z durch die Summe von e^z über die Softmax-Neuronen seiner Schicht, und allein ist das e^z / e^z = 1, egal was hereinkommt. Es gibt keine Information weiter, und seine Steigung p (1 - p) ist 0, also lernen seine Gewichte nie. Für eine einzige Ausgabe nimm Sigmoid (zwei Klassen) oder linear (eine Zahl); Softmax braucht 2 oder mehr Ausgabeneuronen, eines pro Klasse, mit der kategorialen Kreuzentropie.</translation>
    </message>
    <message>
        <source>Softmax in a hidden layer: its outputs always add up to 1, so the layer's softmax neurons compete for one share instead of each passing on its own feature (the last one says nothing new: it is 1 minus the others). Softmax belongs in the output layer, where it turns the outputs into class probabilities. Use ReLU or tanh here.</source>
        <translation>Softmax in einer verdeckten Schicht: ihre Ausgaben ergeben zusammen immer 1, daher konkurrieren die Softmax-Neuronen der Schicht um einen Anteil, statt dass jedes sein eigenes Merkmal weitergibt (das letzte sagt nichts Neues: es ist 1 minus die anderen). Softmax gehört in die Ausgabeschicht, wo es die Ausgaben zu Klassenwahrscheinlichkeiten macht. Nimm hier ReLU oder tanh.</translation>
    </message>
</context>
<context>
    <name>Stability</name>
    <message>
        <source>the training loss jumped from {low} to {now} within 1 epoch</source>
        <translation>der Trainingsverlust sprang innerhalb von 1 Epoche von {low} auf {now}</translation>
    </message>
    <message numerus="yes">
        <source>the training loss jumped from {low} to {now} within %n epochs</source>
        <translation>
            <numerusform>der Trainingsverlust sprang innerhalb von %n Epoche von {low} auf {now}</numerusform>
            <numerusform>der Trainingsverlust sprang innerhalb von %n Epochen von {low} auf {now}</numerusform>
        </translation>
    </message>
    <message>
        <source>{dead} of the {total} ReLU neurons died within 1 epoch (they output 0 for every sample and no longer learn)</source>
        <translation>{dead} von {total} ReLU-Neuronen sind innerhalb von 1 Epoche gestorben (sie geben für jedes Beispiel 0 aus und lernen nicht mehr)</translation>
    </message>
    <message numerus="yes">
        <source>{dead} of the {total} ReLU neurons died within %n epochs (they output 0 for every sample and no longer learn)</source>
        <translation>
            <numerusform>{dead} von {total} ReLU-Neuronen sind innerhalb von %n Epoche gestorben (sie geben für jedes Beispiel 0 aus und lernen nicht mehr)</numerusform>
            <numerusform>{dead} von {total} ReLU-Neuronen sind innerhalb von %n Epochen gestorben (sie geben für jedes Beispiel 0 aus und lernen nicht mehr)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Close {panel}: the stage goes back to the lesson's layout</source>
        <translation>{panel} schließen: die Bühne kehrt zum Aufbau der Lektion zurück</translation>
    </message>
    <message>
        <source>Close {panel}</source>
        <translation>{panel} schließen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Point at a neuron in the editor to see its map here; select one to keep it</source>
        <translation>Zeig im Editor auf ein Neuron, um hier seine Karte zu sehen; wähle eines aus, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>unknown {value}; expected one of {choices}</source>
        <translation>unbekannt: {value}; erwartet wird eines von {choices}</translation>
    </message>
    <message>
        <source>must be a number in {interval}, got {value}</source>
        <translation>muss eine Zahl in {interval} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>a regression target needs 1 output neuron, the network has {count}</source>
        <translation>ein Regressionsziel braucht 1 Ausgabeneuron, das Netz hat {count}</translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the network has 1 output; give the output layer %n softmax neurons</source>
        <translation>
            <numerusform>die Daten haben %n Klasse, aber das Netz hat 1 Ausgabe; gib der Ausgabeschicht %n Softmax-Neuron</numerusform>
            <numerusform>die Daten haben %n Klassen, aber das Netz hat 1 Ausgabe; gib der Ausgabeschicht %n Softmax-Neuronen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the output layer has {outputs} neurons; use %n (one per class) or 1 for two classes</source>
        <translation>
            <numerusform>die Daten haben %n Klasse, aber die Ausgabeschicht hat {outputs} Neuronen; nimm %n (eines pro Klasse) oder 1 bei zwei Klassen</numerusform>
            <numerusform>die Daten haben %n Klassen, aber die Ausgabeschicht hat {outputs} Neuronen; nimm %n (eines pro Klasse) oder 1 bei zwei Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>the data has {features} features but the network has {inputs} inputs</source>
        <translation>die Daten haben {features} Merkmale, aber das Netz hat {inputs} Eingaben</translation>
    </message>
    <message>
        <source>there are no samples to train on</source>
        <translation>es gibt keine Beispiele zum Trainieren</translation>
    </message>
    <message>
        <source>{neurons} neurons on {samples} samples would need about {need} GB of memory to train (at most {limit} GB); use fewer samples or neurons</source>
        <translation>{neurons} Neuronen auf {samples} Beispielen bräuchten zum Trainieren etwa {need} GB Speicher (höchstens {limit} GB); nimm weniger Beispiele oder Neuronen</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}: the loss became infinite or NaN. The weights are those of the last finite step. Try a smaller learning rate (now {rate}, e.g. {smaller}).</source>
        <translation>Das Training ist in Epoche {epoch} divergiert: der Verlust wurde unendlich oder NaN. Die Gewichte sind die des letzten endlichen Schritts. Versuche eine kleinere Lernrate (jetzt {rate}, z. B. {smaller}).</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}: the weights became infinite or NaN. The weights are those of the last finite step. Try a smaller learning rate (now {rate}, e.g. {smaller}).</source>
        <translation>Das Training ist in Epoche {epoch} divergiert: die Gewichte wurden unendlich oder NaN. Die Gewichte sind die des letzten endlichen Schritts. Versuche eine kleinere Lernrate (jetzt {rate}, z. B. {smaller}).</translation>
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
        <translation>Trainieren, bis du anhältst (Leertaste)</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>&amp;Epoche</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then stop (Ctrl+Right)</source>
        <translation>Genau eine Epoche trainieren, dann anhalten (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>&amp;Batch</translation>
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
<context>
    <name>TrainingSection</name>
    <message>
        <source>Plain gradient descent: w ← w − learning rate × gradient.</source>
        <translation>Einfacher Gradientenabstieg: w ← w − Lernrate × Gradient.</translation>
    </message>
    <message>
        <source>Gradient descent that keeps a running direction (velocity), so it rolls through flat stretches and small bumps.</source>
        <translation>Gradientenabstieg, der eine laufende Richtung (Geschwindigkeit) behält und so über flache Strecken und kleine Buckel rollt.</translation>
    </message>
    <message>
        <source>Adapts the step of every weight to the size of its recent gradients; often works with little tuning (try learning rate {rate}).</source>
        <translation>Passt den Schritt jedes Gewichts an die Größe seiner letzten Gradienten an; klappt oft ohne viel Feinabstimmung (probier Lernrate {rate}).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No penalty on the weights.</source>
        <translation>Keine Strafe auf die Gewichte.</translation>
    </message>
    <message>
        <source>L1: adds rate × Σ|w|, pushing unneeded weights to exactly 0.</source>
        <translation>L1: addiert Rate × Σ|w| und drückt unnötige Gewichte auf genau 0.</translation>
    </message>
    <message>
        <source>L2: adds ½ rate × Σw², keeping all weights small.</source>
        <translation>L2: addiert ½ Rate × Σw² und hält alle Gewichte klein.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Share of the data used for training; the rest is test data that shows how well the network does on points it never learned from.</source>
        <translation>Anteil der Daten für das Training; der Rest sind Testdaten, die zeigen, wie gut das Netz bei Punkten ist, aus denen es nie gelernt hat.</translation>
    </message>
    <message>
        <source>How many samples each step averages its gradient over. 1 gives noisy, quick steps; the whole training set gives smooth, slow ones.</source>
        <translation>Über wie viele Beispiele jeder Schritt seinen Gradienten mittelt. 1 ergibt unruhige, schnelle Schritte; die ganzen Trainingsdaten ergeben glatte, langsame.</translation>
    </message>
    <message>
        <source>How big a step each update takes. Too small: slow; too large: the loss jumps about or explodes. Pick a value or type one.</source>
        <translation>Wie groß jeder Schritt ist. Zu klein: langsam; zu groß: der Verlust springt herum oder explodiert. Wähle einen Wert oder gib einen ein.</translation>
    </message>
    <message>
        <source>How the gradient becomes a weight update.</source>
        <translation>Wie aus dem Gradienten eine Änderung der Gewichte wird.</translation>
    </message>
    <message>
        <source>How much of the previous step's direction is kept (0 to below 1; {usual} is usual).</source>
        <translation>Wie viel von der Richtung des vorigen Schritts bleibt (0 bis unter 1; {usual} ist üblich).</translation>
    </message>
    <message>
        <source>A penalty on large weights that keeps the network simpler and can reduce overfitting. Biases are never penalised.</source>
        <translation>Eine Strafe auf große Gewichte, die das Netz einfacher hält und Überanpassung verringern kann. Bias-Werte werden nie bestraft.</translation>
    </message>
    <message>
        <source>How strong the weight penalty is. Pick a value or type one (0 to 10).</source>
        <translation>Wie stark die Strafe auf die Gewichte ist. Wähle einen Wert oder gib einen ein (0 bis 10).</translation>
    </message>
    <message>
        <source>The random seed for the train/test split and the order of the batches: the same seed gives the same run.</source>
        <translation>Der Startwert des Zufalls für die Aufteilung in Trainings-/Testdaten und die Reihenfolge der Batches: derselbe Startwert ergibt denselben Lauf.</translation>
    </message>
    <message>
        <source>Train &amp;share</source>
        <translation>Trainings&amp;anteil</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>&amp;Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Moment&amp;um</source>
        <translation>Moment&amp;um</translation>
    </message>
    <message>
        <source>&amp;Regularization</source>
        <translation>&amp;Regularisierung</translation>
    </message>
    <message>
        <source>Trainin&amp;g seed</source>
        <translation>Trainings-Start&amp;wert</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation>Trainings-Startwert</translation>
    </message>
</context>
<context>
    <name>TrialControls</name>
    <message>
        <source>Units in a layer</source>
        <translation>Neuronenzahl</translation>
    </message>
    <message>
        <source>Activation of a layer</source>
        <translation>Schicht-Aktivierung</translation>
    </message>
    <message>
        <source>Activation of a neuron</source>
        <translation>Neuron-Aktivierung</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Verdeckt {number}</translation>
    </message>
    <message>
        <source>The one setting that differs between the trials; everything else (data, seeds, starting weights) stays the same</source>
        <translation>Die eine Einstellung, die sich zwischen den Versuchen unterscheidet; alles andere (Daten, Startwerte, Startgewichte) bleibt gleich</translation>
    </message>
    <message>
        <source>The layer whose units or activation the trials change</source>
        <translation>Die Schicht, deren Neuronen oder Aktivierung die Versuche ändern</translation>
    </message>
    <message>
        <source>The neuron whose activation the trials change</source>
        <translation>Das Neuron, dessen Aktivierung die Versuche ändern</translation>
    </message>
    <message>
        <source>One value per trial, separated by commas (at most {count})</source>
        <translation>Ein Wert pro Versuch, durch Kommas getrennt (höchstens {count})</translation>
    </message>
    <message>
        <source>How many epochs each trial trains</source>
        <translation>Wie viele Epochen jeder Versuch trainiert</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary</source>
        <translation>das Netz hat keine verdeckte Schicht, deren Neuronen variieren könnten</translation>
    </message>
    <message>
        <source>tick at least one activation</source>
        <translation>hake mindestens eine Aktivierung an</translation>
    </message>
    <message>
        <source>tick at least one optimizer</source>
        <translation>hake mindestens einen Optimierer an</translation>
    </message>
    <message>
        <source>type the values to try, separated by commas, e.g. 1, 2, 3</source>
        <translation>gib die Werte zum Ausprobieren ein, durch Kommas getrennt, z. B. 1, 2, 3</translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n unit)</source>
        <translation>
            <numerusform>{layer} (%n Neuron)</numerusform>
            <numerusform>{layer} (%n Neuronen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n units)</source>
        <translation>
            <numerusform>{layer} (%n Neuron)</numerusform>
            <numerusform>{layer} (%n Neuronen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Neuron {number} ({activation})</source>
        <translation>Neuron {number} ({activation})</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Show or hide what the trials vary and the values they try (hidden while trials run in a narrow panel, so the results have room)</source>
        <translation>Zeigen oder verbergen, was die Versuche variieren und welche Werte sie probieren (in einem schmalen Bereich während der Versuche verborgen, damit die Ergebnisse Platz haben)</translation>
    </message>
    <message>
        <source>The plan of these trials; press Plan to change it</source>
        <translation>Der Plan dieser Versuche; drücke Plan, um ihn zu ändern</translation>
    </message>
    <message>
        <source>{setting}, {layer}: {problem}</source>
        <translation>{setting}, {layer}: {problem}</translation>
    </message>
    <message>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting}, {layer}: {values}; %n Epoche</numerusform>
            <numerusform>{setting}, {layer}: {values}; %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}, {layer}: {values}; %n Epoche</numerusform>
            <numerusform>{setting}, {layer}: {values}; %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting}: {values}; %n Epoche</numerusform>
            <numerusform>{setting}: {values}; %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}: {values}; %n Epoche</numerusform>
            <numerusform>{setting}: {values}; %n Epochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialResults</name>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Train.-
Verlust</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Test-
Verlust</translation>
    </message>
    <message>
        <source>Train
acc.</source>
        <translation>Train.-
Genau.</translation>
    </message>
    <message>
        <source>Test
acc.</source>
        <translation>Test-
Genau.</translation>
    </message>
    <message>
        <source>Test acc.
changed</source>
        <translation>Test-Genau.
verändert</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A trial ties when its test loss is above the lowest by less than 2 standard errors of the per-sample differences (both are measured on the same test samples): a gap that small could come from which samples are in the test set.</source>
        <translation>Ein Versuch ist gleichauf, wenn sein Testverlust um weniger als 2 Standardfehler der Unterschiede pro Beispiel über dem niedrigsten liegt (beide auf denselben Testbeispielen gemessen): eine so kleine Lücke kann davon kommen, welche Beispiele in den Testdaten sind.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Train loss too (dashed)</source>
        <translation>Auch Trainingsverlust</translation>
    </message>
    <message>
        <source>Also draw each trial's loss on the training data, dashed in the same colour. A gap between a trial's two curves means it fits the training data better than new data.</source>
        <translation>Auch den Verlust jedes Versuchs auf den Trainingsdaten zeichnen, gestrichelt in derselben Farbe. Eine Lücke zwischen den zwei Kurven eines Versuchs heißt, dass er die Trainingsdaten besser trifft als neue Daten.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Final values of each trial (the last epoch). Double-click a row to make that trial the current network.</source>
        <translation>Endwerte jedes Versuchs (die letzte Epoche). Doppelklicke eine Zeile, um diesen Versuch zum aktuellen Netz zu machen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>diverged at epoch {epoch}</source>
        <translation>divergiert in Epoche {epoch}</translation>
    </message>
    <message>
        <source>stopped at epoch {epoch}</source>
        <translation>angehalten in Epoche {epoch}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>gleichauf</translation>
    </message>
    <message>
        <source>As good as the lowest test loss within noise. {rule}</source>
        <translation>So gut wie der niedrigste Testverlust, im Rahmen des Rauschens. {rule}</translation>
    </message>
    <message>
        <source>best</source>
        <translation>beste</translation>
    </message>
    <message>
        <source>The lowest final test loss of the trials that finished, and no other ties with it. {rule}</source>
        <translation>Der niedrigste End-Testverlust der fertigen Versuche, und kein anderer ist gleichauf. {rule}</translation>
    </message>
    <message>
        <source>tie: smallest</source>
        <translation>gleichauf: kleinster</translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the smallest of the tie: Use the best takes it. {rule}</source>
        <translation>Gleichauf mit dem niedrigsten Testverlust und der kleinste davon: Besten nehmen übernimmt ihn. {rule}</translation>
    </message>
    <message>
        <source>tie: first</source>
        <translation>gleichauf: erster</translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the first of the tie: Use the best takes it. {rule}</source>
        <translation>Gleichauf mit dem niedrigsten Testverlust und der erste davon: Besten nehmen übernimmt ihn. {rule}</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Compare trials</source>
        <translation>Versuche vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;Trials…</source>
        <translation>&amp;Versuche vergleichen…</translation>
    </message>
    <message>
        <source>Train copies of the network that differ in one setting (units, activation, learning rate, optimizer or batch size) and compare them</source>
        <translation>Kopien des Netzes trainieren, die sich in einer Einstellung unterscheiden (Neuronen, Aktivierung, Lernrate, Optimierer oder Batchgröße), und sie vergleichen</translation>
    </message>
    <message>
        <source>When trials tie (within noise), the smallest is named (fewest units; for other settings the first in the list). {rule}</source>
        <translation>Wenn Versuche gleichauf sind (im Rahmen des Rauschens), wird der kleinste genannt (wenigste Neuronen; bei anderen Einstellungen der erste der Liste). {rule}</translation>
    </message>
    <message>
        <source>Run trials</source>
        <translation>Versuche starten</translation>
    </message>
    <message>
        <source>Train one copy of the network per value, each from the same starting weights and seeds</source>
        <translation>Eine Kopie des Netzes pro Wert trainieren, jede mit denselben Startgewichten und Startwerten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop after the current epoch; finished trials stay</source>
        <translation>Nach der aktuellen Epoche anhalten; fertige Versuche bleiben</translation>
    </message>
    <message>
        <source>Use the best</source>
        <translation>Besten nehmen</translation>
    </message>
    <message>
        <source>Make the best trial the current network, trained as it is: the lowest final test loss, or, when others tie with it within noise, the smallest of them (fewest units; else the first in the list). Undo brings back the previous one.</source>
        <translation>Den besten Versuch samt Training zum aktuellen Netz machen: den niedrigsten End-Testverlust, oder, wenn andere im Rahmen des Rauschens gleichauf sind, den kleinsten davon (wenigste Neuronen; sonst den ersten der Liste). Rückgängig holt das vorige zurück.</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Auswahl nehmen</translation>
    </message>
    <message>
        <source>Make the trial selected in the table the current network (or double-click its row)</source>
        <translation>Den in der Tabelle gewählten Versuch zum aktuellen Netz machen (oder seine Zeile doppelklicken)</translation>
    </message>
    <message>
        <source>The lesson's trial plan cannot be used: {problem}</source>
        <translation>Der Versuchsplan der Lektion ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>Choose what to vary and the values to try, then Run trials.</source>
        <translation>Wähle, was variiert wird und welche Werte probiert werden, dann Versuche starten.</translation>
    </message>
    <message>
        <source>This lesson suggests these trials: press Run trials.</source>
        <translation>Diese Lektion schlägt diese Versuche vor: drücke Versuche starten.</translation>
    </message>
    <message>
        <source>Cannot run: {problem}</source>
        <translation>Start nicht möglich: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n trial of {epochs} epochs…</source>
        <translation>
            <numerusform>%n Versuch mit {epochs} Epochen läuft…</numerusform>
            <numerusform>%n Versuche mit {epochs} Epochen laufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n trials of {epochs} epochs…</source>
        <translation>
            <numerusform>%n Versuch mit {epochs} Epochen läuft…</numerusform>
            <numerusform>%n Versuche mit {epochs} Epochen laufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial {number} of {count} ({trial}): epoch {epoch} of {epochs}</source>
        <translation>Versuch {number} von {count} ({trial}): Epoche {epoch} von {epochs}</translation>
    </message>
    <message>
        <source>Test acc.
{adjustment}</source>
        <translation>Test-Genau.
{adjustment}</translation>
    </message>
    <message>
        <source>No trial has finished without diverging yet.</source>
        <translation>Noch kein Versuch ist ohne Divergieren fertig geworden.</translation>
    </message>
    <message>
        <source>That trial has not finished yet.</source>
        <translation>Dieser Versuch ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>The data or inputs changed since these trials ran; run them again.</source>
        <translation>Daten oder Eingaben haben sich seit diesen Versuchen geändert; starte sie neu.</translation>
    </message>
    <message>
        <source>Use trial “{trial}”</source>
        <translation>Versuch „{trial}“ übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>Das Netz ist jetzt Versuch „{trial}“, %n Epoche trainiert. Rückgängig (Strg+Z) holt das vorige zurück.</numerusform>
            <numerusform>Das Netz ist jetzt Versuch „{trial}“, %n Epochen trainiert. Rückgängig (Strg+Z) holt das vorige zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>Das Netz ist jetzt Versuch „{trial}“, %n Epoche trainiert. Rückgängig (Strg+Z) holt das vorige zurück.</numerusform>
            <numerusform>Das Netz ist jetzt Versuch „{trial}“, %n Epochen trainiert. Rückgängig (Strg+Z) holt das vorige zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now using trial &lt;b&gt;{trial}&lt;/b&gt;. Undo (Ctrl+Z) brings back the previous network.</source>
        <translation>Jetzt wird Versuch &lt;b&gt;{trial}&lt;/b&gt; verwendet. Rückgängig (Strg+Z) holt das vorige Netz zurück.</translation>
    </message>
    <message>
        <source>the trials stopped on an unexpected error: {error}</source>
        <translation>die Versuche wurden durch einen unerwarteten Fehler beendet: {error}</translation>
    </message>
    <message>
        <source>All ended with the same loss ({loss}): this setting made no difference here.</source>
        <translation>Alle endeten mit demselben Verlust ({loss}): diese Einstellung machte hier keinen Unterschied.</translation>
    </message>
    <message>
        <source>{tie} Use the best to make it the current network.</source>
        <translation>{tie} Besten nehmen macht ihn zum aktuellen Netz.</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;{trial}&lt;/b&gt; (test loss {loss}). Use the best to make it the current network.</source>
        <translation>Bester: &lt;b&gt;{trial}&lt;/b&gt; (Testverlust {loss}). Besten nehmen macht ihn zum aktuellen Netz.</translation>
    </message>
    <message>
        <source>Every trial diverged: try smaller learning rates.</source>
        <translation>Jeder Versuch divergierte: probier kleinere Lernraten.</translation>
    </message>
    <message>
        <source>{done} {found}</source>
        <translation>{done} {found}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>{done} von %n Versuch fertig in {seconds} s.</numerusform>
            <numerusform>{done} von %n Versuchen fertig in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>{done} von %n Versuch fertig in {seconds} s.</numerusform>
            <numerusform>{done} von %n Versuchen fertig in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>Angehalten: {done} von %n Versuch fertig in {seconds} s.</numerusform>
            <numerusform>Angehalten: {done} von %n Versuchen fertig in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>Angehalten: {done} von %n Versuch fertig in {seconds} s.</numerusform>
            <numerusform>Angehalten: {done} von %n Versuchen fertig in {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>{values} and {last} units tie (within noise); the smallest is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation>{values} und {last} Neuronen sind gleichauf (im Rahmen des Rauschens); der kleinste ist &lt;b&gt;{trial}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{trials} and {last} tie (within noise); the first of them is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation>{trials} und {last} sind gleichauf (im Rahmen des Rauschens); der erste davon ist &lt;b&gt;{trial}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>cannot vary {setting}; choose one of {settings}</source>
        <translation>{setting} lässt sich nicht variieren; wähle eines von {settings}</translation>
    </message>
    <message>
        <source>values must be a list, got {values}</source>
        <translation>die Werte müssen eine Liste sein, nicht {values}</translation>
    </message>
    <message>
        <source>give 1 to {most} values (one per trial), got {count}</source>
        <translation>gib 1 bis {most} Werte an (einen pro Versuch), nicht {count}</translation>
    </message>
    <message>
        <source>each value may appear once; repeated: {values}</source>
        <translation>jeder Wert darf nur einmal vorkommen; wiederholt: {values}</translation>
    </message>
    <message>
        <source>varying units needs a layer</source>
        <translation>um die Neuronenzahl zu variieren, braucht es eine Schicht</translation>
    </message>
    <message>
        <source>varying activation needs a layer</source>
        <translation>um die Aktivierung zu variieren, braucht es eine Schicht</translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary; add a hidden layer first</source>
        <translation>das Netz hat keine verdeckte Schicht, deren Neuronen variieren könnten; füge zuerst eine verdeckte Schicht hinzu</translation>
    </message>
    <message>
        <source>units can vary in hidden layers 0 to {last}, not layer {layer} (the output layer's units are fixed by the data)</source>
        <translation>die Neuronenzahl kann in den verdeckten Schichten 0 bis {last} variieren, nicht in Schicht {layer} (die Neuronen der Ausgabeschicht legen die Daten fest)</translation>
    </message>
    <message>
        <source>the network has layers 0 to {last}, not layer {layer}</source>
        <translation>das Netz hat die Schichten 0 bis {last}, keine Schicht {layer}</translation>
    </message>
    <message>
        <source>layer {layer} has neurons 0 to {last}, not neuron {neuron}</source>
        <translation>Schicht {layer} hat die Neuronen 0 bis {last}, kein Neuron {neuron}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n Neuron</numerusform>
            <numerusform>%n Neuronen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n Neuron</numerusform>
            <numerusform>%n Neuronen</numerusform>
        </translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>Lernrate {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>Batch {size}</translation>
    </message>
    <message>
        <source>epochs must be a whole number from {low} to {high}, got {value}</source>
        <translation>die Zahl der Epochen muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>units must be a whole number from {low} to {high}, got {value}</source>
        <translation>die Neuronenzahl muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>layer must be a whole number from {low} to {high}, got {value}</source>
        <translation>die Schicht muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>neuron must be a whole number from {low} to {high}, got {value}</source>
        <translation>das Neuron muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>batch size must be a whole number from {low} to {high}, got {value}</source>
        <translation>die Batchgröße muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>unknown activation {value}; choose from {names}</source>
        <translation>unbekannte Aktivierung {value}; wähle aus {names}</translation>
    </message>
    <message>
        <source>a learning rate must be a number above 0 and at most {most}, got {value}</source>
        <translation>eine Lernrate muss eine Zahl über 0 und höchstens {most} sein, nicht {value}</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; choose from {names}</source>
        <translation>unbekannter Optimierer {value}; wähle aus {names}</translation>
    </message>
    <message>
        <source>meta.trials: must be an object like {example}, got {kind}</source>
        <translation>meta.trials: muss ein Objekt wie {example} sein, nicht {kind}</translation>
    </message>
    <message>
        <source>meta.trials: needs "setting" and "values"</source>
        <translation>meta.trials: braucht "setting" und "values"</translation>
    </message>
    <message>
        <source>meta.trials.values: must be a list, got {kind}</source>
        <translation>meta.trials.values: muss eine Liste sein, nicht {kind}</translation>
    </message>
    <message>
        <source>meta.trials.values: at most {most} values, got {count}</source>
        <translation>meta.trials.values: höchstens {most} Werte, nicht {count}</translation>
    </message>
    <message>
        <source>the training settings cannot be used: {problem}</source>
        <translation>die Trainingseinstellungen sind nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>the data cannot be used: {problem}</source>
        <translation>die Daten sind nicht verwendbar: {problem}</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation>Animiertes GIF (*.gif);;MP4-Video (*.mp4);;WebM-Video (*.webm)</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: ist ein Ordner; gib einen Dateinamen an</translation>
    </message>
    <message>
        <source>{name}: unknown video format; the name must end in {suffixes}</source>
        <translation>{name}: unbekanntes Videoformat; der Name muss auf {suffixes} enden</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is not writable</source>
        <translation>{path}: in den Ordner {folder} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{path}: the file exists and is read-only</source>
        <translation>{path}: die Datei existiert und ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation>{name}: es gibt keine Bilder zum Schreiben</translation>
    </message>
    <message>
        <source>{fps} frames a second: must be 1 to {most}</source>
        <translation>{fps} Bilder pro Sekunde: erlaubt sind 1 bis {most}</translation>
    </message>
    <message>
        <source>{name}: {width}x{height} frames; MP4 and WebM need even sides</source>
        <translation>{name}: {width}x{height} Bilder; MP4 und WebM brauchen gerade Seitenlängen</translation>
    </message>
    <message>
        <source>{path}: cannot write ({problem})</source>
        <translation>{path}: kann nicht geschrieben werden ({problem})</translation>
    </message>
    <message>
        <source>{name}: the encoder wrote nothing</source>
        <translation>{name}: der Encoder hat nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message numerus="yes">
        <source>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n Eingabe ergibt kein Bild, daher gibt es keine Gewichtsbilder. Sie brauchen eine Quadratzahl von Pixeleingaben, etwa 64 für 8×8 Pixel.</numerusform>
            <numerusform>%n Eingaben ergeben kein Bild, daher gibt es keine Gewichtsbilder. Sie brauchen eine Quadratzahl von Pixeleingaben, etwa 64 für 8×8 Pixel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n Eingabe ergibt kein Bild, daher gibt es keine Gewichtsbilder. Sie brauchen eine Quadratzahl von Pixeleingaben, etwa 64 für 8×8 Pixel.</numerusform>
            <numerusform>%n Eingaben ergeben kein Bild, daher gibt es keine Gewichtsbilder. Sie brauchen eine Quadratzahl von Pixeleingaben, etwa 64 für 8×8 Pixel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture is one first-layer neuron: its weight for every input pixel, drawn where that pixel is. Blue: a high value there raises the neuron's z; orange: lowers it. Click a picture to select the neuron.</source>
        <translation>Jedes Bild ist ein Neuron der ersten Schicht: sein Gewicht für jedes Eingabepixel, dort gezeichnet, wo das Pixel liegt. Blau: ein hoher Wert dort erhöht das z des Neurons; orange: senkt es. Klicke auf ein Bild, um das Neuron auszuwählen.</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Noch kein Netz.</translation>
    </message>
    <message>
        <source>Neuron {neuron}: weight {weight} from input {input} (row {row}, column {column}). Click to select the neuron.</source>
        <translation>Neuron {neuron}: Gewicht {weight} von Eingabe {input} (Zeile {row}, Spalte {column}). Klicke, um das Neuron auszuwählen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight pictures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gewichtsbilder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron (the first {shown} of {units})&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation>&lt;b&gt;Eingangsgewichte jedes Neurons der ersten Schicht (die ersten {shown} von {units})&lt;/b&gt;&lt;br&gt;{side}×{side} Pixel; blau: hohe Eingabe dort erhöht z, orange: senkt es</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation>&lt;b&gt;Eingangsgewichte jedes Neurons der ersten Schicht&lt;/b&gt;&lt;br&gt;{side}×{side} Pixel; blau: hohe Eingabe dort erhöht z, orange: senkt es</translation>
    </message>
</context>
</TS>
