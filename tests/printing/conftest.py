"""Shared data and PDF readers for the printing tests (poppler-utils reads the PDFs back)."""

from __future__ import annotations

import copy
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.domain.schema import examples

MOSCOW = ZoneInfo("Europe/Moscow")  # UTC+3 all year: local times in the assertions stay fixed
BANNER = "CONFIDENTIAL — NRRC CHANNEL"
PRINTED_AT = datetime(2026, 11, 28, 12, 10, tzinfo=timezone.utc)
PRINTER_NAME = "Maj I. Petrov"
SEALED_SHA256 = "5d41402abc4b2a76b9719d911017c592e947857f7e2962cce2718416d5f09866"
FINGERPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, laid out as on paper (`pdftotext -layout`)."""
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    pages = result.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def pdf_page_count(path: Path) -> int:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    return int(match.group(1))


def pdf_page_size(path: Path) -> str:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Page size:\s+(.+)$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    return match.group(1)


def squeeze(text: str) -> str:
    """Runs of whitespace as one space, so a value is found whatever column it landed in."""
    return " ".join(text.split())


def assert_every_page_framed(pages: list[str]) -> None:
    """Banner at the top and the bottom of every page, and the footer with its page number."""
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == BANNER, f"page {number} starts with {lines[0]!r}"
        assert lines[-1] == BANNER, f"page {number} ends with {lines[-1]!r}"
        footer = f"Printed 2026-11-28 12:10Z by {PRINTER_NAME} · Page {number} of {len(pages)}"
        assert footer in squeeze(page), f"page {number} lacks its footer"


@pytest.fixture
def notice_examples() -> dict[str, dict]:
    return copy.deepcopy(examples())


@pytest.fixture
def launch_notice(notice_examples) -> dict:
    """The spec's launch notification, as an exercise, with two impact areas."""
    notice = notice_examples["launch_notification"]
    notice["status"] = "EXERCISE"
    return notice
