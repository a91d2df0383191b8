#!/bin/sh
# Regenerate the README's screenshots (docs/screenshots/) and the user guide's pictures
# (resources/help/images/) from the bundled case, offscreen, with the app's own --screenshot.
#   sh docs/make-screenshots.sh            (from the repository, with the project installed)
# Uses a private data folder, so the user's settings, recent files and backups are untouched.
set -eu
cd "$(dirname "$0")/.."
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export CASE_EXPLORER_HOME="$home" QT_QPA_PLATFORM=offscreen
shots=docs/screenshots
shoot() { python -m explorer --screenshot "$@" >/dev/null; }

for theme in light dark contrast; do
  shoot "$shots/main-$theme.png" --theme "$theme" --size 1600x1000
done
for theme in light dark; do
  shoot "$shots/timeline-$theme.png" --view timeline --theme "$theme" --size 1600x1000
done
shoot "$shots/relationships-2025-06-14.png" --view relationships --as-of 2025-06-14 --size 1600x1000
shoot "$shots/relationships-2025-06-14-known.png" --view relationships --as-of 2025-06-14 --known --size 1600x1000
shoot "$shots/presenter-step-3.png" --view presenter --step 3 --size 1600x1000
shoot "$shots/presenter-step-2-dark.png" --view presenter --step 2 --theme dark --size 1600x1000
shoot "$shots/presenter-step-3-contrast.png" --view presenter --step 3 --theme contrast --size 1600x1000

# the user guide's pictures: 880 pixels wide
guide=resources/help/images
shoot "$home/main.png" --theme light --size 1600x1030
shoot "$home/relationships.png" --view relationships --as-of "14 June 2025" --size 1600x1000
shoot "$home/slide.png" --view presenter --step 3 --size 1600x900
python - "$home" "$guide" <<'EOF'
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
source, target = sys.argv[1], sys.argv[2]
for name, out in (("main", "main-window"), ("relationships", "relationships"), ("slide", "slide")):
    image = QImage(f"{source}/{name}.png").scaledToWidth(880, Qt.TransformationMode.SmoothTransformation)
    assert image.save(f"{target}/{out}.png"), out
EOF
echo "wrote $shots/*.png and $guide/*.png"
