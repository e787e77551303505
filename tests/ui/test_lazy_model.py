"""The lazy table model keeps showing the right rows when a listing is merged in."""

from __future__ import annotations

from console.ui.lazy_model import Column, LazyRowModel


def _model(fetched: list[list[int]]) -> LazyRowModel:
    def fetch(ids: list[int]) -> dict[int, dict]:
        fetched.append(list(ids))
        return {i: {"id": i, "text": f"notice {i}"} for i in ids}

    return LazyRowModel([Column("Notice", lambda row: row["text"])], fetch)


def test_a_row_painted_while_a_merge_removes_rows_is_not_the_old_row_after_it(qapp):
    # A view paints between the steps of a merge: the page it fetches then holds the ids of the
    # moment. After the merge the newest notice at the top must still be there to select
    # (Ctrl+J selected it, and the reading pane showed nothing).
    model = _model(fetched := [])
    model.set_ids([3, 2, 1])
    model.rowsRemoved.connect(lambda *_: model.row(0))
    model.merge_ids([5, 4, 3, 1])  # 2 acknowledged away, 5 and 4 arrived at the top

    assert [model.row(r)["id"] for r in range(model.rowCount())] == [5, 4, 3, 1]
    assert model.data(model.index(0, 0)) == "notice 5"
    assert fetched[-1] == [5, 4, 3, 1]


def test_merges_end_on_the_new_listing_with_and_without_numpy(qapp):
    """Arrivals, acknowledgements moving rows away and reorders, at random: the model ends on exactly
    the new listing, inserting and removing only the rows that came and went unless the order of
    the rest changed; the numpy and the plain comparison agree on every case."""
    import random
    from array import array

    import numpy

    from console.ui.lazy_model import compare_listings

    rng = random.Random(7)
    for case in range(300):
        old = rng.sample(range(1, 400), rng.randint(0, 120))
        kept = [i for i in old if rng.random() > 0.1]
        if case % 5 == 0 and len(kept) > 2:
            rng.shuffle(kept)  # the rest reordered: a reset
        new = kept[:]
        for _ in range(rng.randint(0, 6)):
            new.insert(rng.randint(0, len(new)), 400 + case * 10 + _)
        assert compare_listings(array("q", old), array("q", new), numpy) == compare_listings(
            array("q", old), array("q", new), np=None)
        model = _model([])
        model.set_ids(old)
        changes = {"inserted": 0, "removed": 0, "resets": 0}

        def count(kind: str, first: int = 0, last: int = 0, _changes=changes) -> None:
            _changes[kind] += last - first + 1

        model.rowsInserted.connect(lambda _parent, first, last: count("inserted", first, last))
        model.rowsRemoved.connect(lambda _parent, first, last: count("removed", first, last))
        model.modelReset.connect(lambda: count("resets"))
        model.merge_ids(new)
        assert [model.row_id(r) for r in range(model.rowCount())] == new
        if changes["resets"] == 0:
            assert (changes["inserted"], changes["removed"]) == (len(set(new) - set(old)), len(set(old) - set(new)))
