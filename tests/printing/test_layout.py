"""The page layout engine under the record: breaks between lines, repeated headers, one frame per page."""

from __future__ import annotations

import string

import pytest

from tests.printing.conftest import pdf_page_count, pdf_pages, squeeze


def document(blocks, paper: str = "A4"):
    from console.printing.layout import PageFrame, PagedDocument

    frame = PageFrame(banner="TEST BANNER", header_left="running header", footer_left="left",
                      footer_right="Page {page} of {pages}")
    return PagedDocument("layout test", paper, frame, blocks)


def test_a_paragraph_taller_than_a_page_breaks_between_lines(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.layout import Paragraph

    lines = [f"line{number:04d}" for number in range(400)]
    path = tmp_path / "long.pdf"
    pages = write_pdf(document([Paragraph("\n".join(lines))]), path)
    text = pdf_pages(path)
    assert pages == pdf_page_count(path) == len(text) >= 5
    found = [token for page in text for token in page.split() if token.startswith("line")]
    assert found == lines
    for number, page in enumerate(text, start=1):
        assert f"Page {number} of {pages}" in page
        assert page.count("TEST BANNER") == 2


def test_a_long_table_repeats_its_header_and_keeps_rows_whole(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.layout import Column, Table

    rows = [[str(number), f"value {number}"] for number in range(1, 301)]
    table = Table([Column("Number", fit=True), Column("Value heading")], rows)
    path = tmp_path / "table.pdf"
    pages = write_pdf(document([table]), path)
    text = pdf_pages(path)
    assert pages > 3
    seen = []
    for page in text:
        assert "Number" in page and "Value heading" in page
        seen += [int(line.split()[0]) for line in page.splitlines()
                 if line.split() and line.split()[0].isdigit() and "value" in line]
    assert seen == list(range(1, 301))


def test_a_cell_taller_than_a_page_is_cut_between_lines(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.layout import Column, Table

    words = " ".join(f"word{number:04d}" for number in range(3000))
    table = Table([Column(width=30), Column()], [["Remarks", words]], header=False)
    path = tmp_path / "cell.pdf"
    pages = write_pdf(document([table]), path)
    assert pages >= 2
    found = [token for page in pdf_pages(path) for token in page.split() if token.startswith("word")]
    assert found == words.split()


def test_a_heading_is_never_left_at_the_foot_of_a_page(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.layout import Heading, Paragraph, Spacer

    for filler in range(200, 262, 4):  # slide the heading down towards the page foot
        path = tmp_path / f"heading{filler}.pdf"
        write_pdf(document([Spacer(filler), Heading("Section title"), Paragraph("first line\nsecond line")]), path)
        for page in pdf_pages(path):
            if "SECTION TITLE" in page:
                assert "first line" in page, filler


def test_letter_and_unknown_paper(qapp, tmp_path):
    from console.printing.devices import PrintError, write_pdf
    from console.printing.layout import Paragraph

    write_pdf(document([Paragraph("x")], paper="Letter"), tmp_path / "letter.pdf")
    with pytest.raises(PrintError, match="Unknown paper size 'A5'"):
        write_pdf(document([Paragraph("x")], paper="A5"), tmp_path / "a5.pdf")
    assert not (tmp_path / "a5.pdf").exists()


def test_unwritable_target_is_a_print_error(qapp, tmp_path):
    from console.printing.devices import PrintError, write_pdf
    from console.printing.layout import Paragraph

    with pytest.raises(PrintError, match="Could not write the PDF"):
        write_pdf(document([Paragraph("x")]), tmp_path / "missing-folder" / "out.pdf")


def test_text_is_searchable_with_ligature_letters_and_controls_made_visible(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.layout import Paragraph

    path = tmp_path / "text.pdf"
    write_pdf(document([Paragraph("Notification of flight: office affairs\x07bell")]), path)
    text = squeeze(pdf_pages(path)[0])
    assert "Notification of flight: office affairs\ufffdbell" in text


def test_every_label_is_a_valid_template():
    from console.printing.labels import LABELS, label

    for key, text in LABELS.items():
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name]
        assert label(key, **{name: "X" for name in fields}), key


def test_braces_in_names_survive_the_page_numbers(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.labels import label
    from console.printing.layout import PageFrame, PagedDocument, Paragraph

    footer = label("footer.printed", when="2026-11-28 12:10Z", who="Lt {A} Name", page="{page}", pages="{pages}")
    frame = PageFrame(banner="B", header_left="h", footer_right=footer)
    path = tmp_path / "braces.pdf"
    write_pdf(PagedDocument("braces", "A4", frame, [Paragraph("x")]), path)
    assert "Printed 2026-11-28 12:10Z by Lt {A} Name · Page 1 of 1" in squeeze(pdf_pages(path)[0])


def test_a_rich_text_sheet_runs_over_pages_with_every_row_once_and_its_type_at_its_size(qapp, tmp_path):
    # The key card and the handover summary: HTML laid out by Qt, written by the same devices.
    from PySide6.QtGui import QTextDocument

    from console.printing.devices import write_pdf
    from console.printing.layout import RichTextSheet

    rows = [f"row{number:03d}" for number in range(120)]
    html = "<table border='1'>" + "".join(f"<tr><td>{row}</td><td>value</td></tr>" for row in rows) + "</table>"
    sheet = QTextDocument()
    sheet.setHtml(f"<h1>Sheet title</h1>{html}")
    path = tmp_path / "sheet.pdf"
    pages = write_pdf(RichTextSheet("sheet test", "A4", sheet), path)
    text = pdf_pages(path)
    assert pages == pdf_page_count(path) == len(text) >= 2
    found = [token for page in text for token in page.split() if token.startswith("row")]
    assert found == rows
    for number, page in enumerate(text, start=1):
        assert page.rstrip().endswith(f"Page {number} of {pages}")
    # 120 rows of 10-point type with their borders need two or three A4 pages, whatever the
    # 1,200 dpi of the PDF: a sheet laid out in device pixels instead of points would need one.
    assert pages in (2, 3)


def test_a_rich_text_sheet_on_unknown_paper_is_refused(qapp, tmp_path):
    from PySide6.QtGui import QTextDocument

    from console.printing.devices import PrintError, write_pdf
    from console.printing.layout import RichTextSheet

    with pytest.raises(PrintError, match="Unknown paper size 'A5'"):
        write_pdf(RichTextSheet("sheet test", "A5", QTextDocument("x")), tmp_path / "a5.pdf")
    assert not (tmp_path / "a5.pdf").exists()


def _rows_per_page(text: list[str]) -> list[list[int]]:
    return [[int(line.split()[0]) for line in page.splitlines()
             if line.split() and line.split()[0].isdigit() and "value" in line] for page in text]


def test_a_table_kept_with_what_follows_leaves_it_its_last_rows_and_fills_the_other_pages(qapp, tmp_path):
    from console.printing.devices import write_pdf
    from console.printing.layout import Column, Paragraph, Stack, Table

    def closing() -> Stack:
        return Stack([Paragraph("SIGNATURE BLOCK"), Paragraph("\n".join(["line"] * 8))], keep_together=True)

    def rows(count: int) -> list[list[str]]:
        return [[str(number), f"value {number}"] for number in range(1, count + 1)]

    columns = [Column("Number", fit=True), Column("Value heading")]
    # How many rows a page holds: a table alone, one page full and one row over.
    path = tmp_path / "alone.pdf"
    write_pdf(document([Table(columns, rows(200))]), path)
    full = len(_rows_per_page(pdf_pages(path))[0])
    for count in (full - 1, full, full + 1, 3 * full):
        path = tmp_path / f"kept-{count}.pdf"
        write_pdf(document([Table(columns, rows(count), keep_with_next=True), closing()]), path)
        text = pdf_pages(path)
        per_page = _rows_per_page(text)
        assert [number for page in per_page for number in page] == list(range(1, count + 1))
        assert "SIGNATURE BLOCK" in text[-1] and per_page[-1], f"{count} rows: the closing block is alone"
        # Only the page before the closing block gives up rows for it; the others stay full.
        assert all(len(page) == full for page in per_page[:-2]), count
