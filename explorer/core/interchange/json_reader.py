"""Read untrusted JSON field by field, failing with the JSON path of the first bad value.

``JsonObject(value, "events[3]", KEYS).date("start")`` either returns a ``PartialDate`` or raises
``ImportFailure('events[3].start: "2025-13-01" is not a date (month 13 does not exist)')``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import TypeVar

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import uid_problem

E = TypeVar("E", bound=StrEnum)
_MISSING = object()
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class ImportFailure(ValueError):
    """An import was refused; ``location`` says where (JSON path, or line and column)."""

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}" if location else problem)
        self.location = location
        self.problem = problem

    def __reduce__(self) -> tuple:
        """Pickled whole, subclasses too, so a failure found in the reading process comes back as it was."""
        return (_rebuilt, (type(self), self.args, dict(self.__dict__)))


def _rebuilt(cls: type[ImportFailure], args: tuple, state: dict) -> ImportFailure:
    failure = cls.__new__(cls)
    failure.args = args
    failure.__dict__.update(state)
    return failure


def shown(value: object) -> str:
    """A short JSON rendering of a bad value for an error message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
        text.encode("utf-8")
    except UnicodeEncodeError:  # an unpaired surrogate: show it escaped, so the message can be printed
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def fail(path: str, value: object, problem: str) -> ImportFailure:
    return ImportFailure(path, f"{shown(value)} {problem}")


def checked_text(path: str, value: str) -> str:
    """Refuse text a case cannot store: JSON escapes can spell unpaired surrogates (``"\\ud800"``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ImportFailure(path, f"is not valid Unicode text (unpaired surrogate {value[exc.start]!r})") from None
    return value


class JsonObject:
    """A JSON object at a path, read key by key; unknown keys are refused as likely typos."""

    def __init__(self, value: object, path: str, keys: frozenset[str] | set[str]) -> None:
        if not isinstance(value, dict):
            raise fail(path, value, "is not an object")
        for key in value:
            if key not in keys:
                printable = str(key).encode("utf-8", "backslashreplace").decode("utf-8")  # unpaired surrogates escaped
                raise ImportFailure(f"{path}.{printable}" if path else printable, "is not a known field here")
        self.value = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, default: object) -> object:
        value = self.value.get(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                raise ImportFailure(self.at(key), "is required but missing")
            return default
        return value

    def text(self, key: str, default: object = _MISSING, *, nonempty: bool = False) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            raise fail(self.at(key), value, "is not a string")
        if nonempty and not value.strip():
            raise fail(self.at(key), value, "must not be empty")
        return checked_text(self.at(key), value)

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, None)
        if value is not None and not isinstance(value, str):
            raise fail(self.at(key), value, "is not a string or null")
        return None if value is None else checked_text(self.at(key), value)

    def uid(self, key: str = "uid") -> str:
        value = self._get(key, _MISSING)
        problem = uid_problem(value)
        if problem:
            raise fail(self.at(key), value, problem)
        return checked_text(self.at(key), value)  # type: ignore[arg-type]

    def optional_uid(self, key: str) -> str | None:
        return None if self._get(key, None) is None else self.uid(key)

    def date(self, key: str) -> PartialDate:
        value = self._get(key, _MISSING)
        return self._parse_date(key, value)

    def optional_date(self, key: str) -> PartialDate | None:
        value = self._get(key, None)
        return None if value is None else self._parse_date(key, value)

    def _parse_date(self, key: str, value: object) -> PartialDate:
        if not isinstance(value, str):
            raise fail(self.at(key), value, "is not a date (dates are strings like \"2025-06\")")
        try:
            return dates.parse(value)
        except dates.DateError as exc:
            reason = str(exc).partition(": ")[2]
            raise fail(self.at(key), value, f"is not a date{f' ({reason})' if reason else ''}") from None

    def choice(self, key: str, kind: type[E], default: object = _MISSING) -> E:
        value = self._get(key, default)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise fail(self.at(key), value, f"is not one of: {allowed}") from None

    def flag(self, key: str, default: object = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise fail(self.at(key), value, "is not true or false")
        return value

    def integer(self, key: str, low: int, high: int, default: object = _MISSING) -> int:
        value = self._get(key, default)
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise fail(self.at(key), value, f"is not a whole number from {low} to {high}")
        return value

    def color(self, key: str) -> str | None:
        value = self.optional_text(key)
        if value is not None and not _COLOR.fullmatch(value):
            raise fail(self.at(key), value, "is not a colour like \"#1f77b4\"")
        return value

    def string_list(self, key: str) -> tuple[str, ...]:
        items = []
        for item, path in self.items(key):
            if not isinstance(item, str) or "\n" in item or not item.strip():
                raise fail(path, item, "is not a non-empty, one-line string")
            items.append(checked_text(path, item))
        return tuple(items)

    def items(self, key: str, default: object = ()) -> Iterator[tuple[object, str]]:
        """The elements of a list field, each with its path."""
        value = self._get(key, default)
        if not isinstance(value, (list, tuple)):
            raise fail(self.at(key), value, "is not a list")
        for index, item in enumerate(value):
            yield item, f"{self.at(key)}[{index}]"

    def child(self, key: str, keys: frozenset[str] | set[str]) -> JsonObject | None:
        value = self._get(key, None)
        return None if value is None else JsonObject(value, self.at(key), keys)
