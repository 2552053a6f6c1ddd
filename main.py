#!/usr/bin/env python3
"""Neuron Studio's entry point from a source checkout; the installed ``neuron-studio``
command runs the same ``gui.launch.main`` (see there for the command line).

    python main.py [FILE] [--new-instance]
    python main.py train | screenshot | handout | record FILE ...
"""

import sys

from gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
