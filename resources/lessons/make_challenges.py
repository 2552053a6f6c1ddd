"""The challenges (resources/lessons/challenges/*.nsnet), written by make_lessons.py.

A challenge is a lesson file whose ``meta.challenge.goals`` the app checks live
(``core.challenges``; the Lessons menu lists them under Challenges). Each starts from a
network that does *not* meet its goals, even trained; tests/core/test_challenges.py
builds the intended fix with ``core.edits``, trains it and shows every goal met. Change
both together.
"""

from __future__ import annotations

from core.netfile import Document

BCE, CCE = "binary_crossentropy", "categorical_crossentropy"
ADAM03 = {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 10}
PLOTS = ["loss", "activation"]


def _goal(kind: str, bound: str, limit, within: int | None = None) -> dict:
    goal = {"kind": kind, bound: limit}
    if within is not None:
        goal["within_epochs"] = within
    return goal


def _stage(*bands) -> dict:
    return {"rows": [{"size": size, "views": views, "shares": shares}
                     for size, views, shares in bands], "notes": True}


MAP_STAGE = _stage((62, ["network", "map"], [50, 50]), (38, PLOTS, [50, 50]))
HEALTH_STAGE = _stage((58, ["network", "map"], [50, 50]), (42, ["health", PLOTS], [60, 40]))

COFFEE = """
The coffee-roasting data of lesson 2: a good roast lies inside a triangle. This network
has **8 sigmoid neurons**: far more than it needs.

1. Press **Space**: it passes 95 % soon, but the goal **Hidden neurons** stays red.
2. Delete neurons (right-click a neuron, **Delete neuron**, or click it and press
   **Delete**), then **Ctrl+R** and **Space** again.
3. How few can still draw the triangle? Think of its sides.
"""

XOR = """
The **XOR** data: blue where x1 and x2 have the same sign, orange where they differ.
The network is a single sigmoid neuron: one straight line, which gets about half of
XOR right.

1. Press **Space**: the test accuracy stays below 60 %.
2. Add **one hidden layer** (right-click the **Output** header, **Insert hidden layer
   before**) with at most 4 neurons, then **Ctrl+R** and **Space**: reach 90 %.
3. Look at the hidden neurons' small maps: each draws one straight edge. How do the
   edges combine into XOR?
"""

SPIRAL = """
Two **spirals** wind into each other: the hardest of the data sets. One hidden layer of
**4 tanh neurons** cannot follow them.

1. Press **Space** and watch the **Map**: the boundary cuts straight through the arms.
2. Give the network more room: more neurons, another hidden layer (right-click a layer
   header). At most **16 hidden neurons** in all: where do they help most?
3. **Ctrl+R** starts the run over from epoch 0 with the new network; reach 90 % within
   **300 epochs**.
"""

DEAD = """
The network of the lesson *Dead ReLU*: **ReLU** neurons with a **high learning rate**
(Adam, 0.3) on XOR. Train it and several neurons die.

1. Press **Space**: **dead** badges appear and the test accuracy gets stuck.
2. Fix it **without adding neurons**: at most 16 hidden neurons, none dead at the end.
3. A hint: right-click a layer header, **Set all activations**. A smaller learning rate
   (**Data and training**) saves most of them, but not the sixth neuron of **Hidden 2**:
   it is dead before training starts. After a change, **Ctrl+R** and **Space**.
"""

DEEP = """
A **deep** network: **6 hidden layers of 4 sigmoid neurons**, plain SGD, on the circle.
Each sigmoid passes back at most a quarter of the gradient it gets, so after six layers
the first ones hardly learn: the **vanishing gradient**.

1. Press **Space**: for a long time the test accuracy stays near 50 %.
2. Keep all **6 hidden layers** and reach 95 % test accuracy **within 200 epochs**.
3. Which activation passes the gradient back without shrinking it? Right-click a layer
   header, **Set all activations**; then **Ctrl+R** and **Space**.
"""

SOFTMAX = """
Three blobs, three classes, three output neurons. They are **sigmoid** neurons here: each
says yes or no on its own, so their three answers need not add up to 1.

1. Press **Space**: every point is soon right, but the goal **Outputs add up to 1**
   stays red: for some points the three answers add up to far more, or far less, than 1.
   Hover each output neuron: its map on the **Map** is high around its own blob, and
   nothing ties it to the other two.
2. Make the three outputs **probabilities**: right-click the **Output** header, **Set
   all activations > Softmax**, and choose the loss that goes with it
   (**Network > Loss > Categorical cross-entropy**).
3. **Ctrl+R** and **Space**.
"""


def challenge(inputs, layers, loss, data, training, title, order, summary, notes, goals,
              stage=MAP_STAGE, panels=None, seed=1) -> Document:
    """A challenge document (``make_lessons.lesson`` with the goals in ``meta``)."""
    from resources.lessons.make_lessons import lesson, meta

    m = meta(title, order, summary, notes, challenge={"goals": goals})
    m["lesson"]["stage"] = stage
    if panels:
        m["lesson"]["panels"] = panels
    return lesson(inputs, layers, loss, data, training, m, seed=seed)


def challenges() -> dict[str, Document]:
    """File name (without .nsnet) -> challenge, in menu order."""
    from resources.lessons.make_lessons import COFFEE as COFFEE_DATA
    from resources.lessons.make_lessons import add_translations, builtin

    xy = ["x1", "x2"]
    docs = {
        "c1_fewest_neurons": challenge(
            ["temperature", "duration"], [["sigmoid"] * 8, ["sigmoid"]], BCE, COFFEE_DATA,
            ADAM03, "Challenge: the fewest neurons", 1, "Coffee roasting at 95 % with as "
            "few hidden neurons as it takes", COFFEE,
            [_goal("test_accuracy", "at_least", 0.95), _goal("hidden_neurons", "at_most", 3)]),
        "c2_xor_one_layer": challenge(
            xy, [["sigmoid"]], BCE, builtin("xor", 400, normalize=True), ADAM03,
            "Challenge: XOR with one hidden layer", 2, "Learn XOR with one hidden layer of "
            "at most 4 neurons", XOR,
            [_goal("test_accuracy", "at_least", 0.9), _goal("hidden_layers", "at_most", 1),
             _goal("hidden_neurons", "at_most", 4)]),
        "c3_spiral": challenge(
            xy, [["tanh"] * 4, ["sigmoid"]], BCE, builtin("spiral", 600, normalize=True),
            ADAM03, "Challenge: the spiral", 3, "Follow two spirals with at most 16 hidden "
            "neurons", SPIRAL,
            [_goal("test_accuracy", "at_least", 0.9, within=300),
             _goal("hidden_neurons", "at_most", 16)]),
        "c4_dead_relu": challenge(
            xy, [["relu"] * 8, ["relu"] * 8, ["sigmoid"]], BCE, builtin("xor", 400),
            {"optimizer": "adam", "learning_rate": 0.3, "batch_size": 10},
            "Challenge: bring dead ReLUs back", 4, "Fix a dying ReLU network without "
            "adding neurons", DEAD,
            [_goal("test_accuracy", "at_least", 0.95), _goal("dead_neurons", "at_most", 0),
             _goal("hidden_neurons", "at_most", 16)],
            stage=HEALTH_STAGE, panels=["healthDock"]),
        "c5_vanishing_gradient": challenge(
            xy, [["sigmoid"] * 4] * 6 + [["sigmoid"]], BCE,
            builtin("circle", 400, normalize=True),
            {"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 10},
            "Challenge: a deep sigmoid network", 5, "Make six layers of sigmoid learn: "
            "the vanishing gradient", DEEP,
            [_goal("test_accuracy", "at_least", 0.95, within=200),
             _goal("hidden_layers", "at_least", 6)],
            stage=HEALTH_STAGE, panels=["healthDock"]),
        "c6_softmax": challenge(
            xy, [["sigmoid"] * 3], BCE, builtin("blobs3", 300, 0.1),
            {"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 10},
            "Challenge: softmax on three blobs", 6, "Three outputs whose answers add up "
            "to 1", SOFTMAX,
            [_goal("test_accuracy", "at_least", 0.95),
             _goal("output_sum_error", "at_most", 0.01)]),
    }
    add_translations(docs, challenges=True)
    return docs
