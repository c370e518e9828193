#!/bin/sh
# The real window: `parley --screenshot` of the start screen and of every view of the demo
# workshop under Xvfb with Mesa's software OpenGL, each checked to be a real picture, and the
# exit statuses of `--screenshot`. Exits 77 (ctest: skipped) without xvfb-run.
# Usage: window_test.sh PARLEY PNG_NOT_BLANK OUT_DIR
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
# The exit statuses of `--screenshot` (the README's table): 4 for a workshop refused (here the
# demo cut short by 7 bytes), which is left byte for byte as it was with no -wal or -shm beside
# it, the message on stderr and in the picture; 4 for a PNG that cannot be written; 2 for an
# unknown view.
# Parley's own status, written inside xvfb-run: xvfb-run's would be its own when it fails to
# clean up its temporary folder (status 5, seen once in CI).
status_of() {
  rm -f "$out/status.txt"
  STATUS="$out/status.txt" xvfb-run -a -s "-screen 0 1440x900x24" \
    sh -c '"$@"; echo $? >"$STATUS"' sh "$parley" "$@" >/dev/null 2>"$out/stderr.txt" || true
  cat "$out/status.txt"
}
fail() { echo "window_test: $*" >&2; exit 1; }
damaged="$out/Вода cut.parley"
head -c -7 "$out/data/parley/demo.parley" >"$damaged"
cp "$damaged" "$out/damaged-before.parley"
[ "$(status_of --screenshot "$out/damaged.png" "$damaged")" = 4 ] || fail "a damaged workshop: status $(cat "$out/status.txt")"
grep -q "is damaged: it was cut short" "$out/stderr.txt" || fail "a damaged workshop: $(cat "$out/stderr.txt")"
cmp "$damaged" "$out/damaged-before.parley" || fail "the damaged workshop was changed"
[ ! -e "$damaged-wal" ] && [ ! -e "$damaged-shm" ] || fail "a -wal or -shm was left beside the damaged workshop"
"$check" "$out/damaged.png"
[ "$(status_of --screenshot "$out/no/such/folder/x.png" --demo)" = 4 ] || fail "an unwritable PNG: status $(cat "$out/status.txt")"
[ "$(status_of --screenshot "$out/x.png" --view no-such-view --demo)" = 2 ] || fail "an unknown view: status $(cat "$out/status.txt")"
