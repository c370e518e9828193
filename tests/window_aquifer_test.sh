#!/bin/sh
# The aquifer workshop (Arabic, Hebrew and English) in the real window: `parley --screenshot`
# of every view of it under Xvfb, each checked to be a real picture, left in OUT_DIR to look
# at; then every Arabic and Hebrew paragraph of it laid out as Parley draws it, checked against
# pango's layout of it (pango_order), with pango-view's picture of each left beside them in
# OUT_DIR/pango. Exits 77 (ctest: skipped) without xvfb-run or pango-view.
# Usage: window_aquifer_test.sh PARLEY PNG_NOT_BLANK PANGO_ORDER OUT_DIR
set -eu
parley=$1 check=$2 order=$3 out=$4
for tool in xvfb-run pango-view; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: $tool is not installed (apt-get install xvfb xauth pango1.0-tools)"
    exit 77
  fi
done
# Absolute: a relative XDG_DATA_HOME is ignored (the XDG spec), and the copy would go to ~.
rm -rf "$out" && mkdir -p "$out/pango" && out=$(cd "$out" && pwd)
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
for view in start setup ground-rules read-aloud stories needs-fears options options-weigh options-steps \
            memo memo-versions log; do
  xvfb-run -a -s "-screen 0 1440x900x24" "$parley" --screenshot "$out/$view.png" --view "$view" --demo aquifer
  "$check" "$out/$view.png"
done
"$parley" export "$out/data/parley/demo-aquifer.parley" --json -o "$out/aquifer.json"
"$order" "$out/aquifer.json" /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf "$out/pango"
