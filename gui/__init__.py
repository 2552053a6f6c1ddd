"""Neuron Studio's Qt user interface. Imports core; core never imports gui."""
