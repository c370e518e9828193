#!/bin/sh
# The real window: `parley --screenshot` of the start screen and of every view of the demo
# workshop under Xvfb with Mesa's software OpenGL, each checked to be a real picture. Exits 77 (ctest: skipped) without
# xvfb-run. Usage: window_test.sh PARLEY PNG_NOT_BLANK OUT_DIR
set -eu
parley=$1 check=$2 out=$3
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "skipped: xvfb-run is not installed (apt-get install xvfb xauth)"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
for view in start setup ground-rules stories needs-fears options options-weigh options-steps memo log; do
  if [ "$view" = start ]; then source=""; else source="--demo"; fi
  xvfb-run -a -s "-screen 0 1440x900x24" "$parley" --screenshot "$out/$view.png" --view "$view" $source
  "$check" "$out/$view.png"
done
# `--first-frame` (make bench's start measure): the demo opened beside the window, one frame
# drawn, a clean exit.
xvfb-run -a -s "-screen 0 1440x900x24" "$parley" --first-frame --demo
test -f "$out/data/parley/demo.parley"
