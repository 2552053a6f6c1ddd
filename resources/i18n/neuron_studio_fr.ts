<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivationOverview</name>
    <message>
        <source>Activation functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activation's g(z) and slope g′(z) side by side, with its range, its problem and where it is used ({shortcut}); a click on a palette entry shows its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activation}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output:&lt;/b&gt; {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{problem}.&lt;/b&gt; {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Used in:&lt;/b&gt; {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g′(z) is the slope of g. z from {low} to {high}, one vertical scale on every card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card draws g(z) as a solid line and its slope g′(z) as a dashed one, on the same axes, so the curves compare at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationPlot</name>
    <message>
        <source>z = w·x + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g(z) and g′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activation} (alpha = {alpha})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{formula}, one other neuron at z = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p′ = p(1 − p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples to show: there is no data to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n samples: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of them outside the view (z &amp;lt; {low} or &amp;gt; {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: a dead neuron</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: saturated, far out on a flat tail</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient, {flat}% a gradient below {limit}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {flat}% a gradient below {limit}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g′ = 0</source>
        <comment>short for: no gradient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small gradient ({slope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat: gradient vanishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <comment>short for: flat, gradient vanishes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>“{title}” ({file}), autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” (a network that was never saved), autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed ({error}); your work is still open: save it with Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored work's autosave stays in {file} ({error}); save the network to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron Studio did not quit normally last time. Restore the autosaved network {network}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved network could not be read and was kept in {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the autosaved network: save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Challenge</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file's challenge cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met. Unknown values: {problem}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Met at epoch {epoch}; now {met} of %n goals hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Challenge met&lt;/b&gt; at epoch {epoch}: every goal holds. Save the network (Ctrl+S) to keep your solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a batch of epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train epochs {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set training share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set weight {weight} of layer {layer}, neuron {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set bias of layer {layer}, neuron {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set alpha of layer {layer}, neuron {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {value} of layer {layer}, neuron {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Rows: true class; columns: the class the network predicted. Blue: right (diagonal); orange: mistaken for another class. Darker: a larger share of the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to count yet (train a classifier first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the answers on the training samples (the network learns from these).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the answers on the test samples (never trained on: the honest measure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data&lt;/b&gt;: no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data&lt;/b&gt;: no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}&lt;/b&gt;: no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test data, {note}: accuracy {accuracy}%&lt;/b&gt; ({right} of {total} right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row of column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path/to/data.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file: a header row naming the columns, then one row per sample. Type a path and press Enter, or browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns the network gets as inputs (numbers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: names in the target (or a few whole numbers) are classes, other numbers mean regression. Choose to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normalize inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1; needed when columns hold large numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows of the file, numbered as in a spreadsheet (the header is row 1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the chosen columns give, or what is wrong with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this data; the network's inputs and outputs adapt to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}  (text: not an input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has “{cell}”, which is not a number, so {column} cannot be an input; it can be the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one input column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>classification with %n classes ({names})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>regression (targets {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✔ {rows}, {inputs}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file {path}: inputs {features}; target the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file {path}: inputs every column but the target; target the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data the network learns from: a built-in set (hover for a description) or your own CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of the chosen data: orange is class 0, blue class 1; for regression the colour shows the target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen data set is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose again which columns of the CSV file are the inputs and which is the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number. The output layer and loss follow the choice (one undo step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; a built-in data set decides which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points to generate (1 to {most}). Up/Down change it by 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label noise, as in TensorFlow Playground: 0 % gives clean classes, 50 % blurs the boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed that generates the points: the same seed gives the same data set every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normali&amp;ze inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift and scale every input to mean 0 and standard deviation 1 (using the training data). Needed when inputs are large, e.g. a temperature of 200 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why some fields are switched off for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;ise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ata seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples, noise and data seed are for built-in data sets; your own data is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a fixed collection: samples, noise and data seed do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise does not apply to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own data: a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data this network file uses now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stored in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points drawn on the Map (Draw data, Ctrl+D), stored in the network file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows stored in the network file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataViews</name>
    <message>
        <source>lighter by {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darker by {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrast ×{factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the test images lighter (right: less ink) or darker (left: more ink, grey paper), as a different scan would. Training images do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast of the test images: left flattens every pixel towards mid-grey, right pushes ink and paper apart. Training images do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the unchanged test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the test samples the network gets right with the images as changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{steps} lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−{steps} darker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy: train the network first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; (images unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy} %&lt;/b&gt; with these images ({unchanged} % unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised inputs: each changed pixel is then rescaled by its mean and spread in the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not normalised: the network gets the changed pixels ({low} to {high}) as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each first-layer neuron's incoming weights, drawn as a picture when the inputs form one (8x8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sample through the network: every neuron's activation and the predicted class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each true class (rows) is predicted as each class (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the output layer has %n neurons for {classes} classes; give it one per class.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <source>single layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the test points as hollow rings. The network never trains on them: they show how well it generalises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour each spot by the class the network would pick (output above or below the middle of its range) instead of by how sure it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the curve the data follows (dotted): the points above it are blue, those below orange. Untick it to judge the network's boundary on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black line: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed line: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Neuron health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron &amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead and saturated neurons, gradient size per layer and PReLU alphas (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Neuron &amp;Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label dead and saturated neurons, and softmax neurons out of place, on the network drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linear Collapse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the single linear layer an all-linear network equals, or the neurons that prevent it (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to measure the neurons on: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not match the network's inputs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{neuron} ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} #{unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>The data is not a drawing: choose Draw Data (Ctrl+D) to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing holds at most {count} points: erase some (right button) to draw more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {edit}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n point</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of value {value}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of value {value}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of value {value}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of value {value}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of class {number}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of class {number}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of class {number}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of class {number}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>&amp;Draw Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your own data on the Map: click, spray and erase points of each class ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new drawing: spray points with the left button, erase with the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neuron.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neurons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawingBar</name>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add one point of the chosen class (or value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press and drag to spray points of the chosen class: {count} at a time around the pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press and drag over points to remove them. The right mouse button erases with any tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left button draws, right button erases. Each stroke is one step of Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every point of the drawing (Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop drawing (the drawing stays the data; Ctrl+D draws again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of the points you draw. A new class adds an output: more than 2 classes make softmax outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the points you draw (regression): the network learns to predict it at their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>{layer} neuron {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <comment>short for the output layer in a narrow header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H{number}</source>
        <comment>short for hidden layer {number}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{on} of {offered} on</source>
        <comment>inputs in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <comment>short for the input column in a narrow header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add {activation} neuron to {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {neuron} {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; a layer needs at least one. Delete the layer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only neuron of {layer}; it cannot leave its layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {neuron} to a new layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n unit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Make all of {layer} {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer cannot be deleted: it gives the network's answer. Change its neurons instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} needs at least one neuron; to remove it, select its header and delete the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n neurons</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {neuron}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link cannot be deleted: every neuron listens to all units of the layer before. Double-click it and type 0 to cut it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These inputs are the data set's columns; choose the data in the Data panel to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{input} is the only input left; a network needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using input {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use input {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty field is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{text}' is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron}; Enter applies, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the weight from {source} into {neuron} and press Enter (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; the weight from {source} into {neuron} stays {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the bias of {neuron}; Enter applies, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the bias of {neuron} and press Enter (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; the bias of {neuron} stays {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the alpha of {neuron}; Enter applies, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the alpha of {neuron} and press Enter (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; the alpha of {neuron} stays {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This neuron's activation has no alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation; expected one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That neuron is no longer in the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>export as .png or .svg, not '{ending}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export as .png or .svg, not a file without extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the image {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorMenu</name>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen neuron keeps its weights, bias and alpha while the rest trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alpha…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set all activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add neuron ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert hidden layer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert hidden layer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit weight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set weight to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only output neuron cannot go; change its activation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only neuron of a layer cannot go; delete the layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTips</name>
    <message>
        <source>Drop to move this neuron into a new hidden layer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to move the neuron to position {position} of {layer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias of {neuron}: {value}
z = w·x + b: the bias shifts z before the activation.
Double-click to type a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from {source} into {neuron}: {value}
Blue: positive, orange: negative; thicker: larger.
Click to select, double-click to type a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}  (frozen: training leaves it alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move it. Drop an activation on it to change it. Right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activation} ×{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer: its units are the network's answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n unit ({activations})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n units ({activations})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select it; right-click to change all its activations, add a neuron or delete it. Drop an activation on it to add a neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input {name}: a column of the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input {name}: in use. Click to stop using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature {name}: not in use. Click to feed it to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a layer, on a neuron, or in the space between two layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to make {neuron} a {activation} neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to put a {activation} neuron at position {position} of {layer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to make a new hidden layer here with a {activation} neuron.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the network as a {language} script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot be written as a script: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the network as a {language} script: {file}  (run it with: python {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an image of the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the {what} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no map to export: the map panel shows a message instead ({message})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a Python script's name must end in .py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a script with this name would import itself instead of {library}; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {what} as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NumPy Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network as a Python script that needs only NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network as a PyTorch script (nn.Module, loss, optimizer and a train function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss Plot Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the loss plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map (decision surface or neuron map) as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation Plot Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activation plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data View Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tab shown in the Data panel (weights, sample or confusion matrix) as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>New network on the default data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Neuron Studio networks (*.nsnet);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot write ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing it?
If you don't, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} handout, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals were met at epoch {epoch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Map and the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Map: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (to build it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sample's numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export handout (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n page, {size})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n pages, {size})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your own sample: {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training sample {number}: {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test sample {number}: {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable handout: title, notes, network, Map, loss curves and the exact settings, on A4 or US Letter pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Map: {title} over the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (and accuracy) per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch: not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n output unit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The network: no hidden layer, {outputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layer ({units} units), {outputs}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layers ({units} units), {outputs}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm) or US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title, the notes, the network, the Map, the loss curves and the exact settings (and the One sample panel's numbers when it is open), as a PDF to print or take home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {a} or {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number; type one such as {a} or {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a finite number; the network can only use ordinary numbers such as {a} or {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is too large; use a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field keeps its value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a = softmax of z over this layer's softmax neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output range: {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this neuron computes with its current numbers: the weighted sum z of its inputs plus the bias, then the activation g. Weights are rounded to 2 decimals here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation g of this neuron. Hover over an item to read about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation's formula, its output range and what to watch for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias b, added to the weighted sum: z = w·x + b. Type a number and press Enter, or use the arrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen neurons keep their weights while training (bias and alpha too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One weight per input of this neuron: the neurons of the previous layer, or the network's inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron {name} (frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Output layer, neuron {unit} of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer}, neuron {unit} of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>alpha (learned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alpha of {name} keeps its value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias of {name} keeps its value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU's slope for z &lt; 0. Training learns it (unless the neuron is frozen); you can also set it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU's alpha: the level the output approaches for very negative z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU's slope for z &lt; 0; it keeps the gradient from vanishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight from {source} to {target} keeps its value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight from {source} to {target}: the value of {source} is multiplied by it in z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n weights; select a link in the editor to change another one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set activation of {name} to {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong with the last change, and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a neuron, a layer, an input or a link in the editor to see its numbers and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a finite number; the old value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{activations}; %n frozen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many neurons (units) this layer has. More units are added at the end with the last neuron's activation; fewer remove neurons from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many neurons of this layer use each activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation to give every neuron of this layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every neuron of this layer the activation chosen on the left. Weights and biases are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set all to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations: {activations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer: one neuron per output (per class for softmax). The loss must fit its activations; see Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per input (%n weights) and a bias.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per neuron of hidden layer {layer} (%n weights) and a bias.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize the output layer to %n units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize hidden layer {layer} to %n units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every neuron of the output layer already uses {activation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every neuron of hidden layer {layer} already uses {activation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the output layer to {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set hidden layer {layer} to {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input feature's name, as the data calls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active input feeds every neuron of the first layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this feature on or off, as in TensorFlow Playground. Weights of the other inputs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights that carry this input into the first layer. Select a link in the editor to change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: no, the network does not use it. Tick the box to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of the output layer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of hidden layer 1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weights out of {name}: {weights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {name} as an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using {name} as an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signal comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron that receives it, multiplied by the weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of this link. Type a number and press Enter, or use the arrows. Positive links are blue, negative orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {source} (input {input})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {source} (hidden layer {layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {target} (output layer, neuron {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {target} (hidden layer {layer}, neuron {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} multiplies the value of {source} by this weight and adds it to its z = w·x + b, before its {activation} activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is frozen: training leaves this weight alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Links in lesson notes are not opened; copy the address into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no lesson notes. Open a lesson from the Lessons menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson files (.nsnet) in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the challenge “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the lesson “{title}” as a new, unsaved network. Space trains at {speed} (the speed box changes it); Ctrl+R goes back to the starting weights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinearCollapse</name>
    <message>
        <source>z = W x + b   (W: {rows} × {columns} numbers and b: {rows}, below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output = {activation}({z})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs = softmax({first} ... {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line on the Map: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's output crosses {threshold}. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Map, the dashed line “single layer” is where this single layer's two largest outputs are equal. It lies on the network's own boundary: the same boundary, and it is straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single layer's weights W (one row per output, one column per input) and its bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this single layer's decision boundary on the Map as a dashed line, over the network's output, while this panel is shown. Its line lies on the network's own boundary. Not drawn over a hidden neuron's map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to compare the two on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training data {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test data {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest difference between the network's outputs and this single layer's: {differences} (only rounding: they are the same function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W: {input}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message>
        <source>No data to draw: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not make a plane to draw; see the weights, samples and confusion matrix views.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw at least 2 points (%n so far)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Network output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: probability of class {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossCheck</name>
    <message>
        <source>decided by the target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes ({names})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown data set {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (built-in data set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data stored in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} fits these output neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} fits the {activation} output neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{loss} fits the %n {activation} output neurons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n {activation} neurons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n neurons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set every output neuron to {activation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {loss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} needs class labels, but this data is a regression problem (it predicts numbers); choose mean squared error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A softmax output neuron alone always outputs 1 (e^z / e^z), so it tells nothing and never learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A regression problem needs 1 output neuron, but the output layer has %n neurons; remove the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has %n classes but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has 2 classes but the output layer has %n neurons; use 2 (one per class) or 1 for two classes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has {classes} classes but the output layer has %n neurons; use {classes} (one per class).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>acc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show loss on a logarithmic axis: small improvements late in training stay visible. Zero or negative values are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss after epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test acc. {accuracy}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy {accuracy}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New random weights (seed {seed}); Undo brings the old ones back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training is unstable:&lt;/b&gt; {reason}. The learning rate ({rate}) is probably too high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate {rate} and start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the learning rate ten times smaller and go back to the starting weights (the last finite weights can be too large to train on); then press Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate {rate}, back to the starting weights: press Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot train:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build small neural networks, choose an activation for each neuron, train them and watch them learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits data: Alpaydin &amp;amp; Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new default network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a network file (.nsnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Image (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network drawing as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Neuron Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected neurons or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the network bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the network smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so the whole network fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hidden &amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tanh neuron to the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict a class for each sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict a number for each sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train with {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in data set fixes the problem type; import a CSV file (Data and training panel) to choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Neuron Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs, the units of each hidden layer, and the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. It follows from the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What training minimises. Binary cross-entropy: one sigmoid output for two classes. Categorical cross-entropy: one softmax output per class. Mean squared error: regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation of every output neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the loss fits the output neurons and the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape: {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {problem}. Data: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed: {activations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these changes (one undo step takes them back): {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Fix it” does this: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set output neurons to {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronBadges</name>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <comment>the one-letter badge of a dead neuron</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sat.</source>
        <comment>short for saturated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>the one-letter badge of a saturated neuron</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misp.</source>
        <comment>short for misplaced</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>the one-letter badge of a misplaced softmax neuron</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"{short}" stands for "{word}".</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronHealth</name>
    <message numerus="yes">
        <source>%n dead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lone softmax (always 1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n softmax in a hidden layer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>|gradient|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the loss gradient over each layer's weights and biases, on the training data. Log scale: a curve far below the others is a layer that barely learns (vanishing gradient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each PReLU neuron's learned slope alpha for z &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every neuron's gradient health</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{problems}&lt;/b&gt; among %n neurons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neurons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n training samples.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% tiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1 = Hidden 1, H2 = Hidden 2, ..., Out = the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron's number in its layer, counted from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead: a ReLU whose gradient is 0 for (nearly) every sample, so it no longer learns; saturated: a sigmoid/tanh in its flat tails for most samples; always 1: a softmax neuron alone in its layer; misplaced: softmax neurons in a hidden layer; ok: none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron's activation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero gradient: % of training samples where the activation's slope g'(z) is exactly 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny gradient: % of training samples where |g'(z)| is below {share}% of the activation's largest slope (sigmoid {sigmoid}, tanh 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden {layer} neuron {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H{layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead: z &lt;= 0 for {zero}% of the samples, so the slope is 0 and no weight into this neuron can change. A positive bias, smaller learning rate or Leaky ReLU helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated: the slope is almost 0 for {tiny}% of the samples (z far in the flat tails), so learning is very slow. Smaller weights, normalised inputs or ReLU help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the slope is 0 for {zero}% and tiny for {tiny}% of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{neuron}. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slope alpha each PReLU neuron uses for z &lt; 0, as training learns it. 0: like ReLU; 1: linear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no PReLU neuron. Add one to watch its slope alpha for z &lt; 0 being learned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneSample</name>
    <message>
        <source>One sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Sample's &amp;Numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through one sample's forward and backward pass with the real numbers: z = w·x + b, a = g(z), the loss, each δ and each weight's update; for a sample of the data or one you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step before (Left arrow or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Right arrow or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to take a sample from. Choose a data set in “Data and training”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network's inputs do not match the data's features; fix the inputs to explain a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number for each feature and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training data has no samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test data has no samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample cannot be explained: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnSampleForm</name>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class this sample should have: the loss and the backward steps compare the network's output with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value this sample should have: the loss and the backward steps compare the output with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this sample (Enter in any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature}, in the data's own units (before any normalisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Activation palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an activation onto a layer, a neuron or the space between layers; or select one and press Enter to add it to the selected layer. Click one (or press Ctrl+G) to see its curve among all the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg, not '{ending}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export '{name}': the file name must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to '{path}': folder '{folder}' does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export wrote nothing to '{path}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write SVG '{path}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export '{path}': the plot has no size yet (show its panel first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write PNG '{path}'</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({share} % translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, panels and lesson notes; System default follows the computer's language when the app is translated into it, else English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Neuron Studio is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Audience — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{screen} ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audience window on this screen (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view: the stage is on the audience window; {key} ends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resenter View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson's stage large on a second screen (the projector), the controls and the lesson notes on this one; with one screen, a second window ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Projection mode: F5 or Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection mode off: your own layout is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projection Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a classroom projector: larger text, thicker lines, a light high-contrast theme, only the main panels, full screen. F5 or Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection &amp;Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {percent} % of normal size in projection mode (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the video shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video's size: the view's own size (sharpest), or a size the view is drawn to fit (centred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second of the video (more: smoother and larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stops after this long (or with Stop Recording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;training when recording starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play for you as recording starts and pause when it stops; otherwise record while you train, step or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this and record; File &gt; Stop Recording (Ctrl+Shift+V) or the training bar's Stop ends it early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose… or type a file name ending in .gif or .mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .gif for an animated GIF, .mp4 or .webm for a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save the recording in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name's ending chooses the format: .gif (slides, web pages), .mp4 (presentations, video players) or .webm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in projection mode (F5) or the presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the view ({width} × {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordViews</name>
    <message>
        <source>Whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage (projection mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage: projection mode (F5) or the presenter view shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “{view}” is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “{view}” has no room on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Recording stopped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped after {seconds} s: {size} GB of frames is the most kept; record a smaller view or size, or fewer frames a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Record &amp;Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: seconds recorded of the time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording and save the video ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Recor&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the window, the stage or a plot while it trains, as an animated GIF or a video ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording “{view}” at {fps} frames/s; {shortcut} stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● REC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} / {total} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frame)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frames)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording not saved: cancelled ({name} not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the encoder failed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the training samples (the network learns from these).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the test samples (never trained on: they show how well the network generalises).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the sample to show (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to run through the samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <comment>after the sample's number: 3 of 100</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No data to browse yet.&lt;/b&gt; Choose a data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has {inputs} inputs but the data has {features} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {number}</source>
        <comment>a row of activations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <comment>a row of activations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sample {index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sample {index} of {count} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sample {index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sample}: target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sample}: true class &lt;b&gt;{true}&lt;/b&gt; &amp;nbsp; predicted &lt;b&gt;{predicted}&lt;/b&gt; (wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: {side}×{side} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>input: %n feature</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input: %n features</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pixel {pixel} (row {row}, column {column}): {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleOutputs</name>
    <message>
        <source>Activations: blue +, orange −, each row up to the ± at its right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation a of every neuron for this sample, one row per layer. Each row is coloured on its own scale, up to the ± written at its right. Hover a cell for its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}, neuron {number}: a = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <comment>the true class's row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network's answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>Training sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a sample of your own: one number per feature, in the data's own units, and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing a sample is offered for data with up to {max} features; this data has {n}: pick one of its samples instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… ({count} features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a sample of the training data or of the test data, or one you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample's number; or click a point in the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample's features as the data gives them, and its class or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sample}  (typed in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeMenu</name>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the system's settings say (light where the system says nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the dark colours (projection mode stays light)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is empty; type a number such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number; type one such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole number; type one such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong with the last entry; the setting kept its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set normalize inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set regularization rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set training seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set train share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set problem type to regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression does not fit this data: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set problem type to classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification does not fit this data: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last data change did, or why it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem} It stays {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use data set {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shape} ({activation}, {loss})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: the network changed to fit it: {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: the network now has {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: the network fits as it is: {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use CSV file {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>new, open, save, save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a printable handout (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo, redo (redo is also Ctrl+Y on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the selected neurons or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select all neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a neuron to the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom in, out, 100 %, fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train one epoch / one mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the starting weights / new random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sample's numbers (forward and backward pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron health: dead and saturated neurons, gradient size per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw your own data on the Map (left button draws, right button erases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation functions: every g(z) and g′(z) side by side (a click on a palette entry, or Ctrl+G in the palette, shows its card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences (language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projection mode on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record training as a GIF or video / stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a neuron from the palette into a layer, into the gap between two layers (a new layer), or onto a neuron (change its activation). Double-click a link or a bias to type a value. Right-click a neuron for more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftmaxCurves</name>
    <message>
        <source>The curve: this neuron's probability as its own z moves while the other softmax neurons of its layer keep their mean z over the training data. Thin lines: their probabilities; dotted: the sum of all, 1 at every z. Dots: training samples at their z, placed on the curve (a sample's real probability also depends on the other neurons' z for that sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone in its layer:&lt;br&gt;p = e^z / e^z = 1 for every z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other one held at its mean z</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sum = 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Point at a neuron in the editor to see its map here; select one to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n epochs/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train until you pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train exactly one epoch, then stop (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on one mini-batch only: one update of the weights (Ctrl+Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the weights training started from, epoch 0 (Ctrl+R); Undo brings the training back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new random initial weights and start over; Undo brings the old ones back (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast to train: as fast as the computer can, or slowly enough to watch every epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs trained: passes over the whole training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured training speed while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Plain gradient descent: w ← w − learning rate × gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent that keeps a running direction (velocity), so it rolls through flat stretches and small bumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapts the step of every weight to the size of its recent gradients; often works with little tuning (try learning rate {rate}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No penalty on the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1: adds rate × Σ|w|, pushing unneeded weights to exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2: adds ½ rate × Σw², keeping all weights small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the data used for training; the rest is test data that shows how well the network does on points it never learned from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples each step averages its gradient over. 1 gives noisy, quick steps; the whole training set gives smooth, slow ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step each update takes. Too small: slow; too large: the loss jumps about or explodes. Pick a value or type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the gradient becomes a weight update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the previous step's direction is kept (0 to below 1; {usual} is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A penalty on large weights that keeps the network simpler and can reduce overfitting. Biases are never penalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the weight penalty is. Pick a value or type one (0 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed for the train/test split and the order of the batches: the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &amp;share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment&amp;um</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainin&amp;g seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialControls</name>
    <message>
        <source>Units in a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one setting that differs between the trials; everything else (data, seeds, starting weights) stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose units or activation the trials change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron whose activation the trials change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per trial, separated by commas (at most {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs each trial trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network has no hidden layer whose units could vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the values to try, separated by commas, e.g. 1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n unit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n units)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Neuron {number} ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what the trials vary and the values they try (hidden while trials run in a narrow panel, so the results have room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of these trials; press Plan to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}, {layer}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epoch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epochs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epoch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epochs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialResults</name>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train
acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test
acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test acc.
changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial ties when its test loss is above the lowest by less than 2 standard errors of the per-sample differences (both are measured on the same test samples): a gap that small could come from which samples are in the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train loss too (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw each trial's loss on the training data, dashed in the same colour. A gap between a trial's two curves means it fits the training data better than new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final values of each trial (the last epoch). Double-click a row to make that trial the current network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As good as the lowest test loss within noise. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest final test loss of the trials that finished, and no other ties with it. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie: smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the smallest of the tie: Use the best takes it. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie: first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties with the lowest test loss, and is the first of the tie: Use the best takes it. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Compare trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Trials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train copies of the network that differ in one setting (units, activation, learning rate, optimizer or batch size) and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When trials tie (within noise), the smallest is named (fewest units; for other settings the first in the list). {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one copy of the network per value, each from the same starting weights and seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current epoch; finished trials stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the best trial the current network, trained as it is: the lowest final test loss, or, when others tie with it within noise, the smallest of them (fewest units; else the first in the list). Undo brings back the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the trial selected in the table the current network (or double-click its row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson's trial plan cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to vary and the values to try, then Run trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson suggests these trials: press Run trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n trial of {epochs} epochs…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n trials of {epochs} epochs…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trial {number} of {count} ({trial}): epoch {epoch} of {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test acc.
{adjustment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial has finished without diverging yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That trial has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data or inputs changed since these trials ran; run them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use trial “{trial}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now using trial &lt;b&gt;{trial}&lt;/b&gt;. Undo (Ctrl+Z) brings back the previous network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trials stopped on an unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ended with the same loss ({loss}): this setting made no difference here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tie} Use the best to make it the current network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;{trial}&lt;/b&gt; (test loss {loss}). Use the best to make it the current network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every trial diverged: try smaller learning rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trial done in {seconds} s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trials done in {seconds} s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trial done in {seconds} s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trials done in {seconds} s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{values} and {last} units tie (within noise); the smallest is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trials} and {last} tie (within noise); the first of them is &lt;b&gt;{trial}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown video format; the name must end in {suffixes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file exists and is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps} frames a second: must be 1 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {width}x{height} frames; MP4 and WebM need even sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the encoder wrote nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message numerus="yes">
        <source>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture is one first-layer neuron: its weight for every input pixel, drawn where that pixel is. Blue: a high value there raises the neuron's z; orange: lowers it. Click a picture to select the neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron {neuron}: weight {weight} from input {input} (row {row}, column {column}). Click to select the neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight pictures&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron (the first {shown} of {units})&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Input weights of each first-layer neuron&lt;/b&gt;&lt;br&gt;{side}×{side} pixels; blue: a high input there raises z, orange: lowers it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
