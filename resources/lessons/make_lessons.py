"""Write the lesson networks in this folder (rerun after a format change or an edit here):
``PYTHONPATH=. python resources/lessons/make_lessons.py``.

Each lesson is an ordinary network file whose ``meta`` holds the lesson: ``title``,
``notes`` (markdown shown in the app's "Lesson notes" panel), ``lesson`` = {"order": 3,
"summary": "..."} (the Lessons menu sorts by order; a fractional order such as 3.5 is a
variant of lesson 3, listed under it) and, for "How many neurons?", "Flat tails", the
digits lessons and "Bending edges", ``trials`` (the plan Tools > Compare Trials... starts
from). The numbers quoted in the notes are checked by tests/core/test_lessons.py; change
both together. ``--check`` trains every lesson and prints what the notes claim.

Translations of a lesson's (or a challenge's) title, summary and notes live in
``i18n/<language>.json`` (``add_translations``); they go into ``meta.translations``
(docs/file-format.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

from core import netfile
from core.netfile import Document
from core.netfile_validate import TRAINING_DEFAULTS
from core.network import Network

HERE = Path(__file__).resolve().parent
CHALLENGES = HERE / "challenges"       # the challenges (make_challenges.py), own menu
I18N = HERE / "i18n"                   # the lessons' texts in other languages
CHALLENGE_NAME = re.compile(r"c\d+_")  # i18n keys of challenges (c1_fewest_neurons, ...)
BCE, CCE = "binary_crossentropy", "categorical_crossentropy"
DIGIT_PIXELS = [f"px{i}" for i in range(64)]
# The one-neuron lesson's hand-set weights (height ft, weight kg) and bias: round numbers
# a student can multiply out; the notes work them through.
ONE_NEURON_W, ONE_NEURON_B = (0.5, 0.05), -5.0
# Adam at 0.03 in batches of 100 (half the 200 training points): on raw kilograms a
# larger rate or smaller batches made the test accuracy swing between 68 % and 99 % from
# epoch to epoch (Adam 0.1, batch 10), so a class pausing after the promised epoch could
# see 75 %. With these settings the loss falls smoothly (no report ever 1.2 times the
# lowest of the ten before it) and tests/core/test_lessons.py checks the notes' accuracy
# at every epoch up to 2000.
ONE_NEURON_TRAINING = {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 100}
COFFEE = {"source": "builtin", "name": "coffee", "samples": 800, "noise": 0.0, "seed": 7,
          "normalize": True}
MOONS_NOISE = 0.05       # "Why non-linear?": a little spread, the moons still crisp
TRIALS = {"setting": "units", "layer": 0, "values": [1, 2, 3, 4, 5], "epochs": 300}
BENDS_TRIALS = {"setting": "units", "layer": 0, "values": [1, 2, 4, 8], "epochs": 200}
# Flat tails: the one-neuron data in feet and kilograms, so that z = w·x + b is about 100
# with ordinary starting weights. The trials swap the hidden layer's activation (one layer
# is the whole hidden layer here), which shows tanh stuck too and the ReLU family not.
FLAT_DATA = {"source": "builtin", "name": "obesity", "samples": 400, "noise": 0.0, "seed": 7}
FLAT_TRIALS = {"setting": "activation", "layer": 0,
               "values": ["sigmoid", "tanh", "relu", "leaky_relu"], "epochs": 50}
# "Flat tails: small starting weights": large starting weights (ordinary random ones times
# FLAT_BIG) saturate a deep sigmoid network on normalised data; New weights cures it. The
# 2-4-1 obesity net does not stall with large weights (its output layer learns around the
# saturated neurons), nor do one or two hidden layers on the circle: three layers of 6 do.
FLAT_BIG = 40
FLAT_BIG_DATA = {"source": "builtin", "name": "circle", "samples": 400, "noise": 0.0,
                 "seed": 7, "normalize": True}
FLAT_BIG_LAYERS = [["sigmoid"] * 6] * 3 + [["sigmoid"]]
# The digits lessons' answer to seed 001 ("does the sigmoid make the network cope with
# lighter or darker digits?"): the same network with each of these hidden activations,
# compared at the Data panel's brightness. In the activation registry's order, which is
# the order the trials panel lists ticked activations in.
DIGIT_TRIALS = {"setting": "activation", "layer": 0,
                "values": ["linear", "sigmoid", "tanh", "relu"], "epochs": 30}


def builtin(name: str, samples: int, noise: float = 0.0, **extra) -> dict:
    return {"source": "builtin", "name": name, "samples": samples, "noise": noise,
            "seed": 7, **extra}


def lesson(inputs, layers, loss, data, training, meta, params=None, seed=1) -> Document:
    """A lesson document; random starting weights are rounded to 3 decimals so that the
    file and the inspector read easily (hand-set ``params`` are kept exactly)."""
    net = Network(inputs, layers, loss=loss, seed=seed)
    if params is None:
        params = [(np.round(W, 3), b) for W, b in net.all_params()]
    net = Network(inputs, layers, loss=loss, seed=seed, params=params)
    return Document(net, data, {**TRAINING_DEFAULTS, **training}, meta)


def meta(title: str, order: float, summary: str, notes: str, **extra) -> dict:
    return {"title": title, "notes": notes.strip(), "lesson": {"order": order,
                                                               "summary": summary}, **extra}


# The tool panels each lesson opens with (``meta.lesson.panels``, dock object names), so a
# teacher gets from the Lessons menu to the picture in two clicks.
PANELS = {"01_one_neuron": ["sampleDock"], "03_why_nonlinear": ["collapseDock"],
          "03b_why_nonlinear_tanh": ["collapseDock"], "04_dead_relu": ["healthDock"],
          "04b_dead_relu_leaky": ["healthDock"], "05_flat_tails": ["healthDock", "trialsDock"],
          "05b_flat_tails_normalised": ["healthDock"],
          "05c_flat_tails_small_weights": ["healthDock"], "06_prelu_alpha": ["healthDock"],
          "07_softmax": ["sampleDock"], "08_digits_brightness": ["trialsDock"],
          "10_bending_edges": ["trialsDock"],
          "08b_digits_not_normalised": ["trialsDock"], "09_how_many_neurons": ["trialsDock"]}



def _stage(kind: str, bands) -> dict:
    """A stage (``meta.lesson.stage``) of ``kind`` "rows" or "columns"; each band is
    (size, views, shares)."""
    return {kind: [{"size": size, "views": views, "shares": shares}
                   for size, views, shares in bands], "notes": True}


def rows(*bands) -> dict:
    return _stage("rows", bands)


def columns(*bands) -> dict:
    return _stage("columns", bands)


# What each lesson shows in projection mode (gui/stage_spec.py): its key picture large, its
# tool beside the loss curve; the notes in a column at the left.
PLOTS = ["loss", "activation"]
STAGES = {
    "01_one_neuron": rows((45, ["network", "map"], [45, 55]), (55, ["sample", PLOTS], [72, 28])),
    "02_coffee_roasting": rows((62, ["network", "map"], [50, 50]), (38, PLOTS, [50, 50])),
    "03_why_nonlinear": rows((58, ["network", "map"], [45, 55]),
                             (42, ["collapse", PLOTS], [60, 40])),
    "04_dead_relu": rows((58, ["network", "map"], [50, 50]), (42, ["health", PLOTS], [60, 40])),
    # the loss (step 2's stuck accuracy) a tab behind the health panel: the trials need the
    # whole height of their column
    "05_flat_tails": columns((38, ["network", ["health", "loss"]], [42, 58]),
                             (62, ["trials"], [1])),
    "05b_flat_tails_normalised": rows((55, ["network", "map"], [50, 50]),
                                      (45, ["health", PLOTS], [60, 40])),
    # 3 hidden layers of 6: the network gets the width its "saturated" badges need
    "05c_flat_tails_small_weights": rows((58, ["network", "map"], [64, 36]),
                                         (42, ["health", PLOTS], [60, 40])),
    # step 3's activation curve in front: a click on a neuron does not turn tabs
    "06_prelu_alpha": rows((55, ["network", "map"], [50, 50]),
                           (45, ["health", ["activation", "loss"]], [60, 40])),
    "07_softmax": rows((47, ["network", "map"], [50, 50]),
                       (53, ["sample", ["activation", "loss"]], [65, 35])),
    # the Brightness slider and the whole trials table in view together (the digits get
    # little height: side by side, 1024x768 cut the table); the 64-input network is a tab
    # behind the Data panel
    "08_digits_brightness": rows((38, [["data", "network"]], [1]), (62, ["trials"], [1])),
    "09_how_many_neurons": columns((36, ["network", "map"], [40, 60]), (64, ["trials"], [1])),
    # the Map the whole height of its column, step 4's trials a tab of it: a band's cell
    # left their table two rows
    "10_bending_edges": columns((45, ["network", "loss"], [60, 40]),
                                (55, [["map", "trials"]], [1])),
    "10b_bending_edges_v": columns((45, ["network", "loss"], [60, 40]), (55, ["map"], [1])),
}
for _lesson, _twin in (("03_why_nonlinear", "03b_why_nonlinear_tanh"),
                       ("04_dead_relu", "04b_dead_relu_leaky"),
                       ("08_digits_brightness", "08b_digits_not_normalised")):
    STAGES[_twin] = STAGES[_lesson]

ONE_NEURON = """
One **sigmoid** neuron decides *obese* or *not obese* from a person's height (feet) and
weight (kg). Its weights are set by hand: **w = (0.5, 0.05)**, **b = −5**.

1. A person of **4 ft and 80 kg**:
   z = w·x + b = 0.5 × 4 + 0.05 × 80 − 5 = 2 + 4 − 5 = **1**,
   a = sigmoid(1) = **0.73**. Above 0.5: *obese*. Right!
2. A person of **7 ft and 90 kg**: z = 3.5 + 4.5 − 5 = **3**, a = **0.95**: *obese*.
   Wrong. The first answer was luck: only about 6 in 10 points are right.
3. The **One sample** panel (below the network; Tools > One Sample's Numbers…,
   Ctrl+I) does the same sum with the real numbers. Choose **Your own sample**,
   type the seed's person, **height_ft 4** and **weight_kg 80**, class **obese**,
   and press **Enter**: it shows z = **1**; **Next ▶** steps on to
   a = sigmoid(z) = **0.73**, then to the loss against the class you chose.
4. Press **Space** to train. The boundary on the **Map** turns until it separates the
   colours. After about 500 epochs 9 in 10 test points are right, and they stay
   right as it trains on; after about 1000 epochs 19 in 20.
5. **Ctrl+R** brings the hand-set weights back.

The inputs are not normalised, so the numbers stay feet and kilograms.
"""

COFFEE_NOTES = """
A roast is **good** inside a triangle of temperature and duration. The network has
**3 sigmoid neurons** and a sigmoid output. The inputs are normalised (temperatures
are near 200, durations near 13).

1. Press **Space**. In about 150 epochs the test accuracy passes 95 %.
2. Look at the small map inside each hidden neuron: each one is a **straight edge**,
   blue on one side and orange on the other.
3. Hover a hidden neuron to see its map large in the **Map** panel. Together the three
   edges are the three sides of the triangle: the lowest temperature, the shortest
   time, and the slanted edge of long, hot roasts.
4. Hover the output neuron: it answers *good* only where all three agree.

A **saturated** badge means a neuron's edge has become very sharp: on most of the plane
it sits on sigmoid's flat tails, so it learns slowly from there on.
"""

LINEAR = """
Two moons hook into each other: no straight line separates them. This network has
**two hidden layers of linear neurons** (a = z) and a sigmoid output.

1. Press **Space**. The network's boundary on the **Map**, where orange turns blue,
   is a straight line: it cuts the tip off each moon, and the test accuracy stays
   near 90 %, however long you train.
2. The **Linear collapse** panel (below the network; Tools > Linear Collapse…,
   Ctrl+K) works out one layer, z = W x + b, that gives the same answers: the linear
   layers collapse into one. Stacking them adds nothing.
3. On the **Map**, that single layer's boundary is the dashed line **single layer**.
   It lies exactly on the network's boundary, the same boundary, and it is
   straight. While training it moves with the network.
4. Open **Lessons > Why non-linear? With tanh**: the same network with tanh neurons
   bends its boundary between the moons. Or do it here: right-click the **Hidden 1**
   header, **Set all activations > Tanh** (and the same for **Hidden 2**), then press
   **Space**: the dashed line goes, as there is no single layer any more.
"""

LINEAR_TANH = """
The same network and the same moons, with **tanh** hidden neurons instead of linear
ones.

1. Press **Space**. Within 30 epochs the test accuracy reaches 100 %: the boundary
   on the **Map** bends between the moons, around the tip of each.
2. The **Linear collapse** panel (below the network) now lists the tanh neurons that
   prevent a collapse: each one bends the signal. There is no single layer, so the
   Map draws no dashed line.
3. ReLU works too: right-click a layer header, **Set all activations > ReLU**.
"""

DEAD = """
A **ReLU** network trained with a **high learning rate** (Adam, 0.3) on the XOR data.

1. Press **Space** and let it train for about 50 epochs.
2. Several neurons of **Hidden 2** get a **dead** badge (projected, where the word
   does not fit: a **D** in a ring; the table of the **Neuron health** panel below the
   network lists them first). One or two may be
   dead before training even starts, for example when all their weights from Hidden 1
   are negative (Hidden 1's outputs are never negative, so z stays below 0).
   A neuron that is dead for every sample has z below 0 everywhere, so a = 0 and the
   gradient of its own weights and bias is exactly 0. It can still come back while the
   layer before it changes what it receives (Hidden 1 is still learning), and Adam
   moves its weights a little for a while on the momentum of earlier steps. So in the
   first epochs some Hidden 2 neurons die and come back; from about epoch 15 on, the
   dead ones stay dead.
3. A dead neuron's map is blank: it outputs 0 everywhere. The test accuracy gets
   stuck below 90 %.
4. The app may warn **Training is unstable**: the loss jumps from step to step. That is
   this lesson's too-high learning rate. Its button, **Learning rate 0.03 and start
   over**, is the cure: press it, then **Space**. Within 50 epochs XOR is learned and
   at most one neuron stays dead.
5. Open **Lessons > Dead ReLU: with Leaky ReLU**: the same network and learning rate with
   **Leaky ReLU** (a = 0.01 z below 0). No neuron dies and it learns XOR.
"""

LEAKY = """
The dead-ReLU network with **Leaky ReLU** neurons: below 0 they still pass 0.01 z,
so their gradient is never exactly 0.

1. Press **Space**. Within about 50 epochs the test accuracy reaches 99 %.
2. The **Neuron health** panel (below the network): no neuron is dead.
   The app may warn **Training is unstable** here too: the learning rate is just as
   high and the loss jumps in the first epochs. Leaky ReLU learns XOR anyway.
3. **PReLU** learns the slope below 0 as well: see the lesson *PReLU learns alpha*.
"""

FLAT = """
The data of *One neuron* (height in feet, weight in kg), **not normalised**, into a
hidden layer of **4 sigmoid neurons** with ordinary random starting weights (up to
about ±0.9). A weight of 0.9 times 100 kg makes **z = w·x + b about 90**: far out on
sigmoid's **flat tails**, where its slope is almost 0.

1. The **Neuron health** panel (below the network) flags all **4 hidden neurons
   saturated** before training starts: all their z values lie beyond ±3, 97 % beyond ±6.
2. Press **Space** and open the **Loss** tab (beside Neuron health): after 1 epoch the
   test accuracy is **57.5 %**: the network calls everybody *obese*. For 50 epochs it
   gets no further (for an epoch now and then it calls everybody *not obese*: 42.5 %),
   and the flags stay.
3. **Gradient size per layer** (same panel, log scale): Hidden 1 gets a gradient more
   than a billion times smaller than the Output layer's. Its weights cannot move.
4. **tanh has flat tails too.** The **Compare trials** panel holds four trials of the
   hidden layer, 50 epochs each: sigmoid, tanh, ReLU, Leaky ReLU. Press **Run trials**:
   tanh sticks at 57.5 % like sigmoid; ReLU and Leaky ReLU, flat only below 0, pass 80 %.
   **Help > Activation Functions** (Ctrl+G) draws each slope g′(z): sigmoid's and
   tanh's fall to almost 0 on both sides, ReLU's only below 0.
5. Open **Lessons > Flat tails: normalised inputs**: the same network learns at once.
6. Starting 100 times smaller does not help here: after 1 epoch all 4 are saturated
   again (Adam moves a weight by about 0.1 per step, and 0.1 × 100 kg is 10). Small
   starting weights cure flat tails that come from *large weights*: see **Lessons >
   Flat tails: small starting weights**.
"""

FLAT_NORMALISED = """
The network of *Flat tails*, with the same starting weights, but the inputs are
**normalised**: height and weight are each shifted and scaled to mean 0 and spread 1
(the Data settings' *Normalize inputs*), so z = w·x + b starts small.

1. Before training no neuron is flagged: every z lies within ±3, on sigmoid's steep part.
2. **Gradient size per layer** (Neuron health panel, below the network): Hidden 1's
   gradient is as large as the Output layer's, within 10 times either way (a third of it
   at the start), not a billionth.
3. Press **Space**: after 1 epoch 98 % of the test points are right, after 10 epochs
   99.5 %. No neuron is flagged saturated on the way.
"""

FLAT_SMALL = """
Here the inputs are fine (the circle data, **normalised**), but the starting weights
are **40 times too large** (up to ±33): three hidden layers of **6 sigmoid** neurons.

1. The **Neuron health** panel (below the network) flags all **18 hidden neurons
   saturated** before training starts: most of their z values lie beyond ±6.
2. Press **Space**: for 20 epochs the test accuracy stays below **60 %** (a coin toss
   gets 50 %) and the flags stay (at least 17 of the 18). Press **Space** again to
   pause.
3. Press **New weights** (toolbar, **Ctrl+Shift+R**): ordinary random starting weights,
   within ±1. No neuron is flagged now.
4. Press **Space**: after 20 epochs the test accuracy passes **95 %** (9 draws in 10;
   if yours sticks, press New weights again). Why: small starting weights keep z on
   sigmoid's steep part, where a neuron can still learn; beyond ±6 its slope is
   below 0.0025, almost 0.
"""

PRELU = """
**PReLU** is a leaky ReLU whose slope below 0, **alpha**, is learned like a weight.
All six hidden neurons start at alpha = 0.25.

1. Look at the **PReLU alpha** plot in the **Neuron health** panel (below the
   network; Tools > Neuron Health, Ctrl+H).
2. Press **Space**: each alpha moves its own way. Some go **below 0**: that neuron
   then rises on both sides of its line, like a V — handy for a ring.
3. Click a hidden neuron: the **Activation** panel draws its curve with its alpha.
"""

SOFTMAX = """
Three classes need three output neurons. **Softmax** turns their three z values into
probabilities that **add up to 1**.

1. Press **Space**. Within a few epochs every test point is right.
2. Hover each output neuron: the **Map** shows its probability over the whole plane
   in its class's colour: strong (near 1) around its own blob, white (near 0)
   elsewhere.
3. In the **One sample** panel (below the network), press **Next ▶** up to the
   softmax step: for any sample the three probabilities add up to exactly 1. When one goes
   up, the others must go down.
4. Click an output neuron. The **Activation** panel draws its probability p as its own
   z moves while the other two keep their mean z: p climbs from near 0 to near 1, the
   other two (grey) fall, and the dotted **sum = 1** stays flat. A softmax neuron has no
   curve of its own, only a share of 1.
5. Softmax belongs in the output layer. Right-click the **Output** header, **Insert
   hidden layer before**, then right-click one of the new neurons and choose **Softmax**.
   It gets an **always 1** badge: alone, e^z / e^z = 1 whatever its inputs, so it passes
   nothing on and never learns. Make the other one softmax too: both get a **misplaced**
   badge. **Ctrl+Z** takes each step back.
"""

DIGITS = """
8×8 scanned digits: 64 pixels from 0 (paper) to 16 (ink). The inputs are
**normalised**: each pixel is shifted and scaled by its mean and spread in the
training data. Does the **sigmoid** help the network read digits lighter or darker
than the ones it learned from? Compare it with no activation at all.

1. In the **Compare trials** panel press **Run trials**: the same network, 30 epochs,
   with a **linear** (a = z, no activation), **sigmoid**, **tanh** and **ReLU** hidden
   layer. Each reads about 96 % of the test digits (the panel names sigmoid, for the
   lowest test loss).
2. The **Data** panel's **Brightness** slider changes the test images only, as a
   lighter or darker scan would. Set it to **−2** (darker): the trials table gets a
   column with each trial's accuracy on the darker images.
3. They all fall, together: linear to 16 %, sigmoid to 14 %, all four between 10 and
   20 %. Lighter (**+4**) they all still read over 90 %. The sigmoid does not make
   the network cope with brightness; a = z copes as well.
4. Why they fall: with grey paper, pixels that were nearly always blank in training
   get huge normalised values, 50 and more, where 99 % of the training values stay
   below 3.
5. Open **Lessons > Digits and brightness: not normalised** and do the same.
"""

DIGITS_RAW = """
The digits network **without normalisation**: the pixels go in as they are, 0 to 16.
The same trials: linear, sigmoid, tanh and ReLU hidden layers.

1. Press **Run trials**, then set the **Data** panel's Brightness to **−2** (darker).
2. Linear and sigmoid both hold about 90 % (normalised, they fell to 15 %). Tanh
   keeps over 80 %; no activation beats linear.
3. So the activation does not decide how a network copes with darker digits: what its
   **inputs** look like does. Normalised, a little grey on the paper becomes a huge
   input.
4. Brightness −4 and low contrast hurt here too: no network is immune to every
   change of the scan.
5. Press **Space** to train the sigmoid network itself: most hidden neurons get a
   **saturated** badge: raw pixels up to 16 make z large, where sigmoid is flat.
   Keeping z small is what normalising is usually for.
"""

HOW_MANY = """
The coffee-roasting data again. How many hidden neurons does it need? Try each
number and compare: that is how the size of a network is chosen in practice.

1. The **Compare trials** panel (right of the network; Tools > Compare Trials…, Ctrl+T).
   The lesson has set up five trials:
   **1, 2, 3, 4 and 5** hidden neurons, 300 epochs each, all else the same.
2. Press **Run trials** and compare the test accuracy: 1 neuron draws one line (about
   80 %), 2 neurons about 90 %, 3 neurons about 98 %.
3. 4 and 5 neurons do no better: about 98 % too. The panel says **3, 4 and 5 units tie
   (within noise); the smallest is 3 units**: 4 units has the lowest test loss, but
   only by 0.0002, far less than the noise of 400 test samples (hover the note
   *tie* for the rule). The triangle has three sides: keep the smallest network that
   does as well. **Use the best** takes the 3 units.
"""

BENDS = """
Blue points lie **above the curve x2 = 3 sin(x1)**, orange ones below: no straight line
separates them. The network has **8 tanh neurons** and a sigmoid output.

1. Press **Space**. In about 100 epochs the test accuracy passes 95 %, and the
   boundary on the **Map**, where orange turns blue, follows the waves of the sine
   (the black line; untick **Show the curve** to see the network's boundary alone).
2. Look at the small map inside each hidden neuron (hover one to see it large in the
   **Map**): each one is a **straight edge**, blue on one side and orange on the
   other. No hidden neuron draws a curve.
3. Hover the output neuron: it adds up the eight edges, each with a weight of its
   own. Together the straight edges **bend** into the wave, which none of them
   comes near alone.
4. More bends need more edges. The **Compare trials** tab behind the Map (Ctrl+T)
   holds four trials the lesson has set up, **1, 2, 4 and 8** hidden neurons, 200
   epochs each. Press **Run trials**: 1 neuron draws one straight line
   (about 86 %) and 2 do hardly better (about 86 %); 4 reach about 96 % and 8 about
   97 %. The test loss falls at every step.
5. Open **Lessons > Bending edges: a V**: |x1| has one bend, and two neurons draw it.
"""

BENDS_V = """
Blue points lie **above the V x2 = |x1| − 3**, orange ones below. The V has two
straight arms and one bend. The network has **2 tanh neurons** and a sigmoid output.

1. Press **Space**. In about 50 epochs the test accuracy passes 98 %.
2. Each hidden neuron's small map is a **straight edge**. Hover them: in the **Map**
   panel each edge lies along one arm of the V.
3. Hover the output neuron: it answers *above* only where both edges agree. Two
   edges, one bend.
4. One straight line alone gets only about 88 % of the points right: the bend is
   what the second neuron adds.
"""


def _one_neuron() -> Document:
    params = [(np.array([ONE_NEURON_W]), np.array([ONE_NEURON_B]))]
    return lesson(["height_ft", "weight_kg"], [["sigmoid"]], BCE, builtin("obesity", 400),
                  ONE_NEURON_TRAINING,
                  meta("One neuron", 1, "z = w·x + b and sigmoid(z) with real numbers, "
                       "then training", ONE_NEURON), params=params)


def _coffee(title, order, summary, notes, **extra) -> Document:
    return lesson(["temperature", "duration"], [["sigmoid"] * 3, ["sigmoid"]], BCE, COFFEE,
                  {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 10},
                  meta(title, order, summary, notes, **extra))


def _plane(name, samples, layers, training, title, order, summary, notes,
           loss=BCE, noise=0.0) -> Document:
    return lesson(["x1", "x2"], layers, loss, builtin(name, samples, noise), training,
                  meta(title, order, summary, notes))


def _digits(normalize: bool, title, order, summary, notes) -> Document:
    return lesson(DIGIT_PIXELS, [["sigmoid"] * 16, ["softmax"] * 10], CCE,
                  builtin("digits", 1797, normalize=normalize),
                  {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 32,
                   "train_fraction": 0.7},
                  meta(title, order, summary, notes, trials=DIGIT_TRIALS))


def _bends(name, units, title, order, summary, notes, **extra) -> Document:
    """Points above or below a curve (core.curve_data), one hidden layer of tanh.

    Normalised inputs and a gentle learning rate keep the edges soft enough to watch: on
    the raw +-6 plane with Adam 0.03 all 8 sine neurons were "saturated" within 100
    epochs, and their badges covered the small maps the lesson is about (1 of 8 here).
    1000 samples, so the test half samples each wave of the sine well."""
    return lesson(["x1", "x2"], [["tanh"] * units, ["sigmoid"]], BCE,
                  builtin(name, 1000, normalize=True),
                  {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 10},
                  meta(title, order, summary, notes, **extra))


def _flat(title, order, summary, notes, normalize=False, **extra) -> Document:
    """The flat-tails network: 4 sigmoid neurons on the obesity data; both variants
    start from the same random weights."""
    layers = [["sigmoid"] * 4, ["sigmoid"]]
    start = Network(["height_ft", "weight_kg"], layers, loss=BCE, seed=1)
    params = [(np.round(W, 3), b) for W, b in start.all_params()]
    return lesson(["height_ft", "weight_kg"], layers, BCE,
                  {**FLAT_DATA, "normalize": normalize},
                  {"optimizer": "adam", "learning_rate": 0.1, "batch_size": 10},
                  meta(title, order, summary, notes, **extra), params=params)


def _flat_big_weights(title, order, summary, notes) -> Document:
    """The small-starting-weights twin: ordinary random weights (seed 1, rounded) times
    FLAT_BIG, so that most hidden z start beyond ±6."""
    start = Network(["x1", "x2"], FLAT_BIG_LAYERS, loss=BCE, seed=1)
    params = [(np.round(np.round(W, 3) * FLAT_BIG, 3), b) for W, b in start.all_params()]
    return lesson(["x1", "x2"], FLAT_BIG_LAYERS, BCE, FLAT_BIG_DATA,
                  {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 10},
                  meta(title, order, summary, notes), params=params)


def lessons() -> dict[str, Document]:
    """File name (without .nsnet) -> lesson, in teaching order."""
    sgd01 = {"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 10}
    adam03 = {"optimizer": "adam", "learning_rate": 0.3, "batch_size": 10}
    docs = {
        "01_one_neuron": _one_neuron(),
        "02_coffee_roasting": _coffee(
            "Coffee roasting", 2, "Three sigmoid neurons, three straight edges: a triangle",
            COFFEE_NOTES),
        # moons: a straight line gets about 90 % and visibly cuts off the moons' tips (the
        # circle gave a white map: there the best line is no line at all)
        "03_why_nonlinear": _plane(
            "moons", 400, [["linear"] * 4, ["linear"] * 4, ["sigmoid"]], sgd01,
            "Why non-linear?", 3, "Linear neurons collapse into one layer: one straight "
            "boundary through the moons", LINEAR, noise=MOONS_NOISE),
        "03b_why_nonlinear_tanh": _plane(
            "moons", 400, [["tanh"] * 4, ["tanh"] * 4, ["sigmoid"]], sgd01,
            "Why non-linear? With tanh", 3.5, "The same network with tanh neurons bends "
            "its boundary between the moons", LINEAR_TANH, noise=MOONS_NOISE),
        "04_dead_relu": _plane(
            "xor", 400, [["relu"] * 8, ["relu"] * 8, ["sigmoid"]], adam03,
            "Dead ReLU", 4, "A high learning rate kills ReLU neurons", DEAD),
        "04b_dead_relu_leaky": _plane(
            "xor", 400, [["leaky_relu"] * 8, ["leaky_relu"] * 8, ["sigmoid"]], adam03,
            "Dead ReLU: with Leaky ReLU", 4.5, "The same network with Leaky ReLU: no neuron "
            "dies", LEAKY),
        "05_flat_tails": _flat(
            "Flat tails", 5, "Inputs in kilograms push sigmoid onto its flat tails: "
            "learning stalls", FLAT, trials=FLAT_TRIALS),
        "05b_flat_tails_normalised": _flat(
            "Flat tails: normalised inputs", 5.5, "The same network with normalised "
            "inputs learns at once", FLAT_NORMALISED, normalize=True),
        "05c_flat_tails_small_weights": _flat_big_weights(
            "Flat tails: small starting weights", 5.7, "Starting weights 40 times too "
            "large stall a deep sigmoid network; New weights cures it", FLAT_SMALL),
        "06_prelu_alpha": _plane(
            "circle", 400, [["prelu"] * 6, ["sigmoid"]],
            {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 10},
            "PReLU learns alpha", 6, "Each PReLU neuron learns its slope below 0", PRELU),
        "07_softmax": _plane(
            "blobs3", 300, [["softmax"] * 3], sgd01, "Softmax", 7,
            "Three classes: probabilities that add up to 1", SOFTMAX, loss=CCE, noise=0.1),
        "08_digits_brightness": _digits(
            True, "Digits and brightness", 8, "Darker or lighter test images: does the "
            "sigmoid help? Trials over the activation, normalised inputs", DIGITS),
        "08b_digits_not_normalised": _digits(
            False, "Digits and brightness: not normalised", 8.5, "The same brightness trials "
            "with raw pixels: the inputs decide, not the activation", DIGITS_RAW),
        "09_how_many_neurons": _coffee(
            "How many neurons?", 9, "Coffee roasting with 1 to 5 hidden neurons, compared "
            "as trials", HOW_MANY, trials=TRIALS),
        "10_bending_edges": _bends(
            "above_sine", 8, "Bending edges", 10, "Straight edges of hidden neurons bend "
            "into a sine", BENDS, trials=BENDS_TRIALS),
        "10b_bending_edges_v": _bends(
            "above_abs", 2, "Bending edges: a V", 10.5, "Two neurons, two straight edges: "
            "the V of |x|", BENDS_V),
    }
    for name, panels in PANELS.items():
        docs[name].meta["lesson"]["panels"] = panels
    for name, stage in STAGES.items():
        docs[name].meta["lesson"]["stage"] = stage
    add_translations(docs)
    return docs


def add_translations(docs: dict[str, Document], folder: Path = I18N,
                     challenges: bool = False) -> None:
    """``meta.translations`` from ``folder``/<language>.json, which translators edit
    (never the generated .nsnet files): {lesson file name without .nsnet: {"title": ...,
    "summary": ..., "notes": [lines]}}; notes may also be one string. One file holds the
    lessons and the challenges: ``challenges`` says which of the two ``docs`` are (a
    challenge's key matches ``CHALLENGE_NAME``)."""
    for path in sorted(folder.glob("*.json")):
        for name, texts in json.loads(path.read_text(encoding="utf-8")).items():
            if bool(CHALLENGE_NAME.match(name)) != challenges:
                continue
            if name not in docs:
                raise SystemExit(f"{path.name}: no lesson called {name!r}")
            texts = dict(texts)
            if isinstance(texts.get("notes"), list):
                texts["notes"] = "\n".join(texts["notes"])
            docs[name].meta.setdefault("translations", {})[path.stem] = texts


def check(epochs: int) -> None:
    from core import experiment  # only needed for the check

    for name, doc in lessons().items():
        trainer = experiment.make_trainer(doc)
        for _ in range(epochs):
            trainer.run_epoch()
        m = trainer.evaluate()
        print(f"{name}: train accuracy {m['train_accuracy']:.3f}, "
              f"test accuracy {m['test_accuracy']:.3f}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--check"]:
        check(int(argv[1]))
        return
    from resources.lessons.make_challenges import challenges

    CHALLENGES.mkdir(exist_ok=True)
    for old in [*HERE.glob("*.nsnet"), *CHALLENGES.glob("*.nsnet")]:   # renamed: not kept
        old.unlink()
    for folder, docs in ((HERE, lessons()), (CHALLENGES, challenges())):
        for name, doc in docs.items():
            netfile.save(doc, folder / f"{name}.nsnet")
            print(f"wrote {folder.relative_to(HERE.parent)}/{name}.nsnet")


if __name__ == "__main__":
    main(sys.argv[1:])
