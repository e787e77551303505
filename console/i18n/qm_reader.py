"""A reader for Qt's compiled translation files (.qm), in plain Python.

The console's Qt windows load a .qm with QTranslator; the core (rule findings, errors, the
command line) reads the same file here, so one compiled file per language serves both and the
core never imports Qt. Only what pyside6-lrelease writes is read: the language block and the
messages block, whose records carry context, source text, disambiguation and the translations
(one, or one per plural form). tests/i18n/test_qm_reader.py checks it agrees with QTranslator.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from console.errors import WatchdeskError

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Block tags (qtbase/src/corelib/kernel/qtranslator.cpp).
_BLOCK_CONTEXTS = 0x2F
_BLOCK_HASHES = 0x42
_BLOCK_MESSAGES = 0x69
_BLOCK_NUMERUS_RULES = 0x88
_BLOCK_DEPENDENCIES = 0x96
_BLOCK_LANGUAGE = 0xA7

# Record tags inside the messages block.
_TAG_END = 1
_TAG_SOURCE_TEXT16 = 2
_TAG_TRANSLATION = 3
_TAG_CONTEXT16 = 4
_TAG_OBSOLETE1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_TAG_OBSOLETE2 = 9

_NULL_TRANSLATION = 0xFFFFFFFF


class TranslationFileError(WatchdeskError, ValueError):
    """A .qm file is not one pyside6-lrelease wrote, or is cut short."""


@dataclass
class CompiledTranslations:
    language: str = ""
    # (context, source text, disambiguation) -> the translation's forms (one unless plural)
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)


def read_qm(path: Path) -> CompiledTranslations:
    return parse_qm(path.read_bytes(), str(path))


def parse_qm(data: bytes, name: str = "translation file") -> CompiledTranslations:
    if not data.startswith(QM_MAGIC):
        raise TranslationFileError(f"{name}: not a compiled Qt translation (.qm) file")
    result = CompiledTranslations()
    offset = len(QM_MAGIC)
    while offset < len(data):
        if offset + 5 > len(data):
            raise TranslationFileError(f"{name}: cut short in a block header at byte {offset}")
        tag = data[offset]
        (length,) = struct.unpack_from(">I", data, offset + 1)
        start, offset = offset + 5, offset + 5 + length
        if offset > len(data):
            raise TranslationFileError(f"{name}: block 0x{tag:02x} runs past the end of the file")
        block = data[start:offset]
        if tag == _BLOCK_LANGUAGE:
            result.language = block.decode("utf-8")
        elif tag == _BLOCK_MESSAGES:
            _read_messages(block, result.messages, name)
        # Hashes, contexts, numerus rules and dependencies serve Qt's own lookup; the plural
        # rule is console.i18n.plurals', by language.
    return result


def _read_messages(block: bytes, messages: dict, name: str) -> None:
    offset = 0
    translations: list[str] = []
    context = source = comment = ""
    while offset < len(block):
        tag = block[offset]
        offset += 1
        if tag == _TAG_END:
            messages[(context, source, comment)] = tuple(translations)
            translations, context, source, comment = [], "", "", ""
            continue
        if tag in (_TAG_OBSOLETE1, _TAG_OBSOLETE2):
            offset += 4 if tag == _TAG_OBSOLETE1 else 0
            continue
        if offset + 4 > len(block):
            raise TranslationFileError(f"{name}: a message is cut short")
        (length,) = struct.unpack_from(">I", block, offset)
        offset += 4
        if tag == _TAG_TRANSLATION:
            if length == _NULL_TRANSLATION:
                translations.append("")
                continue
            translations.append(block[offset:offset + length].decode("utf-16-be"))
        elif tag in (_TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT):
            text = block[offset:offset + length].decode("utf-8")
            if tag == _TAG_SOURCE_TEXT:
                source = text
            elif tag == _TAG_CONTEXT:
                context = text
            else:
                comment = text
        elif tag in (_TAG_SOURCE_TEXT16, _TAG_CONTEXT16):
            text = block[offset:offset + length].decode("utf-16-be")
            if tag == _TAG_SOURCE_TEXT16:
                source = text
            else:
                context = text
        else:
            raise TranslationFileError(f"{name}: unknown record tag {tag} in the messages")
        offset += length
