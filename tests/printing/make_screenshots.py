"""Render the printouts' pictures into docs/screenshots/ (`make screenshots` runs this).

record-launch-notification.png: a received launch notification's record, page 1 beside its last
page (the acknowledgement, acknowledged late, and the sign-off lines); watch-log.png: a day's
watch log, page 1 beside its last page (the last lines with the signature);
record-bilingual-en-ru.png and record-bilingual-en-zh_CN.png: a received notice's record printed in
English and Russian (Chinese), pages 1 and 2 (the remarks as received, marked as the original, and
an officer's working translation under them), in the translations installed in resources/i18n. Each page is the PDF
the console writes, rasterised by poppler's pdftoppm, as the paper will look.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.printing.make_screenshots
"""

from __future__ import annotations

import copy
import dataclasses
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DPI = 80
GAP = 24


def _pages(pdf: Path, numbers: list[int], folder: Path):
    from PySide6.QtGui import QImage

    images = []
    for number in numbers:
        prefix = folder / f"{pdf.stem}-{number}"
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(number), "-l", str(number), "-singlefile",
                        str(pdf), str(prefix)], check=True)
        images.append(QImage(str(prefix) + ".png"))
    return images


def _side_by_side(images, target: Path) -> None:
    """The pages next to each other on grey, as they would lie on a desk."""
    from PySide6.QtGui import QColor, QImage, QPainter

    width = sum(image.width() for image in images) + GAP * (len(images) + 1)
    height = max(image.height() for image in images) + 2 * GAP
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a8a8a"))
    painter = QPainter(sheet)
    x = GAP
    for image in images:
        painter.drawImage(x, GAP, image)
        x += image.width() + GAP
    painter.end()
    sheet.save(str(target))


def record_picture(folder: Path) -> None:
    from console.domain.schema import examples
    from console.printing.record import render_record_pdf
    from tests.printing.test_record import make_record

    notice = copy.deepcopy(examples()["launch_notification"])
    notice["status"] = "EXERCISE"
    received = datetime(2026, 11, 28, 11, 52, tzinfo=timezone.utc)
    data = make_record(notice, ack_due_at=received + timedelta(minutes=10), received_at=received,
                       received_by="Capt O. Smirnova")  # acknowledged at 12:07Z: 5 minutes late
    pdf = folder / "record.pdf"
    pages = render_record_pdf(data, pdf)
    _side_by_side(_pages(pdf, [1, pages], folder), OUT / "record-launch-notification.png")


def bilingual_record_pictures(folder: Path) -> None:
    from console.domain.schema import examples
    from console.printing.record import render_record_pdf
    from tests.printing.test_bilingual import CHINESE_REMARKS, ENGLISH_REMARKS, RUSSIAN_REMARKS, Translation
    from tests.printing.test_record import make_record

    translated_at = datetime(2026, 11, 28, 11, 58, tzinfo=timezone.utc)
    for second, remarks in (("ru", RUSSIAN_REMARKS), ("zh_CN", CHINESE_REMARKS)):
        notice = copy.deepcopy(examples()["launch_notification"])
        notice["status"] = "EXERCISE"
        notice["body"]["remarks"] = remarks
        translation = Translation("body.remarks", "en", ENGLISH_REMARKS, "Lt J. Park", translated_at)
        data = make_record(notice, languages=("en", second), free_text_language=second,
                           working_translations=(translation,))
        pdf = folder / f"record-{second}.pdf"
        render_record_pdf(data, pdf)
        _side_by_side(_pages(pdf, [1, 2], folder), OUT / f"record-bilingual-en-{second}.png")


def watch_log_picture(folder: Path) -> None:
    from console.printing.watch_log import WatchChange, render_watch_log_pdf
    from tests.printing.test_watch_log import make_log

    data = make_log(40)
    entries = [dataclasses.replace(entry, ack_due_at=entry.dtg + timedelta(minutes=2 if index % 7 == 3 else 15),
                                   acknowledged_by=("Capt O. Smirnova" if entry.direction == "in" else "Lt Cdr Moreno")
                                   if entry.acknowledged_at else "")
               for index, entry in enumerate(data.entries)]
    changes = [WatchChange(at=datetime(2026, 11, 28, 0, 0, tzinfo=timezone.utc), officer="Maj I. Petrov"),
               WatchChange(at=datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc), officer="Capt O. Smirnova",
                           handed_over_by="Maj I. Petrov"),
               WatchChange(at=datetime(2026, 11, 28, 16, 0, tzinfo=timezone.utc), officer="Maj I. Petrov",
                           handed_over_by="Capt O. Smirnova")]
    data = dataclasses.replace(data, entries=entries, watch_changes=changes)
    pdf = folder / "watch-log.pdf"
    pages = render_watch_log_pdf(data, pdf)
    _side_by_side(_pages(pdf, [1, pages], folder), OUT / "watch-log.png")


def main() -> int:
    from console.ui.app import make_application

    make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        record_picture(Path(tmp))
        watch_log_picture(Path(tmp))
        bilingual_record_pictures(Path(tmp))
    print(f"printout screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
