"""Printing for the record. Renders with Qt; the only package besides ui/ that imports it."""
