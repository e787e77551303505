"""Read-side queries the views use: ids first, rows on demand.

A view asks for the ordered ids that match a filter (one cheap indexed query,
even at 100,000 rows) and then fetches only the rows it paints, a page at a time.
Sorting happens in SQL, on the id query: never in Python over all rows. The SQL
itself lives in the storage repositories (console/storage/); this module is what
the views call.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.format import KeyCard
from console.i18n import tr
from console.storage import audit as audit_rows_store
from console.storage import counterparts as counterpart_rows
from console.storage import drafts as draft_rows
from console.storage import listing as listing_store
from console.storage import notices as notice_store
from console.storage import quarantine as quarantine_store
# The views name a listing's filter and sort through this module.
from console.storage.notices import SORT_KEYS as SORT_KEYS
from console.storage.notices import NoticeFilter as NoticeFilter
from console.storage.notices import NoticeOrder as NoticeOrder
from console.storage.listing import WORK_ORDER as WORK_ORDER


def notice_ids(conn, flt: NoticeFilter, order: str | NoticeOrder = "dtg_desc", limit: int | None = None) -> list[int]:
    """The ids matching the filter in one order: an ORDERS name, WORK_ORDER (the officer's order of
    work) or a header sort; with `limit`, only its first rows."""
    if order == WORK_ORDER:
        return listing_store.work_order_ids(conn, flt, limit)
    return notice_store.listing_ids(conn, flt, order, limit)


def text_match_ids(conn, text: str, within: float | None = None) -> list[int] | None:
    """The notices matching the officer's words, for a packed listing to narrow to its own; None if
    that took more than `within` seconds (then nothing was read)."""
    return listing_store.text_match_ids(conn, text, within)


def notice_rows(conn, ids: list[int]) -> dict[int, dict]:
    """The rows the lists paint, each with its state in its chain: `chain_stamp` ("CANCELLED by no.
    37 at 1612Z", "AMENDED by no. 36 at 1540Z", or None, worded by service/chains.py as in the reading
    pane and the printed record) and `cancelled`."""
    from console.service.chains import listed_chain_state  # chains imports this module

    rows = listing_store.listing_rows(conn, ids)
    for row in rows.values():
        # The answers' "sequence|dtg" kept as text (no object per cached row): chains.stamp_words(row)
        # words the stamp in the language in force when it is painted.
        row["chain_cancelled_by"], row["chain_amended_by"] = row.pop("cancelled_by"), row.pop("amended_by")
        state = listed_chain_state(row["chain_cancelled_by"], row["chain_amended_by"])
        row["chain_stamp"] = state.stamp
        row["cancelled"] = state.cancelled
    return rows


def mark_opened(conn, notice_id: int, at: str) -> bool:
    """The officer opened this notice in the reading pane: it is no longer shown as unread. True if
    it was unread. One small autocommitted insert (no audit entry: reading is not an action)."""
    return listing_store.mark_opened(conn, notice_id, at)


def counterpart_ids(conn) -> list[str]:
    return counterpart_rows.station_ids(conn)


def folder_counts(conn) -> dict[str, int]:
    # The inbox lists the counterpart's acknowledgements on the notices they acknowledge, so its
    # count leaves them out as its list does.
    inbox, unacked = notice_store.count_and_waiting(conn, "in", hidden_kind=NoticeFilter(
        direction="in", acknowledgements=False).hidden_kind)
    outbox, awaiting = notice_store.count_and_waiting(conn, "out")
    drafts = draft_rows.draft_count(conn)
    counterparts = counterpart_rows.count(conn)
    audit = audit_rows_store.count(conn)
    quarantined = quarantine_store.count(conn)
    return {
        "inbox": inbox,
        "inbox_unacknowledged": unacked,
        "outbox": outbox,
        "outbox_awaiting": awaiting,
        "drafts": drafts,
        "counterparts": counterparts,
        "audit": audit,
        "quarantine": quarantined,
    }


# ---- one notice's neighbours ---------------------------------------------------------


@dataclass(frozen=True)
class ChainLink:
    """One message in a chain of references. `notice_id` is None for a message this station never saw."""

    message_id: str
    notice_id: int | None = None
    direction: str | None = None
    kind: str | None = None
    sequence: int | None = None
    dtg: str | None = None
    counterpart: str | None = None


CHAIN_LIMIT = 50  # a chain longer than this is a fault, not a conversation


def notice_chain(conn, notice_id: int) -> list[ChainLink]:
    """The notice with everything it refers to and everything that refers to it, oldest first.

    Follows notice_references both ways (original → amendments → cancellation, and
    the acknowledgements and problem reports of each), across both directions.
    """
    start = notice_store.message_id_of(conn, notice_id)
    if start is None:
        return []
    seen: set[str] = set()
    queue = [start]
    while queue and len(seen) < CHAIN_LIMIT:
        message_id = queue.pop()
        if message_id in seen:
            continue
        seen.add(message_id)
        # What this message refers to ...
        queue += notice_store.referred_to_by(conn, message_id)
        # ... and what refers to it.
        queue += notice_store.referring_to(conn, message_id)
    known = {
        row[1]: ChainLink(row[1], row[0], row[2], row[3], row[4], row[5], row[6])
        for row in notice_store.chain_rows(conn, sorted(seen))
    }
    links = [known.get(message_id, ChainLink(message_id)) for message_id in seen]
    # Unknown messages (never received here) sort first: they were referred to, so they came earlier.
    return sorted(links, key=lambda link: (link.dtg or "", link.notice_id or 0))


@dataclass(frozen=True)
class SigningCard:
    fingerprint: str
    current: bool  # the counterpart's key card on record now, not an earlier one


def signing_card(conn, counterpart: str, thumbprint: str | None) -> SigningCard | None:
    """The counterpart key card whose signing key has this JWK thumbprint, current or earlier."""
    if not thumbprint:
        return None
    current = counterpart_rows.current_card_json(conn, counterpart)
    if current is not None and KeyCard.load(current).signing_key_thumbprint == thumbprint:
        card = KeyCard.load(current)
        return SigningCard(card.fingerprint, True)
    for card_json in counterpart_rows.earlier_card_jsons(conn, counterpart):
        card = KeyCard.load(card_json)
        if card.signing_key_thumbprint == thumbprint:
            return SigningCard(card.fingerprint, False)
    return None


# ---- quarantine ----------------------------------------------------------------------------


def quarantine_ids(conn) -> list[int]:
    return quarantine_store.ids_newest_first(conn)


def quarantine_rows(conn, ids: list[int]) -> dict[int, dict]:
    return quarantine_store.rows(conn, ids)


# ---- audit log -----------------------------------------------------------------------------


def audit_ids(conn, text: str | None = None) -> list[int]:
    return audit_rows_store.ids_newest_first(conn, text)


def attention_text(action: str, details: dict) -> str | None:
    """An audit entry an officer must notice, in words (docs/format.md sections 12 and 13), else None.

    A duplicate re-sent under another sequence number, an acknowledgement of a message we
    never sent (or of a file we did not write)."""
    # The details are the stored record, in English; only the sentence around them is translated.
    if action == "import_duplicate" and details.get("note"):
        return tr("{counterpart} re-sent message {message} under another sequence number: {note} (file {file})").format(
            counterpart=details.get('counterpart', '?'), message=str(details.get('message_id', '?'))[:8],
            note=details['note'], file=details.get('file', '?'))
    if action == "ack_mismatch":
        return tr("Acknowledgement {message} {problem}").format(
            message=str(details.get('ack_message_id', '?'))[:8], problem=details.get('problem', ''))
    return None


def audit_rows(conn, ids: list[int]) -> dict[int, dict]:
    return audit_rows_store.rows(conn, ids)
