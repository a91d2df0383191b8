"""The presenter's keys, as clickers send them, and the list the "?" overlay shows.

Clickers send PageDown/PageUp (some Right/Left or Space), "B" or "." for a black screen and
F5/Esc for their start/stop button; so F5 during a show must not restart it. S switches between
the slides and the presenter console (on one screen the console then fills it, as PowerPoint's
presenter view does; with two screens the two swap screens). A number typed
then Enter jumps to that step; while a number is being typed, Backspace rubs out a digit and
Esc forgets it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt

Key = Qt.Key


class Command(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    JUMP = "jump"
    BLACK = "black"
    WHITE = "white"
    LEAVE = "leave"
    FULL_SCREEN = "full screen"
    SWITCH = "switch"  # one screen: the console in front of the slides, or back; two screens: swap them
    HELP = "help"
    TYPING = "typing"  # a digit typed or rubbed out, or the number forgotten
    NOTHING = "nothing"  # taken, but does nothing (F5 while presenting)


_KEYS: dict[Key, Command] = {
    **dict.fromkeys((Key.Key_Right, Key.Key_Down, Key.Key_Space, Key.Key_PageDown, Key.Key_N, Key.Key_Return, Key.Key_Enter),
                    Command.NEXT),
    **dict.fromkeys((Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace, Key.Key_P), Command.PREVIOUS),
    Key.Key_Home: Command.FIRST, Key.Key_End: Command.LAST,
    Key.Key_B: Command.BLACK, Key.Key_Period: Command.BLACK, Key.Key_W: Command.WHITE, Key.Key_Comma: Command.WHITE,
    Key.Key_Escape: Command.LEAVE, Key.Key_F: Command.FULL_SCREEN,
    Key.Key_S: Command.SWITCH,
    Key.Key_Question: Command.HELP, Key.Key_F1: Command.HELP, Key.Key_H: Command.HELP,
    Key.Key_F5: Command.NOTHING,
}
_DIGITS = {getattr(Key, f"Key_{d}"): str(d) for d in range(10)}
MAX_DIGITS = 5

# What the "?" overlay lists: keys, then what they do
HELP_ROWS: tuple[tuple[str, str], ...] = (
    ("→  ↓  Space  Page Down  N  Enter  click", "next step"),
    ("←  ↑  Page Up  Backspace  P  right-click", "previous step"),
    ("Home  /  End", "first / last step"),
    ("a number, then Enter", "go to that step"),
    ("B  or  .", "black screen (again to come back)"),
    ("W  or  ,", "white screen (again to come back)"),
    ("F", "full screen on or off"),
    ("S", "switch between the slides and the console (two screens: swap them)"),
    ("?  or  H", "show or hide these keys"),
    ("Esc", "leave the show"),
)


class KeyInterpreter:
    """Turns key presses into commands, remembering a number being typed."""

    def __init__(self) -> None:
        self.typed = ""

    def claims(self, key: int, text: str = "", modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> bool:
        """Whether a key press would be the show's (without acting on it): such keys beat shortcuts."""
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        return key in _DIGITS or key in _KEYS or text == "?" or (text.isdigit() and len(text) == 1 and text.isascii())

    def interpret(self, key: int, text: str = "",
                  modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> tuple[Command, int] | None:
        """The command for a key press, with the step number (1-based) for JUMP; None when not ours."""
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return None
        if key in _DIGITS or (text.isdigit() and len(text) == 1 and text.isascii()):
            if len(self.typed) < MAX_DIGITS:
                self.typed += _DIGITS.get(key, text)
            return Command.TYPING, 0
        if text == "?":
            return Command.HELP, 0
        if self.typed:
            if key in (Key.Key_Return, Key.Key_Enter):
                number, self.typed = int(self.typed), ""
                return Command.JUMP, number
            if key == Key.Key_Backspace:
                self.typed = self.typed[:-1]
                return Command.TYPING, 0
            if key == Key.Key_Escape:
                self.typed = ""
                return Command.TYPING, 0
            self.typed = ""  # any other key: the number is forgotten, the key does what it does
        command = _KEYS.get(key)  # Qt.Key is an IntEnum: the int from a key event finds it
        return None if command is None else (command, 0)
