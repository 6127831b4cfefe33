"""A Babel extractor for questionnaire YAML: every text a respondent reads, with its line.

Registered as the `survey_yaml` extractor in pyproject.toml, so `pybabel extract`
puts questionnaire wording into the same catalog as the user interface.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml

# Keys whose text a respondent reads; ids and values are contracts and never translated.
TRANSLATABLE_KEYS = frozenset({"title", "hint", "label", "heading", "paragraphs", "scale"})

Message = tuple[int, str, str, list[str]]


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[Message]:
    root = yaml.compose(fileobj.read().decode("utf-8"))
    if root is not None:
        yield from _walk(root, translatable=False)


def _walk(node: yaml.Node, translatable: bool) -> Iterator[Message]:
    if isinstance(node, yaml.ScalarNode):
        if translatable and node.value.strip():
            yield node.start_mark.line + 1, "gettext", node.value.strip(), []
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, translatable)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else ""
            # Under `scale` every value is a label (the keys are the scale points).
            yield from _walk(value, translatable=translatable or name in TRANSLATABLE_KEYS)
