#!/bin/sh
# Regenerate the translations: pull every tr()/translate() string from the Python sources into
# the .ts files (keeping what is translated), then compile the .qm files the app loads.
#   resources/translations/update.sh            (uses pyside6-lupdate/-lrelease from PATH or $VENV/bin)
# Translate with pyside6-linguist resources/translations/case_explorer_de.ts, then run this again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${VENV:+$VENV/bin/}
cd "$root"
sources=$(find explorer -name '*.py' -not -path '*/__pycache__/*' | sort)
for ts in "$here"/case_explorer_*.ts; do
    # shellcheck disable=SC2086
    "${bin}pyside6-lupdate" -no-obsolete -locations none $sources -ts "$ts"
    "${bin}pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
