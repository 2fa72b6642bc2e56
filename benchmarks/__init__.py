"""Repeatable measurements (`make bench`) and the data generator they use (`generate.py`).

A package so that tests import the generator as ``benchmarks.generate``; each script also runs
on its own (`python benchmarks/<script>.py`).
"""
