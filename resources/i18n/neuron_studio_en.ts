<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>TrainingBar</name>
    <message numerus="yes">
        <source>%n epochs/s</source>
        <translation>
            <numerusform>%n epoch/s</numerusform>
            <numerusform>%n epochs/s</numerusform>
        </translation>
    </message>
</context>
</TS>
