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
