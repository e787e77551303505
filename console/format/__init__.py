"""The sealed notice file: JOSE seal and open, station keys, key cards, safety numbers."""
