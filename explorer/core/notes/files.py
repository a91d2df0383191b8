"""Writing export files safely: the new file replaces the old one only once it is complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(out: Path | str, data: bytes) -> None:
    """Write ``data`` to ``out`` through a synced temporary file beside it; OSError names ``out``."""
    out = Path(out)
    if out.is_dir():
        raise ValueError(f"{out}: is a folder; give the name of a file to write")
    if not out.parent.is_dir():
        raise ValueError(f"{out}: cannot be written: the folder {out.parent} does not exist")
    try:
        handle, partial = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot be written ({exc.strerror})", str(out)) from None
    try:
        os.chmod(partial, out.stat().st_mode & 0o7777 if out.exists() else 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, out)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot be written ({exc.strerror})", str(out)) from None
    finally:
        Path(partial).unlink(missing_ok=True)
