"""The analyser's version, in its own module so package modules never import the package root upward."""

__version__ = "0.1.0"
