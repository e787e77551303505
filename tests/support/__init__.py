"""Scaffolding the test folders share, imported by their conftests: real stations joined by real
folders (stations.py) and a script that plays the officer at the console's dialogs (dialogs.py)."""
