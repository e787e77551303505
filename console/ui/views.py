"""Names of things as the views show them."""

from __future__ import annotations

from console.domain.notices import Kind

# The domain's kind labels, capitalised for column cells and menus.
KIND_LABELS: dict[str, str] = {kind.value: kind.label[:1].upper() + kind.label[1:] for kind in Kind}
