"""The one base of every error the console expects and can put into words.

A `WatchdeskError` is a refusal or failure the officer can act on: a damaged store, a
rejected file, a PIN that does not match, a printer that is off. Its `user_message` is a
sentence for the officer (the error's text unless a subclass says otherwise). Anything
else that escapes an action is a defect: the UI's last-resort handler logs it and says
only that it was unexpected.

The layers' own bases (StoreError, RejectedFile, PrintError, ...) derive from it, keeping
their built-in base (ValueError, OSError) where callers catch that.
"""

from __future__ import annotations


class WatchdeskError(Exception):
    """An expected failure with a message for the officer."""

    @property
    def user_message(self) -> str:
        return str(self)
