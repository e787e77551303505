"""A notice's kind reads the same in a list's column, a filter, the reading pane's title and the
sentences about it (an alert, an acknowledgement): one set of words per language (Kind.words)."""

from __future__ import annotations

import pytest

from console.domain.notices import Kind
from console.i18n import speaking
from console.ui.views import kind_label


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_a_kind_label_is_the_kind_s_words_capitalised(language):
    with speaking(language):
        for kind in Kind:
            words = kind.words
            assert kind_label(kind.value) == words[:1].upper() + words[1:], kind
            assert kind_label(kind.value) != kind.value, f"{kind} is not translated into {language}"


def test_an_amendment_is_named_alike_in_the_russian_column_and_sentence():
    # The column said "Изменение" where the sentences said "изменение уведомления".
    with speaking("ru"):
        assert kind_label("amendment") == "Изменение уведомления"
        assert Kind.AMENDMENT.words == "изменение уведомления"
