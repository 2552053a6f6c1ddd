<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>Document</name>
    <message>
        <source>Untitled</source>
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
        <source>The language of menus, panels and lesson notes; System default follows the computer's language</source>
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
</TS>
