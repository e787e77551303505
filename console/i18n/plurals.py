"""Which plural form a count takes, by language: the order Qt Linguist gives the forms.

English: one, other. Russian: one (1, 21, 101...), few (2-4, 22-24...), many (the rest).
Chinese: a single form.
"""

from __future__ import annotations

from collections.abc import Callable


def _english(n: int) -> int:
    return 0 if n == 1 else 1


def _russian(n: int) -> int:
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _single(n: int) -> int:
    return 0


_RULES: dict[str, Callable[[int], int]] = {"en": _english, "ru": _russian, "zh": _single}


def plural_form(language: str, n: int) -> int:
    """Index of the form `n` takes in `language` ('zh_CN' uses 'zh''s rule)."""
    rule = _RULES.get(language) or _RULES.get(language.split("_")[0], _english)
    return rule(n)
