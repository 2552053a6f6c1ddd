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
        <source>The restored work&apos;s autosave stays in {file} ({error}); save the network to keep it</source>
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
        <source>This file&apos;s challenge cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of %n goals met. Unknown values: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge met at epoch {epoch}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at epoch {epoch}; now {met} of %n goals hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of %n goals met.</source>
        <translation type="unfinished"></translation>
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
        <source>The language of menus, panels and lesson notes; System default follows the computer&apos;s language</source>
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
        <source>one sample&apos;s numbers (forward and backward pass)</source>
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
</TS>
