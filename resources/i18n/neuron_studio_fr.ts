<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivationOverview</name>
    <message>
        <source>Activation functions</source>
        <translation>Fonctions d'activation</translation>
    </message>
    <message>
        <source>Activation &amp;Functions</source>
        <translation>&amp;Fonctions d'activation</translation>
    </message>
    <message>
        <source>Every activation's g(z) and slope g′(z) side by side, with its range, its problem and where it is used ({shortcut}); a click on a palette entry shows its card</source>
        <translation>Chaque activation avec g(z) et sa pente g′(z) côte à côte, son intervalle, son problème et son usage ({shortcut}) ; un clic sur une entrée de la palette montre sa carte</translation>
    </message>
    <message>
        <source>{activation}: {problem}</source>
        <translation>{activation} : {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output:&lt;/b&gt; {range}</source>
        <translation>&lt;b&gt;Sortie :&lt;/b&gt; {range}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problem}.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{problem}.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Used in:&lt;/b&gt; {use}</source>
        <translation>&lt;b&gt;Utilisée dans :&lt;/b&gt; {use}</translation>
    </message>
    <message>
        <source>g′(z) is the slope of g. z from {low} to {high}, one vertical scale on every card.</source>
        <translation>g′(z) est la pente de g. z de {low} à {high}, une même échelle verticale sur chaque carte.</translation>
    </message>
    <message>
        <source>Every card draws g(z) as a solid line and its slope g′(z) as a dashed one, on the same axes, so the curves compare at a glance.</source>
        <translation>Chaque carte trace g(z) en trait plein et sa pente g′(z) en pointillés, sur les mêmes axes, pour comparer les courbes d'un coup d'œil.</translation>
    </message>
    <message>
        <source>Drawn: p₁ against z₁ in a group of {size} softmax neurons, the other {others} at z = 0</source>
        <translation>Tracé : p₁ en fonction de z₁ dans un groupe de {size} neurones softmax, les {others} autres à z = 0</translation>
    </message>
    <message>
        <source>Drawn with α = {alpha}, its starting value</source>
        <translation>Tracé avec α = {alpha}, sa valeur de départ</translation>
    </message>
    <message>
        <source>Drawn with α = {alpha}</source>
        <translation>Tracé avec α = {alpha}</translation>
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
        <translation>g(z) et g′(z)</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>exemples</translation>
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
        <translation>{formula}, un autre neurone à z = 0</translation>
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
        <translation>aucun exemple à montrer : il n'y a pas de données d'entraînement</translation>
    </message>
    <message numerus="yes">
        <source>all %n samples: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</source>
        <translation>
            <numerusform>l'exemple (%n) : p = 1 et aucun gradient. Un neurone softmax seul ne transmet rien et n'apprend jamais</numerusform>
            <numerusform>les %n exemples : p = 1 et aucun gradient. Un neurone softmax seul ne transmet rien et n'apprend jamais</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of them outside the view (z &amp;lt; {low} or &amp;gt; {high})</source>
        <translation>dont {count} hors de la vue (z &amp;lt; {low} ou &amp;gt; {high})</translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: a dead neuron</source>
        <translation>
            <numerusform>l'exemple (%n) n'a aucun gradient : un neurone mort</numerusform>
            <numerusform>les %n exemples n'ont aucun gradient : un neurone mort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: saturated, far out on a flat tail</source>
        <translation>
            <numerusform>l'exemple (%n) n'a aucun gradient : saturé, loin sur une queue plate</numerusform>
            <numerusform>les %n exemples n'ont aucun gradient : saturé, loin sur une queue plate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient, {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n exemple : {dead} % sans gradient, {flat} % avec un gradient sous {limit}</numerusform>
            <numerusform>%n exemples : {dead} % sans gradient, {flat} % avec un gradient sous {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient</source>
        <translation>
            <numerusform>%n exemple : {dead} % sans gradient</numerusform>
            <numerusform>%n exemples : {dead} % sans gradient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n exemple : {flat} % avec un gradient sous {limit}</numerusform>
            <numerusform>%n exemples : {flat} % avec un gradient sous {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation>aucun gradient</translation>
    </message>
    <message>
        <source>g′ = 0</source>
        <comment>short for: no gradient</comment>
        <translation>g′ = 0</translation>
    </message>
    <message>
        <source>small gradient ({slope})</source>
        <translation>petit gradient ({slope})</translation>
    </message>
    <message>
        <source>flat: gradient vanishes</source>
        <translation>plat : le gradient s'évanouit</translation>
    </message>
    <message>
        <source>flat</source>
        <comment>short for: flat, gradient vanishes</comment>
        <translation>plat</translation>
    </message>
</context>
<context>
    <name>ActivationShort</name>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
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
        <translation>ℝ (tout nombre)</translation>
    </message>
    <message>
        <source>{label}
{formula}
Output range: {range}
{notes}</source>
        <translation>{label}
{formula}
Intervalle de sortie : {range}
{notes}</translation>
    </message>
    <message>
        <source>No bend: layers collapse</source>
        <translation>Pas de courbure : les couches se réduisent</translation>
    </message>
    <message>
        <source>Flat tails → vanishing gradient</source>
        <translation>Queues plates → gradient évanescent</translation>
    </message>
    <message>
        <source>Dead side: zero gradient for z &lt; 0</source>
        <translation>Côté mort : gradient nul pour z &lt; 0</translation>
    </message>
    <message>
        <source>Fixes the dead side</source>
        <translation>Corrige le côté mort</translation>
    </message>
    <message>
        <source>Flat left tail: small gradient for very negative z</source>
        <translation>Queue gauche plate : petit gradient pour z très négatif</translation>
    </message>
    <message>
        <source>Only in the output layer</source>
        <translation>Seulement dans la couche de sortie</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>No bend at all: a network of only linear neurons is one linear layer, however deep.</source>
        <translation>Aucune courbure : un réseau de neurones tous linéaires équivaut à une seule couche linéaire, quelle que soit sa profondeur.</translation>
    </message>
    <message>
        <source>A stack of linear layers is one linear layer, however deep: it can only draw straight boundaries.</source>
        <translation>Un empilement de couches linéaires équivaut à une seule couche linéaire, quelle que soit sa profondeur : il ne peut tracer que des frontières droites.</translation>
    </message>
    <message>
        <source>Regression output (predicting a number)</source>
        <translation>Sortie de régression (prédire un nombre)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <source>Reads as a probability. Flat tails: for large |z| the gradient vanishes and learning stalls; the slope is at most 0.25.</source>
        <translation>Se lit comme une probabilité. Queues plates : pour |z| grand, le gradient s'évanouit et l'apprentissage stagne ; la pente vaut au plus 0,25.</translation>
    </message>
    <message>
        <source>For large |z| the slope is almost 0 (it is at most 0.25), so the layers before it learn slowly.</source>
        <translation>Pour |z| grand, la pente est presque 0 (elle vaut au plus 0,25), donc les couches précédentes apprennent lentement.</translation>
    </message>
    <message>
        <source>Output for two classes (a probability)</source>
        <translation>Sortie pour deux classes (une probabilité)</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Zero-centred sigmoid with slope 1 at 0. Flat tails: gradients vanish for large |z|.</source>
        <translation>Sigmoïde centrée sur zéro, de pente 1 en 0. Queues plates : les gradients s'évanouissent pour |z| grand.</translation>
    </message>
    <message>
        <source>For large |z| the slope is almost 0, so learning stalls; the slope is 1 at z = 0.</source>
        <translation>Pour |z| grand, la pente est presque 0, donc l'apprentissage stagne ; la pente vaut 1 en z = 0.</translation>
    </message>
    <message>
        <source>Hidden layers (outputs centred at 0)</source>
        <translation>Couches cachées (sorties centrées sur 0)</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Cheap and does not saturate for z &gt; 0. Zero gradient for z &lt; 0: a neuron whose z is negative for every sample stops learning (it dies).</source>
        <translation>Peu coûteuse et sans saturation pour z &gt; 0. Gradient nul pour z &lt; 0 : un neurone dont z est négatif pour tous les exemples cesse d'apprendre (il meurt).</translation>
    </message>
    <message>
        <source>A neuron whose z is below 0 for every sample gets no gradient and stops learning: it dies.</source>
        <translation>Un neurone dont z est sous 0 pour tous les exemples ne reçoit aucun gradient et cesse d'apprendre : il meurt.</translation>
    </message>
    <message>
        <source>Hidden layers (the usual first choice)</source>
        <translation>Couches cachées (le premier choix habituel)</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*z</source>
        <translation>g(z) = z si z &gt; 0, sinon alpha*z</translation>
    </message>
    <message>
        <source>Like ReLU, but a small slope alpha for z &lt; 0 keeps the gradient alive, so the neuron cannot die.</source>
        <translation>Comme ReLU, mais une petite pente alpha pour z &lt; 0 garde le gradient en vie, donc le neurone ne peut pas mourir.</translation>
    </message>
    <message>
        <source>α·z   (because z ≤ 0)</source>
        <translation>α·z   (car z ≤ 0)</translation>
    </message>
    <message>
        <source>A small slope α = 0.01 for z &lt; 0 keeps the gradient alive: the neuron cannot die.</source>
        <translation>Une petite pente α = 0,01 pour z &lt; 0 garde le gradient en vie : le neurone ne peut pas mourir.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*z, alpha learned</source>
        <translation>g(z) = z si z &gt; 0, sinon alpha*z, alpha appris</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope alpha is learned by gradient descent, one per neuron (unless the neuron is frozen).</source>
        <translation>Leaky ReLU dont la pente alpha est apprise par descente de gradient, une par neurone (sauf si le neurone est figé).</translation>
    </message>
    <message>
        <source>The slope α for z &lt; 0 is learned in training, one per neuron, starting at 0.25.</source>
        <translation>La pente α pour z &lt; 0 est apprise pendant l'entraînement, une par neurone, en partant de 0,25.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*(e^z - 1)</source>
        <translation>g(z) = z si z &gt; 0, sinon alpha*(e^z - 1)</translation>
    </message>
    <message>
        <source>Smooth for z &lt; 0 and saturates at -alpha, which pushes mean outputs towards zero; gradient never exactly zero.</source>
        <translation>Lisse pour z &lt; 0 et sature à -alpha, ce qui rapproche de zéro la moyenne des sorties ; le gradient n'est jamais exactement nul.</translation>
    </message>
    <message>
        <source>α(e^z − 1)   (because z ≤ 0)</source>
        <translation>α(e^z − 1)   (car z ≤ 0)</translation>
    </message>
    <message>
        <source>For z &lt; 0 it levels off at −α = −1, where its slope fades to 0.</source>
        <translation>Pour z &lt; 0, elle se stabilise à −α = −1, où sa pente tend vers 0.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>A smooth ReLU; its slope is the sigmoid of z.</source>
        <translation>Une ReLU lisse ; sa pente est la sigmoïde de z.</translation>
    </message>
    <message>
        <source>A smooth ReLU: its slope is sigmoid(z), which fades to 0 for very negative z.</source>
        <translation>Une ReLU lisse : sa pente est sigmoïde(z), qui tend vers 0 pour z très négatif.</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>Smooth and slightly non-monotonic: dips below zero before rising like ReLU.</source>
        <translation>Lisse et légèrement non monotone : descend sous zéro avant de monter comme ReLU.</translation>
    </message>
    <message>
        <source>Dips to −0.28 near z = −1.28, then levels off at 0, where its slope fades.</source>
        <translation>Descend jusqu'à −0,28 vers z = −1,28, puis se stabilise à 0, où sa pente s'efface.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Smooth ReLU used in transformers (tanh approximation).</source>
        <translation>ReLU lisse utilisée dans les transformers (approximation par tanh).</translation>
    </message>
    <message>
        <source>Dips to −0.17 near z = −0.75, then levels off at 0, where its slope fades.</source>
        <translation>Descend jusqu'à −0,17 vers z = −0,75, puis se stabilise à 0, où sa pente s'efface.</translation>
    </message>
    <message>
        <source>Hidden layers (transformers)</source>
        <translation>Couches cachées (transformers)</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>g(z)_i = e^z_i / sum_j e^z_j  (over the layer's softmax neurons)</source>
        <translation>g(z)_i = e^z_i / sum_j e^z_j  (sur les neurones softmax de la couche)</translation>
    </message>
    <message>
        <source>(0, 1), summing to 1</source>
        <translation>(0, 1), de somme 1</translation>
    </message>
    <message>
        <source>A group activation: the softmax neurons of one layer share one normalisation, so their outputs are class probabilities. For the output layer, one neuron per class: alone it always outputs 1.</source>
        <translation>Une activation de groupe : les neurones softmax d'une couche partagent une même normalisation, donc leurs sorties sont des probabilités de classes. Pour la couche de sortie, un neurone par classe : seul, il donne toujours 1.</translation>
    </message>
    <message>
        <source>e^z / Σ e^zⱼ   (over the layer's softmax neurons)</source>
        <translation>e^z / Σ e^zⱼ   (sur les neurones softmax de la couche)</translation>
    </message>
    <message>
        <source>Its neurons share one normalisation: class probabilities that sum to 1.</source>
        <translation>Ses neurones partagent une même normalisation : des probabilités de classes dont la somme vaut 1.</translation>
    </message>
    <message>
        <source>Output for several classes</source>
        <translation>Sortie pour plusieurs classes</translation>
    </message>
    <message>
        <source>unknown activation {name}; expected one of: {names}</source>
        <translation>activation inconnue {name} ; choisissez parmi : {names}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>“{title}” ({file}), autosaved {when}</source>
        <translation>« {title} » ({file}), sauvegarde auto {when}</translation>
    </message>
    <message>
        <source>“{title}” (a network that was never saved), autosaved {when}</source>
        <translation>« {title} » (un réseau jamais enregistré), sauvegarde auto {when}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Autosave failed ({error}); your work is still open: save it with Ctrl+S</source>
        <translation>La sauvegarde automatique a échoué ({error}) ; votre travail est toujours ouvert : enregistrez-le avec Ctrl+S</translation>
    </message>
    <message>
        <source>The restored work's autosave stays in {file} ({error}); save the network to keep it</source>
        <translation>La sauvegarde automatique du travail restauré reste dans {file} ({error}) ; enregistrez le réseau pour le garder</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Neuron Studio did not quit normally last time. Restore the autosaved network {network}?</source>
        <translation>Neuron Studio ne s'est pas fermé normalement la dernière fois. Restaurer le réseau sauvegardé automatiquement {network} ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>The autosaved network could not be read and was kept in {file}: {error}</source>
        <translation>Le réseau sauvegardé automatiquement n'a pas pu être lu et a été conservé dans {file} : {error}</translation>
    </message>
    <message>
        <source>Restored the autosaved network: save it to keep it</source>
        <translation>Réseau sauvegardé automatiquement restauré : enregistrez-le pour le garder</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Challenge</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>This file's challenge cannot be used: {error}</source>
        <translation>Le défi de ce fichier est inutilisable : {error}</translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met. Unknown values: {problem}.</source>
        <translation>
            <numerusform>Objectifs atteints : {met} sur %n. Valeurs inconnues : {problem}.</numerusform>
            <numerusform>Objectifs atteints : {met} sur %n. Valeurs inconnues : {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}!</source>
        <translation>Défi réussi à l'époque {epoch} !</translation>
    </message>
    <message numerus="yes">
        <source>Met at epoch {epoch}; now {met} of %n goals hold.</source>
        <translation>
            <numerusform>Réussi à l'époque {epoch} ; objectifs tenus maintenant : {met} sur %n.</numerusform>
            <numerusform>Réussi à l'époque {epoch} ; objectifs tenus maintenant : {met} sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met.</source>
        <translation>
            <numerusform>Objectifs atteints : {met} sur %n.</numerusform>
            <numerusform>Objectifs atteints : {met} sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Pas encore atteint</translation>
    </message>
    <message>
        <source>&lt;b&gt;Challenge met&lt;/b&gt; at epoch {epoch}: every goal holds. Save the network (Ctrl+S) to keep your solution.</source>
        <translation>&lt;b&gt;Défi réussi&lt;/b&gt; à l'époque {epoch} : tous les objectifs sont atteints. Enregistrez le réseau (Ctrl+S) pour garder votre solution.</translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}</source>
        <translation>Défi réussi à l'époque {epoch}</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Précision d'entraînement</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Perte d'entraînement</translation>
    </message>
    <message>
        <source>Hidden neurons</source>
        <translation>Neurones cachés</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Layers (hidden and output)</source>
        <translation>Couches (cachées et sortie)</translation>
    </message>
    <message>
        <source>Dead neurons</source>
        <translation>Neurones morts</translation>
    </message>
    <message>
        <source>Saturated neurons</source>
        <translation>Neurones saturés</translation>
    </message>
    <message>
        <source>Outputs add up to 1:</source>
        <translation>Somme des sorties = 1 :</translation>
    </message>
    <message>
        <source>expected a list of 1 to {most} goals, got {got}</source>
        <translation>il faut une liste de 1 à {most} objectifs ; reçu : {got}</translation>
    </message>
    <message>
        <source>unknown goal {goal}; expected one of: {kinds}</source>
        <translation>objectif inconnu {goal} ; choisissez parmi : {kinds}</translation>
    </message>
    <message>
        <source>not a goal setting; a goal has {keys}</source>
        <translation>pas un réglage d'objectif ; un objectif a {keys}</translation>
    </message>
    <message>
        <source>give exactly one of at_least, at_most</source>
        <translation>donnez exactement un seul de at_least, at_most</translation>
    </message>
    <message>
        <source>only accuracy and loss goals can have a deadline, not {kind}</source>
        <translation>seuls les objectifs de précision et de perte peuvent avoir une échéance, pas {kind}</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>il n'y a pas de données</translation>
    </message>
    <message>
        <source>the network cannot be trained: {problem}</source>
        <translation>le réseau ne peut pas être entraîné : {problem}</translation>
    </message>
    <message>
        <source>{label} {value} ({goal})</source>
        <translation>{label} {value} ({goal})</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>off by 0</source>
        <translation>écart 0</translation>
    </message>
    <message>
        <source>off by up to {value}</source>
        <translation>écart jusqu'à {value}</translation>
    </message>
    <message>
        <source>goal: none</source>
        <translation>objectif : aucun</translation>
    </message>
    <message>
        <source>goal {limit}</source>
        <translation>objectif {limit}</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: first at epoch {reached}</source>
        <translation>objectif {limit} d'ici l'époque {within} : atteint dès l'époque {reached}</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: first at epoch {reached}, not now</source>
        <translation>objectif {limit} d'ici l'époque {within} : atteint dès l'époque {reached}, plus maintenant</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: missed, Ctrl+R starts over</source>
        <translation>objectif {limit} d'ici l'époque {within} : manqué, Ctrl+R recommence</translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epoch left</source>
        <translation>
            <numerusform>objectif {limit} d'ici l'époque {within} : encore %n époque</numerusform>
            <numerusform>objectif {limit} d'ici l'époque {within} : encore %n époques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epochs left</source>
        <translation>
            <numerusform>objectif {limit} d'ici l'époque {within} : encore %n époque</numerusform>
            <numerusform>objectif {limit} d'ici l'époque {within} : encore %n époques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapse</name>
    <message>
        <source>{layer} neuron {number} ({activation})</source>
        <translation>{layer} n°{number} ({activation})</translation>
    </message>
    <message>
        <source>Neurons that prevent the collapse: {names}. It bends the signal; switching it to linear would let the whole network collapse into one linear layer.</source>
        <translation>Neurone qui empêche la réduction : {names}. Il courbe le signal ; le passer en linéaire réduirait tout le réseau à une seule couche linéaire.</translation>
    </message>
    <message>
        <source>Neurons that prevent the collapse: {names}. They bend the signal; switching them to linear would let the whole network collapse into one linear layer.</source>
        <translation>Neurones qui empêchent la réduction : {names}. Ils courbent le signal ; les passer en linéaire réduirait tout le réseau à une seule couche linéaire.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: it already is one layer, z = W x + b.</source>
        <translation>Le réseau n'a pas de couche cachée : c'est déjà une seule couche, z = W x + b.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: it already is one layer, z = W x + b, then the output activation ({activations}) as before.</source>
        <translation>Le réseau n'a pas de couche cachée : c'est déjà une seule couche, z = W x + b, puis l'activation de sortie ({activations}) comme avant.</translation>
    </message>
    <message>
        <source>The hidden layer and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>La couche cachée et la couche de sortie se réduisent à une seule couche linéaire : z = W x + b. Empiler des neurones linéaires n'ajoute aucune puissance : le réseau ne peut tracer que ce qu'une seule couche peut tracer.</translation>
    </message>
    <message>
        <source>The hidden layer and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>La couche cachée et la couche de sortie se réduisent à une seule couche linéaire : z = W x + b, puis l'activation de sortie ({activations}) comme avant. Empiler des neurones linéaires n'ajoute aucune puissance : le réseau ne peut tracer que ce qu'une seule couche peut tracer.</translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>La couche cachée (%n) et la couche de sortie se réduisent à une seule couche linéaire : z = W x + b, puis l'activation de sortie ({activations}) comme avant. Empiler des neurones linéaires n'ajoute aucune puissance : le réseau ne peut tracer que ce qu'une seule couche peut tracer.</numerusform>
            <numerusform>Les %n couches cachées et la couche de sortie se réduisent à une seule couche linéaire : z = W x + b, puis l'activation de sortie ({activations}) comme avant. Empiler des neurones linéaires n'ajoute aucune puissance : le réseau ne peut tracer que ce qu'une seule couche peut tracer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>La couche cachée (%n) et la couche de sortie se réduisent à une seule couche linéaire : z = W x + b. Empiler des neurones linéaires n'ajoute aucune puissance : le réseau ne peut tracer que ce qu'une seule couche peut tracer.</numerusform>
            <numerusform>Les %n couches cachées et la couche de sortie se réduisent à une seule couche linéaire : z = W x + b. Empiler des neurones linéaires n'ajoute aucune puissance : le réseau ne peut tracer que ce qu'une seule couche peut tracer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollapseBoundary</name>
    <message>
        <source>the network does not collapse into one layer.</source>
        <translation>le réseau ne se réduit pas à une seule couche.</translation>
    </message>
    <message>
        <source>there is no data, so there is no plane to draw on.</source>
        <translation>il n'y a pas de données, donc pas de plan où tracer.</translation>
    </message>
    <message>
        <source>a regression network has no class boundary.</source>
        <translation>un réseau de régression n'a pas de frontière de classes.</translation>
    </message>
    <message>
        <source>the data has no plane of two features.</source>
        <translation>les données n'ont pas de plan à deux caractéristiques.</translation>
    </message>
    <message>
        <source>the inputs {inputs} bend the plane: the boundary is straight in the inputs but curved on the Map.</source>
        <translation>les entrées {inputs} courbent le plan : la frontière est droite dans les entrées mais courbe sur la Carte.</translation>
    </message>
    <message>
        <source>a {activation} output has no single threshold; use sigmoid, tanh or linear.</source>
        <translation>une sortie {activation} n'a pas de seuil unique ; utilisez sigmoïde, tanh ou linéaire.</translation>
    </message>
    <message>
        <source>the outputs mix activations, so the largest output is not the largest z.</source>
        <translation>les sorties mélangent des activations, donc la plus grande sortie n'est pas le plus grand z.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change data set</source>
        <translation>Changer le jeu de données</translation>
    </message>
    <message>
        <source>Train a batch of epoch {epoch}</source>
        <translation>Entraîner un batch de l'époque {epoch}</translation>
    </message>
    <message>
        <source>Train epoch {epoch}</source>
        <translation>Entraîner l'époque {epoch}</translation>
    </message>
    <message>
        <source>Train epochs {first}–{last}</source>
        <translation>Entraîner les époques {first} à {last}</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Régler le taux d'apprentissage</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Régler la taille de batch</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>Régler l'optimiseur</translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation>Régler le momentum</translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation>Régler la régularisation</translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation>Régler le taux de régularisation</translation>
    </message>
    <message>
        <source>Set training share</source>
        <translation>Régler la part d'entraînement</translation>
    </message>
    <message>
        <source>Set seed</source>
        <translation>Régler la graine</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Régler la perte</translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation>Régler le nombre d'exemples</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Régler le bruit</translation>
    </message>
    <message>
        <source>Set normalisation</source>
        <translation>Régler la normalisation</translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation>Régler {setting}</translation>
    </message>
    <message>
        <source>Set weight {weight} of layer {layer}, neuron {neuron}</source>
        <translation>Régler le poids {weight} de la couche {layer}, neurone {neuron}</translation>
    </message>
    <message>
        <source>Set bias of layer {layer}, neuron {neuron}</source>
        <translation>Régler le biais de la couche {layer}, neurone {neuron}</translation>
    </message>
    <message>
        <source>Set alpha of layer {layer}, neuron {neuron}</source>
        <translation>Régler l'alpha de la couche {layer}, neurone {neuron}</translation>
    </message>
    <message>
        <source>Set {value} of layer {layer}, neuron {neuron}</source>
        <translation>Régler {value} de la couche {layer}, neurone {neuron}</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Rows: true class; columns: the class the network predicted. Blue: right (diagonal); orange: mistaken for another class. Darker: a larger share of the row.</source>
        <translation>Lignes : vraie classe ; colonnes : la classe prédite par le réseau. Bleu : juste (diagonale) ; orange : confondu avec une autre classe. Plus foncé : une plus grande part de la ligne.</translation>
    </message>
    <message>
        <source>nothing to count yet (train a classifier first).</source>
        <translation>rien à compter pour l'instant (entraînez d'abord un classifieur).</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîn.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Count the answers on the training samples (the network learns from these).</source>
        <translation>Compter les réponses sur les exemples d'entraînement (le réseau apprend d'eux).</translation>
    </message>
    <message>
        <source>Count the answers on the test samples (never trained on: the honest measure).</source>
        <translation>Compter les réponses sur les exemples de test (jamais entraînés : la mesure honnête).</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>vraie classe</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>classe prédite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Matrice de confusion&lt;/b&gt; : {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Données d'entraînement&lt;/b&gt; : aucun exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Données de test&lt;/b&gt; : aucun exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Données de test, {note}&lt;/b&gt; : aucun exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Données d'entraînement : précision {accuracy} %&lt;/b&gt; ({right} justes sur {total})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Données de test : précision {accuracy} %&lt;/b&gt; ({right} justes sur {total})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Données de test, {note} : précision {accuracy} %&lt;/b&gt; ({right} justes sur {total})</translation>
    </message>
</context>
<context>
    <name>CsvData</name>
    <message>
        <source>file not found: {path}</source>
        <translation>fichier introuvable : {path}</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a .csv file</source>
        <translation>{path} est un dossier ; choisissez un fichier .csv</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the limit is {limit} MB</source>
        <translation>{file} fait {size} Mo ; la limite est de {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as 'CSV UTF-8' and try again</source>
        <translation>{file} n'est pas du texte UTF-8 ; enregistrez-le au format « CSV UTF-8 » et réessayez</translation>
    </message>
    <message>
        <source>{file}: row {row}: {problem}</source>
        <translation>{file} : ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>{file} is empty; it needs a header row of column names and data rows</source>
        <translation>{file} est vide ; il faut une ligne d'en-tête avec les noms des colonnes, puis des lignes de données</translation>
    </message>
    <message>
        <source>{file} has {count} columns; the limit is {limit}</source>
        <translation>{file} a {count} colonnes ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{file} has no header row: the first row holds numbers ({cells}...); add a first row naming each column, e.g. 'x1,x2,label'</source>
        <translation>{file} n'a pas de ligne d'en-tête : la première ligne contient des nombres ({cells}...) ; ajoutez une première ligne qui nomme chaque colonne, p. ex. « x1,x2,label »</translation>
    </message>
    <message>
        <source>{file}: column {number} has no name in the header row</source>
        <translation>{file} : la colonne {number} n'a pas de nom dans la ligne d'en-tête</translation>
    </message>
    <message>
        <source>{file}: the column name '{name}' appears twice in the header row</source>
        <translation>{file} : le nom de colonne « {name} » apparaît deux fois dans la ligne d'en-tête</translation>
    </message>
    <message>
        <source>{file}: column {number}'s name '{name}' contains &lt; or &gt;; names cannot (rename it)</source>
        <translation>{file} : le nom de la colonne {number}, « {name} », contient &lt; ou &gt;, ce qui est interdit (renommez-la)</translation>
    </message>
    <message>
        <source>unknown column '{name}'; the file's columns are: {columns}</source>
        <translation>colonne « {name} » inconnue ; les colonnes du fichier sont : {columns}</translation>
    </message>
    <message>
        <source>a feature column is listed twice; list each column once</source>
        <translation>une colonne de caractéristique figure deux fois ; indiquez chaque colonne une seule fois</translation>
    </message>
    <message>
        <source>column '{name}' is the target, so it cannot also be a feature</source>
        <translation>la colonne « {name} » est la cible, elle ne peut donc pas être aussi une caractéristique</translation>
    </message>
    <message>
        <source>no feature columns: the file needs at least one column besides '{name}'</source>
        <translation>aucune colonne de caractéristique : le fichier doit avoir au moins une colonne en plus de « {name} »</translation>
    </message>
    <message>
        <source>{file} has more than {limit} data rows; use a smaller sample</source>
        <translation>{file} a plus de {limit} lignes de données ; utilisez un échantillon plus petit</translation>
    </message>
    <message>
        <source>{file}: row {row}, target column '{name}' is empty</source>
        <translation>{file} : ligne {row}, la colonne cible « {name} » est vide</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n data row(s); at least 2 are needed</source>
        <translation>
            <numerusform>{file} a %n ligne de données ; il en faut au moins 2</numerusform>
            <numerusform>{file} a %n lignes de données ; il en faut au moins 2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: row {row} has %n values but the header has {columns} columns</source>
        <translation>
            <numerusform>{file} : la ligne {row} a %n valeur mais l'en-tête a {columns} colonnes</numerusform>
            <numerusform>{file} : la ligne {row} a %n valeurs mais l'en-tête a {columns} colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: row {row}, column '{name}': '{text}' is not a number</source>
        <translation>{file} : ligne {row}, colonne « {name} » : « {text} » n'est pas un nombre</translation>
    </message>
    <message>
        <source>{file}: regression needs numbers in target column '{name}', but row {row} has '{text}'</source>
        <translation>{file} : la régression demande des nombres dans la colonne cible « {name} », mais la ligne {row} contient « {text} »</translation>
    </message>
    <message>
        <source>{file}: a class in column '{name}' '{text}' contains &lt; or &gt;; names cannot (rename it)</source>
        <translation>{file} : une classe de la colonne « {name} », « {text} », contient &lt; ou &gt;, ce qui est interdit (renommez-la)</translation>
    </message>
    <message>
        <source>{file}: target column '{name}' has only one value; classification needs 2 or more classes</source>
        <translation>{file} : la colonne cible « {name} » n'a qu'une seule valeur ; la classification demande au moins 2 classes</translation>
    </message>
    <message>
        <source>{file}: target column '{name}' has {count} different values; at most {limit} classes are supported. Choose another target column, or problem='regression' for numbers</source>
        <translation>{file} : la colonne cible « {name} » a {count} valeurs différentes ; {limit} classes au plus sont possibles. Choisissez une autre colonne cible, ou problem='regression' pour des nombres</translation>
    </message>
    <message>
        <source>cannot read the bundled digits ({path}): {reason}</source>
        <translation>impossible de lire les chiffres fournis avec l'application ({path}) : {reason}</translation>
    </message>
    <message>
        <source>the bundled digits file {path} is damaged; reinstall the app</source>
        <translation>le fichier des chiffres fourni, {path}, est endommagé ; réinstallez l'application</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation>Importer des données CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row of column names.</source>
        <translation>Choisissez un fichier CSV avec une ligne d'en-tête de noms de colonnes.</translation>
    </message>
    <message>
        <source>path/to/data.csv</source>
        <translation>chemin/vers/donnees.csv</translation>
    </message>
    <message>
        <source>The CSV file: a header row naming the columns, then one row per sample. Type a path and press Enter, or browse.</source>
        <translation>Le fichier CSV : une ligne d'en-tête qui nomme les colonnes, puis une ligne par exemple. Tapez un chemin et appuyez sur Entrée, ou parcourez.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CSV file on disk.</source>
        <translation>Choisir le fichier CSV sur le disque.</translation>
    </message>
    <message>
        <source>Tick the columns the network gets as inputs (numbers only).</source>
        <translation>Cochez les colonnes que le réseau reçoit en entrée (nombres uniquement).</translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>La colonne que le réseau apprend à prédire.</translation>
    </message>
    <message>
        <source>Automatic: names in the target (or a few whole numbers) are classes, other numbers mean regression. Choose to override.</source>
        <translation>Automatique : des noms dans la cible (ou quelques entiers) sont des classes, d'autres nombres signifient une régression. Choisissez pour forcer.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>&amp;Normalize inputs</source>
        <translation>&amp;Normaliser les entrées</translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1; needed when columns hold large numbers.</source>
        <translation>Décaler et mettre à l'échelle chaque entrée vers une moyenne 0 et un écart type 1 ; nécessaire quand les colonnes contiennent de grands nombres.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of the file, numbered as in a spreadsheet (the header is row 1).</source>
        <translation>
            <numerusform>Les premières lignes du fichier (%n), numérotées comme dans un tableur (l'en-tête est la ligne 1).</numerusform>
            <numerusform>Les %n premières lignes du fichier, numérotées comme dans un tableur (l'en-tête est la ligne 1).</numerusform>
        </translation>
    </message>
    <message>
        <source>What the chosen columns give, or what is wrong with them.</source>
        <translation>Ce que donnent les colonnes choisies, ou ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Use this data; the network's inputs and outputs adapt to it.</source>
        <translation>Utiliser ces données ; les entrées et sorties du réseau s'y adaptent.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problème</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>{column}  (text: not an input)</source>
        <translation>{column}  (texte : pas une entrée)</translation>
    </message>
    <message>
        <source>Row {row} has “{cell}”, which is not a number, so {column} cannot be an input; it can be the target</source>
        <translation>La ligne {row} contient « {cell} », qui n'est pas un nombre, donc {column} ne peut pas être une entrée ; elle peut être la cible</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row.</source>
        <translation>Choisissez un fichier CSV avec une ligne d'en-tête.</translation>
    </message>
    <message>
        <source>Tick at least one input column.</source>
        <translation>Cochez au moins une colonne d'entrée.</translation>
    </message>
    <message numerus="yes">
        <source>classification with %n classes ({names})</source>
        <translation>
            <numerusform>classification à %n classe ({names})</numerusform>
            <numerusform>classification à %n classes ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>regression (targets {low} to {high})</source>
        <translation>régression (cibles de {low} à {high})</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ {rows}, {inputs}: {what}.</source>
        <translation>✔ {rows}, {inputs} : {what}.</translation>
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
        <translation>les entrées du réseau {inputs} ne correspondent pas aux caractéristiques des données {features}</translation>
    </message>
    <message>
        <source>draw at least 2 points (one to train on, one to test with); the drawing has {count}</source>
        <translation>dessinez au moins 2 points (un pour l'entraînement, un pour le test) ; le dessin en a {count}</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target {target}.</source>
        <translation>Fichier CSV {path} : entrées {features} ; cible {target}.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target the last column.</source>
        <translation>Fichier CSV {path} : entrées {features} ; cible la dernière colonne.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target {target}.</source>
        <translation>Fichier CSV {path} : entrées toutes les colonnes sauf la cible ; cible {target}.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target the last column.</source>
        <translation>Fichier CSV {path} : entrées toutes les colonnes sauf la cible ; cible la dernière colonne.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set (hover for a description) or your own CSV file.</source>
        <translation>Les données dont le réseau apprend : un jeu intégré (survolez pour une description) ou votre propre fichier CSV.</translation>
    </message>
    <message>
        <source>A sample of the chosen data: orange is class 0, blue class 1; for regression the colour shows the target value.</source>
        <translation>Un échantillon des données choisies : orange pour la classe 0, bleu pour la classe 1 ; en régression la couleur montre la valeur cible.</translation>
    </message>
    <message>
        <source>What the chosen data set is.</source>
        <translation>Ce qu'est le jeu de données choisi.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>Choose again which columns of the CSV file are the inputs and which is the target.</source>
        <translation>Choisir à nouveau quelles colonnes du fichier CSV sont les entrées et laquelle est la cible.</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number. The output layer and loss follow the choice (one undo step).</source>
        <translation>La classification prédit une classe, la régression un nombre. La couche de sortie et la perte suivent ce choix (une seule étape d'annulation).</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; a built-in data set decides which.</source>
        <translation>La classification prédit une classe, la régression un nombre ; un jeu intégré décide lequel.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Graine des données</translation>
    </message>
    <message>
        <source>How many points to generate (1 to {most}). Up/Down change it by 50.</source>
        <translation>Combien de points générer (1 à {most}). Haut/Bas le changent de 50.</translation>
    </message>
    <message>
        <source>Label noise, as in TensorFlow Playground: 0 % gives clean classes, 50 % blurs the boundary.</source>
        <translation>Bruit sur les étiquettes, comme dans TensorFlow Playground : 0 % donne des classes nettes, 50 % brouille la frontière.</translation>
    </message>
    <message>
        <source>The random seed that generates the points: the same seed gives the same data set every time.</source>
        <translation>La graine aléatoire qui génère les points : la même graine donne toujours le même jeu de données.</translation>
    </message>
    <message>
        <source>Normali&amp;ze inputs</source>
        <translation>Nor&amp;maliser les entrées</translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1 (using the training data). Needed when inputs are large, e.g. a temperature of 200 °C.</source>
        <translation>Décaler et mettre à l'échelle chaque entrée vers une moyenne 0 et un écart type 1 (d'après les données d'entraînement). Nécessaire quand les entrées sont grandes, p. ex. une température de 200 °C.</translation>
    </message>
    <message>
        <source>Why some fields are switched off for this data.</source>
        <translation>Pourquoi certains champs sont désactivés pour ces données.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problème</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>No&amp;ise</source>
        <translation>&amp;Bruit</translation>
    </message>
    <message>
        <source>D&amp;ata seed</source>
        <translation>Gr&amp;aine</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choisir</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problème : {problem}</translation>
    </message>
    <message>
        <source>Samples, noise and data seed are for built-in data sets; your own data is used as it is.</source>
        <translation>Exemples, bruit et graine sont pour les jeux intégrés ; vos propres données sont utilisées telles quelles.</translation>
    </message>
    <message>
        <source>{name} is a fixed collection: samples, noise and data seed do not apply.</source>
        <translation>{name} est une collection fixe : exemples, bruit et graine ne s'appliquent pas.</translation>
    </message>
    <message>
        <source>Noise does not apply to {name}.</source>
        <translation>Le bruit ne s'applique pas à {name}.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Use your own data: a CSV file with a header row.</source>
        <translation>Utiliser vos propres données : un fichier CSV avec une ligne d'en-tête.</translation>
    </message>
    <message>
        <source>The data this network file uses now.</source>
        <translation>Les données que ce fichier de réseau utilise maintenant.</translation>
    </message>
    <message>
        <source>CSV: {name}</source>
        <translation>CSV : {name}</translation>
    </message>
    <message>
        <source>Drawn on the Map</source>
        <translation>Dessinées sur la Carte</translation>
    </message>
    <message>
        <source>Data stored in the file</source>
        <translation>Données stockées dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n points drawn on the Map (Draw data, Ctrl+D), stored in the network file.</source>
        <translation>
            <numerusform>%n point dessiné sur la Carte (Dessiner des données, Ctrl+D), stocké dans le fichier du réseau.</numerusform>
            <numerusform>%n points dessinés sur la Carte (Dessiner des données, Ctrl+D), stockés dans le fichier du réseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows stored in the network file.</source>
        <translation>
            <numerusform>%n ligne stockée dans le fichier du réseau.</numerusform>
            <numerusform>%n lignes stockées dans le fichier du réseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataViews</name>
    <message>
        <source>lighter by {steps}</source>
        <translation>plus clair de {steps}</translation>
    </message>
    <message>
        <source>darker by {steps}</source>
        <translation>plus sombre de {steps}</translation>
    </message>
    <message>
        <source>contrast ×{factor}</source>
        <translation>contraste ×{factor}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Make the test images lighter (right: less ink) or darker (left: more ink, grey paper), as a different scan would. Training images do not change.</source>
        <translation>Rendre les images de test plus claires (droite : moins d'encre) ou plus sombres (gauche : plus d'encre, papier gris), comme un autre scan. Les images d'entraînement ne changent pas.</translation>
    </message>
    <message>
        <source>Contrast of the test images: left flattens every pixel towards mid-grey, right pushes ink and paper apart. Training images do not change.</source>
        <translation>Contraste des images de test : à gauche chaque pixel tend vers le gris moyen, à droite l'encre et le papier s'écartent. Les images d'entraînement ne changent pas.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the unchanged test images</source>
        <translation>Revenir aux images de test inchangées</translation>
    </message>
    <message>
        <source>Share of the test samples the network gets right with the images as changed here</source>
        <translation>Part des exemples de test que le réseau reconnaît avec les images modifiées ici</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>+{steps} lighter</source>
        <translation>+{steps} plus clair</translation>
    </message>
    <message>
        <source>−{steps} darker</source>
        <translation>−{steps} plus sombre</translation>
    </message>
    <message>
        <source>0 unchanged</source>
        <translation>0 inchangé</translation>
    </message>
    <message>
        <source>Test accuracy: train the network first</source>
        <translation>Précision de test : entraînez d'abord le réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; (images unchanged)</source>
        <translation>&lt;b&gt;Précision de test {accuracy} %&lt;/b&gt; (images inchangées)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; with these images ({unchanged} % unchanged)</source>
        <translation>&lt;b&gt;Précision de test {accuracy} %&lt;/b&gt; avec ces images ({unchanged} % inchangées)</translation>
    </message>
    <message>
        <source>Normalised inputs: each changed pixel is then rescaled by its mean and spread in the training data.</source>
        <translation>Entrées normalisées : chaque pixel modifié est ensuite remis à l'échelle par sa moyenne et son écart dans les données d'entraînement.</translation>
    </message>
    <message>
        <source>Not normalised: the network gets the changed pixels ({low} to {high}) as they are.</source>
        <translation>Non normalisées : le réseau reçoit les pixels modifiés ({low} à {high}) tels quels.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>Each first-layer neuron's incoming weights, drawn as a picture when the inputs form one (8x8 digits)</source>
        <translation>Les poids entrants de chaque neurone de la première couche, dessinés en image quand les entrées en forment une (chiffres 8x8)</translation>
    </message>
    <message>
        <source>One sample through the network: every neuron's activation and the predicted class probabilities</source>
        <translation>Un exemple à travers le réseau : l'activation de chaque neurone et les probabilités des classes prédites</translation>
    </message>
    <message>
        <source>How often each true class (rows) is predicted as each class (columns)</source>
        <translation>Combien de fois chaque vraie classe (lignes) est prédite comme chaque classe (colonnes)</translation>
    </message>
    <message numerus="yes">
        <source>the output layer has %n neurons for {classes} classes; give it one per class.</source>
        <translation>
            <numerusform>la couche de sortie a %n neurone pour {classes} classes ; donnez-lui un neurone par classe.</numerusform>
            <numerusform>la couche de sortie a %n neurones pour {classes} classes ; donnez-lui un neurone par classe.</numerusform>
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
        <translation>bleu</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>supérieure</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>inférieure</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>not obese</source>
        <translation>non obèse</translation>
    </message>
    <message>
        <source>obese</source>
        <translation>obèse</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>X holds NaN or infinite values; every feature must be a number</source>
        <translation>X contient des valeurs NaN ou infinies ; chaque caractéristique doit être un nombre</translation>
    </message>
    <message>
        <source>{names} feature names for {columns} feature columns</source>
        <translation>{names} noms de caractéristiques pour {columns} colonnes de caractéristiques</translation>
    </message>
    <message>
        <source>y must have shape ({n},) to match X; got {shape}</source>
        <translation>y doit avoir la forme ({n},) pour correspondre à X ; reçu : {shape}</translation>
    </message>
    <message>
        <source>class_names are for classification only</source>
        <translation>class_names ne sert qu'à la classification</translation>
    </message>
    <message>
        <source>regression targets hold NaN or infinite values</source>
        <translation>les cibles de régression contiennent des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <source>classification targets must be whole class indices 0, 1, 2, ...</source>
        <translation>les cibles de classification doivent être des indices de classe entiers 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>class indices must lie in 0..{last}; got {low}..{high}</source>
        <translation>les indices de classe doivent être dans 0..{last} ; reçu : {low}..{high}</translation>
    </message>
    <message>
        <source>Above or below a sine</source>
        <translation>Courbe sinus</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; almost two waves: it takes several neurons. Hidden neurons bend straight edges into the curve.</source>
        <translation>Les points bleus sont au-dessus de la courbe {formula}, les orange en dessous ; presque deux vagues : il faut plusieurs neurones. Les neurones cachés courbent des bords droits pour suivre la courbe.</translation>
    </message>
    <message>
        <source>Above or below a cubic</source>
        <translation>Courbe cubique</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; a rise, a dip and a rise. Hidden neurons bend straight edges into the curve.</source>
        <translation>Les points bleus sont au-dessus de la courbe {formula}, les orange en dessous ; une montée, un creux et une montée. Les neurones cachés courbent des bords droits pour suivre la courbe.</translation>
    </message>
    <message>
        <source>Above or below |x|</source>
        <translation>Courbe |x|</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; a V of two straight arms: two neurons can draw it. Hidden neurons bend straight edges into the curve.</source>
        <translation>Les points bleus sont au-dessus de la courbe {formula}, les orange en dessous ; un V à deux branches droites : deux neurones peuvent le tracer. Les neurones cachés courbent des bords droits pour suivre la courbe.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other (TensorFlow Playground)</source>
        <translation>Un disque d'une classe dans un anneau de l'autre (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Ou exclusif</translation>
    </message>
    <message>
        <source>Four squares, labelled by the sign of x1 * x2 (TensorFlow Playground)</source>
        <translation>Quatre carrés, étiquetés selon le signe de x1 * x2 (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Deux gaussiennes</translation>
    </message>
    <message>
        <source>Two clouds around (2, 2) and (-2, -2) (TensorFlow Playground)</source>
        <translation>Deux nuages autour de (2, 2) et (-2, -2) (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Two interleaved spirals, the hardest set (TensorFlow Playground)</source>
        <translation>Deux spirales entrelacées, le jeu le plus difficile (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>Plan (régression)</translation>
    </message>
    <message>
        <source>The target rises with x1 + x2 (TensorFlow Playground)</source>
        <translation>La cible augmente avec x1 + x2 (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Multi Gaussian (regression)</source>
        <translation>Multi-gaussienne (régression)</translation>
    </message>
    <message>
        <source>Six bumps, up and down (TensorFlow Playground)</source>
        <translation>Six bosses, vers le haut et vers le bas (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <source>Two interlocking half circles</source>
        <translation>Deux demi-cercles imbriqués</translation>
    </message>
    <message>
        <source>Three blobs</source>
        <translation>Trois amas</translation>
    </message>
    <message>
        <source>Three clouds, one per class: a softmax example</source>
        <translation>Trois nuages, un par classe : un cas pour softmax</translation>
    </message>
    <message>
        <source>Coffee roasting</source>
        <translation>Torréfaction du café</translation>
    </message>
    <message>
        <source>Roast temperature (°C) and duration (min); the good roasts form a triangle that three neurons can draw. Normalise the inputs.</source>
        <translation>Température (°C) et durée (min) de torréfaction ; les bonnes torréfactions forment un triangle que trois neurones peuvent tracer. Normalisez les entrées.</translation>
    </message>
    <message>
        <source>Obesity</source>
        <translation>Obésité</translation>
    </message>
    <message>
        <source>Height (ft) and weight (kg); obese when the body-mass index is 30 or more</source>
        <translation>Taille (ft) et poids (kg) ; obèse quand l'indice de masse corporelle vaut 30 ou plus</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>Chiffres manuscrits</translation>
    </message>
    <message>
        <source>1797 scanned 8x8 digits: 64 pixel inputs (0-16), 10 classes. UCI data, CC BY 4.0. Sample count and noise do not apply.</source>
        <translation>1 797 chiffres numérisés en 8x8 : 64 pixels en entrée (0-16), 10 classes. Données UCI, CC BY 4.0. Le nombre d'exemples et le bruit ne s'appliquent pas.</translation>
    </message>
    <message>
        <source>{what} must be a whole number of {low} or more; got {value}</source>
        <translation>{what} doit être un nombre entier d'au moins {low} ; reçu : {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}; got {value}</source>
        <translation>{what} doit être un nombre entier de {low} à {high} ; reçu : {value}</translation>
    </message>
    <message>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>jeu de données inconnu {name} ; choisissez parmi : {names}</translation>
    </message>
    <message>
        <source>noise must be a fraction from 0 to {high} (0-50 %); got {value}</source>
        <translation>noise doit être une fraction de 0 à {high} (0-50 %) ; reçu : {value}</translation>
    </message>
    <message>
        <source>train_fraction must lie between 0 and 1, e.g. {example}; got {value}</source>
        <translation>train_fraction doit être entre 0 et 1, p. ex. {example} ; reçu : {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample cannot be split into training and test data; use at least 2 samples</source>
        <translation>
            <numerusform>%n exemple ne peut pas être séparé en données d'entraînement et de test ; utilisez au moins 2 exemples</numerusform>
            <numerusform>%n exemples ne peuvent pas être séparés en données d'entraînement et de test ; utilisez au moins 2 exemples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <source>single layer</source>
        <translation>couche unique</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Données de test</translation>
    </message>
    <message>
        <source>Draw the test points as hollow rings. The network never trains on them: they show how well it generalises.</source>
        <translation>Dessiner les points de test en anneaux creux. Le réseau ne s'entraîne jamais sur eux : ils montrent s'il généralise bien.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Sortie discrète</translation>
    </message>
    <message>
        <source>Colour each spot by the class the network would pick (output above or below the middle of its range) instead of by how sure it is.</source>
        <translation>Colorer chaque point selon la classe que le réseau choisirait (sortie au-dessus ou en dessous du milieu de son intervalle) au lieu de son degré de certitude.</translation>
    </message>
    <message>
        <source>Show the curve</source>
        <translation>Afficher la courbe</translation>
    </message>
    <message>
        <source>Draw the curve the data follows (dotted): the points above it are blue, those below orange. Untick it to judge the network's boundary on its own.</source>
        <translation>Tracer la courbe que suivent les données (pointillés) : les points au-dessus sont bleus, ceux en dessous orange. Décochez-la pour juger la frontière du réseau seule.</translation>
    </message>
    <message>
        <source>black line: {label}</source>
        <translation>ligne noire : {label}</translation>
    </message>
    <message>
        <source>dashed line: {label}</source>
        <translation>ligne pointillée : {label}</translation>
    </message>
</context>
<context>
    <name>DefaultNetwork</name>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other. No straight line separates them: watch how the hidden neurons each draw one line and the output neuron combines them into a closed boundary.</source>
        <translation>Un disque d'une classe dans un anneau de l'autre. Aucune ligne droite ne les sépare : regardez comment chaque neurone caché trace une ligne et comment le neurone de sortie les combine en une frontière fermée.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Neuron health</source>
        <translation>Santé des neurones</translation>
    </message>
    <message>
        <source>Linear collapse</source>
        <translation>Réduction linéaire</translation>
    </message>
    <message>
        <source>Neuron &amp;Health</source>
        <translation>Santé des &amp;neurones</translation>
    </message>
    <message>
        <source>Dead and saturated neurons, gradient size per layer and PReLU alphas (Ctrl+H)</source>
        <translation>Neurones morts et saturés, taille du gradient par couche et alphas PReLU (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show Neuron &amp;Flags</source>
        <translation>Afficher les &amp;marques des neurones</translation>
    </message>
    <message>
        <source>Label dead and saturated neurons, and softmax neurons out of place, on the network drawing</source>
        <translation>Marquer sur le dessin du réseau les neurones morts et saturés, et les neurones softmax mal placés</translation>
    </message>
    <message>
        <source>&amp;Linear Collapse…</source>
        <translation>Réduction &amp;linéaire…</translation>
    </message>
    <message>
        <source>Show the single linear layer an all-linear network equals, or the neurons that prevent it (Ctrl+K)</source>
        <translation>Montrer la couche linéaire unique qu'égale un réseau tout linéaire, ou les neurones qui l'empêchent (Ctrl+K)</translation>
    </message>
    <message>
        <source>No data to measure the neurons on: {error}</source>
        <translation>Aucune donnée pour mesurer les neurones : {error}</translation>
    </message>
    <message>
        <source>The data does not match the network's inputs yet.</source>
        <translation>Les données ne correspondent pas encore aux entrées du réseau.</translation>
    </message>
    <message>
        <source>{neuron} ({activation})</source>
        <translation>{neuron} ({activation})</translation>
    </message>
    <message>
        <source>{layer} #{unit}</source>
        <translation>{layer} n°{unit}</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>The data is not a drawing: choose Draw Data (Ctrl+D) to start one</source>
        <translation>Les données ne sont pas un dessin : choisissez Dessiner des données (Ctrl+D) pour en commencer un</translation>
    </message>
    <message>
        <source>A drawing holds at most {count} points: erase some (right button) to draw more</source>
        <translation>Un dessin contient au plus {count} points : effacez-en (bouton droit) pour en dessiner d'autres</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <source>⚠ {edit}: {problem}</source>
        <translation>⚠ {edit} : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit} : la couche de sortie a maintenant %n neurone {activation} adapté aux données (Ctrl+Z l'annule)</numerusform>
            <numerusform>{edit} : la couche de sortie a maintenant %n neurones {activation} adaptés aux données (Ctrl+Z l'annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit} : la couche de sortie a maintenant %n neurone {activation} adapté aux données (Ctrl+Z l'annule)</numerusform>
            <numerusform>{edit} : la couche de sortie a maintenant %n neurones {activation} adaptés aux données (Ctrl+Z l'annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n point</source>
        <translation>
            <numerusform>Effacer %n point</numerusform>
            <numerusform>Effacer %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n points</source>
        <translation>
            <numerusform>Effacer %n point</numerusform>
            <numerusform>Effacer %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of value {value}</source>
        <translation>
            <numerusform>Dessiner %n point de valeur {value}</numerusform>
            <numerusform>Dessiner %n points de valeur {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of value {value}</source>
        <translation>
            <numerusform>Dessiner %n point de valeur {value}</numerusform>
            <numerusform>Dessiner %n points de valeur {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of value {value}</source>
        <translation>
            <numerusform>Vaporiser %n point de valeur {value}</numerusform>
            <numerusform>Vaporiser %n points de valeur {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of value {value}</source>
        <translation>
            <numerusform>Vaporiser %n point de valeur {value}</numerusform>
            <numerusform>Vaporiser %n points de valeur {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of class {number}</source>
        <translation>
            <numerusform>Dessiner %n point de classe {number}</numerusform>
            <numerusform>Dessiner %n points de classe {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of class {number}</source>
        <translation>
            <numerusform>Dessiner %n point de classe {number}</numerusform>
            <numerusform>Dessiner %n points de classe {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of class {number}</source>
        <translation>
            <numerusform>Vaporiser %n point de classe {number}</numerusform>
            <numerusform>Vaporiser %n points de classe {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of class {number}</source>
        <translation>
            <numerusform>Vaporiser %n point de classe {number}</numerusform>
            <numerusform>Vaporiser %n points de classe {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>&amp;Draw Data</source>
        <translation>&amp;Dessiner des données</translation>
    </message>
    <message>
        <source>Draw your own data on the Map: click, spray and erase points of each class ({shortcut})</source>
        <translation>Dessinez vos propres données sur la Carte : cliquez, vaporisez et effacez des points de chaque classe ({shortcut})</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>Draw data</source>
        <translation>Dessiner des données</translation>
    </message>
    <message>
        <source>Draw new data</source>
        <translation>Dessiner de nouvelles données</translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation>Ctrl+Z l'annule.</translation>
    </message>
    <message>
        <source>A new drawing: spray points with the left button, erase with the right one.</source>
        <translation>Un nouveau dessin : vaporisez des points avec le bouton gauche, effacez avec le droit.</translation>
    </message>
    <message numerus="yes">
        <source>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>L'entrée du réseau (%n : {inputs}) est devenue x1 et x2, les deux du dessin.</numerusform>
            <numerusform>Les %n entrées du réseau ({inputs}) sont devenues x1 et x2, les deux du dessin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>L'entrée du réseau (%n : {inputs}) est devenue x1 et x2, les deux du dessin.</numerusform>
            <numerusform>Les %n entrées du réseau ({inputs}) sont devenues x1 et x2, les deux du dessin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neuron.</source>
        <translation>
            <numerusform>Sa couche de sortie a maintenant %n neurone {activation}.</numerusform>
            <numerusform>Sa couche de sortie a maintenant %n neurones {activation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neurons.</source>
        <translation>
            <numerusform>Sa couche de sortie a maintenant %n neurone {activation}.</numerusform>
            <numerusform>Sa couche de sortie a maintenant %n neurones {activation}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawingBar</name>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Click to add one point of the chosen class (or value).</source>
        <translation>Cliquez pour ajouter un point de la classe (ou valeur) choisie.</translation>
    </message>
    <message>
        <source>Spray</source>
        <translation>Spray</translation>
    </message>
    <message>
        <source>Press and drag to spray points of the chosen class: {count} at a time around the pointer.</source>
        <translation>Appuyez et faites glisser pour vaporiser des points de la classe choisie : {count} à la fois autour du pointeur.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Press and drag over points to remove them. The right mouse button erases with any tool.</source>
        <translation>Appuyez et faites glisser sur des points pour les retirer. Le bouton droit efface avec n'importe quel outil.</translation>
    </message>
    <message>
        <source>Left button draws, right button erases. Each stroke is one step of Undo (Ctrl+Z).</source>
        <translation>Le bouton gauche dessine, le droit efface. Chaque trait est une étape d'annulation (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove every point of the drawing (Undo brings them back).</source>
        <translation>Retirer tous les points du dessin (Annuler les ramène).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stop drawing (the drawing stays the data; Ctrl+D draws again).</source>
        <translation>Arrêter de dessiner (le dessin reste les données ; Ctrl+D pour dessiner à nouveau).</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>The class of the points you draw. A new class adds an output: more than 2 classes make softmax outputs.</source>
        <translation>La classe des points que vous dessinez. Une nouvelle classe ajoute une sortie : plus de 2 classes donnent des sorties softmax.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The value of the points you draw (regression): the network learns to predict it at their place.</source>
        <translation>La valeur des points que vous dessinez (régression) : le réseau apprend à la prédire à leur place.</translation>
    </message>
    <message>
        <source>{number} (new)</source>
        <translation>{number} (nouv.)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>{layer} neuron {number}</source>
        <translation>{layer} neurone {number}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Cachée {number}</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>short for the output layer in a narrow header</comment>
        <translation>Sort.</translation>
    </message>
    <message>
        <source>H{number}</source>
        <comment>short for hidden layer {number}</comment>
        <translation>C{number}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>{on} of {offered} on</source>
        <comment>inputs in use</comment>
        <translation>{on} sur {offered} actives</translation>
    </message>
    <message numerus="yes">
        <source>%n feature</source>
        <translation>
            <numerusform>%n caractéristique</numerusform>
            <numerusform>%n caractéristiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n caractéristique</numerusform>
            <numerusform>%n caractéristiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>In</source>
        <comment>short for the input column in a narrow header</comment>
        <translation>Ent.</translation>
    </message>
    <message>
        <source>Network editor</source>
        <translation>Éditeur du réseau</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add {activation} neuron to {layer}</source>
        <translation>Ajouter un neurone {activation} à la couche {layer}</translation>
    </message>
    <message>
        <source>Make {neuron} {activation}</source>
        <translation>Passer {neuron} en {activation}</translation>
    </message>
    <message>
        <source>Freeze {neuron}</source>
        <translation>Figer {neuron}</translation>
    </message>
    <message>
        <source>Unfreeze {neuron}</source>
        <translation>Libérer {neuron}</translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; a layer needs at least one. Delete the layer instead.</source>
        <translation>C'est le seul neurone de la couche {layer} ; une couche a besoin d'au moins un neurone. Supprimez plutôt la couche.</translation>
    </message>
    <message>
        <source>Move {neuron}</source>
        <translation>Déplacer {neuron}</translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; it cannot leave its layer.</source>
        <translation>C'est le seul neurone de la couche {layer} ; il ne peut pas quitter sa couche.</translation>
    </message>
    <message>
        <source>Move {neuron} to a new layer</source>
        <translation>Déplacer {neuron} dans une nouvelle couche</translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n unit</source>
        <translation>
            <numerusform>Ajouter une couche cachée de %n unité</numerusform>
            <numerusform>Ajouter une couche cachée de %n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n units</source>
        <translation>
            <numerusform>Ajouter une couche cachée de %n unité</numerusform>
            <numerusform>Ajouter une couche cachée de %n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Make all of {layer} {activation}</source>
        <translation>Passer toute la couche {layer} en {activation}</translation>
    </message>
    <message>
        <source>The output layer cannot be deleted: it gives the network's answer. Change its neurons instead.</source>
        <translation>La couche de sortie ne peut pas être supprimée : elle donne la réponse du réseau. Changez plutôt ses neurones.</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>Supprimer la couche {layer}</translation>
    </message>
    <message>
        <source>{layer} needs at least one neuron; to remove it, select its header and delete the layer.</source>
        <translation>La couche {layer} a besoin d'au moins un neurone ; pour la retirer, sélectionnez son en-tête et supprimez la couche.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n neurons</source>
        <translation>
            <numerusform>Supprimer %n neurone</numerusform>
            <numerusform>Supprimer %n neurones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {neuron}</source>
        <translation>Supprimer {neuron}</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Rien n'est sélectionné.</translation>
    </message>
    <message>
        <source>A link cannot be deleted: every neuron listens to all units of the layer before. Double-click it and type 0 to cut it.</source>
        <translation>Une connexion ne peut pas être supprimée : chaque neurone écoute toutes les unités de la couche précédente. Double-cliquez dessus et tapez 0 pour la couper.</translation>
    </message>
    <message>
        <source>These inputs are the data set's columns; choose the data in the Data panel to change them.</source>
        <translation>Ces entrées sont les colonnes du jeu de données ; choisissez les données dans le panneau Données pour les changer.</translation>
    </message>
    <message>
        <source>{input} is the only input left; a network needs at least one.</source>
        <translation>{input} est la seule entrée restante ; un réseau en a besoin d'au moins une.</translation>
    </message>
    <message>
        <source>Stop using input {input}</source>
        <translation>Ne plus utiliser l'entrée {input}</translation>
    </message>
    <message>
        <source>Use input {input}</source>
        <translation>Utiliser l'entrée {input}</translation>
    </message>
    <message>
        <source>an empty field is not a number</source>
        <translation>un champ vide n'est pas un nombre</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>« {text} » n'est pas un nombre</translation>
    </message>
    <message>
        <source>'{text}' is not a finite number</source>
        <translation>« {text} » n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron}; Enter applies, Esc cancels.</source>
        <translation>Tapez le poids de {source} vers {neuron} ; Entrée applique, Échap annule.</translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron} and press Enter (Esc cancels).</source>
        <translation>Tapez le poids de {source} vers {neuron} et appuyez sur Entrée (Échap annule).</translation>
    </message>
    <message>
        <source>{error}; the weight from {source} into {neuron} stays {value}.</source>
        <translation>{error} ; le poids de {source} vers {neuron} reste {value}.</translation>
    </message>
    <message>
        <source>Type the bias of {neuron}; Enter applies, Esc cancels.</source>
        <translation>Tapez le biais de {neuron} ; Entrée applique, Échap annule.</translation>
    </message>
    <message>
        <source>Type the bias of {neuron} and press Enter (Esc cancels).</source>
        <translation>Tapez le biais de {neuron} et appuyez sur Entrée (Échap annule).</translation>
    </message>
    <message>
        <source>{error}; the bias of {neuron} stays {value}.</source>
        <translation>{error} ; le biais de {neuron} reste {value}.</translation>
    </message>
    <message>
        <source>Type the alpha of {neuron}; Enter applies, Esc cancels.</source>
        <translation>Tapez l'alpha de {neuron} ; Entrée applique, Échap annule.</translation>
    </message>
    <message>
        <source>Type the alpha of {neuron} and press Enter (Esc cancels).</source>
        <translation>Tapez l'alpha de {neuron} et appuyez sur Entrée (Échap annule).</translation>
    </message>
    <message>
        <source>{error}; the alpha of {neuron} stays {value}.</source>
        <translation>{error} ; l'alpha de {neuron} reste {value}.</translation>
    </message>
    <message>
        <source>This neuron's activation has no alpha.</source>
        <translation>L'activation de ce neurone n'a pas d'alpha.</translation>
    </message>
    <message>
        <source>Unknown activation; expected one of {names}.</source>
        <translation>Activation inconnue ; choisissez parmi {names}.</translation>
    </message>
    <message>
        <source>That neuron is no longer in the network.</source>
        <translation>Ce neurone n'est plus dans le réseau.</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>export as .png or .svg, not '{ending}'</source>
        <translation>exporter en .png ou .svg, pas « {ending} »</translation>
    </message>
    <message>
        <source>export as .png or .svg, not a file without extension</source>
        <translation>exporter en .png ou .svg, pas un fichier sans extension</translation>
    </message>
    <message>
        <source>could not write the image {path}</source>
        <translation>impossible d'écrire l'image {path}</translation>
    </message>
</context>
<context>
    <name>EditorMenu</name>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>A frozen neuron keeps its weights, bias and alpha while the rest trains.</source>
        <translation>Un neurone figé garde ses poids, son biais et son alpha pendant que le reste s'entraîne.</translation>
    </message>
    <message>
        <source>Edit bias…</source>
        <translation>Modifier le biais…</translation>
    </message>
    <message>
        <source>Edit alpha…</source>
        <translation>Modifier l'alpha…</translation>
    </message>
    <message>
        <source>Delete neuron</source>
        <translation>Supprimer le neurone</translation>
    </message>
    <message>
        <source>Set all activations</source>
        <translation>Définir toutes les activations</translation>
    </message>
    <message>
        <source>Add neuron ({activation})</source>
        <translation>Ajouter un neurone ({activation})</translation>
    </message>
    <message>
        <source>Insert hidden layer before</source>
        <translation>Insérer une couche cachée avant</translation>
    </message>
    <message>
        <source>Insert hidden layer after</source>
        <translation>Insérer une couche cachée après</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Supprimer la couche</translation>
    </message>
    <message>
        <source>The output layer cannot be deleted.</source>
        <translation>La couche de sortie ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Edit weight…</source>
        <translation>Modifier le poids…</translation>
    </message>
    <message>
        <source>Set weight to 0</source>
        <translation>Mettre le poids à 0</translation>
    </message>
    <message>
        <source>Stop using this input</source>
        <translation>Ne plus utiliser cette entrée</translation>
    </message>
    <message>
        <source>Use this input</source>
        <translation>Utiliser cette entrée</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Ajouter une couche cachée</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>The only output neuron cannot go; change its activation instead.</source>
        <translation>Le seul neurone de sortie ne peut pas partir ; changez plutôt son activation.</translation>
    </message>
    <message>
        <source>The only neuron of a layer cannot go; delete the layer.</source>
        <translation>Le seul neurone d'une couche ne peut pas partir ; supprimez la couche.</translation>
    </message>
</context>
<context>
    <name>EditorTips</name>
    <message>
        <source>Drop to move this neuron into a new hidden layer here.</source>
        <translation>Déposez pour déplacer ce neurone dans une nouvelle couche cachée ici.</translation>
    </message>
    <message>
        <source>Drop to move the neuron to position {position} of {layer}.</source>
        <translation>Déposez pour déplacer le neurone à la position {position} de la couche {layer}.</translation>
    </message>
    <message>
        <source>Bias of {neuron}: {value}
z = w·x + b: the bias shifts z before the activation.
Double-click to type a new value.</source>
        <translation>Biais de {neuron} : {value}
z = w·x + b : le biais décale z avant l'activation.
Double-cliquez pour taper une nouvelle valeur.</translation>
    </message>
    <message>
        <source>Weight from {source} into {neuron}: {value}
Blue: positive, orange: negative; thicker: larger.
Click to select, double-click to type a new value.</source>
        <translation>Poids de {source} vers {neuron} : {value}
Bleu : positif, orange : négatif ; plus épais : plus grand.
Cliquez pour sélectionner, double-cliquez pour taper une nouvelle valeur.</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}  (frozen: training leaves it alone)</source>
        <translation>{layer}, neurone {number} : {activation}  (figé : l'entraînement n'y touche pas)</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}</source>
        <translation>{layer}, neurone {number} : {activation}</translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation>Intervalle de sortie : {range}</translation>
    </message>
    <message>
        <source>Bias: {value}</source>
        <translation>Biais : {value}</translation>
    </message>
    <message>
        <source>alpha: {value}</source>
        <translation>alpha : {value}</translation>
    </message>
    <message>
        <source>Drag to move it. Drop an activation on it to change it. Right-click for more.</source>
        <translation>Glissez pour le déplacer. Déposez une activation dessus pour la changer. Clic droit pour plus.</translation>
    </message>
    <message>
        <source>{activation} ×{count}</source>
        <translation>{activation} ×{count}</translation>
    </message>
    <message>
        <source>The output layer: its units are the network's answer.</source>
        <translation>La couche de sortie : ses unités sont la réponse du réseau.</translation>
    </message>
    <message>
        <source>A hidden layer.</source>
        <translation>Une couche cachée.</translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n unit ({activations})</source>
        <translation>
            <numerusform>{layer} : %n unité ({activations})</numerusform>
            <numerusform>{layer} : %n unités ({activations})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n units ({activations})</source>
        <translation>
            <numerusform>{layer} : %n unité ({activations})</numerusform>
            <numerusform>{layer} : %n unités ({activations})</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select it; right-click to change all its activations, add a neuron or delete it. Drop an activation on it to add a neuron.</source>
        <translation>Cliquez pour la sélectionner ; clic droit pour changer toutes ses activations, ajouter un neurone ou la supprimer. Déposez une activation dessus pour ajouter un neurone.</translation>
    </message>
    <message>
        <source>Input {name}: a column of the data set.</source>
        <translation>Entrée {name} : une colonne du jeu de données.</translation>
    </message>
    <message>
        <source>Input {name}: in use. Click to stop using it.</source>
        <translation>Entrée {name} : utilisée. Cliquez pour ne plus l'utiliser.</translation>
    </message>
    <message>
        <source>Feature {name}: not in use. Click to feed it to the network.</source>
        <translation>Caractéristique {name} : non utilisée. Cliquez pour la donner au réseau.</translation>
    </message>
    <message>
        <source>Drop on a layer, on a neuron, or in the space between two layers.</source>
        <translation>Déposez sur une couche, sur un neurone, ou dans l'espace entre deux couches.</translation>
    </message>
    <message>
        <source>Drop to make {neuron} a {activation} neuron.</source>
        <translation>Déposez pour faire de {neuron} un neurone {activation}.</translation>
    </message>
    <message>
        <source>Drop to put a {activation} neuron at position {position} of {layer}.</source>
        <translation>Déposez pour mettre un neurone {activation} à la position {position} de la couche {layer}.</translation>
    </message>
    <message>
        <source>Drop to make a new hidden layer here with a {activation} neuron.</source>
        <translation>Déposez pour créer ici une nouvelle couche cachée avec un neurone {activation}.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>neuron {neuron} is the only output neuron; the network needs at least one output (change its activation instead)</source>
        <translation>le neurone {neuron} est le seul neurone de sortie ; le réseau a besoin d'au moins une sortie (changez plutôt son activation)</translation>
    </message>
    <message>
        <source>neuron {neuron} is the only neuron of layer {layer}; a layer needs at least one (remove the layer instead)</source>
        <translation>le neurone {neuron} est le seul de la couche {layer} ; une couche doit en avoir au moins un (supprimez plutôt la couche)</translation>
    </message>
    <message>
        <source>neuron {neuron} is the only neuron of layer {layer}; moving it would leave the layer empty</source>
        <translation>le neurone {neuron} est le seul de la couche {layer} ; le déplacer viderait la couche</translation>
    </message>
    <message>
        <source>layer {layer} is the output layer and cannot be removed; remove a hidden layer (0 to {hidden})</source>
        <translation>la couche {layer} est la couche de sortie et ne peut pas être supprimée ; supprimez une couche cachée (0 à {hidden})</translation>
    </message>
    <message>
        <source>layer {layer} is the output layer and cannot be removed; it has no hidden layer</source>
        <translation>la couche {layer} est la couche de sortie et ne peut pas être supprimée ; le réseau n'a pas de couche cachée</translation>
    </message>
    <message>
        <source>layer {layer} needs 1 to {limit} units, got {count}</source>
        <translation>la couche {layer} doit avoir de 1 à {limit} unités, pas {count}</translation>
    </message>
    <message>
        <source>a layer needs 1 to {limit} units, got {count}</source>
        <translation>une couche doit avoir de 1 à {limit} unités, pas {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} layers, got {count}</source>
        <translation>un réseau doit avoir de 1 à {limit} couches, pas {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} inputs, got {count}</source>
        <translation>un réseau doit avoir de 1 à {limit} entrées, pas {count}</translation>
    </message>
    <message>
        <source>an input needs a non-empty name, got {name}</source>
        <translation>une entrée doit avoir un nom non vide, pas {name}</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>{loss} needs class labels, but the data is a regression problem; use {mse}</source>
        <translation>{loss} demande des classes, mais les données posent un problème de régression ; utilisez {mse}</translation>
    </message>
    <message>
        <source>must be less than {batches}, the number of batches per epoch</source>
        <translation>doit être inférieur à {batches}, le nombre de batchs par époque</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Training averages the gradient over a mini-batch of {batch} samples: this sample moves each weight by 1/{batch} of the update shown here.</source>
        <translation>L'entraînement fait la moyenne du gradient sur un mini-batch de {batch} exemples : cet exemple déplace chaque poids de 1/{batch} de la mise à jour montrée ici.</translation>
    </message>
    <message>
        <source>The optimizer is SGD with momentum: the real step also adds the velocity of earlier steps.</source>
        <translation>L'optimiseur est SGD avec momentum : le vrai pas ajoute aussi la vitesse des pas précédents.</translation>
    </message>
    <message>
        <source>The optimizer is Adam: the real step rescales each gradient by its running averages, so it differs from −learning rate · gradient.</source>
        <translation>L'optimiseur est Adam : le vrai pas remet chaque gradient à l'échelle selon ses moyennes glissantes, il diffère donc de −taux d'apprentissage · gradient.</translation>
    </message>
    <message>
        <source>L2 regularization adds rate · w to each weight's gradient (not to biases); it is left out here.</source>
        <translation>La régularisation L2 ajoute taux · w au gradient de chaque poids (pas aux biais) ; elle est omise ici.</translation>
    </message>
    <message>
        <source>L1 regularization adds rate · sign(w) to each weight's gradient (not to biases); it is left out here.</source>
        <translation>La régularisation L1 ajoute taux · signe(w) au gradient de chaque poids (pas aux biais) ; elle est omise ici.</translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights: their updates are 0.</source>
        <translation>Les neurones figés gardent leurs poids : leurs mises à jour valent 0.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Cachée {number}</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Neurone de sortie</translation>
    </message>
    <message>
        <source>{layer} neuron {number}</source>
        <translation>{layer}, neurone {number}</translation>
    </message>
    <message numerus="yes">
        <source>(all %n products summed)</source>
        <translation>
            <numerusform>(le produit (%n) additionné)</numerusform>
            <numerusform>(les %n produits additionnés)</numerusform>
        </translation>
    </message>
    <message>
        <source>{neuron}: weighted sum z</source>
        <translation>{neuron} : somme pondérée z</translation>
    </message>
    <message>
        <source>z   (because z &gt; 0)</source>
        <translation>z   (car z &gt; 0)</translation>
    </message>
    <message>
        <source>{neuron}: activation a = {activation}(z)</source>
        <translation>{neuron} : activation a = {activation}(z)</translation>
    </message>
    <message>
        <source>aₖ = e^(zₖ) / Σ e^(zⱼ)   (the softmax neurons together)</source>
        <translation>aₖ = e^(zₖ) / Σ e^(zⱼ)   (les neurones softmax ensemble)</translation>
    </message>
    <message>
        <source>(z − {shift} in every power: the same a, no overflow)</source>
        <translation>(z − {shift} dans chaque exposant : le même a, sans dépassement)</translation>
    </message>
    <message>
        <source>sum: {terms} = {total}</source>
        <translation>somme : {terms} = {total}</translation>
    </message>
    <message>
        <source>{layer}: softmax probabilities</source>
        <translation>{layer} : probabilités softmax</translation>
    </message>
    <message>
        <source>target t = {target}   (class {name})</source>
        <translation>cible t = {target}   (classe {name})</translation>
    </message>
    <message>
        <source>target t = {target}</source>
        <translation>cible t = {target}</translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of (a − t)²</source>
        <translation>
            <numerusform>L = moyenne sur la sortie (%n) de (a − t)²</numerusform>
            <numerusform>L = moyenne sur les %n sorties de (a − t)²</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of −(t·ln a + (1 − t)·ln(1 − a))</source>
        <translation>
            <numerusform>L = moyenne sur la sortie (%n) de −(t·ln a + (1 − t)·ln(1 − a))</numerusform>
            <numerusform>L = moyenne sur les %n sorties de −(t·ln a + (1 − t)·ln(1 − a))</numerusform>
        </translation>
    </message>
    <message>
        <source>L = −Σ tₖ·ln aₖ   (only the target class counts)</source>
        <translation>L = −Σ tₖ·ln aₖ   (seule la classe cible compte)</translation>
    </message>
    <message>
        <source>Loss of this sample</source>
        <translation>Perte de cet exemple</translation>
    </message>
    <message>
        <source>δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)   (softmax: the neurons share one sum)</source>
        <translation>δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)   (softmax : les neurones partagent une même somme)</translation>
    </message>
    <message>
        <source>0 (z ≤ 0: no signal passes back)</source>
        <translation>0 (z ≤ 0 : aucun signal ne revient en arrière)</translation>
    </message>
    <message>
        <source>slope of {activation} at z = {z}</source>
        <translation>pente de {activation} en z = {z}</translation>
    </message>
    <message>
        <source>{neuron}: δ = ∂L/∂z (backward)</source>
        <translation>{neuron} : δ = ∂L/∂z (en arrière)</translation>
    </message>
    <message>
        <source>δ = (a − t){div}   (sigmoid and cross-entropy: the slopes cancel)</source>
        <translation>δ = (a − t){div}   (sigmoïde et entropie croisée : les pentes se simplifient)</translation>
    </message>
    <message>
        <source>δ = (a − t){div}   (softmax and cross-entropy: the slopes cancel)</source>
        <translation>δ = (a − t){div}   (softmax et entropie croisée : les pentes se simplifient)</translation>
    </message>
    <message>
        <source>∂L/∂a = Σ w·δ over {layer} (the links out of this neuron)</source>
        <translation>∂L/∂a = Σ w·δ sur la couche {layer} (les connexions qui sortent de ce neurone)</translation>
    </message>
    <message>
        <source>∂L/∂w = δ · input,   Δw = −lr · ∂L/∂w</source>
        <translation>∂L/∂w = δ · entrée ;   Δw = −lr · ∂L/∂w</translation>
    </message>
    <message>
        <source>δ = {delta},   lr = {rate}</source>
        <translation>δ = {delta} ;   lr = {rate}</translation>
    </message>
    <message>
        <source>{weight} (from {source}):  ∂L/∂w = {product} = {gradient},   Δw = {change}</source>
        <translation>{weight} (de {source}) :  ∂L/∂w = {product} = {gradient} ;   Δw = {change}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more weight, the same way</source>
        <translation>
            <numerusform>… %n poids de plus, de la même façon</numerusform>
            <numerusform>… %n poids de plus, de la même façon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more weights, the same way</source>
        <translation>
            <numerusform>… %n poids de plus, de la même façon</numerusform>
            <numerusform>… %n poids de plus, de la même façon</numerusform>
        </translation>
    </message>
    <message>
        <source>α: ∂L/∂α = 0   (z &gt; 0: α played no part)</source>
        <translation>α: ∂L/∂α = 0   (z &gt; 0 : α n'a joué aucun rôle)</translation>
    </message>
    <message>
        <source>Frozen neuron: training leaves these values as they are (Δ = 0).</source>
        <translation>Neurone figé : l'entraînement laisse ces valeurs telles quelles (Δ = 0).</translation>
    </message>
    <message>
        <source>{neuron}: gradients and updates</source>
        <translation>{neuron} : gradients et mises à jour</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script Python (*.py)</translation>
    </message>
    <message>
        <source>loss plot</source>
        <translation>courbe de perte</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>activation plot</source>
        <translation>graphique d'activation</translation>
    </message>
    <message>
        <source>weights view</source>
        <translation>vue des poids</translation>
    </message>
    <message>
        <source>sample view</source>
        <translation>vue d'exemple</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>matrice de confusion</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Export the network as a {language} script</source>
        <translation>Exporter le réseau en script {language}</translation>
    </message>
    <message>
        <source>Cannot export script</source>
        <translation>Impossible d'exporter le script</translation>
    </message>
    <message>
        <source>The network cannot be written as a script: {error}</source>
        <translation>Le réseau ne peut pas être écrit en script : {error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>Impossible d'écrire {file} : {error}</translation>
    </message>
    <message>
        <source>Exported the network as a {language} script: {file}  (run it with: python {name})</source>
        <translation>Réseau exporté en script {language} : {file}  (lancez-le avec : python {name})</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>il n'y a pas de données</translation>
    </message>
    <message>
        <source>Export an image of the {what}</source>
        <translation>Exporter une image : {what}</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>Impossible d'exporter l'image</translation>
    </message>
    <message>
        <source>Exported the {what} to {file}</source>
        <translation>Image exportée ({what}) : {file}</translation>
    </message>
    <message>
        <source>There is no map to export: the map panel shows a message instead ({message})</source>
        <translation>Aucune carte à exporter : le panneau Carte affiche un message à la place ({message})</translation>
    </message>
    <message>
        <source>{name}: a Python script's name must end in .py</source>
        <translation>{name} : le nom d'un script Python doit finir par .py</translation>
    </message>
    <message>
        <source>{name}: a script with this name would import itself instead of {library}; choose another name</source>
        <translation>{name} : un script de ce nom s'importerait lui-même au lieu de {library} ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Could not write {file}: the folder {folder} does not exist</source>
        <translation>Impossible d'écrire {file} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter l'image…</translation>
    </message>
    <message>
        <source>Save the {what} as a PNG image or an SVG drawing</source>
        <translation>Enregistrer l'image ({what}) en PNG ou en SVG</translation>
    </message>
    <message>
        <source>&amp;NumPy Script…</source>
        <translation>Script &amp;NumPy…</translation>
    </message>
    <message>
        <source>Save the network as a Python script that needs only NumPy</source>
        <translation>Enregistrer le réseau en script Python qui n'a besoin que de NumPy</translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>Script &amp;PyTorch…</translation>
    </message>
    <message>
        <source>Save the network as a PyTorch script (nn.Module, loss, optimizer and a train function)</source>
        <translation>Enregistrer le réseau en script PyTorch (nn.Module, perte, optimiseur et une fonction d'entraînement)</translation>
    </message>
    <message>
        <source>&amp;Loss Plot Image…</source>
        <translation>Image de la c&amp;ourbe de perte…</translation>
    </message>
    <message>
        <source>Save the loss plot as PNG or SVG</source>
        <translation>Enregistrer la courbe de perte en PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Map Image…</source>
        <translation>Image de la &amp;Carte…</translation>
    </message>
    <message>
        <source>Save the map (decision surface or neuron map) as PNG or SVG</source>
        <translation>Enregistrer la carte (surface de décision ou carte des neurones) en PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Activation Plot Image…</source>
        <translation>Image du graphique d'&amp;activation…</translation>
    </message>
    <message>
        <source>Save the activation plot as PNG or SVG</source>
        <translation>Enregistrer le graphique d'activation en PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Data View Image…</source>
        <translation>Image de la vue des &amp;données…</translation>
    </message>
    <message>
        <source>Save the tab shown in the Data panel (weights, sample or confusion matrix) as PNG or SVG</source>
        <translation>Enregistrer l'onglet affiché dans le panneau Données (poids, exemple ou matrice de confusion) en PNG ou SVG</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>New network on the default data set</source>
        <translation>Nouveau réseau sur le jeu de données par défaut</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>Impossible d'ouvrir le réseau</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation>{file} n'existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>Cannot save network</source>
        <translation>Impossible d'enregistrer le réseau</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Export image of the network</source>
        <translation>Exporter une image du réseau</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>Impossible d'exporter l'image</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exporté</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Neuron Studio networks (*.nsnet);;All files (*)</source>
        <translation>Réseaux Neuron Studio (*.nsnet);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file {name} could not be read.</source>
        <translation>Le fichier {name} n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file {name} was saved by a newer version of Neuron Studio.</source>
        <translation>Le fichier {name} a été enregistré par une version plus récente de Neuron Studio.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a complete Neuron Studio network file.</source>
        <translation>Le fichier {name} est endommagé ou n'est pas un fichier de réseau Neuron Studio complet.</translation>
    </message>
    <message>
        <source>{name}: cannot write ({error})</source>
        <translation>{name} : écriture impossible ({error})</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Ouvrir un réseau</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>Enregistrer le réseau sous</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” first?
If you don't, your changes since the last save are lost.</source>
        <translation>Enregistrer d’abord les modifications de « {title} » ?
Sinon, vos modifications depuis le dernier enregistrement sont perdues.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>pas encore entraîné</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>époque {epoch}</translation>
    </message>
    <message>
        <source>{app} handout, {date}</source>
        <translation>Fiche {app}, {date}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Challenge goals</source>
        <translation>Objectifs du défi</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ atteint</translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation>✗ pas encore</translation>
    </message>
    <message>
        <source>All goals were met at epoch {epoch}.</source>
        <translation>Tous les objectifs ont été atteints à l'époque {epoch}.</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <source>The Map and the loss</source>
        <translation>La Carte et la perte</translation>
    </message>
    <message>
        <source>No Map: {reason}</source>
        <translation>Pas de Carte : {reason}</translation>
    </message>
    <message>
        <source>The loss</source>
        <translation>La perte</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Settings (to build it again)</source>
        <translation>Réglages (pour le reconstruire)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>One sample's numbers</source>
        <translation>Les nombres d'un exemple</translation>
    </message>
    <message numerus="yes">
        <source>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</source>
        <translation>
            <numerusform>%n étape de plus (les couches cachées et la rétropropagation) se trouve dans le panneau Un exemple de l'application.</numerusform>
            <numerusform>%n étapes de plus (les couches cachées et la rétropropagation) se trouvent dans le panneau Un exemple de l'application.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</source>
        <translation>
            <numerusform>%n étape de plus (les couches cachées et la rétropropagation) se trouve dans le panneau Un exemple de l'application.</numerusform>
            <numerusform>%n étapes de plus (les couches cachées et la rétropropagation) se trouvent dans le panneau Un exemple de l'application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handout (PDF)</source>
        <translation>Exporter la fiche (PDF)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>Impossible d'exporter la fiche</translation>
    </message>
    <message>
        <source>Could not write {path}: the folder does not exist</source>
        <translation>Impossible d'écrire {path} : le dossier n'existe pas</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Impossible d'écrire {path} : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n page, {size})</source>
        <translation>
            <numerusform>Fiche {path} écrite (%n page, {size})</numerusform>
            <numerusform>Fiche {path} écrite (%n pages, {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n pages, {size})</source>
        <translation>
            <numerusform>Fiche {path} écrite (%n page, {size})</numerusform>
            <numerusform>Fiche {path} écrite (%n pages, {size})</numerusform>
        </translation>
    </message>
    <message>
        <source>your own sample: {sample}</source>
        <translation>votre propre exemple : {sample}</translation>
    </message>
    <message>
        <source>training sample {number}: {sample}</source>
        <translation>exemple d'entraînement {number} : {sample}</translation>
    </message>
    <message>
        <source>test sample {number}: {sample}</source>
        <translation>exemple de test {number} : {sample}</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>Exporter la &amp;fiche (PDF)…</translation>
    </message>
    <message>
        <source>Save a printable handout: title, notes, network, Map, loss curves and the exact settings, on A4 or US Letter pages</source>
        <translation>Enregistrer une fiche imprimable : titre, notes, réseau, Carte, courbes de perte et réglages exacts, en pages A4 ou US Letter</translation>
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
        <translation>impossible de démarrer le PDF</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Sortie du réseau</translation>
    </message>
    <message>
        <source>The Map: {title} over the input plane</source>
        <translation>La Carte : {title} sur le plan des entrées</translation>
    </message>
    <message>
        <source>Loss (and accuracy) per epoch</source>
        <translation>Perte (et précision) par époque</translation>
    </message>
    <message>
        <source>Loss per epoch: not trained yet</source>
        <translation>Perte par époque : pas encore entraîné</translation>
    </message>
    <message numerus="yes">
        <source>%n output unit</source>
        <translation>
            <numerusform>%n unité de sortie</numerusform>
            <numerusform>%n unités de sortie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output units</source>
        <translation>
            <numerusform>%n unité de sortie</numerusform>
            <numerusform>%n unités de sortie</numerusform>
        </translation>
    </message>
    <message>
        <source>The network: no hidden layer, {outputs}</source>
        <translation>Le réseau : aucune couche cachée, {outputs}</translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layer ({units} units), {outputs}</source>
        <translation>
            <numerusform>Le réseau : %n couche cachée ({units} unités), {outputs}</numerusform>
            <numerusform>Le réseau : %n couches cachées ({units} unités), {outputs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layers ({units} units), {outputs}</source>
        <translation>
            <numerusform>Le réseau : %n couche cachée ({units} unités), {outputs}</numerusform>
            <numerusform>Le réseau : %n couches cachées ({units} unités), {outputs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <translation>A4 (210 × 297 mm) ou US Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>The title, the notes, the network, the Map, the loss curves and the exact settings (and the One sample panel's numbers when it is open), as a PDF to print or take home.</source>
        <translation>Le titre, les notes, le réseau, la Carte, les courbes de perte et les réglages exacts (et les nombres du panneau Un exemple s'il est ouvert), en PDF à imprimer ou à emporter.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page :</translation>
    </message>
</context>
<context>
    <name>HandoutFacts</name>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>CSV file {path}</source>
        <translation>Fichier CSV {path}</translation>
    </message>
    <message>
        <source>features {names}</source>
        <translation>caractéristiques {names}</translation>
    </message>
    <message>
        <source>target {name}</source>
        <translation>cible {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample written in the file</source>
        <translation>
            <numerusform>%n exemple écrit dans le fichier</numerusform>
            <numerusform>%n exemples écrits dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples written in the file</source>
        <translation>
            <numerusform>%n exemple écrit dans le fichier</numerusform>
            <numerusform>%n exemples écrits dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>data source {source}</source>
        <translation>source de données {source}</translation>
    </message>
    <message>
        <source>inputs normalised</source>
        <translation>entrées normalisées</translation>
    </message>
    <message>
        <source>inputs not normalised</source>
        <translation>entrées non normalisées</translation>
    </message>
    <message>
        <source>{data}: {details}</source>
        <translation>{data} : {details}</translation>
    </message>
    <message>
        <source>{label} (built-in {name})</source>
        <translation>{label} (jeu intégré {name})</translation>
    </message>
    <message>
        <source>built-in {name}</source>
        <translation>jeu intégré {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation>{count} exemples</translation>
    </message>
    <message>
        <source>noise {percent} %</source>
        <translation>bruit {percent} %</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>graine {seed}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{kind}, rate {rate}</source>
        <translation>{kind}, taux {rate}</translation>
    </message>
    <message>
        <source>{optimizer} (momentum {momentum})</source>
        <translation>{optimizer} (momentum {momentum})</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Part d'entraînement</translation>
    </message>
    <message>
        <source>{percent} % of the samples (the rest is the test set)</source>
        <translation>{percent} % des exemples (le reste forme le jeu de test)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de batch</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>{seed} (split and batch order)</source>
        <translation>{seed} (séparation et ordre des batchs)</translation>
    </message>
    <message>
        <source>Epoch reached</source>
        <translation>Époque atteinte</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Jeu d'entraînement</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Jeu de test</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>perte {loss}</translation>
    </message>
    <message>
        <source>accuracy {percent} %</source>
        <translation>précision {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs: {first}, {second}, …, {last}</source>
        <translation>
            <numerusform>%n entrée : {first}, {second}, …, {last}</numerusform>
            <numerusform>%n entrées : {first}, {second}, …, {last}</numerusform>
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
        <translation>Couche de sortie</translation>
    </message>
    <message>
        <source>Hidden layer {layer}</source>
        <translation>Couche cachée {layer}</translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {a} or {b}.</source>
        <translation>Le champ est vide ; tapez un nombre comme {a} ou {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number; type one such as {a} or {b}.</source>
        <translation>« {text} » n'est pas un nombre ; tapez-en un comme {a} ou {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number; the network can only use ordinary numbers such as {a} or {b}.</source>
        <translation>« {text} » n'est pas un nombre fini ; le réseau n'accepte que des nombres ordinaires comme {a} ou {b}.</translation>
    </message>
    <message>
        <source>{text} is too large; use a number from {low} to {high}.</source>
        <translation>{text} est trop grand ; utilisez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>The field keeps its value {value}.</source>
        <translation>Le champ garde sa valeur {value}.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n de plus)</numerusform>
            <numerusform>(%n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>a = softmax of z over this layer's softmax neurons</source>
        <translation>a = softmax de z sur les neurones softmax de cette couche</translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation>Intervalle de sortie : {range}</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <source>What this neuron computes with its current numbers: the weighted sum z of its inputs plus the bias, then the activation g. Weights are rounded to 2 decimals here.</source>
        <translation>Ce que ce neurone calcule avec ses nombres actuels : la somme pondérée z de ses entrées plus le biais, puis l'activation g. Les poids sont arrondis à 2 décimales ici.</translation>
    </message>
    <message>
        <source>The activation g of this neuron. Hover over an item to read about it.</source>
        <translation>L'activation g de ce neurone. Survolez un élément pour en savoir plus.</translation>
    </message>
    <message>
        <source>The activation's formula, its output range and what to watch for.</source>
        <translation>La formule de l'activation, son intervalle de sortie et à quoi faire attention.</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>The bias b, added to the weighted sum: z = w·x + b. Type a number and press Enter, or use the arrows.</source>
        <translation>Le biais b, ajouté à la somme pondérée : z = w·x + b. Tapez un nombre et appuyez sur Entrée, ou utilisez les flèches.</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figé</translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights while training (bias and alpha too).</source>
        <translation>Les neurones figés gardent leurs poids pendant l'entraînement (biais et alpha aussi).</translation>
    </message>
    <message>
        <source>Incoming weights</source>
        <translation>Poids entrants</translation>
    </message>
    <message>
        <source>One weight per input of this neuron: the neurons of the previous layer, or the network's inputs.</source>
        <translation>Un poids par entrée de ce neurone : les neurones de la couche précédente, ou les entrées du réseau.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>Neuron {name} (frozen)</source>
        <translation>Neurone {name} (figé)</translation>
    </message>
    <message>
        <source>Neuron {name}</source>
        <translation>Neurone {name}</translation>
    </message>
    <message numerus="yes">
        <source>Output layer, neuron {unit} of %n</source>
        <translation>
            <numerusform>Couche de sortie, neurone {unit} sur %n</numerusform>
            <numerusform>Couche de sortie, neurone {unit} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer}, neuron {unit} of %n</source>
        <translation>
            <numerusform>Couche cachée {layer}, neurone {unit} sur %n</numerusform>
            <numerusform>Couche cachée {layer}, neurone {unit} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>alpha (learned)</source>
        <translation>alpha (appris)</translation>
    </message>
    <message>
        <source>The alpha of {name} keeps its value {value}.</source>
        <translation>L'alpha de {name} garde sa valeur {value}.</translation>
    </message>
    <message>
        <source>The bias of {name} keeps its value {value}.</source>
        <translation>Le biais de {name} garde sa valeur {value}.</translation>
    </message>
    <message>
        <source>PReLU's slope for z &lt; 0. Training learns it (unless the neuron is frozen); you can also set it here.</source>
        <translation>La pente de PReLU pour z &lt; 0. L'entraînement l'apprend (sauf si le neurone est figé) ; vous pouvez aussi la régler ici.</translation>
    </message>
    <message>
        <source>ELU's alpha: the level the output approaches for very negative z.</source>
        <translation>L'alpha d'ELU : le niveau dont la sortie s'approche pour z très négatif.</translation>
    </message>
    <message>
        <source>Leaky ReLU's slope for z &lt; 0; it keeps the gradient from vanishing.</source>
        <translation>La pente de Leaky ReLU pour z &lt; 0 ; elle empêche le gradient de s'évanouir.</translation>
    </message>
    <message>
        <source>The weight from {source} to {target} keeps its value {value}.</source>
        <translation>Le poids de {source} vers {target} garde sa valeur {value}.</translation>
    </message>
    <message>
        <source>The weight from {source} to {target}: the value of {source} is multiplied by it in z.</source>
        <translation>Le poids de {source} vers {target} : la valeur de {source} est multipliée par lui dans z.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n weights; select a link in the editor to change another one.</source>
        <translation>
            <numerusform>Affichage des {shown} premiers poids sur %n ; sélectionnez une connexion dans l'éditeur pour en changer un autre.</numerusform>
            <numerusform>Affichage des {shown} premiers poids sur %n ; sélectionnez une connexion dans l'éditeur pour en changer un autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set activation of {name} to {activation}</source>
        <translation>Activation de {name} : {activation}</translation>
    </message>
    <message>
        <source>Freeze {name}</source>
        <translation>Figer {name}</translation>
    </message>
    <message>
        <source>Unfreeze {name}</source>
        <translation>Libérer {name}</translation>
    </message>
    <message>
        <source>What went wrong with the last change, and what to do.</source>
        <translation>Ce qui n'a pas marché lors de la dernière modification, et que faire.</translation>
    </message>
    <message>
        <source>Select a neuron, a layer, an input or a link in the editor to see its numbers and change them.</source>
        <translation>Sélectionnez un neurone, une couche, une entrée ou une connexion dans l'éditeur pour voir ses nombres et les modifier.</translation>
    </message>
    <message>
        <source>{value} is not a finite number; the old value stays.</source>
        <translation>{value} n'est pas un nombre fini ; l'ancienne valeur reste.</translation>
    </message>
    <message numerus="yes">
        <source>{activations}; %n frozen</source>
        <translation>
            <numerusform>{activations} ; %n figé</numerusform>
            <numerusform>{activations} ; %n figés</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>How many neurons (units) this layer has. More units are added at the end with the last neuron's activation; fewer remove neurons from the end.</source>
        <translation>Combien de neurones (unités) compte cette couche. Les unités ajoutées vont à la fin avec l'activation du dernier neurone ; en réduire retire des neurones à la fin.</translation>
    </message>
    <message>
        <source>How many neurons of this layer use each activation.</source>
        <translation>Combien de neurones de cette couche utilisent chaque activation.</translation>
    </message>
    <message>
        <source>The activation to give every neuron of this layer.</source>
        <translation>L'activation à donner à tous les neurones de cette couche.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Give every neuron of this layer the activation chosen on the left. Weights and biases are kept.</source>
        <translation>Donner à tous les neurones de cette couche l'activation choisie à gauche. Les poids et biais sont conservés.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Set all to</source>
        <translation>Tout mettre à</translation>
    </message>
    <message>
        <source>Activations: {activations}</source>
        <translation>Activations : {activations}</translation>
    </message>
    <message>
        <source>choose an activation</source>
        <translation>choisissez une activation</translation>
    </message>
    <message>
        <source>The output layer: one neuron per output (per class for softmax). The loss must fit its activations; see Network.</source>
        <translation>La couche de sortie : un neurone par sortie (par classe pour softmax). La perte doit convenir à ses activations ; voir Réseau.</translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per input (%n weights) and a bias.</source>
        <translation>
            <numerusform>Chaque neurone ici a un poids par entrée (%n poids) et un biais.</numerusform>
            <numerusform>Chaque neurone ici a un poids par entrée (%n poids) et un biais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per neuron of hidden layer {layer} (%n weights) and a bias.</source>
        <translation>
            <numerusform>Chaque neurone ici a un poids par neurone de la couche cachée {layer} (%n poids) et un biais.</numerusform>
            <numerusform>Chaque neurone ici a un poids par neurone de la couche cachée {layer} (%n poids) et un biais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize the output layer to %n units</source>
        <translation>
            <numerusform>Passer la couche de sortie à %n unité</numerusform>
            <numerusform>Passer la couche de sortie à %n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize hidden layer {layer} to %n units</source>
        <translation>
            <numerusform>Passer la couche cachée {layer} à %n unité</numerusform>
            <numerusform>Passer la couche cachée {layer} à %n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Every neuron of the output layer already uses {activation}.</source>
        <translation>Tous les neurones de la couche de sortie utilisent déjà {activation}.</translation>
    </message>
    <message>
        <source>Every neuron of hidden layer {layer} already uses {activation}.</source>
        <translation>Tous les neurones de la couche cachée {layer} utilisent déjà {activation}.</translation>
    </message>
    <message>
        <source>Set the output layer to {activation}</source>
        <translation>Couche de sortie en {activation}</translation>
    </message>
    <message>
        <source>Set hidden layer {layer} to {activation}</source>
        <translation>Couche cachée {layer} en {activation}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The input feature's name, as the data calls it.</source>
        <translation>Le nom de la caractéristique d'entrée, tel que les données l'appellent.</translation>
    </message>
    <message>
        <source>An active input feeds every neuron of the first layer.</source>
        <translation>Une entrée active alimente chaque neurone de la première couche.</translation>
    </message>
    <message>
        <source>Use as an input</source>
        <translation>Utiliser comme entrée</translation>
    </message>
    <message>
        <source>Switch this feature on or off, as in TensorFlow Playground. Weights of the other inputs are kept.</source>
        <translation>Activer ou désactiver cette caractéristique, comme dans TensorFlow Playground. Les poids des autres entrées sont conservés.</translation>
    </message>
    <message>
        <source>The weights that carry this input into the first layer. Select a link in the editor to change one.</source>
        <translation>Les poids qui portent cette entrée vers la première couche. Sélectionnez une connexion dans l'éditeur pour en changer un.</translation>
    </message>
    <message>
        <source>Input {name}</source>
        <translation>Entrée {name}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>Active: no, the network does not use it. Tick the box to add it.</source>
        <translation>Active : non, le réseau ne l'utilise pas. Cochez la case pour l'ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of the output layer.</source>
        <translation>
            <numerusform>Active : oui, entrée {input} sur {inputs} ; elle alimente le neurone de la couche de sortie (%n).</numerusform>
            <numerusform>Active : oui, entrée {input} sur {inputs} ; elle alimente les %n neurones de la couche de sortie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of hidden layer 1.</source>
        <translation>
            <numerusform>Active : oui, entrée {input} sur {inputs} ; elle alimente le neurone de la couche cachée 1 (%n).</numerusform>
            <numerusform>Active : oui, entrée {input} sur {inputs} ; elle alimente les %n neurones de la couche cachée 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights out of {name}: {weights}</source>
        <translation>Poids sortant de {name} : {weights}</translation>
    </message>
    <message>
        <source>Use {name} as an input</source>
        <translation>Utiliser {name} comme entrée</translation>
    </message>
    <message>
        <source>Stop using {name} as an input</source>
        <translation>Ne plus utiliser {name} comme entrée</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Where the signal comes from.</source>
        <translation>D'où vient le signal.</translation>
    </message>
    <message>
        <source>The neuron that receives it, multiplied by the weight.</source>
        <translation>Le neurone qui le reçoit, multiplié par le poids.</translation>
    </message>
    <message>
        <source>The weight of this link. Type a number and press Enter, or use the arrows. Positive links are blue, negative orange.</source>
        <translation>Le poids de cette connexion. Tapez un nombre et appuyez sur Entrée, ou utilisez les flèches. Les connexions positives sont bleues, les négatives orange.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Link {source} → {target}</source>
        <translation>Connexion {source} → {target}</translation>
    </message>
    <message>
        <source>From: {source} (input {input})</source>
        <translation>De : {source} (entrée {input})</translation>
    </message>
    <message>
        <source>From: {source} (hidden layer {layer})</source>
        <translation>De : {source} (couche cachée {layer})</translation>
    </message>
    <message>
        <source>To: {target} (output layer, neuron {unit})</source>
        <translation>Vers : {target} (couche de sortie, neurone {unit})</translation>
    </message>
    <message>
        <source>To: {target} (hidden layer {layer}, neuron {unit})</source>
        <translation>Vers : {target} (couche cachée {layer}, neurone {unit})</translation>
    </message>
    <message>
        <source>{target} multiplies the value of {source} by this weight and adds it to its z = w·x + b, before its {activation} activation.</source>
        <translation>{target} multiplie la valeur de {source} par ce poids et l'ajoute à son z = w·x + b, avant son activation {activation}.</translation>
    </message>
    <message>
        <source>{target} is frozen: training leaves this weight alone.</source>
        <translation>{target} est figé : l'entraînement ne touche pas ce poids.</translation>
    </message>
</context>
<context>
    <name>LessonTranslations</name>
    <message numerus="yes">
        <source>%n languages; at most {limit}</source>
        <translation>
            <numerusform>%n langue ; {limit} au plus</numerusform>
            <numerusform>%n langues ; {limit} au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a language code; expected e.g. de or pt_BR</source>
        <translation>{code} n'est pas un code de langue ; il faut p. ex. de ou pt_BR</translation>
    </message>
    <message>
        <source>unknown text {name}; expected one of: {names}</source>
        <translation>texte {name} inconnu ; textes possibles : {names}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Links in lesson notes are not opened; copy the address into a browser.</source>
        <translation>Les liens des notes de leçon ne s'ouvrent pas ; copiez l'adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>This network has no lesson notes. Open a lesson from the Lessons menu.</source>
        <translation>Ce réseau n'a pas de notes de leçon. Ouvrez une leçon depuis le menu Leçons.</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Notes de leçon</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>Aucune leçon trouvée</translation>
    </message>
    <message>
        <source>No lesson files (.nsnet) in {folder}</source>
        <translation>Aucun fichier de leçon (.nsnet) dans {folder}</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Défis</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Impossible d'ouvrir la leçon</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {error}</source>
        <translation>Le fichier de leçon {name} est inutilisable : {error}</translation>
    </message>
    <message>
        <source>Opened the challenge “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Défi « {title} » ouvert comme nouveau réseau non enregistré. Espace entraîne à {speed} (la case de vitesse la change) ; Ctrl+R revient aux poids de départ.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Leçon « {title} » ouverte comme nouveau réseau non enregistré. Espace entraîne à {speed} (la case de vitesse la change) ; Ctrl+R revient aux poids de départ.</translation>
    </message>
</context>
<context>
    <name>LinearCollapse</name>
    <message>
        <source>z = W x + b   (W: {rows} × {columns} numbers and b: {rows}, below)</source>
        <translation>z = W x + b   (W : {rows} × {columns} nombres et b : {rows}, ci-dessous)</translation>
    </message>
    <message>
        <source>output = {activation}({z})</source>
        <translation>sortie = {activation}({z})</translation>
    </message>
    <message>
        <source>outputs = softmax({first} ... {last})</source>
        <translation>sorties = softmax({first} ... {last})</translation>
    </message>
    <message>
        <source>No line on the Map: {problem}</source>
        <translation>Pas de ligne sur la Carte : {problem}</translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's output crosses {threshold}. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation>Sur la Carte, la ligne pointillée « couche unique » est là où la sortie de cette couche unique croise {threshold}. Elle se trouve sur la frontière du réseau lui-même : la même frontière, et elle est droite.</translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's two largest outputs are equal. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation>Sur la Carte, la ligne pointillée « couche unique » est là où les deux plus grandes sorties de cette couche unique sont égales. Elle se trouve sur la frontière du réseau lui-même : la même frontière, et elle est droite.</translation>
    </message>
    <message>
        <source>The single layer's weights W (one row per output, one column per input) and its bias b</source>
        <translation>Les poids W de la couche unique (une ligne par sortie, une colonne par entrée) et son biais b</translation>
    </message>
    <message>
        <source>Show on the Map</source>
        <translation>Montrer sur la Carte</translation>
    </message>
    <message>
        <source>Draw this single layer's decision boundary on the Map as a dashed line, over the network's output, while this panel is shown. Its line lies on the network's own boundary. Not drawn over a hidden neuron's map.</source>
        <translation>Tracer la frontière de décision de cette couche unique sur la Carte en pointillés, par-dessus la sortie du réseau, tant que ce panneau est affiché. Sa ligne se trouve sur la frontière du réseau. Pas tracée sur la carte d'un neurone caché.</translation>
    </message>
    <message>
        <source>Output {number}</source>
        <translation>Sortie {number}</translation>
    </message>
    <message>
        <source>No data to compare the two on.</source>
        <translation>Aucune donnée pour comparer les deux.</translation>
    </message>
    <message>
        <source>training data {difference}</source>
        <translation>données d'entraînement {difference}</translation>
    </message>
    <message>
        <source>test data {difference}</source>
        <translation>données de test {difference}</translation>
    </message>
    <message>
        <source>Largest difference between the network's outputs and this single layer's: {differences} (only rounding: they are the same function).</source>
        <translation>Plus grand écart entre les sorties du réseau et celles de cette couche unique : {differences} (seulement des arrondis : c'est la même fonction).</translation>
    </message>
    <message>
        <source>W: {input}</source>
        <translation>W : {input}</translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message>
        <source>No data to draw: {error}</source>
        <translation>Aucune donnée à tracer : {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not make a plane to draw; see the weights, samples and confusion matrix views.</source>
        <translation>
            <numerusform>%n entrée ne forme pas un plan à tracer ; voyez les vues des poids, des exemples et de la matrice de confusion.</numerusform>
            <numerusform>%n entrées ne forment pas un plan à tracer ; voyez les vues des poids, des exemples et de la matrice de confusion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw at least 2 points (%n so far)</source>
        <translation>
            <numerusform>Dessinez au moins 2 points (%n pour l'instant)</numerusform>
            <numerusform>Dessinez au moins 2 points (%n pour l'instant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Sortie du réseau</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Neurone de sortie</translation>
    </message>
    <message>
        <source>{title}: probability of class {name}</source>
        <translation>{title} : probabilité de la classe {name}</translation>
    </message>
</context>
<context>
    <name>LossCheck</name>
    <message>
        <source>decided by the target column</source>
        <translation>fixé par la colonne cible</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>Régression (prédire un nombre)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes ({names})</source>
        <translation>
            <numerusform>Classification, %n classe ({names})</numerusform>
            <numerusform>Classification, %n classes ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes</source>
        <translation>
            <numerusform>Classification, %n classe</numerusform>
            <numerusform>Classification, %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown data set {name}</source>
        <translation>jeu de données inconnu {name}</translation>
    </message>
    <message>
        <source>{name} (built-in data set)</source>
        <translation>{name} (jeu de données intégré)</translation>
    </message>
    <message>
        <source>data stored in the file</source>
        <translation>données stockées dans le fichier</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>un fichier CSV</translation>
    </message>
    <message>
        <source>CSV file {name}</source>
        <translation>fichier CSV {name}</translation>
    </message>
    <message>
        <source>{loss} fits these output neurons.</source>
        <translation>{loss} convient à ces neurones de sortie.</translation>
    </message>
    <message>
        <source>{loss} fits the {activation} output neuron.</source>
        <translation>{loss} convient au neurone de sortie {activation}.</translation>
    </message>
    <message numerus="yes">
        <source>{loss} fits the %n {activation} output neurons.</source>
        <translation>
            <numerusform>{loss} convient au neurone de sortie {activation} (%n).</numerusform>
            <numerusform>{loss} convient aux %n neurones de sortie {activation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n {activation} neurons.</source>
        <translation>
            <numerusform>Donnez à la couche de sortie %n neurone {activation}.</numerusform>
            <numerusform>Donnez à la couche de sortie %n neurones {activation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n neurons.</source>
        <translation>
            <numerusform>Donnez à la couche de sortie %n neurone.</numerusform>
            <numerusform>Donnez à la couche de sortie %n neurones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set every output neuron to {activation}.</source>
        <translation>Mettez tous les neurones de sortie en {activation}.</translation>
    </message>
    <message>
        <source>Choose {loss}.</source>
        <translation>Choisissez {loss}.</translation>
    </message>
    <message>
        <source>{loss} needs class labels, but this data is a regression problem (it predicts numbers); choose mean squared error.</source>
        <translation>{loss} a besoin d'étiquettes de classe, mais ces données sont un problème de régression (elles prédisent des nombres) ; choisissez l'erreur quadratique moyenne.</translation>
    </message>
    <message>
        <source>A softmax output neuron alone always outputs 1 (e^z / e^z), so it tells nothing and never learns.</source>
        <translation>Un neurone de sortie softmax seul donne toujours 1 (e^z / e^z) : il n'apprend rien et n'indique rien.</translation>
    </message>
    <message numerus="yes">
        <source>A regression problem needs 1 output neuron, but the output layer has %n neurons; remove the others.</source>
        <translation>
            <numerusform>Un problème de régression a besoin d'un neurone de sortie, mais la couche de sortie en a %n ; retirez les autres.</numerusform>
            <numerusform>Un problème de régression a besoin d'un neurone de sortie, mais la couche de sortie en a %n ; retirez les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has %n classes but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</source>
        <translation>
            <numerusform>Ces données ont %n classe mais la couche de sortie a 1 neurone ; donnez à la couche de sortie %n neurone softmax et utilisez l'entropie croisée catégorielle.</numerusform>
            <numerusform>Ces données ont %n classes mais la couche de sortie a 1 neurone ; donnez à la couche de sortie %n neurones softmax et utilisez l'entropie croisée catégorielle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has 2 classes but the output layer has %n neurons; use 2 (one per class) or 1 for two classes.</source>
        <translation>
            <numerusform>Ces données ont 2 classes mais la couche de sortie a %n neurone ; utilisez-en 2 (un par classe) ou 1 pour deux classes.</numerusform>
            <numerusform>Ces données ont 2 classes mais la couche de sortie a %n neurones ; utilisez-en 2 (un par classe) ou 1 pour deux classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has {classes} classes but the output layer has %n neurons; use {classes} (one per class).</source>
        <translation>
            <numerusform>Ces données ont {classes} classes mais la couche de sortie a %n neurone ; utilisez-en {classes} (un par classe).</numerusform>
            <numerusform>Ces données ont {classes} classes mais la couche de sortie a %n neurones ; utilisez-en {classes} (un par classe).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>acc. %</source>
        <translation>préc. %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Show loss on a logarithmic axis: small improvements late in training stay visible. Zero or negative values are skipped.</source>
        <translation>Afficher la perte sur un axe logarithmique : les petites améliorations tardives restent visibles. Les valeurs nulles ou négatives sont ignorées.</translation>
    </message>
    <message>
        <source>Loss: not trained yet</source>
        <translation>Perte : pas encore entraîné</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Époque {epoch}</translation>
    </message>
    <message>
        <source>Loss after epoch {epoch}</source>
        <translation>Perte après l'époque {epoch}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>test acc. {accuracy}%</source>
        <translation>préc. test {accuracy} %</translation>
    </message>
    <message>
        <source>test accuracy {accuracy}%</source>
        <translation>précision de test {accuracy} %</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <source>Mean squared error</source>
        <translation>Erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropie croisée binaire</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Entropie croisée catégorielle</translation>
    </message>
    <message>
        <source>unknown loss {loss}; expected one of: {names}</source>
        <translation>perte inconnue {loss} ; choisissez parmi : {names}</translation>
    </message>
    <message>
        <source>binary cross-entropy needs sigmoid output neurons; set every output neuron to sigmoid, or choose mean squared error</source>
        <translation>l'entropie croisée binaire a besoin de neurones de sortie sigmoïdes ; mettez tous les neurones de sortie en sigmoïde, ou choisissez l'erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>categorical cross-entropy needs softmax output neurons; set every output neuron to softmax, or choose another loss</source>
        <translation>l'entropie croisée catégorielle a besoin de neurones de sortie softmax ; mettez tous les neurones de sortie en softmax, ou choisissez une autre perte</translation>
    </message>
    <message>
        <source>categorical cross-entropy needs at least 2 output neurons (one per class); add output neurons or use binary cross-entropy with one sigmoid output</source>
        <translation>l'entropie croisée catégorielle a besoin d'au moins 2 neurones de sortie (un par classe) ; ajoutez des neurones de sortie ou utilisez l'entropie croisée binaire avec une seule sortie sigmoïde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(not installed)</source>
        <translation>(non installé)</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neurones</translation>
    </message>
    <message>
        <source>Data and training</source>
        <translation>Données, entraînement</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation>Nouveaux poids aléatoires</translation>
    </message>
    <message>
        <source>New random weights (seed {seed}); Undo brings the old ones back</source>
        <translation>Nouveaux poids aléatoires (graine {seed}) ; Annuler ramène les anciens</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Réinitialiser l'entraînement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Entraînement arrêté :&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training is unstable:&lt;/b&gt; {reason}. The learning rate ({rate}) is probably too high.</source>
        <translation>&lt;b&gt;L'entraînement est instable :&lt;/b&gt; {reason}. Le taux d'apprentissage ({rate}) est sans doute trop élevé.</translation>
    </message>
    <message>
        <source>Learning rate {rate} and start over</source>
        <translation>Taux d'apprentissage {rate} et recommencer</translation>
    </message>
    <message>
        <source>Set the learning rate ten times smaller and go back to the starting weights (the last finite weights can be too large to train on); then press Play</source>
        <translation>Diviser le taux d'apprentissage par dix et revenir aux poids de départ (les derniers poids finis peuvent être trop grands pour l'entraînement) ; puis appuyez sur Lecture</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Régler le taux d'apprentissage</translation>
    </message>
    <message>
        <source>Learning rate {rate}, back to the starting weights: press Play (Space)</source>
        <translation>Taux d'apprentissage {rate}, retour aux poids de départ : appuyez sur Lecture (Espace)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot train:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Entraînement impossible :&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Régler la perte</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Build small neural networks, choose an activation for each neuron, train them and watch them learn.</source>
        <translation>Construisez de petits réseaux de neurones, choisissez une activation pour chaque neurone, entraînez-les et regardez-les apprendre.</translation>
    </message>
    <message>
        <source>Digits data: Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</source>
        <translation>Données des chiffres : Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nou&amp;velle fenêtre</translation>
    </message>
    <message>
        <source>Open another window with its own network</source>
        <translation>Ouvrir une autre fenêtre avec son propre réseau</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fer&amp;mer la fenêtre</translation>
    </message>
    <message>
        <source>Close this window (the others stay open)</source>
        <translation>Fermer cette fenêtre (les autres restent ouvertes)</translation>
    </message>
    <message>
        <source>Quit Neuron Studio: close every window</source>
        <translation>Quitter Neuron Studio : fermer toutes les fenêtres</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new default network</source>
        <translation>Démarrer un nouveau réseau par défaut</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a network file (.nsnet)</source>
        <translation>Ouvrir un fichier de réseau (.nsnet)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>Enregistrer le réseau</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the network under a new name</source>
        <translation>Enregistrer le réseau sous un nouveau nom</translation>
    </message>
    <message>
        <source>Network &amp;Image (PNG or SVG)…</source>
        <translation>&amp;Image du réseau (PNG ou SVG)…</translation>
    </message>
    <message>
        <source>Save the network drawing as PNG or SVG</source>
        <translation>Enregistrer le dessin du réseau en PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected neurons or layer</source>
        <translation>Supprimer les neurones ou la couche sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every neuron</source>
        <translation>Sélectionner tous les neurones</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preferences: the interface language</source>
        <translation>Préférences : la langue de l'interface</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Make the network bigger</source>
        <translation>Agrandir le réseau</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Make the network smaller</source>
        <translation>Réduire le réseau</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>A&amp;juster le réseau</translation>
    </message>
    <message>
        <source>Zoom so the whole network fits</source>
        <translation>Zoomer pour voir tout le réseau</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Plein écran oui ou non</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Add Hidden &amp;Layer</source>
        <translation>Ajouter une &amp;couche cachée</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Ajouter une couche cachée avant la sortie</translation>
    </message>
    <message>
        <source>Add &amp;Neuron</source>
        <translation>Ajouter un &amp;neurone</translation>
    </message>
    <message>
        <source>Add a tanh neuron to the selected layer</source>
        <translation>Ajouter un neurone tanh à la couche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Problem Type</source>
        <translation>&amp;Type de problème</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Predict a class for each sample</source>
        <translation>Prédire une classe pour chaque exemple</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>Predict a number for each sample</source>
        <translation>Prédire un nombre pour chaque exemple</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>&amp;Perte</translation>
    </message>
    <message>
        <source>Train with {loss}</source>
        <translation>Entraîner avec {loss}</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file to choose</source>
        <translation>Un jeu de données intégré fixe le type de problème ; importez un fichier CSV pour le choisir</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file (Data and training panel) to choose it</source>
        <translation>Un jeu de données intégré fixe le type de problème ; importez un fichier CSV (panneau Données, entraînement) pour le choisir</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>En&amp;traînement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Neuron Studio</source>
        <translation>À &amp;propos de Neuron Studio</translation>
    </message>
    <message>
        <source>training so far</source>
        <translation>l'entraînement jusqu'ici</translation>
    </message>
    <message>
        <source>Undo {action} ({keys})</source>
        <translation>Annuler {action} ({keys})</translation>
    </message>
    <message>
        <source>Redo {action} ({keys})</source>
        <translation>Rétablir {action} ({keys})</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>NetFile</name>
    <message>
        <source>{size} MB; a network file may hold at most {limit} MB</source>
        <translation>{size} Mo ; un fichier de réseau peut faire au plus {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} on line {line}); save it as UTF-8</source>
        <translation>pas du texte UTF-8 (octet {byte} à la ligne {line}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>larger than {limit} MB</source>
        <translation>plus de {limit} Mo</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>imbriqué sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>la clé {key} apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>JSON non valide (ligne {line}, colonne {column} : {error})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbriqué trop profondément</translation>
    </message>
    <message>
        <source>not valid JSON: a number has too many digits</source>
        <translation>JSON non valide : un nombre a trop de chiffres</translation>
    </message>
    <message>
        <source>input names</source>
        <translation>noms d'entrées</translation>
    </message>
    <message>
        <source>cannot be written as JSON: {error}</source>
        <translation>impossible d'écrire en JSON : {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <source>the built-in data set {name} is a regression problem</source>
        <translation>le jeu intégré {name} est un problème de régression</translation>
    </message>
    <message>
        <source>the built-in data set {name} is a classification problem</source>
        <translation>le jeu intégré {name} est un problème de classification</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>a drawing has 2 numbers (x1, x2) in each row, got {width}</source>
        <translation>un dessin a 2 nombres (x1, x2) par ligne, pas {width}</translation>
    </message>
    <message>
        <source>numbers (as many as the first row)</source>
        <translation>nombres (autant que dans la première ligne)</translation>
    </message>
    <message>
        <source>values (one per row of data.X)</source>
        <translation>valeurs (une par ligne de data.X)</translation>
    </message>
    <message>
        <source>names (one per column of data.X)</source>
        <translation>noms (un par colonne de data.X)</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>noms de classes</translation>
    </message>
    <message>
        <source>each row has {width} numbers but the network has {count} inputs {inputs}</source>
        <translation>chaque ligne a {width} nombres mais le réseau a {count} entrées {inputs}</translation>
    </message>
    <message>
        <source>the columns {columns} do not match the network's inputs {inputs}</source>
        <translation>les colonnes {columns} ne correspondent pas aux entrées du réseau {inputs}</translation>
    </message>
    <message>
        <source>class labels must be whole numbers from 0 to {last}, got {kind}</source>
        <translation>les classes doivent être des nombres entiers de 0 à {last}, pas {kind}</translation>
    </message>
    <message>
        <source>numbers (xmin, xmax, ymin, ymax)</source>
        <translation>nombres (xmin, xmax, ymin, ymax)</translation>
    </message>
    <message>
        <source>needs xmin &lt; xmax and ymin &lt; ymax, got {extent}</source>
        <translation>il faut xmin &lt; xmax et ymin &lt; ymax, pas {extent}</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <source>expected {count} entries like history.epoch, got {got}</source>
        <translation>il faut {count} valeurs comme history.epoch, pas {got}</translation>
    </message>
    <message>
        <source>{epoch} does not match training.epoch ({expected})</source>
        <translation>{epoch} ne correspond pas à training.epoch ({expected})</translation>
    </message>
    <message>
        <source>not a valid random generator state ({error})</source>
        <translation>état de générateur aléatoire non valide ({error})</translation>
    </message>
    <message>
        <source>expected {count} numbers (one per parameter), got {got}</source>
        <translation>il faut {count} nombres (un par paramètre), pas {got}</translation>
    </message>
    <message>
        <source>{size} bytes; at most {limit} are kept</source>
        <translation>{size} octets ; {limit} au plus sont conservés</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un nombre énorme</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>manquant (obligatoire)</translation>
    </message>
    <message>
        <source>expected an object {braces}, got {kind}</source>
        <translation>doit être un objet {braces}, pas {kind}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>doit être une liste, pas {kind}</translation>
    </message>
    <message>
        <source>expected {low} {what}, got {got}</source>
        <translation>il faut {low} {what}, pas {got}</translation>
    </message>
    <message>
        <source>expected {low} to {high} {what}, got {got}</source>
        <translation>il faut de {low} à {high} {what}, pas {got}</translation>
    </message>
    <message>
        <source>expected a string, got {kind}</source>
        <translation>doit être un texte, pas {kind}</translation>
    </message>
    <message>
        <source>unknown {value}; expected one of: {choices}</source>
        <translation>valeur {value} inconnue ; valeurs possibles : {choices}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>plus de {limit} caractères</translation>
    </message>
    <message>
        <source>{name}: names cannot contain &lt; or &gt;; rename it</source>
        <translation>{name} : un nom ne peut pas contenir &lt; ou &gt; ; renommez-le</translation>
    </message>
    <message>
        <source>{name} appears twice; names must be unique</source>
        <translation>{name} apparaît deux fois ; chaque nom doit être unique</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>doit être true ou false, pas {kind}</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>doit être un nombre, pas {kind}</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>nombre trop grand</translation>
    </message>
    <message>
        <source>must be {bound}, got {kind}</source>
        <translation>doit être {bound}, pas {kind}</translation>
    </message>
    <message>
        <source>must be in {interval}, got {kind}</source>
        <translation>doit être dans {interval}, pas {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>doit être un nombre entier, pas {kind}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {kind}</source>
        <translation>doit être un nombre entier de {low} à {high}, pas {kind}</translation>
    </message>
    <message>
        <source>{value} is not allowed; numbers must be finite</source>
        <translation>{value} n'est pas permis ; les nombres doivent être finis</translation>
    </message>
    <message>
        <source>text holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>le texte contient un caractère non valide (un substitut UTF-16 isolé)</translation>
    </message>
    <message>
        <source>missing; a Neuron Studio network file has {key}: {value}</source>
        <translation>manquant ; un fichier de réseau Neuron Studio contient {key}: {value}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}; this is not a Neuron Studio network file</source>
        <translation>vaut {got} au lieu de {expected} ; ce n'est pas un fichier de réseau Neuron Studio</translation>
    </message>
    <message>
        <source>this file was written by a newer Neuron Studio (version {version}); this version reads version {supported}</source>
        <translation>ce fichier a été écrit par un Neuron Studio plus récent (version {version}) ; cette version lit la version {supported}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>vaut {got} au lieu de {expected}</translation>
    </message>
    <message>
        <source>layers (hidden layers, then the output layer)</source>
        <translation>couches (les couches cachées, puis la couche de sortie)</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>neurones</translation>
    </message>
    <message>
        <source>expected a list of {count} numbers, got {kind}</source>
        <translation>doit être une liste de {count} nombres, pas {kind}</translation>
    </message>
    <message>
        <source>expected {count} numbers, got {got}</source>
        <translation>il faut {count} nombres, pas {got}</translation>
    </message>
    <message>
        <source>{activation} has no alpha; remove it</source>
        <translation>{activation} n'a pas d'alpha ; retirez-le</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>a network needs 1 to {limit} inputs, got {count}</source>
        <translation>un réseau doit avoir de 1 à {limit} entrées, pas {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} layers (the last is the output layer), got {count}</source>
        <translation>un réseau doit avoir de 1 à {limit} couches (la dernière est la couche de sortie), pas {count}</translation>
    </message>
    <message>
        <source>layer {layer} needs 1 to {limit} units, got {count}</source>
        <translation>la couche {layer} doit avoir de 1 à {limit} unités, pas {count}</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n sortie</numerusform>
            <numerusform>%n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Inputs, the units of each hidden layer, and the outputs.</source>
        <translation>Les entrées, les unités de chaque couche cachée, et les sorties.</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. It follows from the data set.</source>
        <translation>La classification prédit une classe ; la régression prédit un nombre. Cela découle du jeu de données.</translation>
    </message>
    <message>
        <source>What training minimises. Binary cross-entropy: one sigmoid output for two classes. Categorical cross-entropy: one softmax output per class. Mean squared error: regression.</source>
        <translation>Ce que l'entraînement minimise. Entropie croisée binaire : une sortie sigmoïde pour deux classes. Entropie croisée catégorielle : une sortie softmax par classe. Erreur quadratique moyenne : régression.</translation>
    </message>
    <message>
        <source>The activation of every output neuron.</source>
        <translation>L'activation de chaque neurone de sortie.</translation>
    </message>
    <message>
        <source>Whether the loss fits the output neurons and the data.</source>
        <translation>Si la perte convient aux neurones de sortie et aux données.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activation de sortie</translation>
    </message>
    <message>
        <source>Shape: {shape}</source>
        <translation>Forme : {shape}</translation>
    </message>
    <message>
        <source>Problem: {problem}. Data: {source}.</source>
        <translation>Problème : {problem}. Données : {source}.</translation>
    </message>
    <message>
        <source>mixed: {activations}</source>
        <translation>mixte : {activations}</translation>
    </message>
    <message>
        <source>Make these changes (one undo step takes them back): {changes}</source>
        <translation>Faire ces changements (une étape d'annulation les reprend) : {changes}</translation>
    </message>
    <message>
        <source>“Fix it” does this: {changes}</source>
        <translation>« Corriger » fait ceci : {changes}</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Régler la perte</translation>
    </message>
    <message>
        <source>Set output neurons to {activation}</source>
        <translation>Neurones de sortie en {activation}</translation>
    </message>
    <message>
        <source>Resize output layer</source>
        <translation>Redimensionner la couche de sortie</translation>
    </message>
    <message>
        <source>Set output activation</source>
        <translation>Régler l'activation de sortie</translation>
    </message>
    <message>
        <source>Fix it: {changes}</source>
        <translation>Corriger : {changes}</translation>
    </message>
</context>
<context>
    <name>NeuronBadges</name>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the one-letter badge of a dead neuron</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturé</translation>
    </message>
    <message>
        <source>sat.</source>
        <comment>short for saturated</comment>
        <translation>sat.</translation>
    </message>
    <message>
        <source>S</source>
        <comment>the one-letter badge of a saturated neuron</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>always 1</source>
        <translation>toujours 1</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>mal placé</translation>
    </message>
    <message>
        <source>misp.</source>
        <comment>short for misplaced</comment>
        <translation>mal pl.</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the one-letter badge of a misplaced softmax neuron</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>"{short}" stands for "{word}".</source>
        <translation>« {short} » signifie « {word} ».</translation>
    </message>
</context>
<context>
    <name>NeuronHealth</name>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n mort</numerusform>
            <numerusform>%n morts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n saturé</numerusform>
            <numerusform>%n saturés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lone softmax (always 1)</source>
        <translation>
            <numerusform>%n softmax seul (toujours 1)</numerusform>
            <numerusform>%n softmax seuls (toujours 1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n softmax in a hidden layer</source>
        <translation>
            <numerusform>%n softmax dans une couche cachée</numerusform>
            <numerusform>%n softmax dans une couche cachée</numerusform>
        </translation>
    </message>
    <message>
        <source>|gradient|</source>
        <translation>|gradient|</translation>
    </message>
    <message>
        <source>Length of the loss gradient over each layer's weights and biases, on the training data. Log scale: a curve far below the others is a layer that barely learns (vanishing gradient).</source>
        <translation>Longueur du gradient de la perte sur les poids et biais de chaque couche, sur les données d'entraînement. Échelle log : une courbe très en dessous des autres est une couche qui apprend à peine (gradient évanescent).</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>Gradient par couche</translation>
    </message>
    <message>
        <source>PReLU alpha</source>
        <translation>Alpha PReLU</translation>
    </message>
    <message>
        <source>Each PReLU neuron's learned slope alpha for z &lt; 0</source>
        <translation>La pente alpha apprise de chaque neurone PReLU pour z &lt; 0</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neurones</translation>
    </message>
    <message>
        <source>Every neuron's gradient health</source>
        <translation>La santé du gradient de chaque neurone</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{problems}&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; sur %n neurone.</numerusform>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; sur %n neurones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;Aucun neurone mort ou saturé&lt;/b&gt; sur %n neurone.</numerusform>
            <numerusform>&lt;b&gt;Aucun neurone mort ou saturé&lt;/b&gt; sur %n neurones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n training samples.</source>
        <translation>
            <numerusform>Mesuré sur %n exemple d'entraînement.</numerusform>
            <numerusform>Mesuré sur %n exemples d'entraînement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>% zero</source>
        <translation>% nul</translation>
    </message>
    <message>
        <source>% tiny</source>
        <translation>% infime</translation>
    </message>
    <message>
        <source>H1 = Hidden 1, H2 = Hidden 2, ..., Out = the output layer</source>
        <translation>C1 = cachée 1, C2 = cachée 2, ..., Sort. = la couche de sortie</translation>
    </message>
    <message>
        <source>The neuron's number in its layer, counted from the top</source>
        <translation>Le numéro du neurone dans sa couche, compté depuis le haut</translation>
    </message>
    <message>
        <source>dead: a ReLU whose gradient is 0 for (nearly) every sample, so it no longer learns; saturated: a sigmoid/tanh in its flat tails for most samples; always 1: a softmax neuron alone in its layer; misplaced: softmax neurons in a hidden layer; ok: none of these</source>
        <translation>mort : une ReLU dont le gradient est 0 pour (presque) tous les exemples, elle n'apprend donc plus ; saturé : une sigmoïde/tanh dans ses queues plates pour la plupart des exemples ; toujours 1 : un neurone softmax seul dans sa couche ; mal placé : des neurones softmax dans une couche cachée ; ok : rien de tout cela</translation>
    </message>
    <message>
        <source>The neuron's activation function</source>
        <translation>La fonction d'activation du neurone</translation>
    </message>
    <message>
        <source>Zero gradient: % of training samples where the activation's slope g'(z) is exactly 0</source>
        <translation>Gradient nul : % des exemples d'entraînement où la pente g'(z) de l'activation vaut exactement 0</translation>
    </message>
    <message>
        <source>Tiny gradient: % of training samples where |g'(z)| is below {share}% of the activation's largest slope (sigmoid {sigmoid}, tanh 1)</source>
        <translation>Gradient infime : % des exemples d'entraînement où |g'(z)| est sous {share} % de la plus grande pente de l'activation (sigmoïde {sigmoid}, tanh 1)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturé</translation>
    </message>
    <message>
        <source>always 1</source>
        <translation>toujours 1</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>mal placé</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Hidden {layer}</source>
        <translation>Cachée {layer}</translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation>Neurone de sortie {unit}</translation>
    </message>
    <message>
        <source>Hidden {layer} neuron {unit}</source>
        <translation>Cachée {layer}, neurone {unit}</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sort.</translation>
    </message>
    <message>
        <source>H{layer}</source>
        <translation>C{layer}</translation>
    </message>
    <message>
        <source>Dead: z &lt;= 0 for {zero}% of the samples, so the slope is 0 and no weight into this neuron can change. A positive bias, smaller learning rate or Leaky ReLU helps.</source>
        <translation>Mort : z &lt;= 0 pour {zero} % des exemples, donc la pente vaut 0 et aucun poids entrant dans ce neurone ne peut changer. Un biais positif, un taux d'apprentissage plus petit ou Leaky ReLU aident.</translation>
    </message>
    <message>
        <source>Saturated: the slope is almost 0 for {tiny}% of the samples (z far in the flat tails), so learning is very slow. Smaller weights, normalised inputs or ReLU help.</source>
        <translation>Saturé : la pente est presque 0 pour {tiny} % des exemples (z loin dans les queues plates), donc l'apprentissage est très lent. Des poids plus petits, des entrées normalisées ou ReLU aident.</translation>
    </message>
    <message>
        <source>OK: the slope is 0 for {zero}% and tiny for {tiny}% of the samples.</source>
        <translation>OK : la pente vaut 0 pour {zero} % et est infime pour {tiny} % des exemples.</translation>
    </message>
    <message>
        <source>{neuron}. {explanation}</source>
        <translation>{neuron}. {explanation}</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n de plus)</numerusform>
            <numerusform>(+%n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>The slope alpha each PReLU neuron uses for z &lt; 0, as training learns it. 0: like ReLU; 1: linear.</source>
        <translation>La pente alpha que chaque neurone PReLU utilise pour z &lt; 0, telle que l'entraînement l'apprend. 0 : comme ReLU ; 1 : linéaire.</translation>
    </message>
    <message>
        <source>The network has no PReLU neuron. Add one to watch its slope alpha for z &lt; 0 being learned.</source>
        <translation>Le réseau n'a pas de neurone PReLU. Ajoutez-en un pour voir sa pente alpha pour z &lt; 0 s'apprendre.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>;</source>
        <comment>separates numbers written with a decimal comma</comment>
        <translation> ;</translation>
    </message>
</context>
<context>
    <name>OneSample</name>
    <message>
        <source>One sample</source>
        <translation>Un exemple</translation>
    </message>
    <message>
        <source>One Sample's &amp;Numbers…</source>
        <translation>&amp;Calculs d'un exemple…</translation>
    </message>
    <message>
        <source>Step through one sample's forward and backward pass with the real numbers: z = w·x + b, a = g(z), the loss, each δ and each weight's update; for a sample of the data or one you type</source>
        <translation>Parcourir pas à pas la propagation avant et arrière d'un exemple avec les vrais nombres : z = w·x + b, a = g(z), la perte, chaque δ et la mise à jour de chaque poids ; pour un exemple des données ou un que vous tapez</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>The step before (Left arrow or Page Up)</source>
        <translation>L'étape précédente (flèche gauche ou Page préc.)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>The next step (Right arrow or Page Down)</source>
        <translation>L'étape suivante (flèche droite ou Page suiv.)</translation>
    </message>
    <message>
        <source>There is no data to take a sample from. Choose a data set in “Data and training”.</source>
        <translation>Il n'y a pas de données d'où prendre un exemple. Choisissez un jeu de données dans « Données, entraînement ».</translation>
    </message>
    <message>
        <source>The network's inputs do not match the data's features; fix the inputs to explain a sample.</source>
        <translation>Les entrées du réseau ne correspondent pas aux caractéristiques des données ; corrigez les entrées pour expliquer un exemple.</translation>
    </message>
    <message>
        <source>Type a number for each feature and press Enter.</source>
        <translation>Tapez un nombre pour chaque caractéristique et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>The training data has no samples.</source>
        <translation>Les données d'entraînement n'ont aucun exemple.</translation>
    </message>
    <message>
        <source>The test data has no samples.</source>
        <translation>Les données de test n'ont aucun exemple.</translation>
    </message>
    <message>
        <source>This sample cannot be explained: {problem}</source>
        <translation>Cet exemple ne peut pas être expliqué : {problem}</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
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
        <translation>SGD avec momentum</translation>
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
        <translation>{feature} : le champ est vide ; tapez un nombre comme 4 ou 80</translation>
    </message>
    <message>
        <source>{feature}: “{typed}” is not a number; type one such as 4 or 80</source>
        <translation>{feature} : « {typed} » n'est pas un nombre ; tapez-en un comme 4 ou 80</translation>
    </message>
    <message>
        <source>{feature}: “{typed}” is not a finite number; type an ordinary number such as 4 or 80</source>
        <translation>{feature} : « {typed} » n'est pas un nombre fini ; tapez un nombre ordinaire comme 4 ou 80</translation>
    </message>
    <message>
        <source>{feature}: {typed} is too large; use a number from {low} to {high}</source>
        <translation>{feature} : {typed} est trop grand ; utilisez un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>The network's inputs are computed from these: {inputs}.</source>
        <translation>Les entrées du réseau sont calculées à partir de ces valeurs : {inputs}.</translation>
    </message>
    <message>
        <source>Normalised with the training data's mean and spread, as every sample is, before the forward pass: {inputs}.</source>
        <translation>Normalisées avec la moyenne et l'écart des données d'entraînement, comme chaque exemple, avant de traverser le réseau : {inputs}.</translation>
    </message>
</context>
<context>
    <name>OwnSampleForm</name>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>The class this sample should have: the loss and the backward steps compare the network's output with it</source>
        <translation>La classe que cet exemple devrait avoir : la perte et les étapes arrière comparent la sortie du réseau avec elle</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>The value this sample should have: the loss and the backward steps compare the output with it</source>
        <translation>La valeur que cet exemple devrait avoir : la perte et les étapes arrière comparent la sortie avec elle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Explain this sample (Enter in any field)</source>
        <translation>Expliquer cet exemple (Entrée dans n'importe quel champ)</translation>
    </message>
    <message>
        <source>{feature}, in the data's own units (before any normalisation)</source>
        <translation>{feature}, dans les unités propres aux données (avant toute normalisation)</translation>
    </message>
    <message>
        <source>{problem}. Nothing changed.</source>
        <translation>{problem}. Rien n'a changé.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Activation palette</source>
        <translation>Palette d'activations</translation>
    </message>
    <message>
        <source>Drag an activation onto a layer, a neuron or the space between layers; or select one and press Enter to add it to the selected layer. Click one (or press Ctrl+G) to see its curve among all the others.</source>
        <translation>Glissez une activation sur une couche, un neurone ou l'espace entre les couches ; ou sélectionnez-en une et appuyez sur Entrée pour l'ajouter à la couche sélectionnée. Cliquez sur une (ou appuyez sur Ctrl+G) pour voir sa courbe parmi toutes les autres.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg, not '{ending}'</source>
        <translation>impossible d'exporter « {name} » : le nom du fichier doit finir par .png ou .svg, pas « {ending} »</translation>
    </message>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg</source>
        <translation>impossible d'exporter « {name} » : le nom du fichier doit finir par .png ou .svg</translation>
    </message>
    <message>
        <source>cannot export to '{path}': folder '{folder}' does not exist</source>
        <translation>impossible d'exporter vers « {path} » : le dossier « {folder} » n'existe pas</translation>
    </message>
    <message>
        <source>export wrote nothing to '{path}'</source>
        <translation>l'export n'a rien écrit dans « {path} »</translation>
    </message>
    <message>
        <source>could not write SVG '{path}'</source>
        <translation>impossible d'écrire le SVG « {path} »</translation>
    </message>
    <message>
        <source>cannot export '{path}': the plot has no size yet (show its panel first)</source>
        <translation>impossible d'exporter « {path} » : le graphique n'a pas encore de taille (affichez d'abord son panneau)</translation>
    </message>
    <message>
        <source>could not write PNG '{path}'</source>
        <translation>impossible d'écrire le PNG « {path} »</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>{language} ({share} % translated)</source>
        <translation>{language} (traduit à {share} %)</translation>
    </message>
    <message>
        <source>The language of menus, panels and lesson notes; System default follows the computer's language when the app is translated into it, else English</source>
        <translation>La langue des menus, des panneaux et des notes de leçon ; Langue du système suit la langue de l'ordinateur quand l'application y est traduite, sinon l'anglais</translation>
    </message>
    <message>
        <source>A new language applies when Neuron Studio is started again.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage de Neuron Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Audience — {app}</source>
        <translation>Public — {app}</translation>
    </message>
    <message>
        <source>{screen} ({width}×{height})</source>
        <translation>{screen} ({width}×{height})</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Show the audience window on this screen (remembered)</source>
        <translation>Afficher la fenêtre du public sur cet écran (mémorisé)</translation>
    </message>
    <message>
        <source>Presenter view: the stage is on the audience window; {key} ends it</source>
        <translation>Vue présentateur : la scène est dans la fenêtre du public ; {key} la termine</translation>
    </message>
    <message>
        <source>Presenter view ended</source>
        <translation>Vue présentateur terminée</translation>
    </message>
    <message>
        <source>P&amp;resenter View</source>
        <translation>Vue pré&amp;sentateur</translation>
    </message>
    <message>
        <source>The lesson's stage large on a second screen (the projector), the controls and the lesson notes on this one; with one screen, a second window ({key})</source>
        <translation>La scène de la leçon en grand sur un second écran (le projecteur), les commandes et les notes de leçon sur celui-ci ; avec un seul écran, une seconde fenêtre ({key})</translation>
    </message>
    <message>
        <source>&amp;Audience Screen</source>
        <translation>Écran du p&amp;ublic</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Projection mode: F5 or Esc leaves it</source>
        <translation>Mode projection : F5 ou Échap pour en sortir</translation>
    </message>
    <message>
        <source>Projection mode off: your own layout is back</source>
        <translation>Mode projection désactivé : votre disposition est revenue</translation>
    </message>
    <message>
        <source>&amp;Projection Mode</source>
        <translation>&amp;Mode projection</translation>
    </message>
    <message>
        <source>For a classroom projector: larger text, thicker lines, a light high-contrast theme, only the main panels, full screen. F5 or Esc leaves it.</source>
        <translation>Pour un projecteur en classe : texte plus grand, traits plus épais, thème clair à fort contraste, seulement les panneaux principaux, plein écran. F5 ou Échap pour en sortir.</translation>
    </message>
    <message>
        <source>Projection &amp;Text Size</source>
        <translation>&amp;Taille du texte en projection</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text {percent} % of normal size in projection mode (remembered)</source>
        <translation>Texte à {percent} % de la taille normale en mode projection (mémorisé)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record training</source>
        <translation>Filmer l'entraînement</translation>
    </message>
    <message>
        <source>What the video shows</source>
        <translation>Ce que montre la vidéo</translation>
    </message>
    <message>
        <source>The video's size: the view's own size (sharpest), or a size the view is drawn to fit (centred)</source>
        <translation>La taille de la vidéo : la taille propre de la vue (la plus nette), ou une taille à laquelle la vue est adaptée (centrée)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the video</source>
        <translation>Largeur de la vidéo</translation>
    </message>
    <message>
        <source>Height of the video</source>
        <translation>Hauteur de la vidéo</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <source>Frames per second of the video (more: smoother and larger)</source>
        <translation>Images par seconde de la vidéo (plus : plus fluide et plus lourde)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Recording stops after this long (or with Stop Recording)</source>
        <translation>L'enregistrement s'arrête après cette durée (ou avec Arrêter de filmer)</translation>
    </message>
    <message>
        <source>Start &amp;training when recording starts</source>
        <translation>Lancer l'&amp;entraînement au début de l'enregistrement</translation>
    </message>
    <message>
        <source>Press Play for you as recording starts and pause when it stops; otherwise record while you train, step or edit</source>
        <translation>Appuie sur Lecture pour vous au début de l'enregistrement et met en pause à la fin ; sinon, enregistre pendant que vous entraînez, avancez pas à pas ou modifiez</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>&amp;Démarrer l'enregistrement</translation>
    </message>
    <message>
        <source>Close this and record; File &gt; Stop Recording (Ctrl+Shift+V) or the training bar's Stop ends it early</source>
        <translation>Fermer ceci et filmer ; Fichier &gt; Arrêter de filmer (Ctrl+Maj+V) ou Stop dans la barre d'entraînement l'arrête plus tôt</translation>
    </message>
    <message>
        <source>Choose… or type a file name ending in .gif or .mp4</source>
        <translation>Choisir… ou tapez un nom de fichier finissant par .gif ou .mp4</translation>
    </message>
    <message>
        <source>The file to write: .gif for an animated GIF, .mp4 or .webm for a video</source>
        <translation>Le fichier à écrire : .gif pour un GIF animé, .mp4 ou .webm pour une vidéo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the file to save the recording in</source>
        <translation>Choisir le fichier où enregistrer la vidéo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>T&amp;aille</translation>
    </message>
    <message>
        <source>Frame &amp;rate</source>
        <translation>Cade&amp;nce</translation>
    </message>
    <message>
        <source>Stop &amp;after</source>
        <translation>Arrêter &amp;après</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>The file name's ending chooses the format: .gif (slides, web pages), .mp4 (presentations, video players) or .webm.</source>
        <translation>L'extension du nom de fichier choisit le format : .gif (diapositives, pages web), .mp4 (présentations, lecteurs vidéo) ou .webm.</translation>
    </message>
    <message>
        <source>Only in projection mode (F5) or the presenter view</source>
        <translation>Seulement en mode projection (F5) ou en vue présentateur</translation>
    </message>
    <message>
        <source>Save the recording as</source>
        <translation>Enregistrer la vidéo sous</translation>
    </message>
    <message>
        <source>Other size</source>
        <translation>Autre taille</translation>
    </message>
    <message>
        <source>Size of the view</source>
        <translation>Taille de la vue</translation>
    </message>
    <message>
        <source>Size of the view ({width} × {height})</source>
        <translation>Taille de la vue ({width} × {height})</translation>
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
        <translation>Fenêtre entière</translation>
    </message>
    <message>
        <source>Stage (projection mode)</source>
        <translation>Scène (mode projection)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>There is no stage: projection mode (F5) or the presenter view shows one.</source>
        <translation>Il n'y a pas de scène : le mode projection (F5) ou la vue présentateur en affiche une.</translation>
    </message>
    <message>
        <source>The view “{view}” is not shown.</source>
        <translation>La vue « {view} » n'est pas affichée.</translation>
    </message>
    <message>
        <source>The view “{view}” has no room on the screen.</source>
        <translation>La vue « {view} » n'a pas de place à l'écran.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Recording stopped: {problem}</source>
        <translation>Enregistrement arrêté : {problem}</translation>
    </message>
    <message>
        <source>Recording stopped after {seconds} s: {size} GB of frames is the most kept; record a smaller view or size, or fewer frames a second</source>
        <translation>Enregistrement arrêté après {seconds} s : {size} Go d'images est le maximum gardé ; enregistrez une vue ou une taille plus petite, ou moins d'images par seconde</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Record &amp;Training…</source>
        <translation>Filmer l'en&amp;traînement…</translation>
    </message>
    <message>
        <source>Recording: seconds recorded of the time set</source>
        <translation>Enregistrement : secondes enregistrées sur la durée prévue</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Arrêter de filmer</translation>
    </message>
    <message>
        <source>Stop recording and save the video ({shortcut})</source>
        <translation>Arrêter de filmer et sauver la vidéo ({shortcut})</translation>
    </message>
    <message>
        <source>Stop Recor&amp;ding</source>
        <translation>Arrêter de fil&amp;mer</translation>
    </message>
    <message>
        <source>Record the window, the stage or a plot while it trains, as an animated GIF or a video ({shortcut})</source>
        <translation>Filmer la fenêtre, la scène ou un graphique pendant l'entraînement, en GIF animé ou en vidéo ({shortcut})</translation>
    </message>
    <message>
        <source>Recording “{view}” at {fps} frames/s; {shortcut} stops</source>
        <translation>Enregistrement de « {view} » à {fps} images/s ; {shortcut} l'arrête</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation>Enregistrement impossible</translation>
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
        <translation>Enregistrement arrêté</translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frame)…</source>
        <translation>
            <numerusform>Sauvegarde de {name} (%n image)…</numerusform>
            <numerusform>Sauvegarde de {name} (%n images)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frames)…</source>
        <translation>
            <numerusform>Sauvegarde de {name} (%n image)…</numerusform>
            <numerusform>Sauvegarde de {name} (%n images)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation>Sauvegarde de l'enregistrement</translation>
    </message>
    <message>
        <source>Recording not saved: cancelled ({name} not written)</source>
        <translation>Enregistrement non sauvé : annulé ({name} non écrit)</translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation>Impossible de sauver l'enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Enregistrement sauvé : {path} (%n image, {seconds} s, {size} Mo)</numerusform>
            <numerusform>Enregistrement sauvé : {path} (%n images, {seconds} s, {size} Mo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Enregistrement sauvé : {path} (%n image, {seconds} s, {size} Mo)</numerusform>
            <numerusform>Enregistrement sauvé : {path} (%n images, {seconds} s, {size} Mo)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the encoder failed ({error})</source>
        <translation>{path} : l'encodeur a échoué ({error})</translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message>
        <source>Train</source>
        <translation>Entraîn.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Browse the training samples (the network learns from these).</source>
        <translation>Parcourir les exemples d'entraînement (le réseau apprend d'eux).</translation>
    </message>
    <message>
        <source>Browse the test samples (never trained on: they show how well the network generalises).</source>
        <translation>Parcourir les exemples de test (jamais entraînés : ils montrent si le réseau généralise bien).</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Exemple précédent</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Exemple suivant</translation>
    </message>
    <message>
        <source>Number of the sample to show (1 is the first)</source>
        <translation>Numéro de l'exemple à montrer (1 est le premier)</translation>
    </message>
    <message>
        <source>Drag to run through the samples</source>
        <translation>Glissez pour parcourir les exemples</translation>
    </message>
    <message>
        <source>of {count}</source>
        <comment>after the sample's number: 3 of 100</comment>
        <translation>sur {count}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>&lt;b&gt;No data to browse yet.&lt;/b&gt; Choose a data set.</source>
        <translation>&lt;b&gt;Aucune donnée à parcourir pour l'instant.&lt;/b&gt; Choisissez un jeu de données.</translation>
    </message>
    <message>
        <source>The network has {inputs} inputs but the data has {features} features.</source>
        <translation>Le réseau a {inputs} entrées mais les données ont {features} caractéristiques.</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Pas encore de réseau.</translation>
    </message>
    <message>
        <source>hidden {number}</source>
        <comment>a row of activations</comment>
        <translation>cachée {number}</translation>
    </message>
    <message>
        <source>output</source>
        <comment>a row of activations</comment>
        <translation>sortie</translation>
    </message>
    <message>
        <source>Training sample {index} of {count}</source>
        <translation>Exemple d'entraînement {index} sur {count}</translation>
    </message>
    <message>
        <source>Test sample {index} of {count} ({note})</source>
        <translation>Exemple de test {index} sur {count} ({note})</translation>
    </message>
    <message>
        <source>Test sample {index} of {count}</source>
        <translation>Exemple de test {index} sur {count}</translation>
    </message>
    <message>
        <source>{sample}: target {target}</source>
        <translation>{sample} : cible {target}</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt;</source>
        <translation>{sample} : vraie classe &lt;b&gt;{true}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (right)</source>
        <translation>{sample} : vraie classe &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; prédite &lt;b&gt;{predicted}&lt;/b&gt; (juste)</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (wrong)</source>
        <translation>{sample} : vraie classe &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; prédite &lt;b&gt;{predicted}&lt;/b&gt; (faux)</translation>
    </message>
    <message>
        <source>input: {side}×{side} pixels</source>
        <translation>entrée : {side}×{side} pixels</translation>
    </message>
    <message numerus="yes">
        <source>input: %n feature</source>
        <translation>
            <numerusform>entrée : %n caractéristique</numerusform>
            <numerusform>entrée : %n caractéristiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input: %n features</source>
        <translation>
            <numerusform>entrée : %n caractéristique</numerusform>
            <numerusform>entrée : %n caractéristiques</numerusform>
        </translation>
    </message>
    <message>
        <source>pixel {pixel} (row {row}, column {column}): {value}</source>
        <translation>pixel {pixel} (ligne {row}, colonne {column}) : {value}</translation>
    </message>
</context>
<context>
    <name>SampleOutputs</name>
    <message>
        <source>Activations: blue +, orange −, each row up to the ± at its right</source>
        <translation>Activations : bleu +, orange −, chaque ligne jusqu'au ± à sa droite</translation>
    </message>
    <message>
        <source>The activation a of every neuron for this sample, one row per layer. Each row is coloured on its own scale, up to the ± written at its right. Hover a cell for its value.</source>
        <translation>L'activation a de chaque neurone pour cet exemple, une ligne par couche. Chaque ligne a sa propre échelle de couleurs, jusqu'au ± écrit à sa droite. Survolez une case pour sa valeur.</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>couche {number}</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: a = {value}</source>
        <translation>{layer}, neurone {number} : a = {value}</translation>
    </message>
    <message>
        <source>true</source>
        <comment>the true class's row</comment>
        <translation>vraie</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>network's answer</source>
        <translation>réponse du réseau</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>Training sample</source>
        <translation>Exemple d'entraînement</translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation>Exemple de test</translation>
    </message>
    <message>
        <source>Your own sample</source>
        <translation>Votre exemple</translation>
    </message>
    <message>
        <source>Type a sample of your own: one number per feature, in the data's own units, and press Enter</source>
        <translation>Tapez votre propre exemple : un nombre par caractéristique, dans les unités des données, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Typing a sample is offered for data with up to {max} features; this data has {n}: pick one of its samples instead</source>
        <translation>Taper un exemple est proposé pour des données d'au plus {max} caractéristiques ; celles-ci en ont {n} : choisissez plutôt un de leurs exemples</translation>
    </message>
    <message>
        <source>… ({count} features)</source>
        <translation>… ({count} caractéristiques)</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>classe {name}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>cible {value}</translation>
    </message>
    <message>
        <source>Explain a sample of the training data or of the test data, or one you type</source>
        <translation>Expliquer un exemple des données d'entraînement ou de test, ou un que vous tapez</translation>
    </message>
    <message>
        <source>The sample's number; or click a point in the Map</source>
        <translation>Le numéro de l'exemple ; ou cliquez sur un point de la Carte</translation>
    </message>
    <message>
        <source>The sample's features as the data gives them, and its class or target</source>
        <translation>Les caractéristiques de l'exemple telles que les données les donnent, et sa classe ou sa cible</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
    <message>
        <source>{sample}  (typed in)</source>
        <translation>{sample}  (tapé)</translation>
    </message>
</context>
<context>
    <name>SchemeMenu</name>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>Jeu de &amp;couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>Light or dark as the system's settings say (light where the system says nothing)</source>
        <translation>Clair ou sombre selon les réglages du système (clair si le système ne dit rien)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Always the light colours</source>
        <translation>Toujours les couleurs claires</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Always the dark colours (projection mode stays light)</source>
        <translation>Toujours les couleurs sombres (le mode projection reste clair)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {example}.</source>
        <translation>Le champ est vide ; tapez un nombre comme {example}.</translation>
    </message>
    <message>
        <source>{text} is not a number; type one such as {example}.</source>
        <translation>{text} n'est pas un nombre ; tapez-en un comme {example}.</translation>
    </message>
    <message>
        <source>{text} is not a whole number; type one such as {example}.</source>
        <translation>{text} n'est pas un nombre entier ; tapez-en un comme {example}.</translation>
    </message>
    <message>
        <source>What was wrong with the last entry; the setting kept its value.</source>
        <translation>Ce qui n'allait pas dans la dernière saisie ; le réglage a gardé sa valeur.</translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation>Régler le nombre d'exemples</translation>
    </message>
    <message>
        <source>Set data seed</source>
        <translation>Régler la graine des données</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Régler le bruit</translation>
    </message>
    <message>
        <source>Set normalize inputs</source>
        <translation>Régler la normalisation des entrées</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Régler la taille de batch</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Régler le taux d'apprentissage</translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation>Régler le momentum</translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation>Régler le taux de régularisation</translation>
    </message>
    <message>
        <source>Set training seed</source>
        <translation>Régler la graine d'entraînement</translation>
    </message>
    <message>
        <source>Set train share</source>
        <translation>Régler la part d'entraînement</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>Régler l'optimiseur</translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation>Régler la régularisation</translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation>Régler {setting}</translation>
    </message>
    <message>
        <source>Set problem type to regression</source>
        <translation>Passer le type de problème en régression</translation>
    </message>
    <message>
        <source>Regression does not fit this data: {error}</source>
        <translation>La régression ne convient pas à ces données : {error}</translation>
    </message>
    <message>
        <source>Set problem type to classification</source>
        <translation>Passer le type de problème en classification</translation>
    </message>
    <message>
        <source>Classification does not fit this data: {error}</source>
        <translation>La classification ne convient pas à ces données : {error}</translation>
    </message>
    <message>
        <source>What the last data change did, or why it was refused.</source>
        <translation>Ce qu'a fait le dernier changement de données, ou pourquoi il a été refusé.</translation>
    </message>
    <message>
        <source>{field}: {problem} It stays {value}.</source>
        <translation>{field} : {problem} Reste à {value}.</translation>
    </message>
    <message>
        <source>Use data set {name}</source>
        <translation>Utiliser le jeu de données {name}</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>{shape} ({activation}, {loss})</source>
        <translation>{shape} ({activation}, {loss})</translation>
    </message>
    <message>
        <source>{change}: the network changed to fit it: {network}.</source>
        <translation>{change} : le réseau a changé pour s'adapter : {network}.</translation>
    </message>
    <message>
        <source>{change}: the network now has {network}.</source>
        <translation>{change} : le réseau a maintenant {network}.</translation>
    </message>
    <message>
        <source>{change}: the network fits as it is: {network}.</source>
        <translation>{change} : le réseau convient tel quel : {network}.</translation>
    </message>
    <message>
        <source>Use CSV file {name}</source>
        <translation>Utiliser le fichier CSV {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>new, open, save, save as</source>
        <translation>nouveau, ouvrir, enregistrer, enregistrer sous</translation>
    </message>
    <message>
        <source>new window, close window, quit (every window)</source>
        <translation>nouvelle fenêtre, fermer la fenêtre, quitter (toutes les fenêtres)</translation>
    </message>
    <message>
        <source>export a printable handout (PDF)</source>
        <translation>exporter une fiche imprimable (PDF)</translation>
    </message>
    <message>
        <source>undo, redo (redo is also Ctrl+Y on Windows)</source>
        <translation>annuler, rétablir (rétablir est aussi Ctrl+Y sous Windows)</translation>
    </message>
    <message>
        <source>delete the selected neurons or layer</source>
        <translation>supprimer les neurones ou la couche sélectionnés</translation>
    </message>
    <message>
        <source>select all neurons</source>
        <translation>sélectionner tous les neurones</translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation>ajouter une couche cachée</translation>
    </message>
    <message>
        <source>add a neuron to the selected layer</source>
        <translation>ajouter un neurone à la couche sélectionnée</translation>
    </message>
    <message>
        <source>zoom in, out, 100 %, fit</source>
        <translation>zoom avant, arrière, 100 %, ajuster</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>plein écran</translation>
    </message>
    <message>
        <source>train / pause</source>
        <translation>entraîner / pause</translation>
    </message>
    <message>
        <source>train one epoch / one mini-batch</source>
        <translation>entraîner une époque / un mini-batch</translation>
    </message>
    <message>
        <source>back to the starting weights / new random weights</source>
        <translation>retour aux poids de départ / nouveaux poids aléatoires</translation>
    </message>
    <message>
        <source>one sample's numbers (forward and backward pass)</source>
        <translation>calculs d'un exemple (propagation avant et arrière)</translation>
    </message>
    <message>
        <source>neuron health: dead and saturated neurons, gradient size per layer</source>
        <translation>santé des neurones : neurones morts et saturés, taille du gradient par couche</translation>
    </message>
    <message>
        <source>linear collapse</source>
        <translation>réduction linéaire</translation>
    </message>
    <message>
        <source>compare trials</source>
        <translation>comparer les essais</translation>
    </message>
    <message>
        <source>draw your own data on the Map (left button draws, right button erases)</source>
        <translation>dessiner vos propres données sur la Carte (bouton gauche dessine, bouton droit efface)</translation>
    </message>
    <message>
        <source>activation functions: every g(z) and g′(z) side by side (a click on a palette entry, or Ctrl+G in the palette, shows its card)</source>
        <translation>fonctions d'activation : chaque g(z) et g′(z) côte à côte (un clic sur une entrée de la palette, ou Ctrl+G dans la palette, montre sa carte)</translation>
    </message>
    <message>
        <source>preferences (language)</source>
        <translation>préférences (langue)</translation>
    </message>
    <message>
        <source>projection mode on / off</source>
        <translation>mode projection oui / non</translation>
    </message>
    <message>
        <source>record training as a GIF or video / stop recording</source>
        <translation>filmer l'entraînement en GIF ou vidéo / arrêter de filmer</translation>
    </message>
    <message>
        <source>Drag a neuron from the palette into a layer, into the gap between two layers (a new layer), or onto a neuron (change its activation). Double-click a link or a bias to type a value. Right-click a neuron for more.</source>
        <translation>Glissez un neurone de la palette dans une couche, dans l'espace entre deux couches (une nouvelle couche), ou sur un neurone (changer son activation). Double-cliquez sur une connexion ou un biais pour taper une valeur. Clic droit sur un neurone pour plus.</translation>
    </message>
</context>
<context>
    <name>SoftmaxCurves</name>
    <message>
        <source>The curve: this neuron's probability as its own z moves while the other softmax neurons of its layer keep their mean z over the training data. Thin lines: their probabilities; dotted: the sum of all, 1 at every z. Dots: training samples at their z, placed on the curve (a sample's real probability also depends on the other neurons' z for that sample).</source>
        <translation>La courbe : la probabilité de ce neurone quand son propre z varie pendant que les autres neurones softmax de sa couche gardent leur z moyen sur les données d'entraînement. Traits fins : leurs probabilités ; pointillés : la somme de toutes, 1 pour tout z. Points : les exemples d'entraînement à leur z, placés sur la courbe (la vraie probabilité d'un exemple dépend aussi du z des autres neurones pour cet exemple).</translation>
    </message>
    <message>
        <source>alone in its layer:&lt;br&gt;p = e^z / e^z = 1 for every z</source>
        <translation>seul dans sa couche :&lt;br&gt;p = e^z / e^z = 1 pour tout z</translation>
    </message>
    <message>
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other one held at its mean z</source>
        <translation>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;l'autre fixé à son z moyen</translation>
    </message>
    <message numerus="yes">
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</source>
        <translation>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;l'autre (%n) fixé à son z moyen</numerusform>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;les %n autres fixés à leur z moyen</numerusform>
        </translation>
    </message>
    <message>
        <source>sum = 1</source>
        <translation>somme = 1</translation>
    </message>
</context>
<context>
    <name>SoftmaxUse</name>
    <message>
        <source>A softmax neuron alone always outputs 1: softmax divides e^z by the sum of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights never learn. In a hidden layer use ReLU or tanh instead.</source>
        <translation>Un neurone softmax seul donne toujours 1 : softmax divise e^z par la somme des e^z des neurones softmax de sa couche, et seul, cela fait e^z / e^z = 1 quelles que soient ses entrées. Il ne transmet aucune information, et sa pente p (1 - p) vaut 0, donc ses poids n'apprennent jamais. Dans une couche cachée, utilisez plutôt ReLU ou tanh.</translation>
    </message>
    <message>
        <source>A softmax neuron alone always outputs 1: softmax divides e^z by the sum of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights never learn. For one output use sigmoid (two classes) or linear (a number); softmax needs 2 or more output neurons, one per class, with categorical cross-entropy.</source>
        <translation>Un neurone softmax seul donne toujours 1 : softmax divise e^z par la somme des e^z des neurones softmax de sa couche, et seul, cela fait e^z / e^z = 1 quelles que soient ses entrées. Il ne transmet aucune information, et sa pente p (1 - p) vaut 0, donc ses poids n'apprennent jamais. Pour une seule sortie, utilisez sigmoïde (deux classes) ou linéaire (un nombre) ; softmax a besoin d'au moins 2 neurones de sortie, un par classe, avec l'entropie croisée catégorielle.</translation>
    </message>
    <message>
        <source>Softmax in a hidden layer: its outputs always add up to 1, so the layer's softmax neurons compete for one share instead of each passing on its own feature (the last one says nothing new: it is 1 minus the others). Softmax belongs in the output layer, where it turns the outputs into class probabilities. Use ReLU or tanh here.</source>
        <translation>Softmax dans une couche cachée : ses sorties ont toujours une somme de 1, donc les neurones softmax de la couche se disputent une même part au lieu de transmettre chacun sa propre caractéristique (le dernier n'apporte rien de neuf : il vaut 1 moins les autres). Softmax a sa place dans la couche de sortie, où il transforme les sorties en probabilités de classes. Utilisez ReLU ou tanh ici.</translation>
    </message>
</context>
<context>
    <name>Stability</name>
    <message>
        <source>the training loss jumped from {low} to {now} within 1 epoch</source>
        <translation>la perte d'entraînement a bondi de {low} à {now} en 1 époque</translation>
    </message>
    <message numerus="yes">
        <source>the training loss jumped from {low} to {now} within %n epochs</source>
        <translation>
            <numerusform>la perte d'entraînement a bondi de {low} à {now} en %n époque</numerusform>
            <numerusform>la perte d'entraînement a bondi de {low} à {now} en %n époques</numerusform>
        </translation>
    </message>
    <message>
        <source>{dead} of the {total} ReLU neurons died within 1 epoch (they output 0 for every sample and no longer learn)</source>
        <translation>neurones ReLU morts en 1 époque : {dead} sur {total} (ils donnent 0 pour tous les exemples et n'apprennent plus)</translation>
    </message>
    <message numerus="yes">
        <source>{dead} of the {total} ReLU neurons died within %n epochs (they output 0 for every sample and no longer learn)</source>
        <translation>
            <numerusform>neurones ReLU morts en %n époque : {dead} sur {total} (ils donnent 0 pour tous les exemples et n'apprennent plus)</numerusform>
            <numerusform>neurones ReLU morts en %n époques : {dead} sur {total} (ils donnent 0 pour tous les exemples et n'apprennent plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Close {panel}: the stage goes back to the lesson's layout</source>
        <translation>Fermer {panel} : la scène revient à la disposition de la leçon</translation>
    </message>
    <message>
        <source>Close {panel}</source>
        <translation>Fermer {panel}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Point at a neuron in the editor to see its map here; select one to keep it</source>
        <translation>Pointez un neurone dans l'éditeur pour voir sa carte ici ; sélectionnez-le pour la garder</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>unknown {value}; expected one of {choices}</source>
        <translation>valeur {value} inconnue ; valeurs possibles : {choices}</translation>
    </message>
    <message>
        <source>must be a number in {interval}, got {value}</source>
        <translation>doit être un nombre dans {interval}, pas {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>doit être un nombre entier de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <source>a regression target needs 1 output neuron, the network has {count}</source>
        <translation>une cible de régression demande 1 neurone de sortie, le réseau en a {count}</translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the network has 1 output; give the output layer %n softmax neurons</source>
        <translation>
            <numerusform>les données ont %n classe mais le réseau a 1 sortie ; donnez à la couche de sortie %n neurone softmax</numerusform>
            <numerusform>les données ont %n classes mais le réseau a 1 sortie ; donnez à la couche de sortie %n neurones softmax</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the output layer has {outputs} neurons; use %n (one per class) or 1 for two classes</source>
        <translation>
            <numerusform>les données ont %n classe mais la couche de sortie a {outputs} neurones ; utilisez-en %n (un par classe), ou 1 pour deux classes</numerusform>
            <numerusform>les données ont %n classes mais la couche de sortie a {outputs} neurones ; utilisez-en %n (un par classe), ou 1 pour deux classes</numerusform>
        </translation>
    </message>
    <message>
        <source>the data has {features} features but the network has {inputs} inputs</source>
        <translation>les données ont {features} caractéristiques mais le réseau a {inputs} entrées</translation>
    </message>
    <message>
        <source>there are no samples to train on</source>
        <translation>il n'y a aucun exemple d'entraînement</translation>
    </message>
    <message>
        <source>{neurons} neurons on {samples} samples would need about {need} GB of memory to train (at most {limit} GB); use fewer samples or neurons</source>
        <translation>{neurons} neurones sur {samples} exemples demanderaient environ {need} Go de mémoire pour l'entraînement ({limit} Go au plus) ; utilisez moins d'exemples ou de neurones</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}: the loss became infinite or NaN. The weights are those of the last finite step. Try a smaller learning rate (now {rate}, e.g. {smaller}).</source>
        <translation>L'entraînement a divergé à l'époque {epoch} : la perte est devenue infinie ou NaN. Les poids sont ceux du dernier pas aux valeurs finies. Essayez un taux d'apprentissage plus petit (actuellement {rate}, p. ex. {smaller}).</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}: the weights became infinite or NaN. The weights are those of the last finite step. Try a smaller learning rate (now {rate}, e.g. {smaller}).</source>
        <translation>L'entraînement a divergé à l'époque {epoch} : les poids sont devenus infinis ou NaN. Les poids sont ceux du dernier pas aux valeurs finies. Essayez un taux d'apprentissage plus petit (actuellement {rate}, p. ex. {smaller}).</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>Fastest</source>
        <translation>Maximum</translation>
    </message>
    <message numerus="yes">
        <source>%n epochs/s</source>
        <translation>
            <numerusform>%n époque/s</numerusform>
            <numerusform>%n époques/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Train until you pause (Space)</source>
        <translation>Entraîner jusqu'à la pause (Espace)</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>1 &amp;époque</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then stop (Ctrl+Right)</source>
        <translation>Entraîner exactement une époque, puis s'arrêter (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>1 &amp;batch</translation>
    </message>
    <message>
        <source>Train on one mini-batch only: one update of the weights (Ctrl+Shift+Right)</source>
        <translation>Entraîner sur un seul mini-batch : une mise à jour des poids (Ctrl+Maj+Droite)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Retour à 0</translation>
    </message>
    <message>
        <source>Back to the weights training started from, epoch 0 (Ctrl+R); Undo brings the training back</source>
        <translation>Revenir aux poids de départ de l'entraînement, époque 0 (Ctrl+R) ; Annuler ramène l'entraînement</translation>
    </message>
    <message>
        <source>&amp;New weights</source>
        <translation>&amp;Nouveaux poids</translation>
    </message>
    <message>
        <source>Draw new random initial weights and start over; Undo brings the old ones back (Ctrl+Shift+R)</source>
        <translation>Tirer de nouveaux poids initiaux aléatoires et recommencer ; Annuler ramène les anciens (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>How fast to train: as fast as the computer can, or slowly enough to watch every epoch</source>
        <translation>Vitesse d'entraînement : aussi vite que l'ordinateur peut, ou assez lentement pour voir chaque époque</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Vitesse d'entraînement</translation>
    </message>
    <message>
        <source>Epochs trained: passes over the whole training set</source>
        <translation>Époques entraînées : passages sur tout le jeu d'entraînement</translation>
    </message>
    <message>
        <source>Measured training speed while it runs</source>
        <translation>Vitesse d'entraînement mesurée pendant qu'il tourne</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Mettre l'entraînement en pause (Espace)</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Époque {epoch}</translation>
    </message>
    <message>
        <source>{rate} epochs/s</source>
        <translation>{rate} époques/s</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Plain gradient descent: w ← w − learning rate × gradient.</source>
        <translation>Descente de gradient simple : w ← w − taux d'apprentissage × gradient.</translation>
    </message>
    <message>
        <source>Gradient descent that keeps a running direction (velocity), so it rolls through flat stretches and small bumps.</source>
        <translation>Descente de gradient qui garde une direction courante (vitesse), pour rouler à travers les zones plates et les petites bosses.</translation>
    </message>
    <message>
        <source>Adapts the step of every weight to the size of its recent gradients; often works with little tuning (try learning rate {rate}).</source>
        <translation>Adapte le pas de chaque poids à la taille de ses gradients récents ; marche souvent sans beaucoup de réglage (essayez un taux d'apprentissage de {rate}).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No penalty on the weights.</source>
        <translation>Aucune pénalité sur les poids.</translation>
    </message>
    <message>
        <source>L1: adds rate × Σ|w|, pushing unneeded weights to exactly 0.</source>
        <translation>L1 : ajoute taux × Σ|w|, poussant les poids inutiles à exactement 0.</translation>
    </message>
    <message>
        <source>L2: adds ½ rate × Σw², keeping all weights small.</source>
        <translation>L2 : ajoute ½ taux × Σw², gardant tous les poids petits.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Share of the data used for training; the rest is test data that shows how well the network does on points it never learned from.</source>
        <translation>Part des données utilisée pour l'entraînement ; le reste est le jeu de test, qui montre comment le réseau s'en sort sur des points qu'il n'a jamais appris.</translation>
    </message>
    <message>
        <source>How many samples each step averages its gradient over. 1 gives noisy, quick steps; the whole training set gives smooth, slow ones.</source>
        <translation>Sur combien d'exemples chaque pas moyenne son gradient. 1 donne des pas rapides et bruités ; tout le jeu d'entraînement des pas lisses et lents.</translation>
    </message>
    <message>
        <source>How big a step each update takes. Too small: slow; too large: the loss jumps about or explodes. Pick a value or type one.</source>
        <translation>La taille du pas de chaque mise à jour. Trop petit : lent ; trop grand : la perte saute ou explose. Choisissez une valeur ou tapez-en une.</translation>
    </message>
    <message>
        <source>How the gradient becomes a weight update.</source>
        <translation>Comment le gradient devient une mise à jour des poids.</translation>
    </message>
    <message>
        <source>How much of the previous step's direction is kept (0 to below 1; {usual} is usual).</source>
        <translation>Quelle part de la direction du pas précédent est gardée (de 0 à moins de 1 ; {usual} est courant).</translation>
    </message>
    <message>
        <source>A penalty on large weights that keeps the network simpler and can reduce overfitting. Biases are never penalised.</source>
        <translation>Une pénalité sur les grands poids qui garde le réseau plus simple et peut réduire le surapprentissage. Les biais ne sont jamais pénalisés.</translation>
    </message>
    <message>
        <source>How strong the weight penalty is. Pick a value or type one (0 to 10).</source>
        <translation>La force de la pénalité sur les poids. Choisissez une valeur ou tapez-en une (0 à 10).</translation>
    </message>
    <message>
        <source>The random seed for the train/test split and the order of the batches: the same seed gives the same run.</source>
        <translation>La graine aléatoire de la séparation entraînement/test et de l'ordre des batchs : la même graine donne le même entraînement.</translation>
    </message>
    <message>
        <source>Train &amp;share</source>
        <translation>Part d'&amp;entraînement</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>Taille de &amp;batch</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Moment&amp;um</source>
        <translation>Moment&amp;um</translation>
    </message>
    <message>
        <source>&amp;Regularization</source>
        <translation>&amp;Régularisation</translation>
    </message>
    <message>
        <source>Trainin&amp;g seed</source>
        <translation>&amp;Graine d'entraînement</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de batch</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation>Graine d'entraînement</translation>
    </message>
</context>
<context>
    <name>TrialControls</name>
    <message>
        <source>Units in a layer</source>
        <translation>Unités (couche)</translation>
    </message>
    <message>
        <source>Activation of a layer</source>
        <translation>Activation (couche)</translation>
    </message>
    <message>
        <source>Activation of a neuron</source>
        <translation>Activation (neurone)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de batch</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Cachée {number}</translation>
    </message>
    <message>
        <source>The one setting that differs between the trials; everything else (data, seeds, starting weights) stays the same</source>
        <translation>Le seul réglage qui diffère entre les essais ; tout le reste (données, graines, poids de départ) reste identique</translation>
    </message>
    <message>
        <source>The layer whose units or activation the trials change</source>
        <translation>La couche dont les essais changent les unités ou l'activation</translation>
    </message>
    <message>
        <source>The neuron whose activation the trials change</source>
        <translation>Le neurone dont les essais changent l'activation</translation>
    </message>
    <message>
        <source>One value per trial, separated by commas (at most {count})</source>
        <translation>Une valeur par essai, séparées par des virgules (au plus {count})</translation>
    </message>
    <message>
        <source>How many epochs each trial trains</source>
        <translation>Combien d'époques chaque essai entraîne</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Varier</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary</source>
        <translation>le réseau n'a pas de couche cachée dont les unités pourraient varier</translation>
    </message>
    <message>
        <source>tick at least one activation</source>
        <translation>cochez au moins une activation</translation>
    </message>
    <message>
        <source>tick at least one optimizer</source>
        <translation>cochez au moins un optimiseur</translation>
    </message>
    <message>
        <source>type the values to try, separated by commas, e.g. 1, 2, 3</source>
        <translation>tapez les valeurs à essayer, séparées par des virgules, p. ex. 1, 2, 3</translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n unit)</source>
        <translation>
            <numerusform>{layer} (%n unité)</numerusform>
            <numerusform>{layer} (%n unités)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n units)</source>
        <translation>
            <numerusform>{layer} (%n unité)</numerusform>
            <numerusform>{layer} (%n unités)</numerusform>
        </translation>
    </message>
    <message>
        <source>Neuron {number} ({activation})</source>
        <translation>Neurone {number} ({activation})</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n'est pas un nombre</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Show or hide what the trials vary and the values they try (hidden while trials run in a narrow panel, so the results have room)</source>
        <translation>Afficher ou masquer ce que les essais font varier et les valeurs essayées (masqué pendant les essais dans un panneau étroit, pour laisser de la place aux résultats)</translation>
    </message>
    <message>
        <source>The plan of these trials; press Plan to change it</source>
        <translation>Le plan de ces essais ; appuyez sur Plan pour le changer</translation>
    </message>
    <message>
        <source>{setting}, {layer}: {problem}</source>
        <translation>{setting}, {layer} : {problem}</translation>
    </message>
    <message>
        <source>{setting}: {problem}</source>
        <translation>{setting} : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting}, {layer} : {values} ; %n époque</numerusform>
            <numerusform>{setting}, {layer} : {values} ; %n époques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}, {layer} : {values} ; %n époque</numerusform>
            <numerusform>{setting}, {layer} : {values} ; %n époques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting} : {values} ; %n époque</numerusform>
            <numerusform>{setting} : {values} ; %n époques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting} : {values} ; %n époque</numerusform>
            <numerusform>{setting} : {values} ; %n époques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialResults</name>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Perte
entr.</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Perte
test</translation>
    </message>
    <message>
        <source>Train
acc.</source>
        <translation>Préc.
entr.</translation>
    </message>
    <message>
        <source>Test
acc.</source>
        <translation>Préc.
test</translation>
    </message>
    <message>
        <source>Test acc.
changed</source>
        <translation>Préc. test
modifiée</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A trial ties when its test loss is above the lowest by less than 2 standard errors of the per-sample differences (both are measured on the same test samples): a gap that small could come from which samples are in the test set.</source>
        <translation>Un essai est à égalité quand sa perte de test dépasse la plus basse de moins de 2 erreurs types des différences par exemple (les deux sont mesurées sur les mêmes exemples de test) : un écart aussi petit pourrait venir des exemples qui se trouvent dans le jeu de test.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perte test</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Train loss too (dashed)</source>
        <translation>Perte d'entraînement aussi (pointillés)</translation>
    </message>
    <message>
        <source>Also draw each trial's loss on the training data, dashed in the same colour. A gap between a trial's two curves means it fits the training data better than new data.</source>
        <translation>Tracer aussi la perte de chaque essai sur les données d'entraînement, en pointillés de la même couleur. Un écart entre les deux courbes d'un essai signifie qu'il colle mieux aux données d'entraînement qu'aux nouvelles données.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Final values of each trial (the last epoch). Double-click a row to make that trial the current network.</source>
        <translation>Valeurs finales de chaque essai (la dernière époque). Double-cliquez sur une ligne pour faire de cet essai le réseau actuel.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>diverged at epoch {epoch}</source>
        <translation>a divergé à l'époque {epoch}</translation>
    </message>
    <message>
        <source>stopped at epoch {epoch}</source>
        <translation>arrêté à l'époque {epoch}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>As good as the lowest test loss within noise. {rule}</source>
        <translation>Aussi bon que la plus basse perte de test, au bruit près. {rule}</translation>
    </message>
    <message>
        <source>best</source>
        <translation>meilleur</translation>
    </message>
    <message>
        <source>The lowest final test loss of the trials that finished, and no other ties with it. {rule}</source>
        <translation>La plus basse perte de test finale des essais terminés, sans autre essai à égalité. {rule}</translation>
    </message>
    <message>
        <source>tie: smallest</source>
        <translation>égalité : le plus petit</translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the smallest of the tie: Use the best takes it. {rule}</source>
        <translation>À égalité avec la plus basse perte de test, et le plus petit des ex aequo : Prendre le meilleur le choisit. {rule}</translation>
    </message>
    <message>
        <source>tie: first</source>
        <translation>égalité : le premier</translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the first of the tie: Use the best takes it. {rule}</source>
        <translation>À égalité avec la plus basse perte de test, et le premier des ex aequo : Prendre le meilleur le choisit. {rule}</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Compare trials</source>
        <translation>Comparer les essais</translation>
    </message>
    <message>
        <source>Compare &amp;Trials…</source>
        <translation>Comparer les &amp;essais…</translation>
    </message>
    <message>
        <source>Train copies of the network that differ in one setting (units, activation, learning rate, optimizer or batch size) and compare them</source>
        <translation>Entraîner des copies du réseau qui diffèrent par un réglage (unités, activation, taux d'apprentissage, optimiseur ou taille de batch) et les comparer</translation>
    </message>
    <message>
        <source>When trials tie (within noise), the smallest is named (fewest units; for other settings the first in the list). {rule}</source>
        <translation>Quand des essais sont à égalité (au bruit près), le plus petit est désigné (le moins d'unités ; pour les autres réglages le premier de la liste). {rule}</translation>
    </message>
    <message>
        <source>Run trials</source>
        <translation>Lancer les essais</translation>
    </message>
    <message>
        <source>Train one copy of the network per value, each from the same starting weights and seeds</source>
        <translation>Entraîner une copie du réseau par valeur, chacune depuis les mêmes poids de départ et graines</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop after the current epoch; finished trials stay</source>
        <translation>S'arrêter après l'époque en cours ; les essais terminés restent</translation>
    </message>
    <message>
        <source>Use the best</source>
        <translation>Prendre le meilleur</translation>
    </message>
    <message>
        <source>Make the best trial the current network, trained as it is: the lowest final test loss, or, when others tie with it within noise, the smallest of them (fewest units; else the first in the list). Undo brings back the previous one.</source>
        <translation>Faire du meilleur essai le réseau actuel, entraîné tel quel : la plus basse perte de test finale, ou, quand d'autres sont à égalité au bruit près, le plus petit d'entre eux (le moins d'unités ; sinon le premier de la liste). Annuler ramène le précédent.</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Make the trial selected in the table the current network (or double-click its row)</source>
        <translation>Faire de l'essai sélectionné dans le tableau le réseau actuel (ou double-cliquez sur sa ligne)</translation>
    </message>
    <message>
        <source>The lesson's trial plan cannot be used: {problem}</source>
        <translation>Le plan d'essais de la leçon est inutilisable : {problem}</translation>
    </message>
    <message>
        <source>Choose what to vary and the values to try, then Run trials.</source>
        <translation>Choisissez quoi faire varier et les valeurs à essayer, puis Lancer les essais.</translation>
    </message>
    <message>
        <source>This lesson suggests these trials: press Run trials.</source>
        <translation>Cette leçon propose ces essais : appuyez sur Lancer les essais.</translation>
    </message>
    <message>
        <source>Cannot run: {problem}</source>
        <translation>Lancement impossible : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n trial of {epochs} epochs…</source>
        <translation>
            <numerusform>%n essai de {epochs} époques en cours…</numerusform>
            <numerusform>%n essais de {epochs} époques en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n trials of {epochs} epochs…</source>
        <translation>
            <numerusform>%n essai de {epochs} époques en cours…</numerusform>
            <numerusform>%n essais de {epochs} époques en cours…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial {number} of {count} ({trial}): epoch {epoch} of {epochs}</source>
        <translation>Essai {number} sur {count} ({trial}) : époque {epoch} sur {epochs}</translation>
    </message>
    <message>
        <source>Test acc.
{adjustment}</source>
        <translation>Préc. test
{adjustment}</translation>
    </message>
    <message>
        <source>No trial has finished without diverging yet.</source>
        <translation>Aucun essai n'a encore fini sans diverger.</translation>
    </message>
    <message>
        <source>That trial has not finished yet.</source>
        <translation>Cet essai n'est pas encore terminé.</translation>
    </message>
    <message>
        <source>The data or inputs changed since these trials ran; run them again.</source>
        <translation>Les données ou les entrées ont changé depuis ces essais ; relancez-les.</translation>
    </message>
    <message>
        <source>Use trial “{trial}”</source>
        <translation>Prendre l'essai « {trial} »</translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>Le réseau est maintenant l'essai « {trial} », entraîné %n époque. Annuler (Ctrl+Z) ramène le précédent.</numerusform>
            <numerusform>Le réseau est maintenant l'essai « {trial} », entraîné %n époques. Annuler (Ctrl+Z) ramène le précédent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>Le réseau est maintenant l'essai « {trial} », entraîné %n époque. Annuler (Ctrl+Z) ramène le précédent.</numerusform>
            <numerusform>Le réseau est maintenant l'essai « {trial} », entraîné %n époques. Annuler (Ctrl+Z) ramène le précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now using trial &lt;b&gt;{trial}&lt;/b&gt;. Undo (Ctrl+Z) brings back the previous network.</source>
        <translation>Essai &lt;b&gt;{trial}&lt;/b&gt; utilisé. Annuler (Ctrl+Z) ramène le réseau précédent.</translation>
    </message>
    <message>
        <source>the trials stopped on an unexpected error: {error}</source>
        <translation>les essais se sont arrêtés sur une erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>All ended with the same loss ({loss}): this setting made no difference here.</source>
        <translation>Tous ont fini avec la même perte ({loss}) : ce réglage n'a rien changé ici.</translation>
    </message>
    <message>
        <source>{tie} Use the best to make it the current network.</source>
        <translation>{tie} Prendre le meilleur en fait le réseau actuel.</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;{trial}&lt;/b&gt; (test loss {loss}). Use the best to make it the current network.</source>
        <translation>Meilleur : &lt;b&gt;{trial}&lt;/b&gt; (perte de test {loss}). Prendre le meilleur en fait le réseau actuel.</translation>
    </message>
    <message>
        <source>Every trial diverged: try smaller learning rates.</source>
        <translation>Tous les essais ont divergé : essayez des taux d'apprentissage plus petits.</translation>
    </message>
    <message>
        <source>{done} {found}</source>
        <translation>{done} {found}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>{done} sur %n essai terminé en {seconds} s.</numerusform>
            <numerusform>{done} sur %n essais terminés en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>{done} sur %n essai terminé en {seconds} s.</numerusform>
            <numerusform>{done} sur %n essais terminés en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>Arrêté : {done} sur %n essai terminé en {seconds} s.</numerusform>
            <numerusform>Arrêté : {done} sur %n essais terminés en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>Arrêté : {done} sur %n essai terminé en {seconds} s.</numerusform>
            <numerusform>Arrêté : {done} sur %n essais terminés en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>{values} and {last} units tie (within noise); the smallest is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation>{values} et {last} unités sont à égalité (au bruit près) ; le plus petit est &lt;b&gt;{trial}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{trials} and {last} tie (within noise); the first of them is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation>{trials} et {last} sont à égalité (au bruit près) ; le premier est &lt;b&gt;{trial}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>cannot vary {setting}; choose one of {settings}</source>
        <translation>impossible de faire varier {setting} ; choisissez parmi {settings}</translation>
    </message>
    <message>
        <source>values must be a list, got {values}</source>
        <translation>les valeurs doivent être une liste ; reçu : {values}</translation>
    </message>
    <message>
        <source>give 1 to {most} values (one per trial), got {count}</source>
        <translation>donnez de 1 à {most} valeurs (une par essai) ; reçu : {count}</translation>
    </message>
    <message>
        <source>each value may appear once; repeated: {values}</source>
        <translation>chaque valeur ne peut apparaître qu'une fois ; répétées : {values}</translation>
    </message>
    <message>
        <source>varying units needs a layer</source>
        <translation>faire varier les unités demande une couche</translation>
    </message>
    <message>
        <source>varying activation needs a layer</source>
        <translation>faire varier l'activation demande une couche</translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary; add a hidden layer first</source>
        <translation>le réseau n'a pas de couche cachée dont les unités pourraient varier ; ajoutez d'abord une couche cachée</translation>
    </message>
    <message>
        <source>units can vary in hidden layers 0 to {last}, not layer {layer} (the output layer's units are fixed by the data)</source>
        <translation>les unités peuvent varier dans les couches cachées 0 à {last}, pas dans la couche {layer} (les unités de la couche de sortie sont fixées par les données)</translation>
    </message>
    <message>
        <source>the network has layers 0 to {last}, not layer {layer}</source>
        <translation>le réseau a les couches 0 à {last}, pas de couche {layer}</translation>
    </message>
    <message>
        <source>layer {layer} has neurons 0 to {last}, not neuron {neuron}</source>
        <translation>la couche {layer} a les neurones 0 à {last}, pas de neurone {neuron}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>taux {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>batch {size}</translation>
    </message>
    <message>
        <source>epochs must be a whole number from {low} to {high}, got {value}</source>
        <translation>le nombre d'époques doit être un nombre entier de {low} à {high} ; reçu : {value}</translation>
    </message>
    <message>
        <source>units must be a whole number from {low} to {high}, got {value}</source>
        <translation>le nombre d'unités doit être un nombre entier de {low} à {high} ; reçu : {value}</translation>
    </message>
    <message>
        <source>layer must be a whole number from {low} to {high}, got {value}</source>
        <translation>la couche doit être un nombre entier de {low} à {high} ; reçu : {value}</translation>
    </message>
    <message>
        <source>neuron must be a whole number from {low} to {high}, got {value}</source>
        <translation>le neurone doit être un nombre entier de {low} à {high} ; reçu : {value}</translation>
    </message>
    <message>
        <source>batch size must be a whole number from {low} to {high}, got {value}</source>
        <translation>la taille de batch doit être un nombre entier de {low} à {high} ; reçu : {value}</translation>
    </message>
    <message>
        <source>unknown activation {value}; choose from {names}</source>
        <translation>activation inconnue {value} ; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>a learning rate must be a number above 0 and at most {most}, got {value}</source>
        <translation>un taux d'apprentissage doit être un nombre supérieur à 0 et au plus {most} ; reçu : {value}</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; choose from {names}</source>
        <translation>optimiseur inconnu {value} ; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>meta.trials: must be an object like {example}, got {kind}</source>
        <translation>meta.trials : doit être un objet comme {example} ; reçu : {kind}</translation>
    </message>
    <message>
        <source>meta.trials: needs "setting" and "values"</source>
        <translation>meta.trials : il faut "setting" et "values"</translation>
    </message>
    <message>
        <source>meta.trials.values: must be a list, got {kind}</source>
        <translation>meta.trials.values : doit être une liste ; reçu : {kind}</translation>
    </message>
    <message>
        <source>meta.trials.values: at most {most} values, got {count}</source>
        <translation>meta.trials.values : au plus {most} valeurs ; reçu : {count}</translation>
    </message>
    <message>
        <source>the training settings cannot be used: {problem}</source>
        <translation>les réglages d'entraînement sont inutilisables : {problem}</translation>
    </message>
    <message>
        <source>the data cannot be used: {problem}</source>
        <translation>les données sont inutilisables : {problem}</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation>GIF animé (*.gif);;Vidéo MP4 (*.mp4);;Vidéo WebM (*.webm)</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path} : est un dossier ; donnez un nom de fichier</translation>
    </message>
    <message>
        <source>{name}: unknown video format; the name must end in {suffixes}</source>
        <translation>{name} : format vidéo inconnu ; le nom doit finir par {suffixes}</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is not writable</source>
        <translation>{path} : le dossier {folder} n'est pas accessible en écriture</translation>
    </message>
    <message>
        <source>{path}: the file exists and is read-only</source>
        <translation>{path} : le fichier existe et est en lecture seule</translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation>{name} : il n'y a aucune image à écrire</translation>
    </message>
    <message>
        <source>{fps} frames a second: must be 1 to {most}</source>
        <translation>{fps} images par seconde : doit être de 1 à {most}</translation>
    </message>
    <message>
        <source>{name}: {width}x{height} frames; MP4 and WebM need even sides</source>
        <translation>{name} : images de {width}x{height} ; MP4 et WebM exigent des côtés pairs</translation>
    </message>
    <message>
        <source>{path}: cannot write ({problem})</source>
        <translation>{path} : écriture impossible ({problem})</translation>
    </message>
    <message>
        <source>{name}: the encoder wrote nothing</source>
        <translation>{name} : l'encodeur n'a rien écrit</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message numerus="yes">
        <source>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n entrée ne forme pas une image, donc il n'y a pas d'images des poids. Il faut un nombre carré d'entrées pixels, comme 64 pour 8×8 pixels.</numerusform>
            <numerusform>%n entrées ne forment pas une image, donc il n'y a pas d'images des poids. Il faut un nombre carré d'entrées pixels, comme 64 pour 8×8 pixels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n entrée ne forme pas une image, donc il n'y a pas d'images des poids. Il faut un nombre carré d'entrées pixels, comme 64 pour 8×8 pixels.</numerusform>
            <numerusform>%n entrées ne forment pas une image, donc il n'y a pas d'images des poids. Il faut un nombre carré d'entrées pixels, comme 64 pour 8×8 pixels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture is one first-layer neuron: its weight for every input pixel, drawn where that pixel is. Blue: a high value there raises the neuron's z; orange: lowers it. Click a picture to select the neuron.</source>
        <translation>Chaque image est un neurone de la première couche : son poids pour chaque pixel d'entrée, dessiné à la place de ce pixel. Bleu : une valeur élevée à cet endroit augmente le z du neurone ; orange : le diminue. Cliquez sur une image pour sélectionner le neurone.</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Pas encore de réseau.</translation>
    </message>
    <message>
        <source>Neuron {neuron}: weight {weight} from input {input} (row {row}, column {column}). Click to select the neuron.</source>
        <translation>Neurone {neuron} : poids {weight} depuis l'entrée {input} (ligne {row}, colonne {column}). Cliquez pour sélectionner le neurone.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight pictures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Images des poids&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron (the first {shown} of {units})&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation>&lt;b&gt;Poids d'entrée de chaque neurone de la première couche (les {shown} premiers sur {units})&lt;/b&gt;&lt;br&gt;{side}×{side} pixels ; bleu : une entrée élevée à cet endroit augmente z, orange : le diminue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation>&lt;b&gt;Poids d'entrée de chaque neurone de la première couche&lt;/b&gt;&lt;br&gt;{side}×{side} pixels ; bleu : une entrée élevée à cet endroit augmente z, orange : le diminue</translation>
    </message>
</context>
</TS>
