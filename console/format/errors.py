"""Exceptions of the sealing layer, with stable codes that the exchange layer
writes into quarantine reason files and logs."""

from __future__ import annotations

from console.errors import WatchdeskError
from console.i18n import lookup

# Every code open_sealed/peek can raise, in the order the receiver first
# meets them (docs/format.md, "Receiver checks"). Codes are part of the public
# format: they are never renamed, only added.
REJECTION_CODES: tuple[str, ...] = (
    "oversize",
    "not_ascii",
    "trailing_data",
    "not_jwe",
    "bad_jwe_header",
    "disallowed_algorithm",
    "unknown_critical_header",
    "wrong_recipient",
    "unknown_sender",
    "decrypt_failed",
    "not_jws",
    "bad_jws_header",
    "bad_signature",
    "not_json",
    "unknown_version",
    "missing_field",
    "bad_field",
    "sender_mismatch",
    "forwarded",
    "claims_mismatch",
)


class RejectedFile(WatchdeskError):
    """A sealed file that must not be accepted.

    `code` is one of REJECTION_CODES; `message` says in plain words which
    check failed, for the operator and the quarantine reason file.

    The message is kept in English: the quarantine reason file, its row and the audit
    entry store it. `user_message` is the same sentence in the officer's language. For
    that, `message` is the English sentence marked with
    ``QT_TRANSLATE_NOOP("RejectedFile", ...)``, its {named} placeholders filled from `values`."""

    def __init__(self, code: str, message: str, **values: object) -> None:
        if code not in REJECTION_CODES:
            raise ValueError(f"unknown rejection code {code!r}")
        english = message.format(**values) if values else message
        super().__init__(english)
        self.code = code
        self.message = english
        self._sentence = message
        self._values = values

    @property
    def user_message(self) -> str:
        translated = lookup("RejectedFile", self._sentence)
        return translated.format(**self._values) if self._values else translated

    def __repr__(self) -> str:
        return f"RejectedFile({self.code!r}, {self.message!r})"


class SealingError(WatchdeskError, ValueError):
    """The notice or the keys handed to seal() cannot make a valid file."""


class KeyCardError(WatchdeskError, ValueError):
    """A key card that fails validation. `code` names the failed check."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"KeyCardError({self.code!r}, {self.message!r})"


class StationKeysError(WatchdeskError, ValueError):
    """Stored private station keys that cannot be loaded."""
