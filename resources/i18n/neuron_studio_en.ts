<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivationPlot</name>
    <message numerus="yes">
        <source>all %n samples: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</source>
        <translation>
            <numerusform>the %n sample: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</numerusform>
            <numerusform>all %n samples: p = 1 and no gradient. A softmax neuron alone passes nothing on and never learns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: a dead neuron</source>
        <translation>
            <numerusform>the %n sample gets no gradient: a dead neuron</numerusform>
            <numerusform>all %n samples get no gradient: a dead neuron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n samples get no gradient: saturated, far out on a flat tail</source>
        <translation>
            <numerusform>the %n sample gets no gradient: saturated, far out on a flat tail</numerusform>
            <numerusform>all %n samples get no gradient: saturated, far out on a flat tail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient, {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n sample: {dead}% get no gradient, {flat}% a gradient below {limit}</numerusform>
            <numerusform>%n samples: {dead}% get no gradient, {flat}% a gradient below {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {dead}% get no gradient</source>
        <translation>
            <numerusform>%n sample: {dead}% get no gradient</numerusform>
            <numerusform>%n samples: {dead}% get no gradient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples: {flat}% a gradient below {limit}</source>
        <translation>
            <numerusform>%n sample: {flat}% a gradient below {limit}</numerusform>
            <numerusform>%n samples: {flat}% a gradient below {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Challenge</name>
    <message numerus="yes">
        <source>{met} of %n goals met. Unknown values: {problem}.</source>
        <translation>
            <numerusform>{met} of %n goal met. Unknown values: {problem}.</numerusform>
            <numerusform>{met} of %n goals met. Unknown values: {problem}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Met at epoch {epoch}; now {met} of %n goals hold.</source>
        <translation>
            <numerusform>Met at epoch {epoch}; now {met} of %n goal holds.</numerusform>
            <numerusform>Met at epoch {epoch}; now {met} of %n goals hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} of %n goals met.</source>
        <translation>
            <numerusform>{met} of %n goal met.</numerusform>
            <numerusform>{met} of %n goals met.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epoch left</source>
        <translation>
            <numerusform>goal {limit} by epoch {within}: %n epoch left</numerusform>
            <numerusform>goal {limit} by epoch {within}: %n epochs left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal {limit} by epoch {within}: %n epochs left</source>
        <translation>
            <numerusform>goal {limit} by epoch {within}: %n epoch left</numerusform>
            <numerusform>goal {limit} by epoch {within}: %n epochs left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collapse</name>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>The %n hidden layer and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</numerusform>
            <numerusform>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b, then the output activation ({activations}) as before. Stacking linear neurons adds no power: the network can only draw what a single layer can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</source>
        <translation>
            <numerusform>The %n hidden layer and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</numerusform>
            <numerusform>The %n hidden layers and the output layer collapse into one linear layer: z = W x + b. Stacking linear neurons adds no power: the network can only draw what a single layer can.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvData</name>
    <message numerus="yes">
        <source>{file} has %n data row(s); at least 2 are needed</source>
        <translation>
            <numerusform>{file} has %n data row; at least 2 are needed</numerusform>
            <numerusform>{file} has %n data rows; at least 2 are needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: row {row} has %n values but the header has {columns} columns</source>
        <translation>
            <numerusform>{file}: row {row} has %n value but the header has {columns} columns</numerusform>
            <numerusform>{file}: row {row} has %n values but the header has {columns} columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>The first %n rows of the file, numbered as in a spreadsheet (the header is row 1).</source>
        <translation>
            <numerusform>The first row of the file, numbered as in a spreadsheet (the header is row 1).</numerusform>
            <numerusform>The first %n rows of the file, numbered as in a spreadsheet (the header is row 1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>classification with %n classes ({names})</source>
        <translation>
            <numerusform>classification with %n class ({names})</numerusform>
            <numerusform>classification with %n classes ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message numerus="yes">
        <source>%n points drawn on the Map (Draw data, Ctrl+D), stored in the network file.</source>
        <translation>
            <numerusform>%n point drawn on the Map (Draw data, Ctrl+D), stored in the network file.</numerusform>
            <numerusform>%n points drawn on the Map (Draw data, Ctrl+D), stored in the network file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows stored in the network file.</source>
        <translation>
            <numerusform>%n row stored in the network file.</numerusform>
            <numerusform>%n rows stored in the network file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataViews</name>
    <message numerus="yes">
        <source>the output layer has %n neurons for {classes} classes; give it one per class.</source>
        <translation>
            <numerusform>the output layer has %n neuron for {classes} classes; give it one per class.</numerusform>
            <numerusform>the output layer has %n neurons for {classes} classes; give it one per class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message numerus="yes">
        <source>%n sample cannot be split into training and test data; use at least 2 samples</source>
        <translation>
            <numerusform>%n sample cannot be split into training and test data; use at least 2 samples</numerusform>
            <numerusform>%n samples cannot be split into training and test data; use at least 2 samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</numerusform>
            <numerusform>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{edit}: the output layer now has %n {activation} neuron to fit the data (Ctrl+Z takes it back)</numerusform>
            <numerusform>{edit}: the output layer now has %n {activation} neurons to fit the data (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n point</source>
        <translation>
            <numerusform>Erase %n point</numerusform>
            <numerusform>Erase %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n points</source>
        <translation>
            <numerusform>Erase %n point</numerusform>
            <numerusform>Erase %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of value {value}</source>
        <translation>
            <numerusform>Draw %n point of value {value}</numerusform>
            <numerusform>Draw %n points of value {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of value {value}</source>
        <translation>
            <numerusform>Draw %n point of value {value}</numerusform>
            <numerusform>Draw %n points of value {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of value {value}</source>
        <translation>
            <numerusform>Spray %n point of value {value}</numerusform>
            <numerusform>Spray %n points of value {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of value {value}</source>
        <translation>
            <numerusform>Spray %n point of value {value}</numerusform>
            <numerusform>Spray %n points of value {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n point of class {number}</source>
        <translation>
            <numerusform>Draw %n point of class {number}</numerusform>
            <numerusform>Draw %n points of class {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw %n points of class {number}</source>
        <translation>
            <numerusform>Draw %n point of class {number}</numerusform>
            <numerusform>Draw %n points of class {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n point of class {number}</source>
        <translation>
            <numerusform>Spray %n point of class {number}</numerusform>
            <numerusform>Spray %n points of class {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spray %n points of class {number}</source>
        <translation>
            <numerusform>Spray %n point of class {number}</numerusform>
            <numerusform>Spray %n points of class {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message numerus="yes">
        <source>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</numerusform>
            <numerusform>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</source>
        <translation>
            <numerusform>The network's %n input ({inputs}) became x1 and x2, the drawing's two.</numerusform>
            <numerusform>The network's %n inputs ({inputs}) became x1 and x2, the drawing's two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neuron.</source>
        <translation>
            <numerusform>Its output layer is now %n {activation} neuron.</numerusform>
            <numerusform>Its output layer is now %n {activation} neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its output layer is now %n {activation} neurons.</source>
        <translation>
            <numerusform>Its output layer is now %n {activation} neuron.</numerusform>
            <numerusform>Its output layer is now %n {activation} neurons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message numerus="yes">
        <source>Add hidden layer of %n unit</source>
        <translation>
            <numerusform>Add hidden layer of %n unit</numerusform>
            <numerusform>Add hidden layer of %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add hidden layer of %n units</source>
        <translation>
            <numerusform>Add hidden layer of %n unit</numerusform>
            <numerusform>Add hidden layer of %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n neurons</source>
        <translation>
            <numerusform>Delete %n neuron</numerusform>
            <numerusform>Delete %n neurons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorTips</name>
    <message numerus="yes">
        <source>{layer}: %n unit ({activations})</source>
        <translation>
            <numerusform>{layer}: %n unit ({activations})</numerusform>
            <numerusform>{layer}: %n units ({activations})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer}: %n units ({activations})</source>
        <translation>
            <numerusform>{layer}: %n unit ({activations})</numerusform>
            <numerusform>{layer}: %n units ({activations})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message numerus="yes">
        <source>(all %n products summed)</source>
        <translation>
            <numerusform>(%n product)</numerusform>
            <numerusform>(all %n products summed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of (a − t)²</source>
        <translation>
            <numerusform>L = mean over the %n output of (a − t)²</numerusform>
            <numerusform>L = mean over the %n outputs of (a − t)²</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>L = mean over the %n outputs of −(t·ln a + (1 − t)·ln(1 − a))</source>
        <translation>
            <numerusform>L = mean over the %n output of −(t·ln a + (1 − t)·ln(1 − a))</numerusform>
            <numerusform>L = mean over the %n outputs of −(t·ln a + (1 − t)·ln(1 − a))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more weight, the same way</source>
        <translation>
            <numerusform>… %n more weight, the same way</numerusform>
            <numerusform>… %n more weights, the same way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more weights, the same way</source>
        <translation>
            <numerusform>… %n more weight, the same way</numerusform>
            <numerusform>… %n more weights, the same way</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</source>
        <translation>
            <numerusform>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</numerusform>
            <numerusform>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</source>
        <translation>
            <numerusform>%n more step (the hidden layers and the backward pass) is in the app's One sample panel.</numerusform>
            <numerusform>%n more steps (the hidden layers and the backward pass) are in the app's One sample panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n page, {size})</source>
        <translation>
            <numerusform>Wrote the handout {path} (%n page, {size})</numerusform>
            <numerusform>Wrote the handout {path} (%n pages, {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the handout {path} (%n pages, {size})</source>
        <translation>
            <numerusform>Wrote the handout {path} (%n page, {size})</numerusform>
            <numerusform>Wrote the handout {path} (%n pages, {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output unit</source>
        <translation>
            <numerusform>%n output unit</numerusform>
            <numerusform>%n output units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output units</source>
        <translation>
            <numerusform>%n output unit</numerusform>
            <numerusform>%n output units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layer ({units} units), {outputs}</source>
        <translation>
            <numerusform>The network: %n hidden layer ({units} units), {outputs}</numerusform>
            <numerusform>The network: %n hidden layers ({units} units), {outputs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network: %n hidden layers ({units} units), {outputs}</source>
        <translation>
            <numerusform>The network: %n hidden layer ({units} units), {outputs}</numerusform>
            <numerusform>The network: %n hidden layers ({units} units), {outputs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutFacts</name>
    <message numerus="yes">
        <source>%n sample written in the file</source>
        <translation>
            <numerusform>%n sample written in the file</numerusform>
            <numerusform>%n samples written in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples written in the file</source>
        <translation>
            <numerusform>%n sample written in the file</numerusform>
            <numerusform>%n samples written in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs: {first}, {second}, …, {last}</source>
        <translation>
            <numerusform>%n input: {first}, {second}, …, {last}</numerusform>
            <numerusform>%n inputs: {first}, {second}, …, {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output layer, neuron {unit} of %n</source>
        <translation>
            <numerusform>Output layer, neuron {unit} of %n</numerusform>
            <numerusform>Output layer, neuron {unit} of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {layer}, neuron {unit} of %n</source>
        <translation>
            <numerusform>Hidden layer {layer}, neuron {unit} of %n</numerusform>
            <numerusform>Hidden layer {layer}, neuron {unit} of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of %n weights; select a link in the editor to change another one.</source>
        <translation>
            <numerusform>Showing the first {shown} of %n weight; select a link in the editor to change another one.</numerusform>
            <numerusform>Showing the first {shown} of %n weights; select a link in the editor to change another one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{activations}; %n frozen</source>
        <translation>
            <numerusform>{activations}; %n frozen</numerusform>
            <numerusform>{activations}; %n frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per input (%n weights) and a bias.</source>
        <translation>
            <numerusform>Each neuron here has one weight per input (%n weight) and a bias.</numerusform>
            <numerusform>Each neuron here has one weight per input (%n weights) and a bias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each neuron here has one weight per neuron of hidden layer {layer} (%n weights) and a bias.</source>
        <translation>
            <numerusform>Each neuron here has one weight per neuron of hidden layer {layer} (%n weight) and a bias.</numerusform>
            <numerusform>Each neuron here has one weight per neuron of hidden layer {layer} (%n weights) and a bias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize the output layer to %n units</source>
        <translation>
            <numerusform>Resize the output layer to %n unit</numerusform>
            <numerusform>Resize the output layer to %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize hidden layer {layer} to %n units</source>
        <translation>
            <numerusform>Resize hidden layer {layer} to %n unit</numerusform>
            <numerusform>Resize hidden layer {layer} to %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of the output layer.</source>
        <translation>
            <numerusform>Active: yes, input {input} of {inputs}; it feeds the %n neuron of the output layer.</numerusform>
            <numerusform>Active: yes, input {input} of {inputs}; it feeds all %n neurons of the output layer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: yes, input {input} of {inputs}; it feeds all %n neurons of hidden layer 1.</source>
        <translation>
            <numerusform>Active: yes, input {input} of {inputs}; it feeds the %n neuron of hidden layer 1.</numerusform>
            <numerusform>Active: yes, input {input} of {inputs}; it feeds all %n neurons of hidden layer 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonTranslations</name>
    <message numerus="yes">
        <source>%n languages; at most {limit}</source>
        <translation>
            <numerusform>%n language; at most {limit}</numerusform>
            <numerusform>%n languages; at most {limit}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveViews</name>
    <message numerus="yes">
        <source>%n inputs do not make a plane to draw; see the weights, samples and confusion matrix views.</source>
        <translation>
            <numerusform>%n input does not make a plane to draw; see the weights, samples and confusion matrix views.</numerusform>
            <numerusform>%n inputs do not make a plane to draw; see the weights, samples and confusion matrix views.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw at least 2 points (%n so far)</source>
        <translation>
            <numerusform>Draw at least 2 points (%n so far)</numerusform>
            <numerusform>Draw at least 2 points (%n so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossCheck</name>
    <message numerus="yes">
        <source>Classification, %n classes ({names})</source>
        <translation>
            <numerusform>Classification, %n class ({names})</numerusform>
            <numerusform>Classification, %n classes ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classification, %n classes</source>
        <translation>
            <numerusform>Classification, %n class</numerusform>
            <numerusform>Classification, %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{loss} fits the %n {activation} output neurons.</source>
        <translation>
            <numerusform>{loss} fits the %n {activation} output neuron.</numerusform>
            <numerusform>{loss} fits the %n {activation} output neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n {activation} neurons.</source>
        <translation>
            <numerusform>Give the output layer %n {activation} neuron.</numerusform>
            <numerusform>Give the output layer %n {activation} neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the output layer %n neurons.</source>
        <translation>
            <numerusform>Give the output layer %n neuron.</numerusform>
            <numerusform>Give the output layer %n neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A regression problem needs 1 output neuron, but the output layer has %n neurons; remove the others.</source>
        <translation>
            <numerusform>A regression problem needs 1 output neuron, but the output layer has %n neuron; remove the others.</numerusform>
            <numerusform>A regression problem needs 1 output neuron, but the output layer has %n neurons; remove the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has %n classes but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</source>
        <translation>
            <numerusform>This data has %n class but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</numerusform>
            <numerusform>This data has %n classes but the output layer has 1 neuron; give the output layer %n softmax neurons and use categorical cross-entropy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has 2 classes but the output layer has %n neurons; use 2 (one per class) or 1 for two classes.</source>
        <translation>
            <numerusform>This data has 2 classes but the output layer has %n neuron; use 2 (one per class) or 1 for two classes.</numerusform>
            <numerusform>This data has 2 classes but the output layer has %n neurons; use 2 (one per class) or 1 for two classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This data has {classes} classes but the output layer has %n neurons; use {classes} (one per class).</source>
        <translation>
            <numerusform>This data has {classes} classes but the output layer has %n neuron; use {classes} (one per class).</numerusform>
            <numerusform>This data has {classes} classes but the output layer has %n neurons; use {classes} (one per class).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeuronHealth</name>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n dead</numerusform>
            <numerusform>%n dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saturated</source>
        <translation>
            <numerusform>%n saturated</numerusform>
            <numerusform>%n saturated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lone softmax (always 1)</source>
        <translation>
            <numerusform>%n lone softmax (always 1)</numerusform>
            <numerusform>%n lone softmax (always 1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n softmax in a hidden layer</source>
        <translation>
            <numerusform>%n softmax in a hidden layer</numerusform>
            <numerusform>%n softmax in a hidden layer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{problems}&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; among %n neuron.</numerusform>
            <numerusform>&lt;b&gt;{problems}&lt;/b&gt; among %n neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neurons.</source>
        <translation>
            <numerusform>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neuron.</numerusform>
            <numerusform>&lt;b&gt;No dead or saturated neurons&lt;/b&gt; among %n neurons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n training samples.</source>
        <translation>
            <numerusform>Measured on %n training sample.</numerusform>
            <numerusform>Measured on %n training samples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message numerus="yes">
        <source>Saving {name} (%n frame)…</source>
        <translation>
            <numerusform>Saving {name} (%n frame)…</numerusform>
            <numerusform>Saving {name} (%n frames)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {name} (%n frames)…</source>
        <translation>
            <numerusform>Saving {name} (%n frame)…</numerusform>
            <numerusform>Saving {name} (%n frames)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</numerusform>
            <numerusform>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</source>
        <translation>
            <numerusform>Saved the recording: {path} (%n frame, {seconds} s, {size} MB)</numerusform>
            <numerusform>Saved the recording: {path} (%n frames, {seconds} s, {size} MB)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleBrowser</name>
    <message numerus="yes">
        <source>input: %n feature</source>
        <translation>
            <numerusform>input: %n feature</numerusform>
            <numerusform>input: %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input: %n features</source>
        <translation>
            <numerusform>input: %n feature</numerusform>
            <numerusform>input: %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoftmaxCurves</name>
    <message numerus="yes">
        <source>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</source>
        <translation>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</numerusform>
            <numerusform>p{i} = e^z{i} / Σ e^zⱼ&lt;br&gt;the other %n held at their mean z</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stability</name>
    <message numerus="yes">
        <source>the training loss jumped from {low} to {now} within %n epochs</source>
        <translation>
            <numerusform>the training loss jumped from {low} to {now} within %n epoch</numerusform>
            <numerusform>the training loss jumped from {low} to {now} within %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dead} of the {total} ReLU neurons died within %n epochs (they output 0 for every sample and no longer learn)</source>
        <translation>
            <numerusform>{dead} of the {total} ReLU neurons died within %n epoch (they output 0 for every sample and no longer learn)</numerusform>
            <numerusform>{dead} of the {total} ReLU neurons died within %n epochs (they output 0 for every sample and no longer learn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message numerus="yes">
        <source>the data has %n classes but the network has 1 output; give the output layer %n softmax neurons</source>
        <translation>
            <numerusform>the data has %n class but the network has 1 output; give the output layer %n softmax neurons</numerusform>
            <numerusform>the data has %n classes but the network has 1 output; give the output layer %n softmax neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data has %n classes but the output layer has {outputs} neurons; use %n (one per class) or 1 for two classes</source>
        <translation>
            <numerusform>the data has %n class but the output layer has {outputs} neurons; use %n (one per class) or 1 for two classes</numerusform>
            <numerusform>the data has %n classes but the output layer has {outputs} neurons; use %n (one per class) or 1 for two classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message numerus="yes">
        <source>%n epochs/s</source>
        <translation>
            <numerusform>%n epoch/s</numerusform>
            <numerusform>%n epochs/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialControls</name>
    <message numerus="yes">
        <source>{layer} (%n unit)</source>
        <translation>
            <numerusform>{layer} (%n unit)</numerusform>
            <numerusform>{layer} (%n units)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{layer} (%n units)</source>
        <translation>
            <numerusform>{layer} (%n unit)</numerusform>
            <numerusform>{layer} (%n units)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting}, {layer}: {values}; %n epoch</numerusform>
            <numerusform>{setting}, {layer}: {values}; %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}, {layer}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}, {layer}: {values}; %n epoch</numerusform>
            <numerusform>{setting}, {layer}: {values}; %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epoch</source>
        <translation>
            <numerusform>{setting}: {values}; %n epoch</numerusform>
            <numerusform>{setting}: {values}; %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{setting}: {values}; %n epochs</source>
        <translation>
            <numerusform>{setting}: {values}; %n epoch</numerusform>
            <numerusform>{setting}: {values}; %n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message numerus="yes">
        <source>Running %n trial of {epochs} epochs…</source>
        <translation>
            <numerusform>Running %n trial of {epochs} epochs…</numerusform>
            <numerusform>Running %n trials of {epochs} epochs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n trials of {epochs} epochs…</source>
        <translation>
            <numerusform>Running %n trial of {epochs} epochs…</numerusform>
            <numerusform>Running %n trials of {epochs} epochs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</numerusform>
            <numerusform>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</source>
        <translation>
            <numerusform>The network is now trial “{trial}”, trained %n epoch. Undo (Ctrl+Z) brings back the previous one.</numerusform>
            <numerusform>The network is now trial “{trial}”, trained %n epochs. Undo (Ctrl+Z) brings back the previous one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>{done} of %n trial done in {seconds} s.</numerusform>
            <numerusform>{done} of %n trials done in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>{done} of %n trial done in {seconds} s.</numerusform>
            <numerusform>{done} of %n trials done in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trial done in {seconds} s.</source>
        <translation>
            <numerusform>Stopped: {done} of %n trial done in {seconds} s.</numerusform>
            <numerusform>Stopped: {done} of %n trials done in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {done} of %n trials done in {seconds} s.</source>
        <translation>
            <numerusform>Stopped: {done} of %n trial done in {seconds} s.</numerusform>
            <numerusform>Stopped: {done} of %n trials done in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message numerus="yes">
        <source>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</numerusform>
            <numerusform>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</source>
        <translation>
            <numerusform>%n input does not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</numerusform>
            <numerusform>%n inputs do not form an image, so there are no weight pictures. They need a square number of pixel inputs, such as 64 for 8×8 pixels.</numerusform>
        </translation>
    </message>
</context>
</TS>
