<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivationOverview</name>
    <message>
        <source>Activation functions</source>
        <translation>Funciones de activación</translation>
    </message>
    <message>
        <source>Activation &amp;Functions</source>
        <translation>&amp;Funciones de activación</translation>
    </message>
    <message>
        <source>Every activation's g(z) and slope g′(z) side by side, with its range, its problem and where it is used ({shortcut}); a click on a palette entry shows its card</source>
        <translation>La g(z) y la pendiente g′(z) de cada activación, una al lado de otra, con su rango, su problema y dónde se usa ({shortcut}); un clic en una entrada de la paleta muestra su tarjeta</translation>
    </message>
    <message>
        <source>{activation}: {problem}</source>
        <translation>{activation}: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output:&lt;/b&gt; {range}</source>
        <translation>&lt;b&gt;Salida:&lt;/b&gt; {range}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problem}.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{problem}.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Used in:&lt;/b&gt; {use}</source>
        <translation>&lt;b&gt;Se usa en:&lt;/b&gt; {use}</translation>
    </message>
    <message>
        <source>g′(z) is the slope of g. z from {low} to {high}, one vertical scale on every card.</source>
        <translation>g′(z) es la pendiente de g. z de {low} a {high}, la misma escala vertical en todas las tarjetas.</translation>
    </message>
    <message>
        <source>Every card draws g(z) as a solid line and its slope g′(z) as a dashed one, on the same axes, so the curves compare at a glance.</source>
        <translation>Cada tarjeta dibuja g(z) con línea continua y su pendiente g′(z) con línea discontinua, en los mismos ejes, para comparar las curvas de un vistazo.</translation>
    </message>
    <message>
        <source>Drawn: p₁ against z₁ in a group of {size} softmax neurons, the other {others} at z = 0</source>
        <translation>Dibujada: p₁ frente a z₁ en un grupo de {size} neuronas softmax, las otras {others} en z = 0</translation>
    </message>
    <message>
        <source>Drawn with α = {alpha}, its starting value</source>
        <translation>Dibujada con α = {alpha}, su valor inicial</translation>
    </message>
    <message>
        <source>Drawn with α = {alpha}</source>
        <translation>Dibujada con α = {alpha}</translation>
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
        <translation>g(z) y g′(z)</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
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
        <translation>{formula}, otra neurona en z = 0</translation>
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
        <translation>no hay muestras que mostrar: no hay datos con los que entrenar</translation>
    </message>
    <message numerus="yes">
        <source>all %n samples: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</source>
        <translation>
            <numerusform>%n muestra: p = 1 y sin gradiente. Una neurona softmax sola no transmite nada y nunca aprende</numerusform>
            <numerusform>las %n muestras: p = 1 y sin gradiente. Una neurona softmax sola no transmite nada y nunca aprende</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of them outside the view (z &amp;lt; {low} or &amp;gt; {high})</source>
        <translation>{count} de ellas fuera de la vista (z &amp;lt; {low} o &amp;gt; {high})</translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: a dead neuron</source>
        <translation>
            <numerusform>%n muestra no recibe gradiente: una neurona muerta</numerusform>
            <numerusform>las %n muestras no reciben gradiente: una neurona muerta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: saturated, far out on a flat tail</source>
        <translation>
            <numerusform>%n muestra no recibe gradiente: saturada, lejos en una cola plana</numerusform>
            <numerusform>las %n muestras no reciben gradiente: saturada, lejos en una cola plana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient, {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n muestra: {dead} % sin gradiente, {flat} % con gradiente menor que {limit}</numerusform>
            <numerusform>%n muestras: {dead} % sin gradiente, {flat} % con gradiente menor que {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient</source>
        <translation>
            <numerusform>%n muestra: {dead} % sin gradiente</numerusform>
            <numerusform>%n muestras: {dead} % sin gradiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n muestra: {flat} % con gradiente menor que {limit}</numerusform>
            <numerusform>%n muestras: {flat} % con gradiente menor que {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation>sin gradiente</translation>
    </message>
    <message>
        <source>g′ = 0</source>
        <comment>short for: no gradient</comment>
        <translation>g′ = 0</translation>
    </message>
    <message>
        <source>small gradient ({slope})</source>
        <translation>gradiente pequeño ({slope})</translation>
    </message>
    <message>
        <source>flat: gradient vanishes</source>
        <translation>plana: el gradiente se desvanece</translation>
    </message>
    <message>
        <source>flat</source>
        <comment>short for: flat, gradient vanishes</comment>
        <translation>plana</translation>
    </message>
</context>
<context>
    <name>ActivationShort</name>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
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
        <translation>ℝ (cualquier número)</translation>
    </message>
    <message>
        <source>{label}
{formula}
Output range: {range}
{notes}</source>
        <translation>{label}
{formula}
Rango de salida: {range}
{notes}</translation>
    </message>
    <message>
        <source>No bend: layers collapse</source>
        <translation>Sin curvatura: las capas colapsan</translation>
    </message>
    <message>
        <source>Flat tails → vanishing gradient</source>
        <translation>Colas planas → el gradiente se desvanece</translation>
    </message>
    <message>
        <source>Dead side: zero gradient for z &lt; 0</source>
        <translation>Lado muerto: gradiente cero para z &lt; 0</translation>
    </message>
    <message>
        <source>Fixes the dead side</source>
        <translation>Evita el lado muerto</translation>
    </message>
    <message>
        <source>Flat left tail: small gradient for very negative z</source>
        <translation>Cola izquierda plana: gradiente pequeño para z muy negativa</translation>
    </message>
    <message>
        <source>Only in the output layer</source>
        <translation>Solo en la capa de salida</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>No bend at all: a network of only linear neurons is one linear layer, however deep.</source>
        <translation>No se curva en absoluto: una red solo de neuronas lineales es una sola capa lineal, por profunda que sea.</translation>
    </message>
    <message>
        <source>A stack of linear layers is one linear layer, however deep: it can only draw straight boundaries.</source>
        <translation>Una pila de capas lineales es una sola capa lineal, por profunda que sea: solo puede dibujar fronteras rectas.</translation>
    </message>
    <message>
        <source>Regression output (predicting a number)</source>
        <translation>Salida de regresión (predecir un número)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Reads as a probability. Flat tails: for large |z| the gradient vanishes and learning stalls; the slope is at most 0.25.</source>
        <translation>Se lee como una probabilidad. Colas planas: para |z| grande el gradiente se desvanece y el aprendizaje se estanca; la pendiente es como mucho 0,25.</translation>
    </message>
    <message>
        <source>For large |z| the slope is almost 0 (it is at most 0.25), so the layers before it learn slowly.</source>
        <translation>Para |z| grande la pendiente es casi 0 (como mucho es 0,25), así que las capas anteriores aprenden despacio.</translation>
    </message>
    <message>
        <source>Output for two classes (a probability)</source>
        <translation>Salida para dos clases (una probabilidad)</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Zero-centred sigmoid with slope 1 at 0. Flat tails: gradients vanish for large |z|.</source>
        <translation>Sigmoide centrada en cero con pendiente 1 en 0. Colas planas: los gradientes se desvanecen para |z| grande.</translation>
    </message>
    <message>
        <source>For large |z| the slope is almost 0, so learning stalls; the slope is 1 at z = 0.</source>
        <translation>Para |z| grande la pendiente es casi 0, así que el aprendizaje se estanca; en z = 0 la pendiente es 1.</translation>
    </message>
    <message>
        <source>Hidden layers (outputs centred at 0)</source>
        <translation>Capas ocultas (salidas centradas en 0)</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Cheap and does not saturate for z &gt; 0. Zero gradient for z &lt; 0: a neuron whose z is negative for every sample stops learning (it dies).</source>
        <translation>Barata de calcular y no se satura para z &gt; 0. Gradiente cero para z &lt; 0: una neurona cuya z es negativa en todas las muestras deja de aprender (muere).</translation>
    </message>
    <message>
        <source>A neuron whose z is below 0 for every sample gets no gradient and stops learning: it dies.</source>
        <translation>Una neurona cuya z es menor que 0 en todas las muestras no recibe gradiente y deja de aprender: muere.</translation>
    </message>
    <message>
        <source>Hidden layers (the usual first choice)</source>
        <translation>Capas ocultas (la primera opción habitual)</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*z</source>
        <translation>g(z) = z si z &gt; 0; si no, alpha*z</translation>
    </message>
    <message>
        <source>Like ReLU, but a small slope alpha for z &lt; 0 keeps the gradient alive, so the neuron cannot die.</source>
        <translation>Como ReLU, pero una pequeña pendiente alpha para z &lt; 0 mantiene vivo el gradiente, así que la neurona no puede morir.</translation>
    </message>
    <message>
        <source>α·z   (because z ≤ 0)</source>
        <translation>α·z   (porque z ≤ 0)</translation>
    </message>
    <message>
        <source>A small slope α = 0.01 for z &lt; 0 keeps the gradient alive: the neuron cannot die.</source>
        <translation>Una pequeña pendiente α = 0,01 para z &lt; 0 mantiene vivo el gradiente: la neurona no puede morir.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*z, alpha learned</source>
        <translation>g(z) = z si z &gt; 0; si no, alpha*z (alpha aprendido)</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope alpha is learned by gradient descent, one per neuron (unless the neuron is frozen).</source>
        <translation>Leaky ReLU cuya pendiente alpha se aprende por descenso de gradiente, una por neurona (salvo si la neurona está congelada).</translation>
    </message>
    <message>
        <source>The slope α for z &lt; 0 is learned in training, one per neuron, starting at 0.25.</source>
        <translation>La pendiente α para z &lt; 0 se aprende al entrenar, una por neurona, empezando en 0,25.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>g(z) = z if z &gt; 0 else alpha*(e^z - 1)</source>
        <translation>g(z) = z si z &gt; 0; si no, alpha*(e^z - 1)</translation>
    </message>
    <message>
        <source>Smooth for z &lt; 0 and saturates at -alpha, which pushes mean outputs towards zero; gradient never exactly zero.</source>
        <translation>Suave para z &lt; 0 y se satura en -alpha, lo que acerca a cero la media de las salidas; el gradiente nunca es exactamente cero.</translation>
    </message>
    <message>
        <source>α(e^z − 1)   (because z ≤ 0)</source>
        <translation>α(e^z − 1)   (porque z ≤ 0)</translation>
    </message>
    <message>
        <source>For z &lt; 0 it levels off at −α = −1, where its slope fades to 0.</source>
        <translation>Para z &lt; 0 se aplana en −α = −1, donde su pendiente se desvanece hasta 0.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>A smooth ReLU; its slope is the sigmoid of z.</source>
        <translation>Una ReLU suave; su pendiente es la sigmoide de z.</translation>
    </message>
    <message>
        <source>A smooth ReLU: its slope is sigmoid(z), which fades to 0 for very negative z.</source>
        <translation>Una ReLU suave: su pendiente es sigmoide(z), que se desvanece hasta 0 para z muy negativa.</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>Smooth and slightly non-monotonic: dips below zero before rising like ReLU.</source>
        <translation>Suave y algo no monótona: baja de cero antes de subir como ReLU.</translation>
    </message>
    <message>
        <source>Dips to −0.28 near z = −1.28, then levels off at 0, where its slope fades.</source>
        <translation>Baja hasta −0,28 cerca de z = −1,28 y después se aplana en 0, donde su pendiente se desvanece.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Smooth ReLU used in transformers (tanh approximation).</source>
        <translation>ReLU suave usada en los transformers (aproximación con tanh).</translation>
    </message>
    <message>
        <source>Dips to −0.17 near z = −0.75, then levels off at 0, where its slope fades.</source>
        <translation>Baja hasta −0,17 cerca de z = −0,75 y después se aplana en 0, donde su pendiente se desvanece.</translation>
    </message>
    <message>
        <source>Hidden layers (transformers)</source>
        <translation>Capas ocultas (transformers)</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>g(z)_i = e^z_i / sum_j e^z_j  (over the layer's softmax neurons)</source>
        <translation>g(z)_i = e^z_i / sum_j e^z_j  (sobre las neuronas softmax de la capa)</translation>
    </message>
    <message>
        <source>(0, 1), summing to 1</source>
        <translation>(0, 1), que suman 1</translation>
    </message>
    <message>
        <source>A group activation: the softmax neurons of one layer share one normalisation, so their outputs are class probabilities. For the output layer, one neuron per class: alone it always outputs 1.</source>
        <translation>Una activación de grupo: las neuronas softmax de una capa comparten una normalización, así que sus salidas son probabilidades de clase. Para la capa de salida, una neurona por clase: sola, siempre da 1.</translation>
    </message>
    <message>
        <source>e^z / Σ e^zⱼ   (over the layer's softmax neurons)</source>
        <translation>e^z / Σ e^zⱼ   (sobre las neuronas softmax de la capa)</translation>
    </message>
    <message>
        <source>Its neurons share one normalisation: class probabilities that sum to 1.</source>
        <translation>Sus neuronas comparten una normalización: probabilidades de clase que suman 1.</translation>
    </message>
    <message>
        <source>Output for several classes</source>
        <translation>Salida para varias clases</translation>
    </message>
    <message>
        <source>unknown activation {name}; expected one of: {names}</source>
        <translation>activación desconocida {name}; se esperaba una de: {names}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>“{title}” ({file}), autosaved {when}</source>
        <translation>“{title}” ({file}), guardado automáticamente {when}</translation>
    </message>
    <message>
        <source>“{title}” (a network that was never saved), autosaved {when}</source>
        <translation>“{title}” (una red nunca guardada), guardado automáticamente {when}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Autosave failed ({error}); your work is still open: save it with Ctrl+S</source>
        <translation>Falló el guardado automático ({error}); tu trabajo sigue abierto: guárdalo con Ctrl+S</translation>
    </message>
    <message>
        <source>The restored work's autosave stays in {file} ({error}); save the network to keep it</source>
        <translation>El guardado automático del trabajo restaurado sigue en {file} ({error}); guarda la red para conservarla</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Neuron Studio did not quit normally last time. Restore the autosaved network {network}?</source>
        <translation>Neuron Studio no se cerró normalmente la última vez. ¿Restaurar la red guardada automáticamente {network}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>The autosaved network could not be read and was kept in {file}: {error}</source>
        <translation>No se pudo leer la red guardada automáticamente; se conserva en {file}: {error}</translation>
    </message>
    <message>
        <source>Restored the autosaved network: save it to keep it</source>
        <translation>Red guardada automáticamente restaurada: guárdala para conservarla</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>Challenge</name>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>This file's challenge cannot be used: {error}</source>
        <translation>El reto de este archivo no se puede usar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met. Unknown values: {problem}.</source>
        <translation>
            <numerusform>{met} de %n objetivo cumplido. Valores desconocidos: {problem}.</numerusform>
            <numerusform>{met} de %n objetivos cumplidos. Valores desconocidos: {problem}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}!</source>
        <translation>¡Reto cumplido en la época {epoch}!</translation>
    </message>
    <message numerus="yes">
        <source>Met at epoch {epoch}; now {met} of %n goals hold.</source>
        <translation>
            <numerusform>Cumplido en la época {epoch}; ahora se cumple {met} de %n objetivo.</numerusform>
            <numerusform>Cumplido en la época {epoch}; ahora se cumplen {met} de %n objetivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met.</source>
        <translation>
            <numerusform>{met} de %n objetivo cumplido.</numerusform>
            <numerusform>{met} de %n objetivos cumplidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Aún no cumplido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Challenge met&lt;/b&gt; at epoch {epoch}: every goal holds. Save the network (Ctrl+S) to keep your solution.</source>
        <translation>&lt;b&gt;Reto cumplido&lt;/b&gt; en la época {epoch}: se cumplen todos los objetivos. Guarda la red (Ctrl+S) para conservar tu solución.</translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}</source>
        <translation>Reto cumplido en la época {epoch}</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitud de prueba</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Hidden neurons</source>
        <translation>Neuronas ocultas</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Layers (hidden and output)</source>
        <translation>Capas (ocultas y de salida)</translation>
    </message>
    <message>
        <source>Dead neurons</source>
        <translation>Neuronas muertas</translation>
    </message>
    <message>
        <source>Saturated neurons</source>
        <translation>Neuronas saturadas</translation>
    </message>
    <message>
        <source>Outputs add up to 1:</source>
        <translation>Las salidas suman 1:</translation>
    </message>
    <message>
        <source>expected a list of 1 to {most} goals, got {got}</source>
        <translation>se esperaba una lista de 1 a {most} objetivos; se recibió {got}</translation>
    </message>
    <message>
        <source>unknown goal {goal}; expected one of: {kinds}</source>
        <translation>objetivo desconocido {goal}; se esperaba uno de: {kinds}</translation>
    </message>
    <message>
        <source>not a goal setting; a goal has {keys}</source>
        <translation>no es un ajuste de objetivo; un objetivo tiene {keys}</translation>
    </message>
    <message>
        <source>give exactly one of at_least, at_most</source>
        <translation>indica exactamente uno de at_least, at_most</translation>
    </message>
    <message>
        <source>only accuracy and loss goals can have a deadline, not {kind}</source>
        <translation>solo los objetivos de exactitud y de pérdida pueden tener un plazo, no {kind}</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>no hay datos</translation>
    </message>
    <message>
        <source>the network cannot be trained: {problem}</source>
        <translation>la red no se puede entrenar: {problem}</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <source>off by 0</source>
        <translation>desviación 0</translation>
    </message>
    <message>
        <source>off by up to {value}</source>
        <translation>desviación de hasta {value}</translation>
    </message>
    <message>
        <source>goal: none</source>
        <translation>objetivo: ninguna</translation>
    </message>
    <message>
        <source>goal {limit}</source>
        <translation>objetivo {limit}</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: first at epoch {reached}</source>
        <translation>objetivo {limit} hasta la época {within}: logrado en la época {reached}</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: first at epoch {reached}, not now</source>
        <translation>objetivo {limit} hasta la época {within}: logrado en la época {reached}, ahora no</translation>
    </message>
    <message>
        <source>goal {limit} by epoch {within}: missed, Ctrl+R starts over</source>
        <translation>objetivo {limit} hasta la época {within}: no logrado; Ctrl+R empieza de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epoch left</source>
        <translation>
            <numerusform>objetivo {limit} hasta la época {within}: queda %n época</numerusform>
            <numerusform>objetivo {limit} hasta la época {within}: quedan %n épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epochs left</source>
        <translation>
            <numerusform>objetivo {limit} hasta la época {within}: queda %n época</numerusform>
            <numerusform>objetivo {limit} hasta la época {within}: quedan %n épocas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapse</name>
    <message>
        <source>{layer} neuron {number} ({activation})</source>
        <translation>neurona {number} de {layer} ({activation})</translation>
    </message>
    <message>
        <source>Neurons that prevent the collapse: {names}. It bends the signal; switching it to linear would let the whole network collapse into one linear layer.</source>
        <translation>Neuronas que impiden el colapso: {names}. Curva la señal; si la cambias a lineal, toda la red colapsaría en una sola capa lineal.</translation>
    </message>
    <message>
        <source>Neurons that prevent the collapse: {names}. They bend the signal; switching them to linear would let the whole network collapse into one linear layer.</source>
        <translation>Neuronas que impiden el colapso: {names}. Curvan la señal; si las cambias a lineal, toda la red colapsaría en una sola capa lineal.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: it already is one layer, z = W x + b.</source>
        <translation>La red no tiene capa oculta: ya es una sola capa, z = W x + b.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: it already is one layer, z = W x + b, then the output activation ({activations}) as before.</source>
        <translation>La red no tiene capa oculta: ya es una sola capa, z = W x + b, seguida de la activación de salida ({activations}) como antes.</translation>
    </message>
    <message>
        <source>The hidden layer and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>La capa oculta y la capa de salida colapsan en una sola capa lineal: z = W x + b. Apilar neuronas lineales no añade capacidad: la red solo puede dibujar lo que puede una sola capa.</translation>
    </message>
    <message>
        <source>The hidden layer and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>La capa oculta y la capa de salida colapsan en una sola capa lineal: z = W x + b, seguida de la activación de salida ({activations}) como antes. Apilar neuronas lineales no añade capacidad: la red solo puede dibujar lo que puede una sola capa.</translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>La %n capa oculta y la capa de salida colapsan en una sola capa lineal: z = W x + b, seguida de la activación de salida ({activations}) como antes. Apilar neuronas lineales no añade capacidad: la red solo puede dibujar lo que puede una sola capa.</numerusform>
            <numerusform>Las %n capas ocultas y la capa de salida colapsan en una sola capa lineal: z = W x + b, seguida de la activación de salida ({activations}) como antes. Apilar neuronas lineales no añade capacidad: la red solo puede dibujar lo que puede una sola capa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>La %n capa oculta y la capa de salida colapsan en una sola capa lineal: z = W x + b. Apilar neuronas lineales no añade capacidad: la red solo puede dibujar lo que puede una sola capa.</numerusform>
            <numerusform>Las %n capas ocultas y la capa de salida colapsan en una sola capa lineal: z = W x + b. Apilar neuronas lineales no añade capacidad: la red solo puede dibujar lo que puede una sola capa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollapseBoundary</name>
    <message>
        <source>the network does not collapse into one layer.</source>
        <translation>la red no colapsa en una sola capa.</translation>
    </message>
    <message>
        <source>there is no data, so there is no plane to draw on.</source>
        <translation>no hay datos, así que no hay ningún plano en el que dibujar.</translation>
    </message>
    <message>
        <source>a regression network has no class boundary.</source>
        <translation>una red de regresión no tiene frontera entre clases.</translation>
    </message>
    <message>
        <source>the data has no plane of two features.</source>
        <translation>los datos no tienen un plano de dos características.</translation>
    </message>
    <message>
        <source>the inputs {inputs} bend the plane: the boundary is straight in the inputs but curved on the Map.</source>
        <translation>las entradas {inputs} curvan el plano: la frontera es recta en las entradas, pero curva en el Mapa.</translation>
    </message>
    <message>
        <source>a {activation} output has no single threshold; use sigmoid, tanh or linear.</source>
        <translation>una salida {activation} no tiene un único umbral; usa sigmoide, tanh o lineal.</translation>
    </message>
    <message>
        <source>the outputs mix activations, so the largest output is not the largest z.</source>
        <translation>las salidas mezclan activaciones, así que la mayor salida no es la de mayor z.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change data set</source>
        <translation>Cambiar conjunto de datos</translation>
    </message>
    <message>
        <source>Train a batch of epoch {epoch}</source>
        <translation>Entrenar un lote de la época {epoch}</translation>
    </message>
    <message>
        <source>Train epoch {epoch}</source>
        <translation>Entrenar la época {epoch}</translation>
    </message>
    <message>
        <source>Train epochs {first}–{last}</source>
        <translation>Entrenar las épocas {first}–{last}</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Cambiar tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Cambiar tamaño de lote</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>Cambiar optimizador</translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation>Cambiar momentum</translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation>Cambiar regularización</translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation>Cambiar tasa de regularización</translation>
    </message>
    <message>
        <source>Set training share</source>
        <translation>Cambiar proporción de entrenamiento</translation>
    </message>
    <message>
        <source>Set seed</source>
        <translation>Cambiar semilla</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Cambiar pérdida</translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation>Cambiar muestras</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Cambiar ruido</translation>
    </message>
    <message>
        <source>Set normalisation</source>
        <translation>Cambiar normalización</translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation>Cambiar {setting}</translation>
    </message>
    <message>
        <source>Set weight {weight} of layer {layer}, neuron {neuron}</source>
        <translation>Cambiar el peso {weight} de la capa {layer}, neurona {neuron}</translation>
    </message>
    <message>
        <source>Set bias of layer {layer}, neuron {neuron}</source>
        <translation>Cambiar el sesgo de la capa {layer}, neurona {neuron}</translation>
    </message>
    <message>
        <source>Set alpha of layer {layer}, neuron {neuron}</source>
        <translation>Cambiar alpha de la capa {layer}, neurona {neuron}</translation>
    </message>
    <message>
        <source>Set {value} of layer {layer}, neuron {neuron}</source>
        <translation>Cambiar {value} de la capa {layer}, neurona {neuron}</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Rows: true class; columns: the class the network predicted. Blue: right (diagonal); orange: mistaken for another class. Darker: a larger share of the row.</source>
        <translation>Filas: clase real; columnas: la clase que predijo la red. Azul: acierto (diagonal); naranja: confundida con otra clase. Más oscuro: una parte mayor de la fila.</translation>
    </message>
    <message>
        <source>nothing to count yet (train a classifier first).</source>
        <translation>aún no hay nada que contar (primero entrena un clasificador).</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entren.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Count the answers on the training samples (the network learns from these).</source>
        <translation>Contar las respuestas en las muestras de entrenamiento (la red aprende de ellas).</translation>
    </message>
    <message>
        <source>Count the answers on the test samples (never trained on: the honest measure).</source>
        <translation>Contar las respuestas en las muestras de prueba (nunca se entrena con ellas: la medida honesta).</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>clase real</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>clase predicha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Matriz de confusión&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Datos de entrenamiento&lt;/b&gt;: sin muestras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Datos de prueba&lt;/b&gt;: sin muestras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}&lt;/b&gt;: no samples</source>
        <translation>&lt;b&gt;Datos de prueba, {note}&lt;/b&gt;: sin muestras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Datos de entrenamiento: exactitud {accuracy} %&lt;/b&gt; ({right} de {total} aciertos)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Datos de prueba: exactitud {accuracy} %&lt;/b&gt; ({right} de {total} aciertos)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation>&lt;b&gt;Datos de prueba, {note}: exactitud {accuracy} %&lt;/b&gt; ({right} de {total} aciertos)</translation>
    </message>
</context>
<context>
    <name>CsvData</name>
    <message>
        <source>file not found: {path}</source>
        <translation>no se encuentra el archivo: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a .csv file</source>
        <translation>{path} es una carpeta; elige un archivo .csv</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the limit is {limit} MB</source>
        <translation>{file} ocupa {size} MB; el límite es {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as 'CSV UTF-8' and try again</source>
        <translation>{file} no es texto UTF-8; guárdalo como 'CSV UTF-8' y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{file}: row {row}: {problem}</source>
        <translation>{file}: fila {row}: {problem}</translation>
    </message>
    <message>
        <source>{file} is empty; it needs a header row of column names and data rows</source>
        <translation>{file} está vacío; necesita una fila de encabezado con los nombres de las columnas y filas de datos</translation>
    </message>
    <message>
        <source>{file} has {count} columns; the limit is {limit}</source>
        <translation>{file} tiene {count} columnas; el límite es {limit}</translation>
    </message>
    <message>
        <source>{file} has no header row: the first row holds numbers ({cells}...); add a first row naming each column, e.g. 'x1,x2,label'</source>
        <translation>{file} no tiene fila de encabezado: la primera fila contiene números ({cells}...); añade una primera fila con el nombre de cada columna, p. ej. 'x1,x2,clase'</translation>
    </message>
    <message>
        <source>{file}: column {number} has no name in the header row</source>
        <translation>{file}: la columna {number} no tiene nombre en la fila de encabezado</translation>
    </message>
    <message>
        <source>{file}: the column name '{name}' appears twice in the header row</source>
        <translation>{file}: el nombre de columna '{name}' aparece dos veces en la fila de encabezado</translation>
    </message>
    <message>
        <source>{file}: column {number}'s name '{name}' contains &lt; or &gt;; names cannot (rename it)</source>
        <translation>{file}: el nombre '{name}' de la columna {number} contiene &lt; o &gt;, y un nombre no puede tenerlos (renómbrala)</translation>
    </message>
    <message>
        <source>unknown column '{name}'; the file's columns are: {columns}</source>
        <translation>columna desconocida '{name}'; las columnas del archivo son: {columns}</translation>
    </message>
    <message>
        <source>a feature column is listed twice; list each column once</source>
        <translation>una columna de entrada aparece dos veces; indica cada columna una sola vez</translation>
    </message>
    <message>
        <source>column '{name}' is the target, so it cannot also be a feature</source>
        <translation>la columna '{name}' es el objetivo, así que no puede ser también una entrada</translation>
    </message>
    <message>
        <source>no feature columns: the file needs at least one column besides '{name}'</source>
        <translation>no hay columnas de entrada: el archivo necesita al menos una columna además de '{name}'</translation>
    </message>
    <message>
        <source>{file} has more than {limit} data rows; use a smaller sample</source>
        <translation>{file} tiene más de {limit} filas de datos; usa menos filas</translation>
    </message>
    <message>
        <source>{file}: row {row}, target column '{name}' is empty</source>
        <translation>{file}: fila {row}, la columna objetivo '{name}' está vacía</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n data row(s); at least 2 are needed</source>
        <translation>
            <numerusform>{file} tiene %n fila de datos; se necesitan al menos 2</numerusform>
            <numerusform>{file} tiene %n filas de datos; se necesitan al menos 2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: row {row} has %n values but the header has {columns} columns</source>
        <translation>
            <numerusform>{file}: la fila {row} tiene %n valor, pero el encabezado tiene {columns} columnas</numerusform>
            <numerusform>{file}: la fila {row} tiene %n valores, pero el encabezado tiene {columns} columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: row {row}, column '{name}': '{text}' is not a number</source>
        <translation>{file}: fila {row}, columna '{name}': '{text}' no es un número</translation>
    </message>
    <message>
        <source>{file}: regression needs numbers in target column '{name}', but row {row} has '{text}'</source>
        <translation>{file}: la regresión necesita números en la columna objetivo '{name}', pero la fila {row} tiene '{text}'</translation>
    </message>
    <message>
        <source>{file}: a class in column '{name}' '{text}' contains &lt; or &gt;; names cannot (rename it)</source>
        <translation>{file}: la clase '{text}' de la columna '{name}' contiene &lt; o &gt;, y un nombre no puede tenerlos (renómbrala)</translation>
    </message>
    <message>
        <source>{file}: target column '{name}' has only one value; classification needs 2 or more classes</source>
        <translation>{file}: la columna objetivo '{name}' tiene un solo valor; la clasificación necesita 2 clases o más</translation>
    </message>
    <message>
        <source>{file}: target column '{name}' has {count} different values; at most {limit} classes are supported. Choose another target column, or problem='regression' for numbers</source>
        <translation>{file}: la columna objetivo '{name}' tiene {count} valores distintos; se admiten como máximo {limit} clases. Elige otra columna objetivo, o problem='regression' para números</translation>
    </message>
    <message>
        <source>cannot read the bundled digits ({path}): {reason}</source>
        <translation>no se pueden leer los dígitos incluidos ({path}): {reason}</translation>
    </message>
    <message>
        <source>the bundled digits file {path} is damaged; reinstall the app</source>
        <translation>el archivo de dígitos incluido {path} está dañado; reinstala la aplicación</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation>Importar datos CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row of column names.</source>
        <translation>Elige un archivo CSV con una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>path/to/data.csv</source>
        <translation>ruta/a/datos.csv</translation>
    </message>
    <message>
        <source>The CSV file: a header row naming the columns, then one row per sample. Type a path and press Enter, or browse.</source>
        <translation>El archivo CSV: una fila de encabezado con los nombres de las columnas y luego una fila por muestra. Escribe una ruta y pulsa Intro, o examina.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the CSV file on disk.</source>
        <translation>Elegir el archivo CSV en el disco.</translation>
    </message>
    <message>
        <source>Tick the columns the network gets as inputs (numbers only).</source>
        <translation>Marca las columnas que la red recibe como entradas (solo números).</translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>La columna que la red aprende a predecir.</translation>
    </message>
    <message>
        <source>Automatic: names in the target (or a few whole numbers) are classes, other numbers mean regression. Choose to override.</source>
        <translation>Automático: nombres en el objetivo (o pocos números enteros) son clases; otros números significan regresión. Elige otra opción para cambiarlo.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>&amp;Normalize inputs</source>
        <translation>&amp;Normalizar entradas</translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1; needed when columns hold large numbers.</source>
        <translation>Desplazar y escalar cada entrada a media 0 y desviación típica 1; necesario cuando las columnas tienen números grandes.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of the file, numbered as in a spreadsheet (the header is row 1).</source>
        <translation>
            <numerusform>La primera fila del archivo, numerada como en una hoja de cálculo (el encabezado es la fila 1).</numerusform>
            <numerusform>Las primeras %n filas del archivo, numeradas como en una hoja de cálculo (el encabezado es la fila 1).</numerusform>
        </translation>
    </message>
    <message>
        <source>What the chosen columns give, or what is wrong with them.</source>
        <translation>Lo que dan las columnas elegidas, o lo que falla en ellas.</translation>
    </message>
    <message>
        <source>Use this data; the network's inputs and outputs adapt to it.</source>
        <translation>Usar estos datos; las entradas y salidas de la red se adaptan a ellos.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>&amp;Entradas</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problema</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elige un archivo CSV</translation>
    </message>
    <message>
        <source>{column}  (text: not an input)</source>
        <translation>{column}  (texto: no es entrada)</translation>
    </message>
    <message>
        <source>Row {row} has “{cell}”, which is not a number, so {column} cannot be an input; it can be the target</source>
        <translation>La fila {row} tiene “{cell}”, que no es un número, así que {column} no puede ser una entrada; puede ser el objetivo</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row.</source>
        <translation>Elige un archivo CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <source>Tick at least one input column.</source>
        <translation>Marca al menos una columna de entrada.</translation>
    </message>
    <message numerus="yes">
        <source>classification with %n classes ({names})</source>
        <translation>
            <numerusform>clasificación con %n clase ({names})</numerusform>
            <numerusform>clasificación con %n clases ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>regression (targets {low} to {high})</source>
        <translation>regresión (objetivos de {low} a {high})</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
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
        <translation>x2 = 3 sen(x1)</translation>
    </message>
</context>
<context>
    <name>DataBundle</name>
    <message>
        <source>the network's inputs {inputs} do not match the data's features {features}</source>
        <translation>las entradas de la red {inputs} no coinciden con las características de los datos {features}</translation>
    </message>
    <message>
        <source>draw at least 2 points (one to train on, one to test with); the drawing has {count}</source>
        <translation>dibuja al menos 2 puntos (uno para entrenar y otro para probar); el dibujo tiene {count}</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target {target}.</source>
        <translation>Archivo CSV {path}: entradas {features}; objetivo {target}.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target the last column.</source>
        <translation>Archivo CSV {path}: entradas {features}; objetivo la última columna.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target {target}.</source>
        <translation>Archivo CSV {path}: entradas todas las columnas menos el objetivo; objetivo {target}.</translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target the last column.</source>
        <translation>Archivo CSV {path}: entradas todas las columnas menos el objetivo; objetivo la última columna.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set (hover for a description) or your own CSV file.</source>
        <translation>Los datos de los que aprende la red: un conjunto incorporado (pasa el puntero para ver su descripción) o tu propio archivo CSV.</translation>
    </message>
    <message>
        <source>A sample of the chosen data: orange is class 0, blue class 1; for regression the colour shows the target value.</source>
        <translation>Una muestra de los datos elegidos: naranja es la clase 0, azul la clase 1; en regresión el color muestra el valor objetivo.</translation>
    </message>
    <message>
        <source>What the chosen data set is.</source>
        <translation>Qué es el conjunto de datos elegido.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <source>Choose again which columns of the CSV file are the inputs and which is the target.</source>
        <translation>Elige de nuevo qué columnas del archivo CSV son las entradas y cuál es el objetivo.</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number. The output layer and loss follow the choice (one undo step).</source>
        <translation>La clasificación predice una clase; la regresión, un número. La capa de salida y la pérdida siguen la elección (un paso de deshacer).</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; a built-in data set decides which.</source>
        <translation>La clasificación predice una clase; la regresión, un número; un conjunto de datos incorporado decide cuál.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semilla de datos</translation>
    </message>
    <message>
        <source>How many points to generate (1 to {most}). Up/Down change it by 50.</source>
        <translation>Cuántos puntos generar (de 1 a {most}). Arriba/Abajo lo cambian en 50.</translation>
    </message>
    <message>
        <source>Label noise, as in TensorFlow Playground: 0 % gives clean classes, 50 % blurs the boundary.</source>
        <translation>Ruido en las etiquetas, como en TensorFlow Playground: 0 % da clases limpias, 50 % difumina la frontera.</translation>
    </message>
    <message>
        <source>The random seed that generates the points: the same seed gives the same data set every time.</source>
        <translation>La semilla aleatoria que genera los puntos: la misma semilla da siempre el mismo conjunto de datos.</translation>
    </message>
    <message>
        <source>Normali&amp;ze inputs</source>
        <translation>Normali&amp;zar entradas</translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1 (using the training data). Needed when inputs are large, e.g. a temperature of 200 °C.</source>
        <translation>Desplazar y escalar cada entrada a media 0 y desviación típica 1 (con los datos de entrenamiento). Necesario cuando las entradas son grandes, p. ej. una temperatura de 200 °C.</translation>
    </message>
    <message>
        <source>Why some fields are switched off for this data.</source>
        <translation>Por qué algunos campos están desactivados para estos datos.</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problema</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>&amp;Muestras</translation>
    </message>
    <message>
        <source>No&amp;ise</source>
        <translation>Ru&amp;ido</translation>
    </message>
    <message>
        <source>D&amp;ata seed</source>
        <translation>Semi&amp;lla de datos</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>elegir</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>Samples, noise and data seed are for built-in data sets; your own data is used as it is.</source>
        <translation>Muestras, ruido y semilla de datos son para los conjuntos incorporados; tus propios datos se usan tal cual.</translation>
    </message>
    <message>
        <source>{name} is a fixed collection: samples, noise and data seed do not apply.</source>
        <translation>{name} es una colección fija: muestras, ruido y semilla de datos no se aplican.</translation>
    </message>
    <message>
        <source>Noise does not apply to {name}.</source>
        <translation>El ruido no se aplica a {name}.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Use your own data: a CSV file with a header row.</source>
        <translation>Usa tus propios datos: un archivo CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <source>The data this network file uses now.</source>
        <translation>Los datos que usa ahora este archivo de red.</translation>
    </message>
    <message>
        <source>CSV: {name}</source>
        <translation>CSV: {name}</translation>
    </message>
    <message>
        <source>Drawn on the Map</source>
        <translation>Dibujados en el Mapa</translation>
    </message>
    <message>
        <source>Data stored in the file</source>
        <translation>Datos guardados en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n points drawn on the Map (Draw data, Ctrl+D), stored in the network file.</source>
        <translation>
            <numerusform>%n punto dibujado en el Mapa (Dibujar datos, Ctrl+D), guardado en el archivo de red.</numerusform>
            <numerusform>%n puntos dibujados en el Mapa (Dibujar datos, Ctrl+D), guardados en el archivo de red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows stored in the network file.</source>
        <translation>
            <numerusform>%n fila guardada en el archivo de red.</numerusform>
            <numerusform>%n filas guardadas en el archivo de red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataViews</name>
    <message>
        <source>lighter by {steps}</source>
        <translation>{steps} más claro</translation>
    </message>
    <message>
        <source>darker by {steps}</source>
        <translation>{steps} más oscuro</translation>
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
        <translation>Hace las imágenes de prueba más claras (derecha: menos tinta) o más oscuras (izquierda: más tinta, papel gris), como lo haría otro escaneo. Las imágenes de entrenamiento no cambian.</translation>
    </message>
    <message>
        <source>Contrast of the test images: left flattens every pixel towards mid-grey, right pushes ink and paper apart. Training images do not change.</source>
        <translation>Contraste de las imágenes de prueba: a la izquierda acerca cada píxel al gris medio, a la derecha separa tinta y papel. Las imágenes de entrenamiento no cambian.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to the unchanged test images</source>
        <translation>Volver a las imágenes de prueba sin cambios</translation>
    </message>
    <message>
        <source>Share of the test samples the network gets right with the images as changed here</source>
        <translation>Proporción de muestras de prueba que la red acierta con las imágenes cambiadas aquí</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>+{steps} lighter</source>
        <translation>+{steps} más claro</translation>
    </message>
    <message>
        <source>−{steps} darker</source>
        <translation>−{steps} más oscuro</translation>
    </message>
    <message>
        <source>0 unchanged</source>
        <translation>0 sin cambios</translation>
    </message>
    <message>
        <source>Test accuracy: train the network first</source>
        <translation>Exactitud de prueba: primero entrena la red</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; (images unchanged)</source>
        <translation>&lt;b&gt;Exactitud de prueba {accuracy} %&lt;/b&gt; (imágenes sin cambios)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; with these images ({unchanged} % unchanged)</source>
        <translation>&lt;b&gt;Exactitud de prueba {accuracy} %&lt;/b&gt; con estas imágenes ({unchanged} % sin cambios)</translation>
    </message>
    <message>
        <source>Normalised inputs: each changed pixel is then rescaled by its mean and spread in the training data.</source>
        <translation>Entradas normalizadas: cada píxel cambiado se reescala luego con su media y su dispersión en los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>Not normalised: the network gets the changed pixels ({low} to {high}) as they are.</source>
        <translation>Sin normalizar: la red recibe los píxeles cambiados ({low} a {high}) tal cual.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Each first-layer neuron's incoming weights, drawn as a picture when the inputs form one (8x8 digits)</source>
        <translation>Los pesos de entrada de cada neurona de la primera capa, dibujados como imagen cuando las entradas forman una (dígitos de 8x8)</translation>
    </message>
    <message>
        <source>One sample through the network: every neuron's activation and the predicted class probabilities</source>
        <translation>Una muestra a través de la red: la activación de cada neurona y las probabilidades de clase predichas</translation>
    </message>
    <message>
        <source>How often each true class (rows) is predicted as each class (columns)</source>
        <translation>Con qué frecuencia cada clase real (filas) se predice como cada clase (columnas)</translation>
    </message>
    <message numerus="yes">
        <source>the output layer has %n neurons for {classes} classes; give it one per class.</source>
        <translation>
            <numerusform>la capa de salida tiene %n neurona para {classes} clases; dale una por clase.</numerusform>
            <numerusform>la capa de salida tiene %n neuronas para {classes} clases; dale una por clase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetClasses</name>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>superior</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>inferior</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>malo</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>not obese</source>
        <translation>no obeso</translation>
    </message>
    <message>
        <source>obese</source>
        <translation>obeso</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>X holds NaN or infinite values; every feature must be a number</source>
        <translation>X contiene valores NaN o infinitos; cada característica debe ser un número</translation>
    </message>
    <message>
        <source>{names} feature names for {columns} feature columns</source>
        <translation>{names} nombres de características para {columns} columnas de características</translation>
    </message>
    <message>
        <source>y must have shape ({n},) to match X; got {shape}</source>
        <translation>y debe tener la forma ({n},) para coincidir con X; se recibió {shape}</translation>
    </message>
    <message>
        <source>class_names are for classification only</source>
        <translation>class_names es solo para clasificación</translation>
    </message>
    <message>
        <source>regression targets hold NaN or infinite values</source>
        <translation>los objetivos de regresión contienen valores NaN o infinitos</translation>
    </message>
    <message>
        <source>classification targets must be whole class indices 0, 1, 2, ...</source>
        <translation>los objetivos de clasificación deben ser índices de clase enteros 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>class indices must lie in 0..{last}; got {low}..{high}</source>
        <translation>los índices de clase deben estar en 0..{last}; se recibió {low}..{high}</translation>
    </message>
    <message>
        <source>Above or below a sine</source>
        <translation>Encima o debajo de un seno</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; almost two waves: it takes several neurons. Hidden neurons bend straight edges into the curve.</source>
        <translation>Los puntos azules están por encima de la curva {formula}; los naranjas, por debajo. Casi dos ondas: hacen falta varias neuronas. Las neuronas ocultas doblan bordes rectos hasta formar la curva.</translation>
    </message>
    <message>
        <source>Above or below a cubic</source>
        <translation>Encima o debajo de una cúbica</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; a rise, a dip and a rise. Hidden neurons bend straight edges into the curve.</source>
        <translation>Los puntos azules están por encima de la curva {formula}; los naranjas, por debajo. Una subida, una bajada y otra subida. Las neuronas ocultas doblan bordes rectos hasta formar la curva.</translation>
    </message>
    <message>
        <source>Above or below |x|</source>
        <translation>Encima o debajo de |x|</translation>
    </message>
    <message>
        <source>Blue points lie above the curve {formula}, orange ones below; a V of two straight arms: two neurons can draw it. Hidden neurons bend straight edges into the curve.</source>
        <translation>Los puntos azules están por encima de la curva {formula}; los naranjas, por debajo. Una V de dos brazos rectos: dos neuronas pueden dibujarla. Las neuronas ocultas doblan bordes rectos hasta formar la curva.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other (TensorFlow Playground)</source>
        <translation>Un disco de una clase dentro de un anillo de la otra (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>O exclusivo (XOR)</translation>
    </message>
    <message>
        <source>Four squares, labelled by the sign of x1 * x2 (TensorFlow Playground)</source>
        <translation>Cuatro cuadrados, etiquetados por el signo de x1 * x2 (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Dos gaussianas</translation>
    </message>
    <message>
        <source>Two clouds around (2, 2) and (-2, -2) (TensorFlow Playground)</source>
        <translation>Dos nubes alrededor de (2, 2) y (-2, -2) (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Two interleaved spirals, the hardest set (TensorFlow Playground)</source>
        <translation>Dos espirales entrelazadas, el conjunto más difícil (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>Plano (regresión)</translation>
    </message>
    <message>
        <source>The target rises with x1 + x2 (TensorFlow Playground)</source>
        <translation>El objetivo crece con x1 + x2 (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Multi Gaussian (regression)</source>
        <translation>Varias gaussianas (regresión)</translation>
    </message>
    <message>
        <source>Six bumps, up and down (TensorFlow Playground)</source>
        <translation>Seis montículos, hacia arriba y hacia abajo (TensorFlow Playground)</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <source>Two interlocking half circles</source>
        <translation>Dos semicírculos entrelazados</translation>
    </message>
    <message>
        <source>Three blobs</source>
        <translation>Tres manchas</translation>
    </message>
    <message>
        <source>Three clouds, one per class: a softmax example</source>
        <translation>Tres nubes, una por clase: un ejemplo de softmax</translation>
    </message>
    <message>
        <source>Coffee roasting</source>
        <translation>Tostado de café</translation>
    </message>
    <message>
        <source>Roast temperature (°C) and duration (min); the good roasts form a triangle that three neurons can draw. Normalise the inputs.</source>
        <translation>Temperatura (°C) y duración (min) del tostado; los buenos tostados forman un triángulo que tres neuronas pueden dibujar. Normaliza las entradas.</translation>
    </message>
    <message>
        <source>Obesity</source>
        <translation>Obesidad</translation>
    </message>
    <message>
        <source>Height (ft) and weight (kg); obese when the body-mass index is 30 or more</source>
        <translation>Altura (pies) y peso (kg); obesidad cuando el índice de masa corporal es 30 o más</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>Dígitos manuscritos</translation>
    </message>
    <message>
        <source>1797 scanned 8x8 digits: 64 pixel inputs (0-16), 10 classes. UCI data, CC BY 4.0. Sample count and noise do not apply.</source>
        <translation>1797 dígitos escaneados de 8x8: 64 entradas de píxeles (0-16), 10 clases. Datos de UCI, CC BY 4.0. El número de muestras y el ruido no se aplican.</translation>
    </message>
    <message>
        <source>{what} must be a whole number of {low} or more; got {value}</source>
        <translation>{what} debe ser un número entero de {low} o más; se recibió {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}; got {value}</source>
        <translation>{what} debe ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>conjunto de datos desconocido {name}; elige uno de: {names}</translation>
    </message>
    <message>
        <source>noise must be a fraction from 0 to {high} (0-50 %); got {value}</source>
        <translation>noise debe ser una fracción de 0 a {high} (0-50 %); se recibió {value}</translation>
    </message>
    <message>
        <source>train_fraction must lie between 0 and 1, e.g. {example}; got {value}</source>
        <translation>train_fraction debe estar entre 0 y 1, p. ej. {example}; se recibió {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample cannot be split into training and test data; use at least 2 samples</source>
        <translation>
            <numerusform>%n muestra no se puede dividir en datos de entrenamiento y de prueba; usa al menos 2 muestras</numerusform>
            <numerusform>%n muestras no se pueden dividir en datos de entrenamiento y de prueba; usa al menos 2 muestras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <source>single layer</source>
        <translation>capa única</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Mostrar datos de prueba</translation>
    </message>
    <message>
        <source>Draw the test points as hollow rings. The network never trains on them: they show how well it generalises.</source>
        <translation>Dibujar los puntos de prueba como anillos huecos. La red nunca se entrena con ellos: muestran lo bien que generaliza.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discretizar la salida</translation>
    </message>
    <message>
        <source>Colour each spot by the class the network would pick (output above or below the middle of its range) instead of by how sure it is.</source>
        <translation>Colorear cada punto según la clase que elegiría la red (salida por encima o por debajo del centro de su rango) en lugar de según su seguridad.</translation>
    </message>
    <message>
        <source>Show the curve</source>
        <translation>Mostrar la curva</translation>
    </message>
    <message>
        <source>Draw the curve the data follows (dotted): the points above it are blue, those below orange. Untick it to judge the network's boundary on its own.</source>
        <translation>Dibujar la curva que siguen los datos (punteada): los puntos por encima son azules; los de debajo, naranjas. Desmárcala para juzgar la frontera de la red por sí sola.</translation>
    </message>
    <message>
        <source>black line: {label}</source>
        <translation>línea negra: {label}</translation>
    </message>
    <message>
        <source>dashed line: {label}</source>
        <translation>línea discontinua: {label}</translation>
    </message>
</context>
<context>
    <name>DefaultNetwork</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other. No straight line separates them: watch how the hidden neurons each draw one line and the output neuron combines them into a closed boundary.</source>
        <translation>Un disco de una clase dentro de un anillo de la otra. Ninguna línea recta los separa: observa cómo cada neurona oculta dibuja una línea y la neurona de salida las combina en una frontera cerrada.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Neuron health</source>
        <translation>Salud de las neuronas</translation>
    </message>
    <message>
        <source>Linear collapse</source>
        <translation>Colapso lineal</translation>
    </message>
    <message>
        <source>Neuron &amp;Health</source>
        <translation>Salud de las &amp;neuronas</translation>
    </message>
    <message>
        <source>Dead and saturated neurons, gradient size per layer and PReLU alphas (Ctrl+H)</source>
        <translation>Neuronas muertas y saturadas, tamaño del gradiente por capa y alphas de PReLU (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show Neuron &amp;Flags</source>
        <translation>Mostrar &amp;marcas de neuronas</translation>
    </message>
    <message>
        <source>Label dead and saturated neurons, and softmax neurons out of place, on the network drawing</source>
        <translation>Marcar en el dibujo de la red las neuronas muertas y saturadas, y las neuronas softmax fuera de lugar</translation>
    </message>
    <message>
        <source>&amp;Linear Collapse…</source>
        <translation>&amp;Colapso lineal…</translation>
    </message>
    <message>
        <source>Show the single linear layer an all-linear network equals, or the neurons that prevent it (Ctrl+K)</source>
        <translation>Mostrar la única capa lineal a la que equivale una red toda lineal, o las neuronas que lo impiden (Ctrl+K)</translation>
    </message>
    <message>
        <source>No data to measure the neurons on: {error}</source>
        <translation>No hay datos para medir las neuronas: {error}</translation>
    </message>
    <message>
        <source>The data does not match the network's inputs yet.</source>
        <translation>Los datos aún no coinciden con las entradas de la red.</translation>
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
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>The data is not a drawing: choose Draw Data (Ctrl+D) to start one</source>
        <translation>Los datos no son un dibujo: elige Dibujar datos (Ctrl+D) para empezar uno</translation>
    </message>
    <message>
        <source>A drawing holds at most {count} points: erase some (right button) to draw more</source>
        <translation>Un dibujo tiene como máximo {count} puntos: borra algunos (botón derecho) para dibujar más</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <source>⚠ {edit}: {problem}</source>
        <translation>⚠ {edit}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit}: la capa de salida tiene ahora %n neurona {activation} para ajustarse a los datos (Ctrl+Z lo deshace)</numerusform>
            <numerusform>{edit}: la capa de salida tiene ahora %n neuronas {activation} para ajustarse a los datos (Ctrl+Z lo deshace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit}: la capa de salida tiene ahora %n neurona {activation} para ajustarse a los datos (Ctrl+Z lo deshace)</numerusform>
            <numerusform>{edit}: la capa de salida tiene ahora %n neuronas {activation} para ajustarse a los datos (Ctrl+Z lo deshace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n point</source>
        <translation>
            <numerusform>Borrar %n punto</numerusform>
            <numerusform>Borrar %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n points</source>
        <translation>
            <numerusform>Borrar %n punto</numerusform>
            <numerusform>Borrar %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of value {value}</source>
        <translation>
            <numerusform>Dibujar %n punto de valor {value}</numerusform>
            <numerusform>Dibujar %n puntos de valor {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of value {value}</source>
        <translation>
            <numerusform>Dibujar %n punto de valor {value}</numerusform>
            <numerusform>Dibujar %n puntos de valor {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of value {value}</source>
        <translation>
            <numerusform>Rociar %n punto de valor {value}</numerusform>
            <numerusform>Rociar %n puntos de valor {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of value {value}</source>
        <translation>
            <numerusform>Rociar %n punto de valor {value}</numerusform>
            <numerusform>Rociar %n puntos de valor {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of class {number}</source>
        <translation>
            <numerusform>Dibujar %n punto de la clase {number}</numerusform>
            <numerusform>Dibujar %n puntos de la clase {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of class {number}</source>
        <translation>
            <numerusform>Dibujar %n punto de la clase {number}</numerusform>
            <numerusform>Dibujar %n puntos de la clase {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of class {number}</source>
        <translation>
            <numerusform>Rociar %n punto de la clase {number}</numerusform>
            <numerusform>Rociar %n puntos de la clase {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of class {number}</source>
        <translation>
            <numerusform>Rociar %n punto de la clase {number}</numerusform>
            <numerusform>Rociar %n puntos de la clase {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>&amp;Draw Data</source>
        <translation>&amp;Dibujar datos</translation>
    </message>
    <message>
        <source>Draw your own data on the Map: click, spray and erase points of each class ({shortcut})</source>
        <translation>Dibuja tus propios datos en el Mapa: haz clic, rocía y borra puntos de cada clase ({shortcut})</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Draw data</source>
        <translation>Dibujar datos</translation>
    </message>
    <message>
        <source>Draw new data</source>
        <translation>Dibujar datos nuevos</translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation>Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>A new drawing: spray points with the left button, erase with the right one.</source>
        <translation>Un dibujo nuevo: rocía puntos con el botón izquierdo, bórralos con el derecho.</translation>
    </message>
    <message numerus="yes">
        <source>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>La entrada de la red ({inputs}) pasó a ser x1 y x2, las dos del dibujo.</numerusform>
            <numerusform>Las %n entradas de la red ({inputs}) pasaron a ser x1 y x2, las dos del dibujo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>La entrada de la red ({inputs}) pasó a ser x1 y x2, las dos del dibujo.</numerusform>
            <numerusform>Las %n entradas de la red ({inputs}) pasaron a ser x1 y x2, las dos del dibujo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neuron.</source>
        <translation>
            <numerusform>Su capa de salida es ahora %n neurona {activation}.</numerusform>
            <numerusform>Su capa de salida son ahora %n neuronas {activation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neurons.</source>
        <translation>
            <numerusform>Su capa de salida es ahora %n neurona {activation}.</numerusform>
            <numerusform>Su capa de salida son ahora %n neuronas {activation}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawingBar</name>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Click to add one point of the chosen class (or value).</source>
        <translation>Haz clic para añadir un punto de la clase (o el valor) elegida.</translation>
    </message>
    <message>
        <source>Spray</source>
        <translation>Rociar</translation>
    </message>
    <message>
        <source>Press and drag to spray points of the chosen class: {count} at a time around the pointer.</source>
        <translation>Pulsa y arrastra para rociar puntos de la clase elegida: {count} cada vez alrededor del puntero.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Press and drag over points to remove them. The right mouse button erases with any tool.</source>
        <translation>Pulsa y arrastra sobre los puntos para quitarlos. El botón derecho del ratón borra con cualquier herramienta.</translation>
    </message>
    <message>
        <source>Left button draws, right button erases. Each stroke is one step of Undo (Ctrl+Z).</source>
        <translation>El botón izquierdo dibuja, el derecho borra. Cada trazo es un paso de Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every point of the drawing (Undo brings them back).</source>
        <translation>Quitar todos los puntos del dibujo (Deshacer los recupera).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Stop drawing (the drawing stays the data; Ctrl+D draws again).</source>
        <translation>Dejar de dibujar (el dibujo sigue siendo los datos; Ctrl+D vuelve a dibujar).</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>The class of the points you draw. A new class adds an output: more than 2 classes make softmax outputs.</source>
        <translation>La clase de los puntos que dibujas. Una clase nueva añade una salida: más de 2 clases dan salidas softmax.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The value of the points you draw (regression): the network learns to predict it at their place.</source>
        <translation>El valor de los puntos que dibujas (regresión): la red aprende a predecirlo en su lugar.</translation>
    </message>
    <message>
        <source>{number} (new)</source>
        <translation>{number} (nueva)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>{layer} neuron {number}</source>
        <translation>neurona {number} de {layer}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Oculta {number}</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>short for the output layer in a narrow header</comment>
        <translation>Sal</translation>
    </message>
    <message>
        <source>H{number}</source>
        <comment>short for hidden layer {number}</comment>
        <translation>O{number}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>{on} of {offered} on</source>
        <comment>inputs in use</comment>
        <translation>{on} de {offered} en uso</translation>
    </message>
    <message numerus="yes">
        <source>%n feature</source>
        <translation>
            <numerusform>%n característica</numerusform>
            <numerusform>%n características</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n característica</numerusform>
            <numerusform>%n características</numerusform>
        </translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>In</source>
        <comment>short for the input column in a narrow header</comment>
        <translation>Ent</translation>
    </message>
    <message>
        <source>Network editor</source>
        <translation>Editor de la red</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add {activation} neuron to {layer}</source>
        <translation>Añadir neurona {activation} a {layer}</translation>
    </message>
    <message>
        <source>Make {neuron} {activation}</source>
        <translation>Poner la activación de la {neuron} a {activation}</translation>
    </message>
    <message>
        <source>Freeze {neuron}</source>
        <translation>Congelar la {neuron}</translation>
    </message>
    <message>
        <source>Unfreeze {neuron}</source>
        <translation>Descongelar la {neuron}</translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; a layer needs at least one. Delete the layer instead.</source>
        <translation>Es la única neurona de {layer}; una capa necesita al menos una. Elimina la capa en su lugar.</translation>
    </message>
    <message>
        <source>Move {neuron}</source>
        <translation>Mover la {neuron}</translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; it cannot leave its layer.</source>
        <translation>Es la única neurona de {layer}; no puede salir de su capa.</translation>
    </message>
    <message>
        <source>Move {neuron} to a new layer</source>
        <translation>Mover la {neuron} a una capa nueva</translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n unit</source>
        <translation>
            <numerusform>Añadir capa oculta de %n unidad</numerusform>
            <numerusform>Añadir capa oculta de %n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n units</source>
        <translation>
            <numerusform>Añadir capa oculta de %n unidad</numerusform>
            <numerusform>Añadir capa oculta de %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Make all of {layer} {activation}</source>
        <translation>Poner toda la capa {layer} a {activation}</translation>
    </message>
    <message>
        <source>The output layer cannot be deleted: it gives the network's answer. Change its neurons instead.</source>
        <translation>La capa de salida no se puede eliminar: da la respuesta de la red. Cambia sus neuronas en su lugar.</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>Eliminar la capa {layer}</translation>
    </message>
    <message>
        <source>{layer} needs at least one neuron; to remove it, select its header and delete the layer.</source>
        <translation>{layer} necesita al menos una neurona; para quitarla, selecciona su encabezado y elimina la capa.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n neurons</source>
        <translation>
            <numerusform>Eliminar %n neurona</numerusform>
            <numerusform>Eliminar %n neuronas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {neuron}</source>
        <translation>Eliminar la {neuron}</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <source>A link cannot be deleted: every neuron listens to all units of the layer before. Double-click it and type 0 to cut it.</source>
        <translation>Un enlace no se puede eliminar: cada neurona escucha a todas las unidades de la capa anterior. Haz doble clic en él y escribe 0 para cortarlo.</translation>
    </message>
    <message>
        <source>These inputs are the data set's columns; choose the data in the Data panel to change them.</source>
        <translation>Estas entradas son las columnas del conjunto de datos; elige los datos en el panel Datos para cambiarlas.</translation>
    </message>
    <message>
        <source>{input} is the only input left; a network needs at least one.</source>
        <translation>{input} es la única entrada que queda; una red necesita al menos una.</translation>
    </message>
    <message>
        <source>Stop using input {input}</source>
        <translation>Dejar de usar la entrada {input}</translation>
    </message>
    <message>
        <source>Use input {input}</source>
        <translation>Usar la entrada {input}</translation>
    </message>
    <message>
        <source>an empty field is not a number</source>
        <translation>un campo vacío no es un número</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>'{text}' no es un número</translation>
    </message>
    <message>
        <source>'{text}' is not a finite number</source>
        <translation>'{text}' no es un número finito</translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron}; Enter applies, Esc cancels.</source>
        <translation>Escribe el peso de {source} a la {neuron}; Intro aplica, Esc cancela.</translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron} and press Enter (Esc cancels).</source>
        <translation>Escribe el peso de {source} a la {neuron} y pulsa Intro (Esc cancela).</translation>
    </message>
    <message>
        <source>{error}; the weight from {source} into {neuron} stays {value}.</source>
        <translation>{error}; el peso de {source} a la {neuron} sigue en {value}.</translation>
    </message>
    <message>
        <source>Type the bias of {neuron}; Enter applies, Esc cancels.</source>
        <translation>Escribe el sesgo de la {neuron}; Intro aplica, Esc cancela.</translation>
    </message>
    <message>
        <source>Type the bias of {neuron} and press Enter (Esc cancels).</source>
        <translation>Escribe el sesgo de la {neuron} y pulsa Intro (Esc cancela).</translation>
    </message>
    <message>
        <source>{error}; the bias of {neuron} stays {value}.</source>
        <translation>{error}; el sesgo de la {neuron} sigue en {value}.</translation>
    </message>
    <message>
        <source>Type the alpha of {neuron}; Enter applies, Esc cancels.</source>
        <translation>Escribe el alpha de la {neuron}; Intro aplica, Esc cancela.</translation>
    </message>
    <message>
        <source>Type the alpha of {neuron} and press Enter (Esc cancels).</source>
        <translation>Escribe el alpha de la {neuron} y pulsa Intro (Esc cancela).</translation>
    </message>
    <message>
        <source>{error}; the alpha of {neuron} stays {value}.</source>
        <translation>{error}; el alpha de la {neuron} sigue en {value}.</translation>
    </message>
    <message>
        <source>This neuron's activation has no alpha.</source>
        <translation>La activación de esta neurona no tiene alpha.</translation>
    </message>
    <message>
        <source>Unknown activation; expected one of {names}.</source>
        <translation>Activación desconocida; se esperaba una de {names}.</translation>
    </message>
    <message>
        <source>That neuron is no longer in the network.</source>
        <translation>Esa neurona ya no está en la red.</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>export as .png or .svg, not '{ending}'</source>
        <translation>exporta como .png o .svg, no '{ending}'</translation>
    </message>
    <message>
        <source>export as .png or .svg, not a file without extension</source>
        <translation>exporta como .png o .svg, no como archivo sin extensión</translation>
    </message>
    <message>
        <source>could not write the image {path}</source>
        <translation>no se pudo escribir la imagen {path}</translation>
    </message>
</context>
<context>
    <name>EditorMenu</name>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Descongelar</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <source>A frozen neuron keeps its weights, bias and alpha while the rest trains.</source>
        <translation>Una neurona congelada conserva sus pesos, su sesgo y su alpha mientras el resto se entrena.</translation>
    </message>
    <message>
        <source>Edit bias…</source>
        <translation>Editar sesgo…</translation>
    </message>
    <message>
        <source>Edit alpha…</source>
        <translation>Editar alpha…</translation>
    </message>
    <message>
        <source>Delete neuron</source>
        <translation>Eliminar neurona</translation>
    </message>
    <message>
        <source>Set all activations</source>
        <translation>Todas las activaciones</translation>
    </message>
    <message>
        <source>Add neuron ({activation})</source>
        <translation>Añadir neurona ({activation})</translation>
    </message>
    <message>
        <source>Insert hidden layer before</source>
        <translation>Insertar capa oculta antes</translation>
    </message>
    <message>
        <source>Insert hidden layer after</source>
        <translation>Insertar capa oculta después</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Eliminar capa</translation>
    </message>
    <message>
        <source>The output layer cannot be deleted.</source>
        <translation>La capa de salida no se puede eliminar.</translation>
    </message>
    <message>
        <source>Edit weight…</source>
        <translation>Editar peso…</translation>
    </message>
    <message>
        <source>Set weight to 0</source>
        <translation>Poner el peso a 0</translation>
    </message>
    <message>
        <source>Stop using this input</source>
        <translation>Dejar de usar esta entrada</translation>
    </message>
    <message>
        <source>Use this input</source>
        <translation>Usar esta entrada</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Añadir capa oculta</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>The only output neuron cannot go; change its activation instead.</source>
        <translation>La única neurona de salida no se puede quitar; cambia su activación en su lugar.</translation>
    </message>
    <message>
        <source>The only neuron of a layer cannot go; delete the layer.</source>
        <translation>La única neurona de una capa no se puede quitar; elimina la capa.</translation>
    </message>
</context>
<context>
    <name>EditorTips</name>
    <message>
        <source>Drop to move this neuron into a new hidden layer here.</source>
        <translation>Suelta para mover esta neurona a una capa oculta nueva aquí.</translation>
    </message>
    <message>
        <source>Drop to move the neuron to position {position} of {layer}.</source>
        <translation>Suelta para mover la neurona a la posición {position} de {layer}.</translation>
    </message>
    <message>
        <source>Bias of {neuron}: {value}
z = w·x + b: the bias shifts z before the activation.
Double-click to type a new value.</source>
        <translation>Sesgo de la {neuron}: {value}
z = w·x + b: el sesgo desplaza z antes de la activación.
Haz doble clic para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>Weight from {source} into {neuron}: {value}
Blue: positive, orange: negative; thicker: larger.
Click to select, double-click to type a new value.</source>
        <translation>Peso de {source} a la {neuron}: {value}
Azul: positivo, naranja: negativo; más grueso: mayor.
Haz clic para seleccionar, doble clic para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}  (frozen: training leaves it alone)</source>
        <translation>{layer}, neurona {number}: {activation}  (congelada: el entrenamiento no la toca)</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}</source>
        <translation>{layer}, neurona {number}: {activation}</translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation>Rango de salida: {range}</translation>
    </message>
    <message>
        <source>Bias: {value}</source>
        <translation>Sesgo: {value}</translation>
    </message>
    <message>
        <source>alpha: {value}</source>
        <translation>alpha: {value}</translation>
    </message>
    <message>
        <source>Drag to move it. Drop an activation on it to change it. Right-click for more.</source>
        <translation>Arrástrala para moverla. Suelta una activación sobre ella para cambiarla. Clic derecho para más.</translation>
    </message>
    <message>
        <source>{activation} ×{count}</source>
        <translation>{activation} ×{count}</translation>
    </message>
    <message>
        <source>The output layer: its units are the network's answer.</source>
        <translation>La capa de salida: sus unidades son la respuesta de la red.</translation>
    </message>
    <message>
        <source>A hidden layer.</source>
        <translation>Una capa oculta.</translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n unit ({activations})</source>
        <translation>
            <numerusform>{layer}: %n unidad ({activations})</numerusform>
            <numerusform>{layer}: %n unidades ({activations})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n units ({activations})</source>
        <translation>
            <numerusform>{layer}: %n unidad ({activations})</numerusform>
            <numerusform>{layer}: %n unidades ({activations})</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select it; right-click to change all its activations, add a neuron or delete it. Drop an activation on it to add a neuron.</source>
        <translation>Haz clic para seleccionarla; clic derecho para cambiar todas sus activaciones, añadir una neurona o eliminarla. Suelta una activación sobre ella para añadir una neurona.</translation>
    </message>
    <message>
        <source>Input {name}: a column of the data set.</source>
        <translation>Entrada {name}: una columna del conjunto de datos.</translation>
    </message>
    <message>
        <source>Input {name}: in use. Click to stop using it.</source>
        <translation>Entrada {name}: en uso. Haz clic para dejar de usarla.</translation>
    </message>
    <message>
        <source>Feature {name}: not in use. Click to feed it to the network.</source>
        <translation>Característica {name}: sin usar. Haz clic para dársela a la red.</translation>
    </message>
    <message>
        <source>Drop on a layer, on a neuron, or in the space between two layers.</source>
        <translation>Suelta sobre una capa, sobre una neurona o en el espacio entre dos capas.</translation>
    </message>
    <message>
        <source>Drop to make {neuron} a {activation} neuron.</source>
        <translation>Suelta para que la {neuron} sea {activation}.</translation>
    </message>
    <message>
        <source>Drop to put a {activation} neuron at position {position} of {layer}.</source>
        <translation>Suelta para poner una neurona {activation} en la posición {position} de {layer}.</translation>
    </message>
    <message>
        <source>Drop to make a new hidden layer here with a {activation} neuron.</source>
        <translation>Suelta para crear aquí una capa oculta nueva con una neurona {activation}.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>neuron {neuron} is the only output neuron; the network needs at least one output (change its activation instead)</source>
        <translation>la neurona {neuron} es la única neurona de salida; la red necesita al menos una salida (mejor cambia su activación)</translation>
    </message>
    <message>
        <source>neuron {neuron} is the only neuron of layer {layer}; a layer needs at least one (remove the layer instead)</source>
        <translation>la neurona {neuron} es la única de la capa {layer}; una capa necesita al menos una (mejor elimina la capa)</translation>
    </message>
    <message>
        <source>neuron {neuron} is the only neuron of layer {layer}; moving it would leave the layer empty</source>
        <translation>la neurona {neuron} es la única de la capa {layer}; moverla dejaría la capa vacía</translation>
    </message>
    <message>
        <source>layer {layer} is the output layer and cannot be removed; remove a hidden layer (0 to {hidden})</source>
        <translation>la capa {layer} es la capa de salida y no se puede eliminar; elimina una capa oculta (de 0 a {hidden})</translation>
    </message>
    <message>
        <source>layer {layer} is the output layer and cannot be removed; it has no hidden layer</source>
        <translation>la capa {layer} es la capa de salida y no se puede eliminar; la red no tiene capas ocultas</translation>
    </message>
    <message>
        <source>layer {layer} needs 1 to {limit} units, got {count}</source>
        <translation>la capa {layer} necesita de 1 a {limit} unidades, no {count}</translation>
    </message>
    <message>
        <source>a layer needs 1 to {limit} units, got {count}</source>
        <translation>una capa necesita de 1 a {limit} unidades, no {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} layers, got {count}</source>
        <translation>una red necesita de 1 a {limit} capas, no {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} inputs, got {count}</source>
        <translation>una red necesita de 1 a {limit} entradas, no {count}</translation>
    </message>
    <message>
        <source>an input needs a non-empty name, got {name}</source>
        <translation>una entrada necesita un nombre no vacío, no {name}</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>{loss} needs class labels, but the data is a regression problem; use {mse}</source>
        <translation>{loss} necesita etiquetas de clase, pero los datos son un problema de regresión; usa {mse}</translation>
    </message>
    <message>
        <source>must be less than {batches}, the number of batches per epoch</source>
        <translation>debe ser menor que {batches}, el número de lotes por época</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Training averages the gradient over a mini-batch of {batch} samples: this sample moves each weight by 1/{batch} of the update shown here.</source>
        <translation>El entrenamiento promedia el gradiente sobre un mini-lote de {batch} muestras: esta muestra mueve cada peso 1/{batch} de la actualización que se ve aquí.</translation>
    </message>
    <message>
        <source>The optimizer is SGD with momentum: the real step also adds the velocity of earlier steps.</source>
        <translation>El optimizador es SGD con momentum: el paso real también suma la velocidad de los pasos anteriores.</translation>
    </message>
    <message>
        <source>The optimizer is Adam: the real step rescales each gradient by its running averages, so it differs from −learning rate · gradient.</source>
        <translation>El optimizador es Adam: el paso real reescala cada gradiente con sus medias acumuladas, así que difiere de −tasa de aprendizaje · gradiente.</translation>
    </message>
    <message>
        <source>L2 regularization adds rate · w to each weight's gradient (not to biases); it is left out here.</source>
        <translation>La regularización L2 suma tasa · w al gradiente de cada peso (no a los sesgos); aquí se omite.</translation>
    </message>
    <message>
        <source>L1 regularization adds rate · sign(w) to each weight's gradient (not to biases); it is left out here.</source>
        <translation>La regularización L1 suma tasa · sign(w) al gradiente de cada peso (no a los sesgos); aquí se omite.</translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights: their updates are 0.</source>
        <translation>Las neuronas congeladas conservan sus pesos: sus actualizaciones son 0.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Oculta {number}</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Neurona de salida</translation>
    </message>
    <message>
        <source>{layer} neuron {number}</source>
        <translation>{layer}, neurona {number}</translation>
    </message>
    <message numerus="yes">
        <source>(all %n products summed)</source>
        <translation>
            <numerusform>(suma de los %n productos)</numerusform>
            <numerusform>(suma de los %n productos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{neuron}: weighted sum z</source>
        <translation>{neuron}: suma ponderada z</translation>
    </message>
    <message>
        <source>z   (because z &gt; 0)</source>
        <translation>z   (porque z &gt; 0)</translation>
    </message>
    <message>
        <source>{neuron}: activation a = {activation}(z)</source>
        <translation>{neuron}: activación a = {activation}(z)</translation>
    </message>
    <message>
        <source>aₖ = e^(zₖ) / Σ e^(zⱼ)   (the softmax neurons together)</source>
        <translation>aₖ = e^(zₖ) / Σ e^(zⱼ)   (las neuronas softmax juntas)</translation>
    </message>
    <message>
        <source>(z − {shift} in every power: the same a, no overflow)</source>
        <translation>(z − {shift} en cada potencia: la misma a, sin desbordamiento)</translation>
    </message>
    <message>
        <source>sum: {terms} = {total}</source>
        <translation>suma: {terms} = {total}</translation>
    </message>
    <message>
        <source>{layer}: softmax probabilities</source>
        <translation>{layer}: probabilidades softmax</translation>
    </message>
    <message>
        <source>target t = {target}   (class {name})</source>
        <translation>objetivo t = {target}   (clase {name})</translation>
    </message>
    <message>
        <source>target t = {target}</source>
        <translation>objetivo t = {target}</translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of (a − t)²</source>
        <translation>
            <numerusform>L = media de (a − t)² sobre %n salida</numerusform>
            <numerusform>L = media de (a − t)² sobre las %n salidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of −(t·ln a + (1 − t)·ln(1 − a))</source>
        <translation>
            <numerusform>L = media de −(t·ln a + (1 − t)·ln(1 − a)) sobre %n salida</numerusform>
            <numerusform>L = media de −(t·ln a + (1 − t)·ln(1 − a)) sobre las %n salidas</numerusform>
        </translation>
    </message>
    <message>
        <source>L = −Σ tₖ·ln aₖ   (only the target class counts)</source>
        <translation>L = −Σ tₖ·ln aₖ   (solo cuenta la clase objetivo)</translation>
    </message>
    <message>
        <source>Loss of this sample</source>
        <translation>Pérdida de esta muestra</translation>
    </message>
    <message>
        <source>δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)   (softmax: the neurons share one sum)</source>
        <translation>δ = a·(∂L/∂a − Σⱼ aⱼ·∂L/∂aⱼ)   (softmax: las neuronas comparten una suma)</translation>
    </message>
    <message>
        <source>0 (z ≤ 0: no signal passes back)</source>
        <translation>0 (z ≤ 0: ninguna señal vuelve atrás)</translation>
    </message>
    <message>
        <source>slope of {activation} at z = {z}</source>
        <translation>pendiente de {activation} en z = {z}</translation>
    </message>
    <message>
        <source>{neuron}: δ = ∂L/∂z (backward)</source>
        <translation>{neuron}: δ = ∂L/∂z (hacia atrás)</translation>
    </message>
    <message>
        <source>δ = (a − t){div}   (sigmoid and cross-entropy: the slopes cancel)</source>
        <translation>δ = (a − t){div}   (sigmoide y entropía cruzada: las pendientes se cancelan)</translation>
    </message>
    <message>
        <source>δ = (a − t){div}   (softmax and cross-entropy: the slopes cancel)</source>
        <translation>δ = (a − t){div}   (softmax y entropía cruzada: las pendientes se cancelan)</translation>
    </message>
    <message>
        <source>∂L/∂a = Σ w·δ over {layer} (the links out of this neuron)</source>
        <translation>∂L/∂a = Σ w·δ sobre {layer} (los enlaces que salen de esta neurona)</translation>
    </message>
    <message>
        <source>∂L/∂w = δ · input,   Δw = −lr · ∂L/∂w</source>
        <translation>∂L/∂w = δ · entrada,   Δw = −lr · ∂L/∂w</translation>
    </message>
    <message>
        <source>δ = {delta},   lr = {rate}</source>
        <translation>δ = {delta};   lr = {rate}</translation>
    </message>
    <message>
        <source>{weight} (from {source}):  ∂L/∂w = {product} = {gradient},   Δw = {change}</source>
        <translation>{weight} (de {source}):  ∂L/∂w = {product} = {gradient};   Δw = {change}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more weight, the same way</source>
        <translation>
            <numerusform>… %n peso más, de la misma forma</numerusform>
            <numerusform>… %n pesos más, de la misma forma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more weights, the same way</source>
        <translation>
            <numerusform>… %n peso más, de la misma forma</numerusform>
            <numerusform>… %n pesos más, de la misma forma</numerusform>
        </translation>
    </message>
    <message>
        <source>α: ∂L/∂α = 0   (z &gt; 0: α played no part)</source>
        <translation>α: ∂L/∂α = 0   (z &gt; 0: α no intervino)</translation>
    </message>
    <message>
        <source>Frozen neuron: training leaves these values as they are (Δ = 0).</source>
        <translation>Neurona congelada: el entrenamiento deja estos valores como están (Δ = 0).</translation>
    </message>
    <message>
        <source>{neuron}: gradients and updates</source>
        <translation>{neuron}: gradientes y actualizaciones</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script de Python (*.py)</translation>
    </message>
    <message>
        <source>loss plot</source>
        <translation>gráfica de pérdida</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>activation plot</source>
        <translation>gráfica de activación</translation>
    </message>
    <message>
        <source>weights view</source>
        <translation>vista de pesos</translation>
    </message>
    <message>
        <source>sample view</source>
        <translation>vista de muestra</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>matriz de confusión</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>gráfica</translation>
    </message>
    <message>
        <source>Export the network as a {language} script</source>
        <translation>Exportar la red como script de {language}</translation>
    </message>
    <message>
        <source>Cannot export script</source>
        <translation>No se puede exportar el script</translation>
    </message>
    <message>
        <source>The network cannot be written as a script: {error}</source>
        <translation>La red no se puede escribir como script: {error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>No se pudo escribir {file}: {error}</translation>
    </message>
    <message>
        <source>Exported the network as a {language} script: {file}  (run it with: python {name})</source>
        <translation>Red exportada como script de {language}: {file}  (ejecútalo con: python {name})</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>no hay datos</translation>
    </message>
    <message>
        <source>Export an image of the {what}</source>
        <translation>Exportar una imagen: {what}</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>No se puede exportar la imagen</translation>
    </message>
    <message>
        <source>Exported the {what} to {file}</source>
        <translation>Exportación de {what} guardada en {file}</translation>
    </message>
    <message>
        <source>There is no map to export: the map panel shows a message instead ({message})</source>
        <translation>No hay mapa que exportar: el panel del mapa muestra en su lugar un mensaje ({message})</translation>
    </message>
    <message>
        <source>{name}: a Python script's name must end in .py</source>
        <translation>{name}: el nombre de un script de Python debe terminar en .py</translation>
    </message>
    <message>
        <source>{name}: a script with this name would import itself instead of {library}; choose another name</source>
        <translation>{name}: un script con este nombre se importaría a sí mismo en lugar de {library}; elige otro nombre</translation>
    </message>
    <message>
        <source>Could not write {file}: the folder {folder} does not exist</source>
        <translation>No se pudo escribir {file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Save the {what} as a PNG image or an SVG drawing</source>
        <translation>Guardar como imagen PNG o dibujo SVG: {what}</translation>
    </message>
    <message>
        <source>&amp;NumPy Script…</source>
        <translation>Script de &amp;NumPy…</translation>
    </message>
    <message>
        <source>Save the network as a Python script that needs only NumPy</source>
        <translation>Guardar la red como script de Python que solo necesita NumPy</translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>Script de &amp;PyTorch…</translation>
    </message>
    <message>
        <source>Save the network as a PyTorch script (nn.Module, loss, optimizer and a train function)</source>
        <translation>Guardar la red como script de PyTorch (nn.Module, pérdida, optimizador y una función de entrenamiento)</translation>
    </message>
    <message>
        <source>&amp;Loss Plot Image…</source>
        <translation>Imagen de la gráfica de &amp;pérdida…</translation>
    </message>
    <message>
        <source>Save the loss plot as PNG or SVG</source>
        <translation>Guardar la gráfica de pérdida como PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Map Image…</source>
        <translation>Imagen del &amp;mapa…</translation>
    </message>
    <message>
        <source>Save the map (decision surface or neuron map) as PNG or SVG</source>
        <translation>Guardar el mapa (superficie de decisión o mapa de neurona) como PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Activation Plot Image…</source>
        <translation>Imagen de la gráfica de &amp;activación…</translation>
    </message>
    <message>
        <source>Save the activation plot as PNG or SVG</source>
        <translation>Guardar la gráfica de activación como PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Data View Image…</source>
        <translation>Imagen de la vista de &amp;datos…</translation>
    </message>
    <message>
        <source>Save the tab shown in the Data panel (weights, sample or confusion matrix) as PNG or SVG</source>
        <translation>Guardar la pestaña que muestra el panel Datos (pesos, muestra o matriz de confusión) como PNG o SVG</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>New network on the default data set</source>
        <translation>Red nueva con el conjunto de datos por defecto</translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation>No se puede abrir la red</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Abierto {file}</translation>
    </message>
    <message>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation>{file} ya no existe; se ha quitado de los archivos recientes.</translation>
    </message>
    <message>
        <source>Cannot save network</source>
        <translation>No se puede guardar la red</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Guardado {file}</translation>
    </message>
    <message>
        <source>Export image of the network</source>
        <translation>Exportar imagen de la red</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>No se puede exportar la imagen</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>Exportado {file}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Neuron Studio networks (*.nsnet);;All files (*)</source>
        <translation>Redes de Neuron Studio (*.nsnet);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file {name} could not be read.</source>
        <translation>No se pudo leer el archivo {name}.</translation>
    </message>
    <message>
        <source>The file {name} was saved by a newer version of Neuron Studio.</source>
        <translation>El archivo {name} se guardó con una versión más reciente de Neuron Studio.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a complete Neuron Studio network file.</source>
        <translation>El archivo {name} está dañado o no es un archivo de red de Neuron Studio completo.</translation>
    </message>
    <message>
        <source>{name}: cannot write ({error})</source>
        <translation>{name}: no se puede escribir ({error})</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Abrir red</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>Guardar red como</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” first?
If you don't, your changes since the last save are lost.</source>
        <translation>¿Guardar primero los cambios de “{title}”?
Si no lo haces, se perderán los cambios desde la última vez que guardaste.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>aún sin entrenar</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <source>{app} handout, {date}</source>
        <translation>Hoja de {app}, {date}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Challenge goals</source>
        <translation>Objetivos del reto</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ cumplido</translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation>✗ aún no</translation>
    </message>
    <message>
        <source>All goals were met at epoch {epoch}.</source>
        <translation>Todos los objetivos se cumplieron en la época {epoch}.</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>La red</translation>
    </message>
    <message>
        <source>The Map and the loss</source>
        <translation>El Mapa y la pérdida</translation>
    </message>
    <message>
        <source>No Map: {reason}</source>
        <translation>Sin Mapa: {reason}</translation>
    </message>
    <message>
        <source>The loss</source>
        <translation>La pérdida</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Settings (to build it again)</source>
        <translation>Ajustes (para volver a construirla)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Muestra:</translation>
    </message>
    <message>
        <source>One sample's numbers</source>
        <translation>Los números de una muestra</translation>
    </message>
    <message numerus="yes">
        <source>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</source>
        <translation>
            <numerusform>%n paso más (las capas ocultas y la retropropagación) está en el panel Una muestra de la app.</numerusform>
            <numerusform>%n pasos más (las capas ocultas y la retropropagación) están en el panel Una muestra de la app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</source>
        <translation>
            <numerusform>%n paso más (las capas ocultas y la retropropagación) está en el panel Una muestra de la app.</numerusform>
            <numerusform>%n pasos más (las capas ocultas y la retropropagación) están en el panel Una muestra de la app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handout (PDF)</source>
        <translation>Exportar hoja (PDF)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>No se puede exportar la hoja</translation>
    </message>
    <message>
        <source>Could not write {path}: the folder does not exist</source>
        <translation>No se pudo escribir {path}: la carpeta no existe</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n page, {size})</source>
        <translation>
            <numerusform>Hoja escrita: {path} (%n página, {size})</numerusform>
            <numerusform>Hoja escrita: {path} (%n páginas, {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n pages, {size})</source>
        <translation>
            <numerusform>Hoja escrita: {path} (%n página, {size})</numerusform>
            <numerusform>Hoja escrita: {path} (%n páginas, {size})</numerusform>
        </translation>
    </message>
    <message>
        <source>your own sample: {sample}</source>
        <translation>tu propia muestra: {sample}</translation>
    </message>
    <message>
        <source>training sample {number}: {sample}</source>
        <translation>muestra de entrenamiento {number}: {sample}</translation>
    </message>
    <message>
        <source>test sample {number}: {sample}</source>
        <translation>muestra de prueba {number}: {sample}</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>Exportar &amp;hoja (PDF)…</translation>
    </message>
    <message>
        <source>Save a printable handout: title, notes, network, Map, loss curves and the exact settings, on A4 or US Letter pages</source>
        <translation>Guardar una hoja imprimible: título, notas, red, Mapa, curvas de pérdida y los ajustes exactos, en páginas A4 o Carta (US Letter)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (US Letter)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Salida de la red</translation>
    </message>
    <message>
        <source>The Map: {title} over the input plane</source>
        <translation>El Mapa: {title} sobre el plano de entradas</translation>
    </message>
    <message>
        <source>Loss (and accuracy) per epoch</source>
        <translation>Pérdida (y exactitud) por época</translation>
    </message>
    <message>
        <source>Loss per epoch: not trained yet</source>
        <translation>Pérdida por época: aún sin entrenar</translation>
    </message>
    <message numerus="yes">
        <source>%n output unit</source>
        <translation>
            <numerusform>%n unidad de salida</numerusform>
            <numerusform>%n unidades de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output units</source>
        <translation>
            <numerusform>%n unidad de salida</numerusform>
            <numerusform>%n unidades de salida</numerusform>
        </translation>
    </message>
    <message>
        <source>The network: no hidden layer, {outputs}</source>
        <translation>La red: sin capa oculta, {outputs}</translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layer ({units} units), {outputs}</source>
        <translation>
            <numerusform>La red: %n capa oculta ({units} unidades), {outputs}</numerusform>
            <numerusform>La red: %n capas ocultas ({units} unidades), {outputs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layers ({units} units), {outputs}</source>
        <translation>
            <numerusform>La red: %n capa oculta ({units} unidades), {outputs}</numerusform>
            <numerusform>La red: %n capas ocultas ({units} unidades), {outputs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <translation>A4 (210 × 297 mm) o Carta (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>The title, the notes, the network, the Map, the loss curves and the exact settings (and the One sample panel's numbers when it is open), as a PDF to print or take home.</source>
        <translation>El título, las notas, la red, el Mapa, las curvas de pérdida y los ajustes exactos (y los números del panel Una muestra si está abierto), en un PDF para imprimir o llevar a casa.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
</context>
<context>
    <name>HandoutFacts</name>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>CSV file {path}</source>
        <translation>archivo CSV {path}</translation>
    </message>
    <message>
        <source>features {names}</source>
        <translation>características {names}</translation>
    </message>
    <message>
        <source>target {name}</source>
        <translation>objetivo {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample written in the file</source>
        <translation>
            <numerusform>%n muestra escrita en el archivo</numerusform>
            <numerusform>%n muestras escritas en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples written in the file</source>
        <translation>
            <numerusform>%n muestra escrita en el archivo</numerusform>
            <numerusform>%n muestras escritas en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>data source {source}</source>
        <translation>fuente de datos {source}</translation>
    </message>
    <message>
        <source>inputs normalised</source>
        <translation>entradas normalizadas</translation>
    </message>
    <message>
        <source>inputs not normalised</source>
        <translation>entradas sin normalizar</translation>
    </message>
    <message>
        <source>{data}: {details}</source>
        <translation>{data}: {details}</translation>
    </message>
    <message>
        <source>{label} (built-in {name})</source>
        <translation>{label} (conjunto incorporado {name})</translation>
    </message>
    <message>
        <source>built-in {name}</source>
        <translation>conjunto incorporado {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n sample</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation>{count} muestras</translation>
    </message>
    <message>
        <source>noise {percent} %</source>
        <translation>ruido {percent} %</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>semilla {seed}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{kind}, rate {rate}</source>
        <translation>{kind}, tasa {rate}</translation>
    </message>
    <message>
        <source>{optimizer} (momentum {momentum})</source>
        <translation>{optimizer} (momentum {momentum})</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Proporción de entrenamiento</translation>
    </message>
    <message>
        <source>{percent} % of the samples (the rest is the test set)</source>
        <translation>{percent} % de las muestras (el resto es el conjunto de prueba)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>{seed} (split and batch order)</source>
        <translation>{seed} (división y orden de los lotes)</translation>
    </message>
    <message>
        <source>Epoch reached</source>
        <translation>Época alcanzada</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>pérdida {loss}</translation>
    </message>
    <message>
        <source>accuracy {percent} %</source>
        <translation>exactitud {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs: {first}, {second}, …, {last}</source>
        <translation>
            <numerusform>%n entrada: {first}, {second}, …, {last}</numerusform>
            <numerusform>%n entradas: {first}, {second}, …, {last}</numerusform>
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
        <translation>Capa de salida</translation>
    </message>
    <message>
        <source>Hidden layer {layer}</source>
        <translation>Capa oculta {layer}</translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {a} or {b}.</source>
        <translation>El campo está vacío; escribe un número como {a} o {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number; type one such as {a} or {b}.</source>
        <translation>“{text}” no es un número; escribe uno como {a} o {b}.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number; the network can only use ordinary numbers such as {a} or {b}.</source>
        <translation>“{text}” no es un número finito; la red solo puede usar números normales como {a} o {b}.</translation>
    </message>
    <message>
        <source>{text} is too large; use a number from {low} to {high}.</source>
        <translation>{text} es demasiado grande; usa un número de {low} a {high}.</translation>
    </message>
    <message>
        <source>The field keeps its value {value}.</source>
        <translation>El campo conserva su valor {value}.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n más)</numerusform>
            <numerusform>(%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>a = softmax of z over this layer's softmax neurons</source>
        <translation>a = softmax de z sobre las neuronas softmax de esta capa</translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation>Rango de salida: {range}</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurona</translation>
    </message>
    <message>
        <source>What this neuron computes with its current numbers: the weighted sum z of its inputs plus the bias, then the activation g. Weights are rounded to 2 decimals here.</source>
        <translation>Lo que calcula esta neurona con sus números actuales: la suma ponderada z de sus entradas más el sesgo, y luego la activación g. Aquí los pesos se redondean a 2 decimales.</translation>
    </message>
    <message>
        <source>The activation g of this neuron. Hover over an item to read about it.</source>
        <translation>La activación g de esta neurona. Pasa el puntero sobre una opción para leer sobre ella.</translation>
    </message>
    <message>
        <source>The activation's formula, its output range and what to watch for.</source>
        <translation>La fórmula de la activación, su rango de salida y a qué prestar atención.</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>The bias b, added to the weighted sum: z = w·x + b. Type a number and press Enter, or use the arrows.</source>
        <translation>El sesgo b, que se suma a la suma ponderada: z = w·x + b. Escribe un número y pulsa Intro, o usa las flechas.</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights while training (bias and alpha too).</source>
        <translation>Las neuronas congeladas conservan sus pesos durante el entrenamiento (también el sesgo y alpha).</translation>
    </message>
    <message>
        <source>Incoming weights</source>
        <translation>Pesos de entrada</translation>
    </message>
    <message>
        <source>One weight per input of this neuron: the neurons of the previous layer, or the network's inputs.</source>
        <translation>Un peso por cada entrada de esta neurona: las neuronas de la capa anterior o las entradas de la red.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Neuron {name} (frozen)</source>
        <translation>Neurona {name} (congelada)</translation>
    </message>
    <message>
        <source>Neuron {name}</source>
        <translation>Neurona {name}</translation>
    </message>
    <message numerus="yes">
        <source>Output layer, neuron {unit} of %n</source>
        <translation>
            <numerusform>Capa de salida, neurona {unit} de %n</numerusform>
            <numerusform>Capa de salida, neurona {unit} de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer}, neuron {unit} of %n</source>
        <translation>
            <numerusform>Capa oculta {layer}, neurona {unit} de %n</numerusform>
            <numerusform>Capa oculta {layer}, neurona {unit} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>alpha (learned)</source>
        <translation>alpha (aprendido)</translation>
    </message>
    <message>
        <source>The alpha of {name} keeps its value {value}.</source>
        <translation>El alpha de {name} conserva su valor {value}.</translation>
    </message>
    <message>
        <source>The bias of {name} keeps its value {value}.</source>
        <translation>El sesgo de {name} conserva su valor {value}.</translation>
    </message>
    <message>
        <source>PReLU's slope for z &lt; 0. Training learns it (unless the neuron is frozen); you can also set it here.</source>
        <translation>La pendiente de PReLU para z &lt; 0. El entrenamiento la aprende (salvo si la neurona está congelada); también puedes fijarla aquí.</translation>
    </message>
    <message>
        <source>ELU's alpha: the level the output approaches for very negative z.</source>
        <translation>El alpha de ELU: el nivel al que se acerca la salida para z muy negativo.</translation>
    </message>
    <message>
        <source>Leaky ReLU's slope for z &lt; 0; it keeps the gradient from vanishing.</source>
        <translation>La pendiente de Leaky ReLU para z &lt; 0; evita que el gradiente se desvanezca.</translation>
    </message>
    <message>
        <source>The weight from {source} to {target} keeps its value {value}.</source>
        <translation>El peso de {source} a {target} conserva su valor {value}.</translation>
    </message>
    <message>
        <source>The weight from {source} to {target}: the value of {source} is multiplied by it in z.</source>
        <translation>El peso de {source} a {target}: el valor de {source} se multiplica por él en z.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n weights; select a link in the editor to change another one.</source>
        <translation>
            <numerusform>Se muestra {shown} de %n peso; selecciona un enlace en el editor para cambiar otro.</numerusform>
            <numerusform>Se muestran los primeros {shown} de %n pesos; selecciona un enlace en el editor para cambiar otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set activation of {name} to {activation}</source>
        <translation>Poner la activación de {name} a {activation}</translation>
    </message>
    <message>
        <source>Freeze {name}</source>
        <translation>Congelar {name}</translation>
    </message>
    <message>
        <source>Unfreeze {name}</source>
        <translation>Descongelar {name}</translation>
    </message>
    <message>
        <source>What went wrong with the last change, and what to do.</source>
        <translation>Qué falló en el último cambio y qué hacer.</translation>
    </message>
    <message>
        <source>Select a neuron, a layer, an input or a link in the editor to see its numbers and change them.</source>
        <translation>Selecciona una neurona, una capa, una entrada o un enlace en el editor para ver sus números y cambiarlos.</translation>
    </message>
    <message>
        <source>{value} is not a finite number; the old value stays.</source>
        <translation>{value} no es un número finito; se mantiene el valor anterior.</translation>
    </message>
    <message numerus="yes">
        <source>{activations}; %n frozen</source>
        <translation>
            <numerusform>{activations}; %n congelada</numerusform>
            <numerusform>{activations}; %n congeladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>How many neurons (units) this layer has. More units are added at the end with the last neuron's activation; fewer remove neurons from the end.</source>
        <translation>Cuántas neuronas (unidades) tiene esta capa. Las unidades nuevas se añaden al final con la activación de la última neurona; con menos se quitan neuronas del final.</translation>
    </message>
    <message>
        <source>How many neurons of this layer use each activation.</source>
        <translation>Cuántas neuronas de esta capa usan cada activación.</translation>
    </message>
    <message>
        <source>The activation to give every neuron of this layer.</source>
        <translation>La activación que se da a todas las neuronas de esta capa.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Give every neuron of this layer the activation chosen on the left. Weights and biases are kept.</source>
        <translation>Dar a todas las neuronas de esta capa la activación elegida a la izquierda. Se conservan los pesos y sesgos.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Set all to</source>
        <translation>Poner todas a</translation>
    </message>
    <message>
        <source>Activations: {activations}</source>
        <translation>Activaciones: {activations}</translation>
    </message>
    <message>
        <source>choose an activation</source>
        <translation>elige una activación</translation>
    </message>
    <message>
        <source>The output layer: one neuron per output (per class for softmax). The loss must fit its activations; see Network.</source>
        <translation>La capa de salida: una neurona por salida (por clase con softmax). La pérdida debe ajustarse a sus activaciones; mira Red.</translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per input (%n weights) and a bias.</source>
        <translation>
            <numerusform>Cada neurona de aquí tiene un peso por entrada (%n peso) y un sesgo.</numerusform>
            <numerusform>Cada neurona de aquí tiene un peso por entrada (%n pesos) y un sesgo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per neuron of hidden layer {layer} (%n weights) and a bias.</source>
        <translation>
            <numerusform>Cada neurona de aquí tiene un peso por neurona de la capa oculta {layer} (%n peso) y un sesgo.</numerusform>
            <numerusform>Cada neurona de aquí tiene un peso por neurona de la capa oculta {layer} (%n pesos) y un sesgo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize the output layer to %n units</source>
        <translation>
            <numerusform>Cambiar la capa de salida a %n unidad</numerusform>
            <numerusform>Cambiar la capa de salida a %n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize hidden layer {layer} to %n units</source>
        <translation>
            <numerusform>Cambiar la capa oculta {layer} a %n unidad</numerusform>
            <numerusform>Cambiar la capa oculta {layer} a %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Every neuron of the output layer already uses {activation}.</source>
        <translation>Todas las neuronas de la capa de salida ya usan {activation}.</translation>
    </message>
    <message>
        <source>Every neuron of hidden layer {layer} already uses {activation}.</source>
        <translation>Todas las neuronas de la capa oculta {layer} ya usan {activation}.</translation>
    </message>
    <message>
        <source>Set the output layer to {activation}</source>
        <translation>Poner la capa de salida a {activation}</translation>
    </message>
    <message>
        <source>Set hidden layer {layer} to {activation}</source>
        <translation>Poner la capa oculta {layer} a {activation}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>The input feature's name, as the data calls it.</source>
        <translation>El nombre de la característica de entrada, tal como la llaman los datos.</translation>
    </message>
    <message>
        <source>An active input feeds every neuron of the first layer.</source>
        <translation>Una entrada activa alimenta a todas las neuronas de la primera capa.</translation>
    </message>
    <message>
        <source>Use as an input</source>
        <translation>Usar como entrada</translation>
    </message>
    <message>
        <source>Switch this feature on or off, as in TensorFlow Playground. Weights of the other inputs are kept.</source>
        <translation>Activa o desactiva esta característica, como en TensorFlow Playground. Se conservan los pesos de las demás entradas.</translation>
    </message>
    <message>
        <source>The weights that carry this input into the first layer. Select a link in the editor to change one.</source>
        <translation>Los pesos que llevan esta entrada a la primera capa. Selecciona un enlace en el editor para cambiar uno.</translation>
    </message>
    <message>
        <source>Input {name}</source>
        <translation>Entrada {name}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Active: no, the network does not use it. Tick the box to add it.</source>
        <translation>Activa: no, la red no la usa. Marca la casilla para añadirla.</translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of the output layer.</source>
        <translation>
            <numerusform>Activa: sí, entrada {input} de {inputs}; alimenta a la neurona de la capa de salida.</numerusform>
            <numerusform>Activa: sí, entrada {input} de {inputs}; alimenta a las %n neuronas de la capa de salida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of hidden layer 1.</source>
        <translation>
            <numerusform>Activa: sí, entrada {input} de {inputs}; alimenta a la neurona de la capa oculta 1.</numerusform>
            <numerusform>Activa: sí, entrada {input} de {inputs}; alimenta a las %n neuronas de la capa oculta 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights out of {name}: {weights}</source>
        <translation>Pesos que salen de {name}: {weights}</translation>
    </message>
    <message>
        <source>Use {name} as an input</source>
        <translation>Usar {name} como entrada</translation>
    </message>
    <message>
        <source>Stop using {name} as an input</source>
        <translation>Dejar de usar {name} como entrada</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Where the signal comes from.</source>
        <translation>De dónde viene la señal.</translation>
    </message>
    <message>
        <source>The neuron that receives it, multiplied by the weight.</source>
        <translation>La neurona que la recibe, multiplicada por el peso.</translation>
    </message>
    <message>
        <source>The weight of this link. Type a number and press Enter, or use the arrows. Positive links are blue, negative orange.</source>
        <translation>El peso de este enlace. Escribe un número y pulsa Intro, o usa las flechas. Los enlaces positivos son azules; los negativos, naranjas.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Link {source} → {target}</source>
        <translation>Enlace {source} → {target}</translation>
    </message>
    <message>
        <source>From: {source} (input {input})</source>
        <translation>De: {source} (entrada {input})</translation>
    </message>
    <message>
        <source>From: {source} (hidden layer {layer})</source>
        <translation>De: {source} (capa oculta {layer})</translation>
    </message>
    <message>
        <source>To: {target} (output layer, neuron {unit})</source>
        <translation>A: {target} (capa de salida, neurona {unit})</translation>
    </message>
    <message>
        <source>To: {target} (hidden layer {layer}, neuron {unit})</source>
        <translation>A: {target} (capa oculta {layer}, neurona {unit})</translation>
    </message>
    <message>
        <source>{target} multiplies the value of {source} by this weight and adds it to its z = w·x + b, before its {activation} activation.</source>
        <translation>{target} multiplica el valor de {source} por este peso y lo suma a su z = w·x + b, antes de su activación {activation}.</translation>
    </message>
    <message>
        <source>{target} is frozen: training leaves this weight alone.</source>
        <translation>{target} está congelada: el entrenamiento no toca este peso.</translation>
    </message>
</context>
<context>
    <name>LessonTranslations</name>
    <message numerus="yes">
        <source>%n languages; at most {limit}</source>
        <translation>
            <numerusform>%n idioma; como máximo {limit}</numerusform>
            <numerusform>%n idiomas; como máximo {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a language code; expected e.g. de or pt_BR</source>
        <translation>{code} no es un código de idioma; se esperaba p. ej. de o pt_BR</translation>
    </message>
    <message>
        <source>unknown text {name}; expected one of: {names}</source>
        <translation>texto desconocido {name}; se esperaba uno de: {names}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Links in lesson notes are not opened; copy the address into a browser.</source>
        <translation>Los enlaces de las notas de la lección no se abren; copia la dirección en un navegador.</translation>
    </message>
    <message>
        <source>This network has no lesson notes. Open a lesson from the Lessons menu.</source>
        <translation>Esta red no tiene notas de lección. Abre una lección desde el menú Lecciones.</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Notas de la lección</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>No se encontraron lecciones</translation>
    </message>
    <message>
        <source>No lesson files (.nsnet) in {folder}</source>
        <translation>No hay archivos de lección (.nsnet) en {folder}</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Retos</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {error}</source>
        <translation>El archivo de lección {name} no se puede usar: {error}</translation>
    </message>
    <message>
        <source>Opened the challenge “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Abierto el reto “{title}” como red nueva sin guardar. Espacio entrena a {speed} (la casilla de velocidad lo cambia); Ctrl+R vuelve a los pesos iniciales.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation>Abierta la lección “{title}” como red nueva sin guardar. Espacio entrena a {speed} (la casilla de velocidad lo cambia); Ctrl+R vuelve a los pesos iniciales.</translation>
    </message>
</context>
<context>
    <name>LinearCollapse</name>
    <message>
        <source>z = W x + b   (W: {rows} × {columns} numbers and b: {rows}, below)</source>
        <translation>z = W x + b   (W: {rows} × {columns} números y b: {rows}, abajo)</translation>
    </message>
    <message>
        <source>output = {activation}({z})</source>
        <translation>salida = {activation}({z})</translation>
    </message>
    <message>
        <source>outputs = softmax({first} ... {last})</source>
        <translation>salidas = softmax({first} ... {last})</translation>
    </message>
    <message>
        <source>No line on the Map: {problem}</source>
        <translation>Sin línea en el Mapa: {problem}</translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's output crosses {threshold}. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation>En el Mapa, la línea discontinua “una capa” es donde la salida de esta única capa cruza {threshold}. Está sobre la propia frontera de la red: la misma frontera, y es recta.</translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's two largest outputs are equal. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation>En el Mapa, la línea discontinua “una capa” es donde las dos salidas mayores de esta única capa son iguales. Está sobre la propia frontera de la red: la misma frontera, y es recta.</translation>
    </message>
    <message>
        <source>The single layer's weights W (one row per output, one column per input) and its bias b</source>
        <translation>Los pesos W de la capa única (una fila por salida, una columna por entrada) y su sesgo b</translation>
    </message>
    <message>
        <source>Show on the Map</source>
        <translation>Mostrar en el Mapa</translation>
    </message>
    <message>
        <source>Draw this single layer's decision boundary on the Map as a dashed line, over the network's output, while this panel is shown. Its line lies on the network's own boundary. Not drawn over a hidden neuron's map.</source>
        <translation>Dibujar la frontera de decisión de esta capa única en el Mapa como línea discontinua, sobre la salida de la red, mientras se muestra este panel. Su línea está sobre la propia frontera de la red. No se dibuja sobre el mapa de una neurona oculta.</translation>
    </message>
    <message>
        <source>Output {number}</source>
        <translation>Salida {number}</translation>
    </message>
    <message>
        <source>No data to compare the two on.</source>
        <translation>No hay datos para comparar ambas.</translation>
    </message>
    <message>
        <source>training data {difference}</source>
        <translation>datos de entrenamiento {difference}</translation>
    </message>
    <message>
        <source>test data {difference}</source>
        <translation>datos de prueba {difference}</translation>
    </message>
    <message>
        <source>Largest difference between the network's outputs and this single layer's: {differences} (only rounding: they are the same function).</source>
        <translation>Mayor diferencia entre las salidas de la red y las de esta capa única: {differences} (solo redondeo: son la misma función).</translation>
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
        <translation>No hay datos que dibujar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not make a plane to draw; see the weights, samples and confusion matrix views.</source>
        <translation>
            <numerusform>%n entrada no forma un plano que dibujar; mira las vistas de pesos, muestras y matriz de confusión.</numerusform>
            <numerusform>%n entradas no forman un plano que dibujar; mira las vistas de pesos, muestras y matriz de confusión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw at least 2 points (%n so far)</source>
        <translation>
            <numerusform>Dibuja al menos 2 puntos (por ahora %n)</numerusform>
            <numerusform>Dibuja al menos 2 puntos (por ahora %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Salida de la red</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Neurona de salida</translation>
    </message>
    <message>
        <source>{title}: probability of class {name}</source>
        <translation>{title}: probabilidad de la clase {name}</translation>
    </message>
</context>
<context>
    <name>LossCheck</name>
    <message>
        <source>decided by the target column</source>
        <translation>lo decide la columna objetivo</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>Regresión (predecir un número)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes ({names})</source>
        <translation>
            <numerusform>Clasificación, %n clase ({names})</numerusform>
            <numerusform>Clasificación, %n clases ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes</source>
        <translation>
            <numerusform>Clasificación, %n clase</numerusform>
            <numerusform>Clasificación, %n clases</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown data set {name}</source>
        <translation>conjunto de datos desconocido {name}</translation>
    </message>
    <message>
        <source>{name} (built-in data set)</source>
        <translation>{name} (conjunto de datos incorporado)</translation>
    </message>
    <message>
        <source>data stored in the file</source>
        <translation>datos guardados en el archivo</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>un archivo CSV</translation>
    </message>
    <message>
        <source>CSV file {name}</source>
        <translation>archivo CSV {name}</translation>
    </message>
    <message>
        <source>{loss} fits these output neurons.</source>
        <translation>{loss} se ajusta a estas neuronas de salida.</translation>
    </message>
    <message>
        <source>{loss} fits the {activation} output neuron.</source>
        <translation>{loss} se ajusta a la neurona de salida {activation}.</translation>
    </message>
    <message numerus="yes">
        <source>{loss} fits the %n {activation} output neurons.</source>
        <translation>
            <numerusform>{loss} se ajusta a la neurona de salida {activation}.</numerusform>
            <numerusform>{loss} se ajusta a las %n neuronas de salida {activation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n {activation} neurons.</source>
        <translation>
            <numerusform>Da a la capa de salida %n neurona {activation}.</numerusform>
            <numerusform>Da a la capa de salida %n neuronas {activation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n neurons.</source>
        <translation>
            <numerusform>Da a la capa de salida %n neurona.</numerusform>
            <numerusform>Da a la capa de salida %n neuronas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set every output neuron to {activation}.</source>
        <translation>Pon todas las neuronas de salida en {activation}.</translation>
    </message>
    <message>
        <source>Choose {loss}.</source>
        <translation>Elige {loss}.</translation>
    </message>
    <message>
        <source>{loss} needs class labels, but this data is a regression problem (it predicts numbers); choose mean squared error.</source>
        <translation>{loss} necesita etiquetas de clase, pero estos datos son un problema de regresión (predicen números); elige error cuadrático medio.</translation>
    </message>
    <message>
        <source>A softmax output neuron alone always outputs 1 (e^z / e^z), so it tells nothing and never learns.</source>
        <translation>Una neurona de salida softmax sola siempre da 1 (e^z / e^z), así que no dice nada y nunca aprende.</translation>
    </message>
    <message numerus="yes">
        <source>A regression problem needs 1 output neuron, but the output layer has %n neurons; remove the others.</source>
        <translation>
            <numerusform>Un problema de regresión necesita 1 neurona de salida, pero la capa de salida tiene %n neurona; quita las demás.</numerusform>
            <numerusform>Un problema de regresión necesita 1 neurona de salida, pero la capa de salida tiene %n neuronas; quita las demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has %n classes but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</source>
        <translation>
            <numerusform>Estos datos tienen %n clase pero la capa de salida tiene 1 neurona; da a la capa de salida %n neurona softmax y usa entropía cruzada categórica.</numerusform>
            <numerusform>Estos datos tienen %n clases pero la capa de salida tiene 1 neurona; da a la capa de salida %n neuronas softmax y usa entropía cruzada categórica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has 2 classes but the output layer has %n neurons; use 2 (one per class) or 1 for two classes.</source>
        <translation>
            <numerusform>Estos datos tienen 2 clases pero la capa de salida tiene %n neurona; usa 2 (una por clase) o 1 para dos clases.</numerusform>
            <numerusform>Estos datos tienen 2 clases pero la capa de salida tiene %n neuronas; usa 2 (una por clase) o 1 para dos clases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has {classes} classes but the output layer has %n neurons; use {classes} (one per class).</source>
        <translation>
            <numerusform>Estos datos tienen {classes} clases pero la capa de salida tiene %n neurona; usa {classes} (una por clase).</numerusform>
            <numerusform>Estos datos tienen {classes} clases pero la capa de salida tiene %n neuronas; usa {classes} (una por clase).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>acc. %</source>
        <translation>exact. %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Show loss on a logarithmic axis: small improvements late in training stay visible. Zero or negative values are skipped.</source>
        <translation>Mostrar la pérdida en un eje logarítmico: las pequeñas mejoras al final del entrenamiento siguen visibles. Se omiten los valores cero o negativos.</translation>
    </message>
    <message>
        <source>Loss: not trained yet</source>
        <translation>Pérdida: aún sin entrenar</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Época {epoch}</translation>
    </message>
    <message>
        <source>Loss after epoch {epoch}</source>
        <translation>Pérdida tras la época {epoch}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entren.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>test acc. {accuracy}%</source>
        <translation>exact. prueba {accuracy} %</translation>
    </message>
    <message>
        <source>test accuracy {accuracy}%</source>
        <translation>exactitud de prueba {accuracy} %</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Entropía cruzada categórica</translation>
    </message>
    <message>
        <source>unknown loss {loss}; expected one of: {names}</source>
        <translation>pérdida desconocida {loss}; se esperaba una de: {names}</translation>
    </message>
    <message>
        <source>binary cross-entropy needs sigmoid output neurons; set every output neuron to sigmoid, or choose mean squared error</source>
        <translation>la entropía cruzada binaria necesita neuronas de salida sigmoides; pon todas las neuronas de salida a sigmoide o elige el error cuadrático medio</translation>
    </message>
    <message>
        <source>categorical cross-entropy needs softmax output neurons; set every output neuron to softmax, or choose another loss</source>
        <translation>la entropía cruzada categórica necesita neuronas de salida softmax; pon todas las neuronas de salida a softmax o elige otra pérdida</translation>
    </message>
    <message>
        <source>categorical cross-entropy needs at least 2 output neurons (one per class); add output neurons or use binary cross-entropy with one sigmoid output</source>
        <translation>la entropía cruzada categórica necesita al menos 2 neuronas de salida (una por clase); añade neuronas de salida o usa la entropía cruzada binaria con una salida sigmoide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(not installed)</source>
        <translation>(no instalado)</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronas</translation>
    </message>
    <message>
        <source>Data and training</source>
        <translation>Datos y entrenamiento</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation>Nuevos pesos aleatorios</translation>
    </message>
    <message>
        <source>New random weights (seed {seed}); Undo brings the old ones back</source>
        <translation>Nuevos pesos aleatorios (semilla {seed}); Deshacer recupera los anteriores</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Reiniciar entrenamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Entrenamiento detenido:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training is unstable:&lt;/b&gt; {reason}. The learning rate ({rate}) is probably too high.</source>
        <translation>&lt;b&gt;El entrenamiento es inestable:&lt;/b&gt; {reason}. Probablemente la tasa de aprendizaje ({rate}) es demasiado alta.</translation>
    </message>
    <message>
        <source>Learning rate {rate} and start over</source>
        <translation>Tasa de aprendizaje {rate} y empezar de nuevo</translation>
    </message>
    <message>
        <source>Set the learning rate ten times smaller and go back to the starting weights (the last finite weights can be too large to train on); then press Play</source>
        <translation>Poner la tasa de aprendizaje diez veces menor y volver a los pesos iniciales (los últimos pesos finitos pueden ser demasiado grandes para seguir entrenando); después pulsa Entrenar</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Cambiar tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning rate {rate}, back to the starting weights: press Play (Space)</source>
        <translation>Tasa de aprendizaje {rate}, de vuelta a los pesos iniciales: pulsa Entrenar (Espacio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot train:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;No se puede entrenar:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Cambiar pérdida</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Build small neural networks, choose an activation for each neuron, train them and watch them learn.</source>
        <translation>Construye redes neuronales pequeñas, elige una activación para cada neurona, entrénalas y mira cómo aprenden.</translation>
    </message>
    <message>
        <source>Digits data: Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</source>
        <translation>Datos de dígitos: Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nueva &amp;ventana</translation>
    </message>
    <message>
        <source>Open another window with its own network</source>
        <translation>Abrir otra ventana con su propia red</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Cerrar v&amp;entana</translation>
    </message>
    <message>
        <source>Close this window (the others stay open)</source>
        <translation>Cerrar esta ventana (las demás siguen abiertas)</translation>
    </message>
    <message>
        <source>Quit Neuron Studio: close every window</source>
        <translation>Salir de Neuron Studio: cerrar todas las ventanas</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new default network</source>
        <translation>Empezar una red nueva por defecto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a network file (.nsnet)</source>
        <translation>Abrir un archivo de red (.nsnet)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>Guardar la red</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the network under a new name</source>
        <translation>Guardar la red con otro nombre</translation>
    </message>
    <message>
        <source>Network &amp;Image (PNG or SVG)…</source>
        <translation>&amp;Imagen de la red (PNG o SVG)…</translation>
    </message>
    <message>
        <source>Save the network drawing as PNG or SVG</source>
        <translation>Guardar el dibujo de la red como PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected neurons or layer</source>
        <translation>Eliminar las neuronas o la capa seleccionadas</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select every neuron</source>
        <translation>Seleccionar todas las neuronas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Preferences: the interface language</source>
        <translation>Preferencias: el idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Make the network bigger</source>
        <translation>Mostrar la red más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Make the network smaller</source>
        <translation>Mostrar la red más pequeña</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>A&amp;justar la red</translation>
    </message>
    <message>
        <source>Zoom so the whole network fits</source>
        <translation>Hacer zoom para que quepa toda la red</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>Add Hidden &amp;Layer</source>
        <translation>Añadir &amp;capa oculta</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Añadir una capa oculta antes de la salida</translation>
    </message>
    <message>
        <source>Add &amp;Neuron</source>
        <translation>Añadir &amp;neurona</translation>
    </message>
    <message>
        <source>Add a tanh neuron to the selected layer</source>
        <translation>Añadir una neurona tanh a la capa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Problem Type</source>
        <translation>&amp;Tipo de problema</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Predict a class for each sample</source>
        <translation>Predecir una clase para cada muestra</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Predict a number for each sample</source>
        <translation>Predecir un número para cada muestra</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>&amp;Pérdida</translation>
    </message>
    <message>
        <source>Train with {loss}</source>
        <translation>Entrenar con {loss}</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file to choose</source>
        <translation>Un conjunto de datos incorporado fija el tipo de problema; importa un archivo CSV para elegirlo</translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file (Data and training panel) to choose it</source>
        <translation>Un conjunto de datos incorporado fija el tipo de problema; importa un archivo CSV (panel Datos y entrenamiento) para elegirlo</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>En&amp;trenamiento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Neuron Studio</source>
        <translation>A&amp;cerca de Neuron Studio</translation>
    </message>
    <message>
        <source>training so far</source>
        <translation>entrenamiento hasta ahora</translation>
    </message>
    <message>
        <source>Undo {action} ({keys})</source>
        <translation>Deshacer: {action} ({keys})</translation>
    </message>
    <message>
        <source>Redo {action} ({keys})</source>
        <translation>Rehacer: {action} ({keys})</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>NetFile</name>
    <message>
        <source>{size} MB; a network file may hold at most {limit} MB</source>
        <translation>{size} MB; un archivo de red puede ocupar como máximo {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} on line {line}); save it as UTF-8</source>
        <translation>no es texto UTF-8 (byte {byte} en la línea {line}); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>larger than {limit} MB</source>
        <translation>ocupa más de {limit} MB</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>tiene más de {limit} niveles anidados</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>la clave {key} aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>no es JSON válido (línea {line}, columna {column}: {error})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>not valid JSON: a number has too many digits</source>
        <translation>no es JSON válido: un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>input names</source>
        <translation>nombres de entrada</translation>
    </message>
    <message>
        <source>cannot be written as JSON: {error}</source>
        <translation>no se puede escribir como JSON: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>the built-in data set {name} is a regression problem</source>
        <translation>el conjunto de datos incorporado {name} es un problema de regresión</translation>
    </message>
    <message>
        <source>the built-in data set {name} is a classification problem</source>
        <translation>el conjunto de datos incorporado {name} es un problema de clasificación</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>a drawing has 2 numbers (x1, x2) in each row, got {width}</source>
        <translation>un dibujo tiene 2 números (x1, x2) en cada fila, no {width}</translation>
    </message>
    <message>
        <source>numbers (as many as the first row)</source>
        <translation>números (tantos como en la primera fila)</translation>
    </message>
    <message>
        <source>values (one per row of data.X)</source>
        <translation>valores (uno por fila de data.X)</translation>
    </message>
    <message>
        <source>names (one per column of data.X)</source>
        <translation>nombres (uno por columna de data.X)</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>nombres de clase</translation>
    </message>
    <message>
        <source>each row has {width} numbers but the network has {count} inputs {inputs}</source>
        <translation>cada fila tiene {width} números, pero la red tiene {count} entradas {inputs}</translation>
    </message>
    <message>
        <source>the columns {columns} do not match the network's inputs {inputs}</source>
        <translation>las columnas {columns} no coinciden con las entradas de la red {inputs}</translation>
    </message>
    <message>
        <source>class labels must be whole numbers from 0 to {last}, got {kind}</source>
        <translation>las etiquetas de clase deben ser números enteros de 0 a {last}, no {kind}</translation>
    </message>
    <message>
        <source>numbers (xmin, xmax, ymin, ymax)</source>
        <translation>números (xmin, xmax, ymin, ymax)</translation>
    </message>
    <message>
        <source>needs xmin &lt; xmax and ymin &lt; ymax, got {extent}</source>
        <translation>necesita xmin &lt; xmax e ymin &lt; ymax, pero es {extent}</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>expected {count} entries like history.epoch, got {got}</source>
        <translation>se esperaban {count} elementos, como en history.epoch, no {got}</translation>
    </message>
    <message>
        <source>{epoch} does not match training.epoch ({expected})</source>
        <translation>{epoch} no coincide con training.epoch ({expected})</translation>
    </message>
    <message>
        <source>not a valid random generator state ({error})</source>
        <translation>no es un estado válido del generador aleatorio ({error})</translation>
    </message>
    <message>
        <source>expected {count} numbers (one per parameter), got {got}</source>
        <translation>se esperaban {count} números (uno por parámetro), no {got}</translation>
    </message>
    <message>
        <source>{size} bytes; at most {limit} are kept</source>
        <translation>{size} bytes; se guardan como máximo {limit}</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un número enorme</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>falta (es obligatorio)</translation>
    </message>
    <message>
        <source>expected an object {braces}, got {kind}</source>
        <translation>se esperaba un objeto {braces}, no {kind}</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>se esperaba una lista, no {kind}</translation>
    </message>
    <message>
        <source>expected {low} {what}, got {got}</source>
        <translation>se esperaban {low} {what}, no {got}</translation>
    </message>
    <message>
        <source>expected {low} to {high} {what}, got {got}</source>
        <translation>se esperaban de {low} a {high} {what}, no {got}</translation>
    </message>
    <message>
        <source>expected a string, got {kind}</source>
        <translation>se esperaba un texto, no {kind}</translation>
    </message>
    <message>
        <source>unknown {value}; expected one of: {choices}</source>
        <translation>valor desconocido {value}; se esperaba uno de: {choices}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{name}: names cannot contain &lt; or &gt;; rename it</source>
        <translation>{name}: un nombre no puede contener &lt; ni &gt;; renómbralo</translation>
    </message>
    <message>
        <source>{name} appears twice; names must be unique</source>
        <translation>{name} aparece dos veces; los nombres no se pueden repetir</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>se esperaba true o false, no {kind}</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>se esperaba un número, no {kind}</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>número demasiado grande</translation>
    </message>
    <message>
        <source>must be {bound}, got {kind}</source>
        <translation>debe ser {bound}, no {kind}</translation>
    </message>
    <message>
        <source>must be in {interval}, got {kind}</source>
        <translation>debe estar en {interval}, no {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>se esperaba un número entero, no {kind}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {kind}</source>
        <translation>debe ser un número entero de {low} a {high}, no {kind}</translation>
    </message>
    <message>
        <source>{value} is not allowed; numbers must be finite</source>
        <translation>{value} no está permitido; los números deben ser finitos</translation>
    </message>
    <message>
        <source>text holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>el texto contiene un carácter no válido (un sustituto UTF-16 aislado)</translation>
    </message>
    <message>
        <source>missing; a Neuron Studio network file has {key}: {value}</source>
        <translation>falta; un archivo de red de Neuron Studio tiene {key}: {value}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}; this is not a Neuron Studio network file</source>
        <translation>se esperaba {expected}, no {got}; esto no es un archivo de red de Neuron Studio</translation>
    </message>
    <message>
        <source>this file was written by a newer Neuron Studio (version {version}); this version reads version {supported}</source>
        <translation>este archivo lo escribió un Neuron Studio más reciente (versión {version}); esta versión lee la versión {supported}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>se esperaba {expected}, no {got}</translation>
    </message>
    <message>
        <source>layers (hidden layers, then the output layer)</source>
        <translation>capas (las ocultas y después la de salida)</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>neuronas</translation>
    </message>
    <message>
        <source>expected a list of {count} numbers, got {kind}</source>
        <translation>se esperaba una lista de {count} números, no {kind}</translation>
    </message>
    <message>
        <source>expected {count} numbers, got {got}</source>
        <translation>se esperaban {count} números, no {got}</translation>
    </message>
    <message>
        <source>{activation} has no alpha; remove it</source>
        <translation>{activation} no tiene alpha; quítalo</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>a network needs 1 to {limit} inputs, got {count}</source>
        <translation>una red necesita de 1 a {limit} entradas, no {count}</translation>
    </message>
    <message>
        <source>a network needs 1 to {limit} layers (the last is the output layer), got {count}</source>
        <translation>una red necesita de 1 a {limit} capas (la última es la de salida), no {count}</translation>
    </message>
    <message>
        <source>layer {layer} needs 1 to {limit} units, got {count}</source>
        <translation>la capa {layer} necesita de 1 a {limit} unidades, no {count}</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n salida</numerusform>
            <numerusform>%n salidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Inputs, the units of each hidden layer, and the outputs.</source>
        <translation>Las entradas, las unidades de cada capa oculta y las salidas.</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. It follows from the data set.</source>
        <translation>La clasificación predice una clase; la regresión predice un número. Depende del conjunto de datos.</translation>
    </message>
    <message>
        <source>What training minimises. Binary cross-entropy: one sigmoid output for two classes. Categorical cross-entropy: one softmax output per class. Mean squared error: regression.</source>
        <translation>Lo que minimiza el entrenamiento. Entropía cruzada binaria: una salida sigmoide para dos clases. Entropía cruzada categórica: una salida softmax por clase. Error cuadrático medio: regresión.</translation>
    </message>
    <message>
        <source>The activation of every output neuron.</source>
        <translation>La activación de todas las neuronas de salida.</translation>
    </message>
    <message>
        <source>Whether the loss fits the output neurons and the data.</source>
        <translation>Si la pérdida se ajusta a las neuronas de salida y a los datos.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activación de salida</translation>
    </message>
    <message>
        <source>Shape: {shape}</source>
        <translation>Forma: {shape}</translation>
    </message>
    <message>
        <source>Problem: {problem}. Data: {source}.</source>
        <translation>Problema: {problem}. Datos: {source}.</translation>
    </message>
    <message>
        <source>mixed: {activations}</source>
        <translation>mixta: {activations}</translation>
    </message>
    <message>
        <source>Make these changes (one undo step takes them back): {changes}</source>
        <translation>Hacer estos cambios (un paso de deshacer los revierte): {changes}</translation>
    </message>
    <message>
        <source>“Fix it” does this: {changes}</source>
        <translation>“Corregir” hace esto: {changes}</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Cambiar pérdida</translation>
    </message>
    <message>
        <source>Set output neurons to {activation}</source>
        <translation>Poner las neuronas de salida a {activation}</translation>
    </message>
    <message>
        <source>Resize output layer</source>
        <translation>Cambiar el tamaño de la capa de salida</translation>
    </message>
    <message>
        <source>Set output activation</source>
        <translation>Cambiar activación de salida</translation>
    </message>
    <message>
        <source>Fix it: {changes}</source>
        <translation>Corregir: {changes}</translation>
    </message>
</context>
<context>
    <name>NeuronBadges</name>
    <message>
        <source>dead</source>
        <translation>muerta</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the one-letter badge of a dead neuron</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturada</translation>
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
        <translation>siempre 1</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>fuera de lugar</translation>
    </message>
    <message>
        <source>misp.</source>
        <comment>short for misplaced</comment>
        <translation>f. lugar</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the one-letter badge of a misplaced softmax neuron</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>"{short}" stands for "{word}".</source>
        <translation>"{short}" significa "{word}".</translation>
    </message>
</context>
<context>
    <name>NeuronHealth</name>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n muerta</numerusform>
            <numerusform>%n muertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n saturada</numerusform>
            <numerusform>%n saturadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lone softmax (always 1)</source>
        <translation>
            <numerusform>%n softmax sola (siempre 1)</numerusform>
            <numerusform>%n softmax solas (siempre 1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n softmax in a hidden layer</source>
        <translation>
            <numerusform>%n softmax en una capa oculta</numerusform>
            <numerusform>%n softmax en una capa oculta</numerusform>
        </translation>
    </message>
    <message>
        <source>|gradient|</source>
        <translation>|gradiente|</translation>
    </message>
    <message>
        <source>Length of the loss gradient over each layer's weights and biases, on the training data. Log scale: a curve far below the others is a layer that barely learns (vanishing gradient).</source>
        <translation>Longitud del gradiente de la pérdida respecto a los pesos y sesgos de cada capa, en los datos de entrenamiento. Escala logarítmica: una curva muy por debajo de las demás es una capa que apenas aprende (gradiente que se desvanece).</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>Gradiente por capa</translation>
    </message>
    <message>
        <source>PReLU alpha</source>
        <translation>alpha de PReLU</translation>
    </message>
    <message>
        <source>Each PReLU neuron's learned slope alpha for z &lt; 0</source>
        <translation>La pendiente alpha aprendida de cada neurona PReLU para z &lt; 0</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronas</translation>
    </message>
    <message>
        <source>Every neuron's gradient health</source>
        <translation>La salud del gradiente de cada neurona</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{problems}&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; entre %n neurona.</numerusform>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; entre %n neuronas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;Ninguna neurona muerta ni saturada&lt;/b&gt; entre %n neurona.</numerusform>
            <numerusform>&lt;b&gt;Ninguna neurona muerta ni saturada&lt;/b&gt; entre %n neuronas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n training samples.</source>
        <translation>
            <numerusform>Medido en %n muestra de entrenamiento.</numerusform>
            <numerusform>Medido en %n muestras de entrenamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>% zero</source>
        <translation>% cero</translation>
    </message>
    <message>
        <source>% tiny</source>
        <translation>% mínimo</translation>
    </message>
    <message>
        <source>H1 = Hidden 1, H2 = Hidden 2, ..., Out = the output layer</source>
        <translation>O1 = Oculta 1, O2 = Oculta 2, ..., Sal = la capa de salida</translation>
    </message>
    <message>
        <source>The neuron's number in its layer, counted from the top</source>
        <translation>El número de la neurona en su capa, contando desde arriba</translation>
    </message>
    <message>
        <source>dead: a ReLU whose gradient is 0 for (nearly) every sample, so it no longer learns; saturated: a sigmoid/tanh in its flat tails for most samples; always 1: a softmax neuron alone in its layer; misplaced: softmax neurons in a hidden layer; ok: none of these</source>
        <translation>muerta: una ReLU cuyo gradiente es 0 para (casi) todas las muestras, así que ya no aprende; saturada: una sigmoide/tanh en sus colas planas para la mayoría de las muestras; siempre 1: una neurona softmax sola en su capa; fuera de lugar: neuronas softmax en una capa oculta; ok: nada de esto</translation>
    </message>
    <message>
        <source>The neuron's activation function</source>
        <translation>La función de activación de la neurona</translation>
    </message>
    <message>
        <source>Zero gradient: % of training samples where the activation's slope g'(z) is exactly 0</source>
        <translation>Gradiente cero: % de muestras de entrenamiento en las que la pendiente g'(z) de la activación es exactamente 0</translation>
    </message>
    <message>
        <source>Tiny gradient: % of training samples where |g'(z)| is below {share}% of the activation's largest slope (sigmoid {sigmoid}, tanh 1)</source>
        <translation>Gradiente mínimo: % de muestras de entrenamiento en las que |g'(z)| es menor que el {share} % de la mayor pendiente de la activación (sigmoide {sigmoid}, tanh 1)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muerta</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturada</translation>
    </message>
    <message>
        <source>always 1</source>
        <translation>siempre 1</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>fuera de lugar</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Hidden {layer}</source>
        <translation>Oculta {layer}</translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation>Neurona de salida {unit}</translation>
    </message>
    <message>
        <source>Hidden {layer} neuron {unit}</source>
        <translation>Oculta {layer}, neurona {unit}</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>H{layer}</source>
        <translation>O{layer}</translation>
    </message>
    <message>
        <source>Dead: z &lt;= 0 for {zero}% of the samples, so the slope is 0 and no weight into this neuron can change. A positive bias, smaller learning rate or Leaky ReLU helps.</source>
        <translation>Muerta: z &lt;= 0 en el {zero} % de las muestras, así que la pendiente es 0 y ningún peso de entrada de esta neurona puede cambiar. Ayudan un sesgo positivo, una tasa de aprendizaje menor o Leaky ReLU.</translation>
    </message>
    <message>
        <source>Saturated: the slope is almost 0 for {tiny}% of the samples (z far in the flat tails), so learning is very slow. Smaller weights, normalised inputs or ReLU help.</source>
        <translation>Saturada: la pendiente es casi 0 en el {tiny} % de las muestras (z lejos, en las colas planas), así que aprende muy despacio. Ayudan pesos menores, entradas normalizadas o ReLU.</translation>
    </message>
    <message>
        <source>OK: the slope is 0 for {zero}% and tiny for {tiny}% of the samples.</source>
        <translation>OK: la pendiente es 0 en el {zero} % y mínima en el {tiny} % de las muestras.</translation>
    </message>
    <message>
        <source>{neuron}. {explanation}</source>
        <translation>{neuron}. {explanation}</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n más)</numerusform>
            <numerusform>(+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>The slope alpha each PReLU neuron uses for z &lt; 0, as training learns it. 0: like ReLU; 1: linear.</source>
        <translation>La pendiente alpha que usa cada neurona PReLU para z &lt; 0, tal como la aprende el entrenamiento. 0: como ReLU; 1: lineal.</translation>
    </message>
    <message>
        <source>The network has no PReLU neuron. Add one to watch its slope alpha for z &lt; 0 being learned.</source>
        <translation>La red no tiene ninguna neurona PReLU. Añade una para ver cómo aprende su pendiente alpha para z &lt; 0.</translation>
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
        <translation>Una muestra</translation>
    </message>
    <message>
        <source>One Sample's &amp;Numbers…</source>
        <translation>Los números de &amp;una muestra…</translation>
    </message>
    <message>
        <source>Step through one sample's forward and backward pass with the real numbers: z = w·x + b, a = g(z), the loss, each δ and each weight's update; for a sample of the data or one you type</source>
        <translation>Recorre paso a paso la propagación hacia delante y hacia atrás de una muestra con los números reales: z = w·x + b, a = g(z), la pérdida, cada δ y la actualización de cada peso; para una muestra de los datos o una que escribas</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>The step before (Left arrow or Page Up)</source>
        <translation>El paso anterior (flecha izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next step (Right arrow or Page Down)</source>
        <translation>El paso siguiente (flecha derecha o Av Pág)</translation>
    </message>
    <message>
        <source>There is no data to take a sample from. Choose a data set in “Data and training”.</source>
        <translation>No hay datos de los que tomar una muestra. Elige un conjunto de datos en “Datos y entrenamiento”.</translation>
    </message>
    <message>
        <source>The network's inputs do not match the data's features; fix the inputs to explain a sample.</source>
        <translation>Las entradas de la red no coinciden con las características de los datos; corrige las entradas para explicar una muestra.</translation>
    </message>
    <message>
        <source>Type a number for each feature and press Enter.</source>
        <translation>Escribe un número para cada característica y pulsa Intro.</translation>
    </message>
    <message>
        <source>The training data has no samples.</source>
        <translation>Los datos de entrenamiento no tienen muestras.</translation>
    </message>
    <message>
        <source>The test data has no samples.</source>
        <translation>Los datos de prueba no tienen muestras.</translation>
    </message>
    <message>
        <source>This sample cannot be explained: {problem}</source>
        <translation>Esta muestra no se puede explicar: {problem}</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
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
        <translation>SGD con momentum</translation>
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
        <translation>{feature}: el campo está vacío; escribe un número, como 4 u 80</translation>
    </message>
    <message>
        <source>{feature}: “{typed}” is not a number; type one such as 4 or 80</source>
        <translation>{feature}: “{typed}” no es un número; escribe uno, como 4 u 80</translation>
    </message>
    <message>
        <source>{feature}: “{typed}” is not a finite number; type an ordinary number such as 4 or 80</source>
        <translation>{feature}: “{typed}” no es un número finito; escribe un número normal, como 4 u 80</translation>
    </message>
    <message>
        <source>{feature}: {typed} is too large; use a number from {low} to {high}</source>
        <translation>{feature}: {typed} es demasiado grande; usa un número de {low} a {high}</translation>
    </message>
    <message>
        <source>The network's inputs are computed from these: {inputs}.</source>
        <translation>Las entradas de la red se calculan a partir de estos números: {inputs}.</translation>
    </message>
    <message>
        <source>Normalised with the training data's mean and spread, as every sample is, before the forward pass: {inputs}.</source>
        <translation>Normalizadas con la media y la dispersión de los datos de entrenamiento, como toda muestra, antes de la propagación hacia delante: {inputs}.</translation>
    </message>
</context>
<context>
    <name>OwnSampleForm</name>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>The class this sample should have: the loss and the backward steps compare the network's output with it</source>
        <translation>La clase que debería tener esta muestra: la pérdida y los pasos hacia atrás comparan la salida de la red con ella</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>The value this sample should have: the loss and the backward steps compare the output with it</source>
        <translation>El valor que debería tener esta muestra: la pérdida y los pasos hacia atrás comparan la salida con él</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Explain this sample (Enter in any field)</source>
        <translation>Explicar esta muestra (Intro en cualquier campo)</translation>
    </message>
    <message>
        <source>{feature}, in the data's own units (before any normalisation)</source>
        <translation>{feature}, en las unidades de los datos (antes de normalizar)</translation>
    </message>
    <message>
        <source>{problem}. Nothing changed.</source>
        <translation>{problem}. No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Activation palette</source>
        <translation>Paleta de activaciones</translation>
    </message>
    <message>
        <source>Drag an activation onto a layer, a neuron or the space between layers; or select one and press Enter to add it to the selected layer. Click one (or press Ctrl+G) to see its curve among all the others.</source>
        <translation>Arrastra una activación a una capa, una neurona o el espacio entre capas; o selecciona una y pulsa Intro para añadirla a la capa seleccionada. Haz clic en una (o pulsa Ctrl+G) para ver su curva entre todas las demás.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg, not '{ending}'</source>
        <translation>no se puede exportar '{name}': el nombre del archivo debe terminar en .png o .svg, no '{ending}'</translation>
    </message>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg</source>
        <translation>no se puede exportar '{name}': el nombre del archivo debe terminar en .png o .svg</translation>
    </message>
    <message>
        <source>cannot export to '{path}': folder '{folder}' does not exist</source>
        <translation>no se puede exportar a '{path}': la carpeta '{folder}' no existe</translation>
    </message>
    <message>
        <source>export wrote nothing to '{path}'</source>
        <translation>la exportación no escribió nada en '{path}'</translation>
    </message>
    <message>
        <source>could not write SVG '{path}'</source>
        <translation>no se pudo escribir el SVG '{path}'</translation>
    </message>
    <message>
        <source>cannot export '{path}': the plot has no size yet (show its panel first)</source>
        <translation>no se puede exportar '{path}': la gráfica aún no tiene tamaño (muestra primero su panel)</translation>
    </message>
    <message>
        <source>could not write PNG '{path}'</source>
        <translation>no se pudo escribir el PNG '{path}'</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>{language} ({share} % translated)</source>
        <translation>{language} ({share} % traducido)</translation>
    </message>
    <message>
        <source>The language of menus, panels and lesson notes; System default follows the computer's language when the app is translated into it, else English</source>
        <translation>El idioma de los menús, los paneles y las notas de las lecciones; Predeterminado del sistema sigue el idioma del ordenador cuando la aplicación está traducida a él, si no, inglés</translation>
    </message>
    <message>
        <source>A new language applies when Neuron Studio is started again.</source>
        <translation>Un idioma nuevo se aplica al volver a iniciar Neuron Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Audience — {app}</source>
        <translation>Público — {app}</translation>
    </message>
    <message>
        <source>{screen} ({width}×{height})</source>
        <translation>{screen} ({width}×{height})</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Show the audience window on this screen (remembered)</source>
        <translation>Mostrar la ventana del público en esta pantalla (se recuerda)</translation>
    </message>
    <message>
        <source>Presenter view: the stage is on the audience window; {key} ends it</source>
        <translation>Vista del presentador: el escenario está en la ventana del público; {key} la termina</translation>
    </message>
    <message>
        <source>Presenter view ended</source>
        <translation>Vista del presentador terminada</translation>
    </message>
    <message>
        <source>P&amp;resenter View</source>
        <translation>Vista del pre&amp;sentador</translation>
    </message>
    <message>
        <source>The lesson's stage large on a second screen (the projector), the controls and the lesson notes on this one; with one screen, a second window ({key})</source>
        <translation>El escenario de la lección en grande en una segunda pantalla (el proyector), los controles y las notas de la lección en esta; con una sola pantalla, una segunda ventana ({key})</translation>
    </message>
    <message>
        <source>&amp;Audience Screen</source>
        <translation>Pantalla del &amp;público</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Projection mode: F5 or Esc leaves it</source>
        <translation>Modo proyección: F5 o Esc para salir</translation>
    </message>
    <message>
        <source>Projection mode off: your own layout is back</source>
        <translation>Modo proyección desactivado: vuelve tu propia disposición</translation>
    </message>
    <message>
        <source>&amp;Projection Mode</source>
        <translation>&amp;Modo proyección</translation>
    </message>
    <message>
        <source>For a classroom projector: larger text, thicker lines, a light high-contrast theme, only the main panels, full screen. F5 or Esc leaves it.</source>
        <translation>Para el proyector del aula: texto más grande, líneas más gruesas, un tema claro de alto contraste, solo los paneles principales, pantalla completa. F5 o Esc para salir.</translation>
    </message>
    <message>
        <source>Projection &amp;Text Size</source>
        <translation>&amp;Tamaño del texto de proyección</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text {percent} % of normal size in projection mode (remembered)</source>
        <translation>Texto al {percent} % del tamaño normal en modo proyección (se recuerda)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record training</source>
        <translation>Grabar entrenamiento</translation>
    </message>
    <message>
        <source>What the video shows</source>
        <translation>Qué muestra el vídeo</translation>
    </message>
    <message>
        <source>The video's size: the view's own size (sharpest), or a size the view is drawn to fit (centred)</source>
        <translation>El tamaño del vídeo: el tamaño propio de la vista (más nítido) o un tamaño al que se ajusta la vista (centrada)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the video</source>
        <translation>Ancho del vídeo</translation>
    </message>
    <message>
        <source>Height of the video</source>
        <translation>Alto del vídeo</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <source>Frames per second of the video (more: smoother and larger)</source>
        <translation>Fotogramas por segundo del vídeo (más: más fluido y más grande)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Recording stops after this long (or with Stop Recording)</source>
        <translation>La grabación se detiene tras este tiempo (o con Detener grabación)</translation>
    </message>
    <message>
        <source>Start &amp;training when recording starts</source>
        <translation>E&amp;ntrenar al empezar la grabación</translation>
    </message>
    <message>
        <source>Press Play for you as recording starts and pause when it stops; otherwise record while you train, step or edit</source>
        <translation>Entrenar automáticamente al empezar a grabar y pausar al terminar; si no, graba mientras entrenas, avanzas o editas</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>&amp;Empezar a grabar</translation>
    </message>
    <message>
        <source>Close this and record; File &gt; Stop Recording (Ctrl+Shift+V) or the training bar's Stop ends it early</source>
        <translation>Cerrar este diálogo y grabar; Archivo &gt; Detener grabación (Ctrl+Shift+V) o Detener en la barra de entrenamiento terminan antes la grabación</translation>
    </message>
    <message>
        <source>Choose… or type a file name ending in .gif or .mp4</source>
        <translation>Elige… o escribe un nombre de archivo terminado en .gif o .mp4</translation>
    </message>
    <message>
        <source>The file to write: .gif for an animated GIF, .mp4 or .webm for a video</source>
        <translation>El archivo que se escribe: .gif para un GIF animado, .mp4 o .webm para un vídeo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the file to save the recording in</source>
        <translation>Elegir el archivo en el que guardar la grabación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>Ta&amp;maño</translation>
    </message>
    <message>
        <source>Frame &amp;rate</source>
        <translation>&amp;Fotogramas/s</translation>
    </message>
    <message>
        <source>Stop &amp;after</source>
        <translation>&amp;Detener tras</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>The file name's ending chooses the format: .gif (slides, web pages), .mp4 (presentations, video players) or .webm.</source>
        <translation>La terminación del nombre elige el formato: .gif (diapositivas, páginas web), .mp4 (presentaciones, reproductores de vídeo) o .webm.</translation>
    </message>
    <message>
        <source>Only in projection mode (F5) or the presenter view</source>
        <translation>Solo en modo proyección (F5) o en la vista del presentador</translation>
    </message>
    <message>
        <source>Save the recording as</source>
        <translation>Guardar la grabación como</translation>
    </message>
    <message>
        <source>Other size</source>
        <translation>Otro tamaño</translation>
    </message>
    <message>
        <source>Size of the view</source>
        <translation>Tamaño de la vista</translation>
    </message>
    <message>
        <source>Size of the view ({width} × {height})</source>
        <translation>Tamaño de la vista ({width} × {height})</translation>
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
        <translation>Ventana completa</translation>
    </message>
    <message>
        <source>Stage (projection mode)</source>
        <translation>Escenario (modo proyección)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Gráfica de pérdida</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>There is no stage: projection mode (F5) or the presenter view shows one.</source>
        <translation>No hay escenario: lo muestran el modo proyección (F5) o la vista del presentador.</translation>
    </message>
    <message>
        <source>The view “{view}” is not shown.</source>
        <translation>La vista “{view}” no se muestra.</translation>
    </message>
    <message>
        <source>The view “{view}” has no room on the screen.</source>
        <translation>La vista “{view}” no tiene sitio en la pantalla.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Recording stopped: {problem}</source>
        <translation>Grabación detenida: {problem}</translation>
    </message>
    <message>
        <source>Recording stopped after {seconds} s: {size} GB of frames is the most kept; record a smaller view or size, or fewer frames a second</source>
        <translation>Grabación detenida tras {seconds} s: {size} GB de fotogramas es lo máximo que se guarda; graba una vista o un tamaño menor, o menos fotogramas por segundo</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Record &amp;Training…</source>
        <translation>Grabar en&amp;trenamiento…</translation>
    </message>
    <message>
        <source>Recording: seconds recorded of the time set</source>
        <translation>Grabando: segundos grabados del tiempo fijado</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <source>Stop recording and save the video ({shortcut})</source>
        <translation>Detener la grabación y guardar el vídeo ({shortcut})</translation>
    </message>
    <message>
        <source>Stop Recor&amp;ding</source>
        <translation>&amp;Detener grabación</translation>
    </message>
    <message>
        <source>Record the window, the stage or a plot while it trains, as an animated GIF or a video ({shortcut})</source>
        <translation>Grabar la ventana, el escenario o una gráfica mientras entrena, como GIF animado o vídeo ({shortcut})</translation>
    </message>
    <message>
        <source>Recording “{view}” at {fps} frames/s; {shortcut} stops</source>
        <translation>Grabando “{view}” a {fps} fotogramas/s; {shortcut} la detiene</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation>No se puede grabar</translation>
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
        <translation>Grabación detenida</translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frame)…</source>
        <translation>
            <numerusform>Guardando {name} (%n fotograma)…</numerusform>
            <numerusform>Guardando {name} (%n fotogramas)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frames)…</source>
        <translation>
            <numerusform>Guardando {name} (%n fotograma)…</numerusform>
            <numerusform>Guardando {name} (%n fotogramas)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation>Guardando la grabación</translation>
    </message>
    <message>
        <source>Recording not saved: cancelled ({name} not written)</source>
        <translation>Grabación no guardada: cancelada ({name} no se escribió)</translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation>No se puede guardar la grabación</translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Grabación guardada: {path} (%n fotograma, {seconds} s, {size} MB)</numerusform>
            <numerusform>Grabación guardada: {path} (%n fotogramas, {seconds} s, {size} MB)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Grabación guardada: {path} (%n fotograma, {seconds} s, {size} MB)</numerusform>
            <numerusform>Grabación guardada: {path} (%n fotogramas, {seconds} s, {size} MB)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the encoder failed ({error})</source>
        <translation>{path}: falló el codificador ({error})</translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message>
        <source>Train</source>
        <translation>Entren.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Browse the training samples (the network learns from these).</source>
        <translation>Recorrer las muestras de entrenamiento (la red aprende de ellas).</translation>
    </message>
    <message>
        <source>Browse the test samples (never trained on: they show how well the network generalises).</source>
        <translation>Recorrer las muestras de prueba (nunca se entrena con ellas: muestran lo bien que generaliza la red).</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Muestra anterior</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Muestra siguiente</translation>
    </message>
    <message>
        <source>Number of the sample to show (1 is the first)</source>
        <translation>Número de la muestra que se muestra (1 es la primera)</translation>
    </message>
    <message>
        <source>Drag to run through the samples</source>
        <translation>Arrastra para recorrer las muestras</translation>
    </message>
    <message>
        <source>of {count}</source>
        <comment>after the sample's number: 3 of 100</comment>
        <translation>de {count}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;No data to browse yet.&lt;/b&gt; Choose a data set.</source>
        <translation>&lt;b&gt;Aún no hay datos que recorrer.&lt;/b&gt; Elige un conjunto de datos.</translation>
    </message>
    <message>
        <source>The network has {inputs} inputs but the data has {features} features.</source>
        <translation>La red tiene {inputs} entradas, pero los datos tienen {features} características.</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Aún no hay red.</translation>
    </message>
    <message>
        <source>hidden {number}</source>
        <comment>a row of activations</comment>
        <translation>oculta {number}</translation>
    </message>
    <message>
        <source>output</source>
        <comment>a row of activations</comment>
        <translation>salida</translation>
    </message>
    <message>
        <source>Training sample {index} of {count}</source>
        <translation>Muestra de entrenamiento {index} de {count}</translation>
    </message>
    <message>
        <source>Test sample {index} of {count} ({note})</source>
        <translation>Muestra de prueba {index} de {count} ({note})</translation>
    </message>
    <message>
        <source>Test sample {index} of {count}</source>
        <translation>Muestra de prueba {index} de {count}</translation>
    </message>
    <message>
        <source>{sample}: target {target}</source>
        <translation>{sample}: objetivo {target}</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt;</source>
        <translation>{sample}: clase real &lt;b&gt;{true}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (right)</source>
        <translation>{sample}: clase real &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicha &lt;b&gt;{predicted}&lt;/b&gt; (acierto)</translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (wrong)</source>
        <translation>{sample}: clase real &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicha &lt;b&gt;{predicted}&lt;/b&gt; (error)</translation>
    </message>
    <message>
        <source>input: {side}×{side} pixels</source>
        <translation>entrada: {side}×{side} píxeles</translation>
    </message>
    <message numerus="yes">
        <source>input: %n feature</source>
        <translation>
            <numerusform>entrada: %n característica</numerusform>
            <numerusform>entrada: %n características</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input: %n features</source>
        <translation>
            <numerusform>entrada: %n característica</numerusform>
            <numerusform>entrada: %n características</numerusform>
        </translation>
    </message>
    <message>
        <source>pixel {pixel} (row {row}, column {column}): {value}</source>
        <translation>píxel {pixel} (fila {row}, columna {column}): {value}</translation>
    </message>
</context>
<context>
    <name>SampleOutputs</name>
    <message>
        <source>Activations: blue +, orange −, each row up to the ± at its right</source>
        <translation>Activaciones: azul +, naranja −, cada fila hasta el ± de su derecha</translation>
    </message>
    <message>
        <source>The activation a of every neuron for this sample, one row per layer. Each row is coloured on its own scale, up to the ± written at its right. Hover a cell for its value.</source>
        <translation>La activación a de cada neurona para esta muestra, una fila por capa. Cada fila se colorea con su propia escala, hasta el ± escrito a su derecha. Pasa el puntero sobre una celda para ver su valor.</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>capa {number}</translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: a = {value}</source>
        <translation>{layer}, neurona {number}: a = {value}</translation>
    </message>
    <message>
        <source>true</source>
        <comment>the true class's row</comment>
        <translation>real</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>network's answer</source>
        <translation>respuesta de la red</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>Training sample</source>
        <translation>Muestra de entrenamiento</translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation>Muestra de prueba</translation>
    </message>
    <message>
        <source>Your own sample</source>
        <translation>Tu propia muestra</translation>
    </message>
    <message>
        <source>Type a sample of your own: one number per feature, in the data's own units, and press Enter</source>
        <translation>Escribe una muestra propia: un número por característica, en las unidades de los datos, y pulsa Intro</translation>
    </message>
    <message>
        <source>Typing a sample is offered for data with up to {max} features; this data has {n}: pick one of its samples instead</source>
        <translation>Escribir una muestra se ofrece para datos con hasta {max} características; estos datos tienen {n}: elige mejor una de sus muestras</translation>
    </message>
    <message>
        <source>… ({count} features)</source>
        <translation>… ({count} características)</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>clase {name}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>objetivo {value}</translation>
    </message>
    <message>
        <source>Explain a sample of the training data or of the test data, or one you type</source>
        <translation>Explica una muestra de los datos de entrenamiento o de prueba, o una que escribas</translation>
    </message>
    <message>
        <source>The sample's number; or click a point in the Map</source>
        <translation>El número de la muestra; o haz clic en un punto del Mapa</translation>
    </message>
    <message>
        <source>The sample's features as the data gives them, and its class or target</source>
        <translation>Las características de la muestra tal como las dan los datos, y su clase u objetivo</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <source>{sample}  (typed in)</source>
        <translation>{sample}  (escrita)</translation>
    </message>
</context>
<context>
    <name>SchemeMenu</name>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>&amp;Esquema de colores</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Light or dark as the system's settings say (light where the system says nothing)</source>
        <translation>Claro u oscuro según los ajustes del sistema (claro si el sistema no dice nada)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Always the light colours</source>
        <translation>Siempre los colores claros</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Always the dark colours (projection mode stays light)</source>
        <translation>Siempre los colores oscuros (el modo proyección sigue claro)</translation>
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
        <translation>El campo está vacío; escribe un número como {example}.</translation>
    </message>
    <message>
        <source>{text} is not a number; type one such as {example}.</source>
        <translation>{text} no es un número; escribe uno como {example}.</translation>
    </message>
    <message>
        <source>{text} is not a whole number; type one such as {example}.</source>
        <translation>{text} no es un número entero; escribe uno como {example}.</translation>
    </message>
    <message>
        <source>What was wrong with the last entry; the setting kept its value.</source>
        <translation>Qué falló en la última entrada; el ajuste conservó su valor.</translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation>Cambiar muestras</translation>
    </message>
    <message>
        <source>Set data seed</source>
        <translation>Cambiar semilla de datos</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Cambiar ruido</translation>
    </message>
    <message>
        <source>Set normalize inputs</source>
        <translation>Cambiar normalizar entradas</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Cambiar tamaño de lote</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Cambiar tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation>Cambiar momentum</translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation>Cambiar tasa de regularización</translation>
    </message>
    <message>
        <source>Set training seed</source>
        <translation>Cambiar semilla de entrenamiento</translation>
    </message>
    <message>
        <source>Set train share</source>
        <translation>Cambiar proporción de entrenamiento</translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation>Cambiar optimizador</translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation>Cambiar regularización</translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation>Cambiar {setting}</translation>
    </message>
    <message>
        <source>Set problem type to regression</source>
        <translation>Cambiar el tipo de problema a regresión</translation>
    </message>
    <message>
        <source>Regression does not fit this data: {error}</source>
        <translation>La regresión no encaja con estos datos: {error}</translation>
    </message>
    <message>
        <source>Set problem type to classification</source>
        <translation>Cambiar el tipo de problema a clasificación</translation>
    </message>
    <message>
        <source>Classification does not fit this data: {error}</source>
        <translation>La clasificación no encaja con estos datos: {error}</translation>
    </message>
    <message>
        <source>What the last data change did, or why it was refused.</source>
        <translation>Qué hizo el último cambio de datos, o por qué se rechazó.</translation>
    </message>
    <message>
        <source>{field}: {problem} It stays {value}.</source>
        <translation>{field}: {problem} Se queda en {value}.</translation>
    </message>
    <message>
        <source>Use data set {name}</source>
        <translation>Usar el conjunto de datos {name}</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixta</translation>
    </message>
    <message>
        <source>{shape} ({activation}, {loss})</source>
        <translation>{shape} ({activation}, {loss})</translation>
    </message>
    <message>
        <source>{change}: the network changed to fit it: {network}.</source>
        <translation>{change}: la red cambió para ajustarse: {network}.</translation>
    </message>
    <message>
        <source>{change}: the network now has {network}.</source>
        <translation>{change}: la red tiene ahora {network}.</translation>
    </message>
    <message>
        <source>{change}: the network fits as it is: {network}.</source>
        <translation>{change}: la red se ajusta tal como está: {network}.</translation>
    </message>
    <message>
        <source>Use CSV file {name}</source>
        <translation>Usar el archivo CSV {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>new, open, save, save as</source>
        <translation>nuevo, abrir, guardar, guardar como</translation>
    </message>
    <message>
        <source>new window, close window, quit (every window)</source>
        <translation>nueva ventana, cerrar ventana, salir (todas las ventanas)</translation>
    </message>
    <message>
        <source>export a printable handout (PDF)</source>
        <translation>exportar una hoja imprimible (PDF)</translation>
    </message>
    <message>
        <source>undo, redo (redo is also Ctrl+Y on Windows)</source>
        <translation>deshacer, rehacer (rehacer también es Ctrl+Y en Windows)</translation>
    </message>
    <message>
        <source>delete the selected neurons or layer</source>
        <translation>eliminar las neuronas o la capa seleccionadas</translation>
    </message>
    <message>
        <source>select all neurons</source>
        <translation>seleccionar todas las neuronas</translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation>añadir una capa oculta</translation>
    </message>
    <message>
        <source>add a neuron to the selected layer</source>
        <translation>añadir una neurona a la capa seleccionada</translation>
    </message>
    <message>
        <source>zoom in, out, 100 %, fit</source>
        <translation>acercar, alejar, 100 %, ajustar</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>pantalla completa</translation>
    </message>
    <message>
        <source>train / pause</source>
        <translation>entrenar / pausar</translation>
    </message>
    <message>
        <source>train one epoch / one mini-batch</source>
        <translation>entrenar una época / un mini-lote</translation>
    </message>
    <message>
        <source>back to the starting weights / new random weights</source>
        <translation>volver a los pesos iniciales / nuevos pesos aleatorios</translation>
    </message>
    <message>
        <source>one sample's numbers (forward and backward pass)</source>
        <translation>los números de una muestra (propagación hacia delante y hacia atrás)</translation>
    </message>
    <message>
        <source>neuron health: dead and saturated neurons, gradient size per layer</source>
        <translation>salud de las neuronas: neuronas muertas y saturadas, tamaño del gradiente por capa</translation>
    </message>
    <message>
        <source>linear collapse</source>
        <translation>colapso lineal</translation>
    </message>
    <message>
        <source>compare trials</source>
        <translation>comparar ensayos</translation>
    </message>
    <message>
        <source>draw your own data on the Map (left button draws, right button erases)</source>
        <translation>dibujar tus propios datos en el Mapa (el botón izquierdo dibuja, el derecho borra)</translation>
    </message>
    <message>
        <source>activation functions: every g(z) and g′(z) side by side (a click on a palette entry, or Ctrl+G in the palette, shows its card)</source>
        <translation>funciones de activación: cada g(z) y g′(z) una al lado de otra (un clic en una entrada de la paleta, o Ctrl+G en la paleta, muestra su tarjeta)</translation>
    </message>
    <message>
        <source>preferences (language)</source>
        <translation>preferencias (idioma)</translation>
    </message>
    <message>
        <source>projection mode on / off</source>
        <translation>modo proyección sí / no</translation>
    </message>
    <message>
        <source>record training as a GIF or video / stop recording</source>
        <translation>grabar el entrenamiento como GIF o vídeo / detener la grabación</translation>
    </message>
    <message>
        <source>Drag a neuron from the palette into a layer, into the gap between two layers (a new layer), or onto a neuron (change its activation). Double-click a link or a bias to type a value. Right-click a neuron for more.</source>
        <translation>Arrastra una neurona de la paleta a una capa, al hueco entre dos capas (una capa nueva) o sobre una neurona (cambia su activación). Haz doble clic en un enlace o un sesgo para escribir un valor. Clic derecho en una neurona para más opciones.</translation>
    </message>
</context>
<context>
    <name>SoftmaxCurves</name>
    <message>
        <source>The curve: this neuron's probability as its own z moves while the other softmax neurons of its layer keep their mean z over the training data. Thin lines: their probabilities; dotted: the sum of all, 1 at every z. Dots: training samples at their z, placed on the curve (a sample's real probability also depends on the other neurons' z for that sample).</source>
        <translation>La curva: la probabilidad de esta neurona cuando se mueve su propia z mientras las demás neuronas softmax de su capa conservan su z media sobre los datos de entrenamiento. Líneas finas: sus probabilidades; punteada: la suma de todas, 1 en cada z. Puntos: muestras de entrenamiento en su z, colocadas sobre la curva (la probabilidad real de una muestra también depende de la z de las otras neuronas para esa muestra).</translation>
    </message>
    <message>
        <source>alone in its layer:&lt;br&gt;p = e^z / e^z = 1 for every z</source>
        <translation>sola en su capa:&lt;br&gt;p = e^z / e^z = 1 para toda z</translation>
    </message>
    <message>
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other one held at its mean z</source>
        <translation>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;la otra fijada en su z media</translation>
    </message>
    <message numerus="yes">
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</source>
        <translation>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;la otra %n fijada en su z media</numerusform>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;las otras %n fijadas en su z media</numerusform>
        </translation>
    </message>
    <message>
        <source>sum = 1</source>
        <translation>suma = 1</translation>
    </message>
</context>
<context>
    <name>SoftmaxUse</name>
    <message>
        <source>A softmax neuron alone always outputs 1: softmax divides e^z by the sum of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights never learn. In a hidden layer use ReLU or tanh instead.</source>
        <translation>Una neurona softmax sola siempre da 1: softmax divide e^z entre la suma de e^z sobre las neuronas softmax de su capa, y sola eso es e^z / e^z = 1, sean cuales sean sus entradas. No transmite ninguna información y su pendiente p (1 - p) es 0, así que sus pesos nunca aprenden. En una capa oculta, usa ReLU o tanh en su lugar.</translation>
    </message>
    <message>
        <source>A softmax neuron alone always outputs 1: softmax divides e^z by the sum of e^z over its layer's softmax neurons, and alone that is e^z / e^z = 1 whatever its inputs. It passes no information on, and its slope p (1 - p) is 0, so its weights never learn. For one output use sigmoid (two classes) or linear (a number); softmax needs 2 or more output neurons, one per class, with categorical cross-entropy.</source>
        <translation>Una neurona softmax sola siempre da 1: softmax divide e^z entre la suma de e^z sobre las neuronas softmax de su capa, y sola eso es e^z / e^z = 1, sean cuales sean sus entradas. No transmite ninguna información y su pendiente p (1 - p) es 0, así que sus pesos nunca aprenden. Para una sola salida, usa sigmoide (dos clases) o lineal (un número); softmax necesita 2 o más neuronas de salida, una por clase, con entropía cruzada categórica.</translation>
    </message>
    <message>
        <source>Softmax in a hidden layer: its outputs always add up to 1, so the layer's softmax neurons compete for one share instead of each passing on its own feature (the last one says nothing new: it is 1 minus the others). Softmax belongs in the output layer, where it turns the outputs into class probabilities. Use ReLU or tanh here.</source>
        <translation>Softmax en una capa oculta: sus salidas siempre suman 1, así que las neuronas softmax de la capa se reparten una misma cantidad en lugar de transmitir cada una su propia característica (la última no dice nada nuevo: es 1 menos las demás). Softmax va en la capa de salida, donde convierte las salidas en probabilidades de clase. Aquí, usa ReLU o tanh.</translation>
    </message>
</context>
<context>
    <name>Stability</name>
    <message>
        <source>the training loss jumped from {low} to {now} within 1 epoch</source>
        <translation>la pérdida de entrenamiento saltó de {low} a {now} en 1 época</translation>
    </message>
    <message numerus="yes">
        <source>the training loss jumped from {low} to {now} within %n epochs</source>
        <translation>
            <numerusform>la pérdida de entrenamiento saltó de {low} a {now} en %n época</numerusform>
            <numerusform>la pérdida de entrenamiento saltó de {low} a {now} en %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>{dead} of the {total} ReLU neurons died within 1 epoch (they output 0 for every sample and no longer learn)</source>
        <translation>{dead} de las {total} neuronas ReLU murieron en 1 época (dan 0 en todas las muestras y ya no aprenden)</translation>
    </message>
    <message numerus="yes">
        <source>{dead} of the {total} ReLU neurons died within %n epochs (they output 0 for every sample and no longer learn)</source>
        <translation>
            <numerusform>{dead} de las {total} neuronas ReLU murieron en %n época (dan 0 en todas las muestras y ya no aprenden)</numerusform>
            <numerusform>{dead} de las {total} neuronas ReLU murieron en %n épocas (dan 0 en todas las muestras y ya no aprenden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Close {panel}: the stage goes back to the lesson's layout</source>
        <translation>Cerrar {panel}: el escenario vuelve a la disposición de la lección</translation>
    </message>
    <message>
        <source>Close {panel}</source>
        <translation>Cerrar {panel}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Point at a neuron in the editor to see its map here; select one to keep it</source>
        <translation>Señala una neurona en el editor para ver aquí su mapa; selecciónala para conservarlo</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>unknown {value}; expected one of {choices}</source>
        <translation>valor desconocido {value}; se esperaba uno de: {choices}</translation>
    </message>
    <message>
        <source>must be a number in {interval}, got {value}</source>
        <translation>debe ser un número en {interval}, no {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>debe ser un número entero de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>a regression target needs 1 output neuron, the network has {count}</source>
        <translation>un objetivo de regresión necesita 1 neurona de salida; la red tiene {count}</translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the network has 1 output; give the output layer %n softmax neurons</source>
        <translation>
            <numerusform>los datos tienen %n clase, pero la red tiene 1 salida; dale a la capa de salida %n neurona softmax</numerusform>
            <numerusform>los datos tienen %n clases, pero la red tiene 1 salida; dale a la capa de salida %n neuronas softmax</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the output layer has {outputs} neurons; use %n (one per class) or 1 for two classes</source>
        <translation>
            <numerusform>los datos tienen %n clase, pero la capa de salida tiene {outputs} neuronas; usa %n (una por clase) o 1 para dos clases</numerusform>
            <numerusform>los datos tienen %n clases, pero la capa de salida tiene {outputs} neuronas; usa %n (una por clase) o 1 para dos clases</numerusform>
        </translation>
    </message>
    <message>
        <source>the data has {features} features but the network has {inputs} inputs</source>
        <translation>los datos tienen {features} características, pero la red tiene {inputs} entradas</translation>
    </message>
    <message>
        <source>there are no samples to train on</source>
        <translation>no hay muestras con las que entrenar</translation>
    </message>
    <message>
        <source>{neurons} neurons on {samples} samples would need about {need} GB of memory to train (at most {limit} GB); use fewer samples or neurons</source>
        <translation>entrenar {neurons} neuronas con {samples} muestras necesitaría unos {need} GB de memoria (como máximo {limit} GB); usa menos muestras o neuronas</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}: the loss became infinite or NaN. The weights are those of the last finite step. Try a smaller learning rate (now {rate}, e.g. {smaller}).</source>
        <translation>El entrenamiento divergió en la época {epoch}: la pérdida se volvió infinita o NaN. Los pesos son los del último paso finito. Prueba una tasa de aprendizaje menor (ahora {rate}; p. ej., {smaller}).</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}: the weights became infinite or NaN. The weights are those of the last finite step. Try a smaller learning rate (now {rate}, e.g. {smaller}).</source>
        <translation>El entrenamiento divergió en la época {epoch}: los pesos se volvieron infinitos o NaN. Los pesos son los del último paso finito. Prueba una tasa de aprendizaje menor (ahora {rate}; p. ej., {smaller}).</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>Fastest</source>
        <translation>Máxima</translation>
    </message>
    <message numerus="yes">
        <source>%n epochs/s</source>
        <translation>
            <numerusform>%n época/s</numerusform>
            <numerusform>%n épocas/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>Train until you pause (Space)</source>
        <translation>Entrenar hasta que pauses (Espacio)</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>Una ép&amp;oca</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then stop (Ctrl+Right)</source>
        <translation>Entrenar exactamente una época y parar (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>Un &amp;lote</translation>
    </message>
    <message>
        <source>Train on one mini-batch only: one update of the weights (Ctrl+Shift+Right)</source>
        <translation>Entrenar solo con un mini-lote: una actualización de los pesos (Ctrl+Shift+Derecha)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Back to the weights training started from, epoch 0 (Ctrl+R); Undo brings the training back</source>
        <translation>Volver a los pesos con los que empezó el entrenamiento, época 0 (Ctrl+R); Deshacer recupera el entrenamiento</translation>
    </message>
    <message>
        <source>&amp;New weights</source>
        <translation>&amp;Nuevos pesos</translation>
    </message>
    <message>
        <source>Draw new random initial weights and start over; Undo brings the old ones back (Ctrl+Shift+R)</source>
        <translation>Sortear nuevos pesos iniciales aleatorios y empezar de nuevo; Deshacer recupera los anteriores (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>How fast to train: as fast as the computer can, or slowly enough to watch every epoch</source>
        <translation>Con qué rapidez entrenar: tan rápido como pueda el ordenador, o lo bastante despacio para ver cada época</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>Epochs trained: passes over the whole training set</source>
        <translation>Épocas entrenadas: pasadas por todo el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Measured training speed while it runs</source>
        <translation>Velocidad de entrenamiento medida mientras se ejecuta</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Época {epoch}</translation>
    </message>
    <message>
        <source>{rate} epochs/s</source>
        <translation>{rate} épocas/s</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Plain gradient descent: w ← w − learning rate × gradient.</source>
        <translation>Descenso de gradiente simple: w ← w − tasa de aprendizaje × gradiente.</translation>
    </message>
    <message>
        <source>Gradient descent that keeps a running direction (velocity), so it rolls through flat stretches and small bumps.</source>
        <translation>Descenso de gradiente que mantiene una dirección acumulada (velocidad), así que rueda por tramos planos y pequeños baches.</translation>
    </message>
    <message>
        <source>Adapts the step of every weight to the size of its recent gradients; often works with little tuning (try learning rate {rate}).</source>
        <translation>Adapta el paso de cada peso al tamaño de sus gradientes recientes; suele funcionar con pocos ajustes (prueba la tasa de aprendizaje {rate}).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>No penalty on the weights.</source>
        <translation>Sin penalización de los pesos.</translation>
    </message>
    <message>
        <source>L1: adds rate × Σ|w|, pushing unneeded weights to exactly 0.</source>
        <translation>L1: suma tasa × Σ|w|, lo que lleva los pesos innecesarios a exactamente 0.</translation>
    </message>
    <message>
        <source>L2: adds ½ rate × Σw², keeping all weights small.</source>
        <translation>L2: suma ½ tasa × Σw², lo que mantiene pequeños todos los pesos.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Share of the data used for training; the rest is test data that shows how well the network does on points it never learned from.</source>
        <translation>Proporción de los datos usada para entrenar; el resto son datos de prueba que muestran lo bien que funciona la red con puntos de los que nunca aprendió.</translation>
    </message>
    <message>
        <source>How many samples each step averages its gradient over. 1 gives noisy, quick steps; the whole training set gives smooth, slow ones.</source>
        <translation>Sobre cuántas muestras promedia su gradiente cada paso. 1 da pasos rápidos y ruidosos; todo el conjunto de entrenamiento, pasos suaves y lentos.</translation>
    </message>
    <message>
        <source>How big a step each update takes. Too small: slow; too large: the loss jumps about or explodes. Pick a value or type one.</source>
        <translation>Qué tamaño tiene el paso de cada actualización. Demasiado pequeña: lento; demasiado grande: la pérdida salta o explota. Elige un valor o escribe uno.</translation>
    </message>
    <message>
        <source>How the gradient becomes a weight update.</source>
        <translation>Cómo se convierte el gradiente en una actualización de los pesos.</translation>
    </message>
    <message>
        <source>How much of the previous step's direction is kept (0 to below 1; {usual} is usual).</source>
        <translation>Cuánto se conserva de la dirección del paso anterior (de 0 a menos de 1; lo habitual es {usual}).</translation>
    </message>
    <message>
        <source>A penalty on large weights that keeps the network simpler and can reduce overfitting. Biases are never penalised.</source>
        <translation>Una penalización de los pesos grandes que mantiene la red más simple y puede reducir el sobreajuste. Los sesgos nunca se penalizan.</translation>
    </message>
    <message>
        <source>How strong the weight penalty is. Pick a value or type one (0 to 10).</source>
        <translation>Qué fuerza tiene la penalización de los pesos. Elige un valor o escribe uno (de 0 a 10).</translation>
    </message>
    <message>
        <source>The random seed for the train/test split and the order of the batches: the same seed gives the same run.</source>
        <translation>La semilla aleatoria de la división entrenamiento/prueba y del orden de los lotes: la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
        <source>Train &amp;share</source>
        <translation>&amp;Proporción de entren.</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>Tamaño de &amp;lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Moment&amp;um</source>
        <translation>Moment&amp;um</translation>
    </message>
    <message>
        <source>&amp;Regularization</source>
        <translation>&amp;Regularización</translation>
    </message>
    <message>
        <source>Trainin&amp;g seed</source>
        <translation>Semilla de entrena&amp;miento</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Tasa de regularización</translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation>Semilla de entrenamiento</translation>
    </message>
</context>
<context>
    <name>TrialControls</name>
    <message>
        <source>Units in a layer</source>
        <translation>Unidades de una capa</translation>
    </message>
    <message>
        <source>Activation of a layer</source>
        <translation>Activación de una capa</translation>
    </message>
    <message>
        <source>Activation of a neuron</source>
        <translation>Activación de una neurona</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation>Oculta {number}</translation>
    </message>
    <message>
        <source>The one setting that differs between the trials; everything else (data, seeds, starting weights) stays the same</source>
        <translation>El único ajuste que difiere entre los ensayos; todo lo demás (datos, semillas, pesos iniciales) sigue igual</translation>
    </message>
    <message>
        <source>The layer whose units or activation the trials change</source>
        <translation>La capa cuyas unidades o activación cambian los ensayos</translation>
    </message>
    <message>
        <source>The neuron whose activation the trials change</source>
        <translation>La neurona cuya activación cambian los ensayos</translation>
    </message>
    <message>
        <source>One value per trial, separated by commas (at most {count})</source>
        <translation>Un valor por ensayo, separados por comas (como máximo {count})</translation>
    </message>
    <message>
        <source>How many epochs each trial trains</source>
        <translation>Cuántas épocas entrena cada ensayo</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variar</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurona</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary</source>
        <translation>la red no tiene ninguna capa oculta cuyas unidades puedan variar</translation>
    </message>
    <message>
        <source>tick at least one activation</source>
        <translation>marca al menos una activación</translation>
    </message>
    <message>
        <source>tick at least one optimizer</source>
        <translation>marca al menos un optimizador</translation>
    </message>
    <message>
        <source>type the values to try, separated by commas, e.g. 1, 2, 3</source>
        <translation>escribe los valores que probar, separados por comas, p. ej. 1, 2, 3</translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n unit)</source>
        <translation>
            <numerusform>{layer} (%n unidad)</numerusform>
            <numerusform>{layer} (%n unidades)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n units)</source>
        <translation>
            <numerusform>{layer} (%n unidad)</numerusform>
            <numerusform>{layer} (%n unidades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Neuron {number} ({activation})</source>
        <translation>Neurona {number} ({activation})</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Show or hide what the trials vary and the values they try (hidden while trials run in a narrow panel, so the results have room)</source>
        <translation>Mostrar u ocultar qué varían los ensayos y qué valores prueban (se oculta mientras se ejecutan en un panel estrecho, para dejar sitio a los resultados)</translation>
    </message>
    <message>
        <source>The plan of these trials; press Plan to change it</source>
        <translation>El plan de estos ensayos; pulsa Plan para cambiarlo</translation>
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
            <numerusform>{setting}, {layer}: {values}; %n época</numerusform>
            <numerusform>{setting}, {layer}: {values}; %n épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}, {layer}: {values}; %n época</numerusform>
            <numerusform>{setting}, {layer}: {values}; %n épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting}: {values}; %n época</numerusform>
            <numerusform>{setting}: {values}; %n épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}: {values}; %n época</numerusform>
            <numerusform>{setting}: {values}; %n épocas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialResults</name>
    <message>
        <source>Trial</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Pérdida
entren.</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Pérdida
prueba</translation>
    </message>
    <message>
        <source>Train
acc.</source>
        <translation>Exact.
entren.</translation>
    </message>
    <message>
        <source>Test
acc.</source>
        <translation>Exact.
prueba</translation>
    </message>
    <message>
        <source>Test acc.
changed</source>
        <translation>Exact. prueba
cambiada</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A trial ties when its test loss is above the lowest by less than 2 standard errors of the per-sample differences (both are measured on the same test samples): a gap that small could come from which samples are in the test set.</source>
        <translation>Un ensayo empata cuando su pérdida de prueba supera a la menor en menos de 2 errores estándar de las diferencias por muestra (ambas se miden en las mismas muestras de prueba): una diferencia tan pequeña podría deberse a qué muestras están en el conjunto de prueba.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida de prueba</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Train loss too (dashed)</source>
        <translation>Con pérdida de entren. (- -)</translation>
    </message>
    <message>
        <source>Also draw each trial's loss on the training data, dashed in the same colour. A gap between a trial's two curves means it fits the training data better than new data.</source>
        <translation>Dibujar también la pérdida de cada ensayo en los datos de entrenamiento, con línea discontinua del mismo color. Una separación entre las dos curvas de un ensayo significa que se ajusta mejor a los datos de entrenamiento que a datos nuevos.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Final values of each trial (the last epoch). Double-click a row to make that trial the current network.</source>
        <translation>Valores finales de cada ensayo (la última época). Haz doble clic en una fila para que ese ensayo sea la red actual.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>diverged at epoch {epoch}</source>
        <translation>divergió en la época {epoch}</translation>
    </message>
    <message>
        <source>stopped at epoch {epoch}</source>
        <translation>detenido en la época {epoch}</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>As good as the lowest test loss within noise. {rule}</source>
        <translation>Tan bueno como la menor pérdida de prueba, dentro del ruido. {rule}</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>The lowest final test loss of the trials that finished, and no other ties with it. {rule}</source>
        <translation>La menor pérdida de prueba final de los ensayos terminados, y ningún otro empata con él. {rule}</translation>
    </message>
    <message>
        <source>tie: smallest</source>
        <translation>empate: menor</translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the smallest of the tie: Use the best takes it. {rule}</source>
        <translation>Empata con la menor pérdida de prueba y es el más pequeño del empate: Usar el mejor lo toma. {rule}</translation>
    </message>
    <message>
        <source>tie: first</source>
        <translation>empate: primero</translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the first of the tie: Use the best takes it. {rule}</source>
        <translation>Empata con la menor pérdida de prueba y es el primero del empate: Usar el mejor lo toma. {rule}</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Compare trials</source>
        <translation>Comparar ensayos</translation>
    </message>
    <message>
        <source>Compare &amp;Trials…</source>
        <translation>Comparar &amp;ensayos…</translation>
    </message>
    <message>
        <source>Train copies of the network that differ in one setting (units, activation, learning rate, optimizer or batch size) and compare them</source>
        <translation>Entrenar copias de la red que difieren en un ajuste (unidades, activación, tasa de aprendizaje, optimizador o tamaño de lote) y compararlas</translation>
    </message>
    <message>
        <source>When trials tie (within noise), the smallest is named (fewest units; for other settings the first in the list). {rule}</source>
        <translation>Cuando los ensayos empatan (dentro del ruido), se nombra el más pequeño (menos unidades; para otros ajustes, el primero de la lista). {rule}</translation>
    </message>
    <message>
        <source>Run trials</source>
        <translation>Ejecutar ensayos</translation>
    </message>
    <message>
        <source>Train one copy of the network per value, each from the same starting weights and seeds</source>
        <translation>Entrenar una copia de la red por valor, cada una desde los mismos pesos iniciales y semillas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current epoch; finished trials stay</source>
        <translation>Detener tras la época actual; los ensayos terminados se quedan</translation>
    </message>
    <message>
        <source>Use the best</source>
        <translation>Usar el mejor</translation>
    </message>
    <message>
        <source>Make the best trial the current network, trained as it is: the lowest final test loss, or, when others tie with it within noise, the smallest of them (fewest units; else the first in the list). Undo brings back the previous one.</source>
        <translation>Hacer del mejor ensayo la red actual, entrenada tal como está: la menor pérdida de prueba final o, cuando otros empatan con él dentro del ruido, el más pequeño de ellos (menos unidades; si no, el primero de la lista). Deshacer recupera la anterior.</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Usar selección</translation>
    </message>
    <message>
        <source>Make the trial selected in the table the current network (or double-click its row)</source>
        <translation>Hacer del ensayo seleccionado en la tabla la red actual (o haz doble clic en su fila)</translation>
    </message>
    <message>
        <source>The lesson's trial plan cannot be used: {problem}</source>
        <translation>El plan de ensayos de la lección no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>Choose what to vary and the values to try, then Run trials.</source>
        <translation>Elige qué variar y los valores que probar; luego, Ejecutar ensayos.</translation>
    </message>
    <message>
        <source>This lesson suggests these trials: press Run trials.</source>
        <translation>Esta lección propone estos ensayos: pulsa Ejecutar ensayos.</translation>
    </message>
    <message>
        <source>Cannot run: {problem}</source>
        <translation>No se puede ejecutar: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Running %n trial of {epochs} epochs…</source>
        <translation>
            <numerusform>Ejecutando %n ensayo de {epochs} épocas…</numerusform>
            <numerusform>Ejecutando %n ensayos de {epochs} épocas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n trials of {epochs} epochs…</source>
        <translation>
            <numerusform>Ejecutando %n ensayo de {epochs} épocas…</numerusform>
            <numerusform>Ejecutando %n ensayos de {epochs} épocas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial {number} of {count} ({trial}): epoch {epoch} of {epochs}</source>
        <translation>Ensayo {number} de {count} ({trial}): época {epoch} de {epochs}</translation>
    </message>
    <message>
        <source>Test acc.
{adjustment}</source>
        <translation>Exact. prueba
{adjustment}</translation>
    </message>
    <message>
        <source>No trial has finished without diverging yet.</source>
        <translation>Ningún ensayo ha terminado aún sin divergir.</translation>
    </message>
    <message>
        <source>That trial has not finished yet.</source>
        <translation>Ese ensayo aún no ha terminado.</translation>
    </message>
    <message>
        <source>The data or inputs changed since these trials ran; run them again.</source>
        <translation>Los datos o las entradas cambiaron desde que se ejecutaron estos ensayos; vuelve a ejecutarlos.</translation>
    </message>
    <message>
        <source>Use trial “{trial}”</source>
        <translation>Usar el ensayo “{trial}”</translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>La red es ahora el ensayo “{trial}”, entrenado %n época. Deshacer (Ctrl+Z) recupera la anterior.</numerusform>
            <numerusform>La red es ahora el ensayo “{trial}”, entrenado %n épocas. Deshacer (Ctrl+Z) recupera la anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>La red es ahora el ensayo “{trial}”, entrenado %n época. Deshacer (Ctrl+Z) recupera la anterior.</numerusform>
            <numerusform>La red es ahora el ensayo “{trial}”, entrenado %n épocas. Deshacer (Ctrl+Z) recupera la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now using trial &lt;b&gt;{trial}&lt;/b&gt;. Undo (Ctrl+Z) brings back the previous network.</source>
        <translation>Ahora se usa el ensayo &lt;b&gt;{trial}&lt;/b&gt;. Deshacer (Ctrl+Z) recupera la red anterior.</translation>
    </message>
    <message>
        <source>the trials stopped on an unexpected error: {error}</source>
        <translation>los ensayos se detuvieron por un error inesperado: {error}</translation>
    </message>
    <message>
        <source>All ended with the same loss ({loss}): this setting made no difference here.</source>
        <translation>Todos terminaron con la misma pérdida ({loss}): este ajuste no cambió nada aquí.</translation>
    </message>
    <message>
        <source>{tie} Use the best to make it the current network.</source>
        <translation>{tie} Usar el mejor lo convierte en la red actual.</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;{trial}&lt;/b&gt; (test loss {loss}). Use the best to make it the current network.</source>
        <translation>Mejor: &lt;b&gt;{trial}&lt;/b&gt; (pérdida de prueba {loss}). Usar el mejor lo convierte en la red actual.</translation>
    </message>
    <message>
        <source>Every trial diverged: try smaller learning rates.</source>
        <translation>Todos los ensayos divergieron: prueba tasas de aprendizaje menores.</translation>
    </message>
    <message>
        <source>{done} {found}</source>
        <translation>{done} {found}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>{done} de %n ensayo terminado en {seconds} s.</numerusform>
            <numerusform>{done} de %n ensayos terminados en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>{done} de %n ensayo terminado en {seconds} s.</numerusform>
            <numerusform>{done} de %n ensayos terminados en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>Detenido: {done} de %n ensayo terminado en {seconds} s.</numerusform>
            <numerusform>Detenido: {done} de %n ensayos terminados en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>Detenido: {done} de %n ensayo terminado en {seconds} s.</numerusform>
            <numerusform>Detenido: {done} de %n ensayos terminados en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>{values} and {last} units tie (within noise); the smallest is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation>{values} y {last} unidades empatan (dentro del ruido); el más pequeño es &lt;b&gt;{trial}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{trials} and {last} tie (within noise); the first of them is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation>{trials} y {last} empatan (dentro del ruido); el primero es &lt;b&gt;{trial}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>cannot vary {setting}; choose one of {settings}</source>
        <translation>no se puede variar {setting}; elige uno de {settings}</translation>
    </message>
    <message>
        <source>values must be a list, got {values}</source>
        <translation>los valores deben ser una lista; se recibió {values}</translation>
    </message>
    <message>
        <source>give 1 to {most} values (one per trial), got {count}</source>
        <translation>indica de 1 a {most} valores (uno por ensayo); hay {count}</translation>
    </message>
    <message>
        <source>each value may appear once; repeated: {values}</source>
        <translation>cada valor puede aparecer una sola vez; repetidos: {values}</translation>
    </message>
    <message>
        <source>varying units needs a layer</source>
        <translation>para variar las unidades hace falta una capa</translation>
    </message>
    <message>
        <source>varying activation needs a layer</source>
        <translation>para variar la activación hace falta una capa</translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary; add a hidden layer first</source>
        <translation>la red no tiene ninguna capa oculta cuyas unidades puedan variar; añade primero una capa oculta</translation>
    </message>
    <message>
        <source>units can vary in hidden layers 0 to {last}, not layer {layer} (the output layer's units are fixed by the data)</source>
        <translation>las unidades pueden variar en las capas ocultas 0 a {last}, no en la capa {layer} (las unidades de la capa de salida las fijan los datos)</translation>
    </message>
    <message>
        <source>the network has layers 0 to {last}, not layer {layer}</source>
        <translation>la red tiene las capas 0 a {last}, no la capa {layer}</translation>
    </message>
    <message>
        <source>layer {layer} has neurons 0 to {last}, not neuron {neuron}</source>
        <translation>la capa {layer} tiene las neuronas 0 a {last}, no la neurona {neuron}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>lr {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <source>epochs must be a whole number from {low} to {high}, got {value}</source>
        <translation>las épocas deben ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>units must be a whole number from {low} to {high}, got {value}</source>
        <translation>las unidades deben ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>layer must be a whole number from {low} to {high}, got {value}</source>
        <translation>la capa debe ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>neuron must be a whole number from {low} to {high}, got {value}</source>
        <translation>la neurona debe ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>batch size must be a whole number from {low} to {high}, got {value}</source>
        <translation>el tamaño de lote debe ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>unknown activation {value}; choose from {names}</source>
        <translation>activación desconocida {value}; elige entre {names}</translation>
    </message>
    <message>
        <source>a learning rate must be a number above 0 and at most {most}, got {value}</source>
        <translation>una tasa de aprendizaje debe ser un número mayor que 0 y como mucho {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; choose from {names}</source>
        <translation>optimizador desconocido {value}; elige entre {names}</translation>
    </message>
    <message>
        <source>meta.trials: must be an object like {example}, got {kind}</source>
        <translation>meta.trials: debe ser un objeto como {example}; se recibió {kind}</translation>
    </message>
    <message>
        <source>meta.trials: needs "setting" and "values"</source>
        <translation>meta.trials: necesita "setting" y "values"</translation>
    </message>
    <message>
        <source>meta.trials.values: must be a list, got {kind}</source>
        <translation>meta.trials.values: debe ser una lista; se recibió {kind}</translation>
    </message>
    <message>
        <source>meta.trials.values: at most {most} values, got {count}</source>
        <translation>meta.trials.values: como mucho {most} valores; hay {count}</translation>
    </message>
    <message>
        <source>the training settings cannot be used: {problem}</source>
        <translation>los ajustes de entrenamiento no se pueden usar: {problem}</translation>
    </message>
    <message>
        <source>the data cannot be used: {problem}</source>
        <translation>los datos no se pueden usar: {problem}</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation>GIF animado (*.gif);;Vídeo MP4 (*.mp4);;Vídeo WebM (*.webm)</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
        <source>{name}: unknown video format; the name must end in {suffixes}</source>
        <translation>{name}: formato de vídeo desconocido; el nombre debe terminar en {suffixes}</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is not writable</source>
        <translation>{path}: no se puede escribir en la carpeta {folder}</translation>
    </message>
    <message>
        <source>{path}: the file exists and is read-only</source>
        <translation>{path}: el archivo existe y es de solo lectura</translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation>{name}: no hay fotogramas que escribir</translation>
    </message>
    <message>
        <source>{fps} frames a second: must be 1 to {most}</source>
        <translation>{fps} fotogramas por segundo: debe ser de 1 a {most}</translation>
    </message>
    <message>
        <source>{name}: {width}x{height} frames; MP4 and WebM need even sides</source>
        <translation>{name}: fotogramas de {width}x{height}; MP4 y WebM necesitan lados pares</translation>
    </message>
    <message>
        <source>{path}: cannot write ({problem})</source>
        <translation>{path}: no se puede escribir ({problem})</translation>
    </message>
    <message>
        <source>{name}: the encoder wrote nothing</source>
        <translation>{name}: el codificador no escribió nada</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message numerus="yes">
        <source>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n entrada no forma una imagen, así que no hay imágenes de pesos. Necesitan un número cuadrado de entradas de píxeles, como 64 para 8×8 píxeles.</numerusform>
            <numerusform>%n entradas no forman una imagen, así que no hay imágenes de pesos. Necesitan un número cuadrado de entradas de píxeles, como 64 para 8×8 píxeles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n entrada no forma una imagen, así que no hay imágenes de pesos. Necesitan un número cuadrado de entradas de píxeles, como 64 para 8×8 píxeles.</numerusform>
            <numerusform>%n entradas no forman una imagen, así que no hay imágenes de pesos. Necesitan un número cuadrado de entradas de píxeles, como 64 para 8×8 píxeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture is one first-layer neuron: its weight for every input pixel, drawn where that pixel is. Blue: a high value there raises the neuron's z; orange: lowers it. Click a picture to select the neuron.</source>
        <translation>Cada imagen es una neurona de la primera capa: su peso para cada píxel de entrada, dibujado donde está ese píxel. Azul: un valor alto ahí sube la z de la neurona; naranja: la baja. Haz clic en una imagen para seleccionar la neurona.</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>Aún no hay red.</translation>
    </message>
    <message>
        <source>Neuron {neuron}: weight {weight} from input {input} (row {row}, column {column}). Click to select the neuron.</source>
        <translation>Neurona {neuron}: peso {weight} de la entrada {input} (fila {row}, columna {column}). Haz clic para seleccionar la neurona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight pictures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imágenes de pesos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron (the first {shown} of {units})&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation>&lt;b&gt;Pesos de entrada de cada neurona de la primera capa (las primeras {shown} de {units})&lt;/b&gt;&lt;br&gt;{side}×{side} píxeles; azul: una entrada alta ahí sube z; naranja: la baja</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation>&lt;b&gt;Pesos de entrada de cada neurona de la primera capa&lt;/b&gt;&lt;br&gt;{side}×{side} píxeles; azul: una entrada alta ahí sube z; naranja: la baja</translation>
    </message>
</context>
</TS>
