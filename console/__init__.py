"""Watchdesk: the duty officer's console for launch-notification exchange."""

__version__ = "0.1.0"
