#!/bin/bash
# The window's size, place and maximised state kept between runs, under a real window manager
# (openbox) on Xvfb at 1280x800: Parley moved and sized, then maximised, closed as a person
# closes it, opens maximised (its frame filling the work area); un-maximised, it takes the size
# and place it had before. Xvfb alone has no window manager, so nothing maximises there.
# Exits 77 (ctest: skipped) without Xvfb, openbox, wmctrl, xdotool or xprop.
# Usage: window_place_test.sh PARLEY OUT_DIR
set -u
parley=$1 out=$2
for tool in Xvfb openbox wmctrl xdotool xprop xwininfo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (apt-get install xvfb openbox wmctrl xdotool x11-utils)"
    exit 77
  fi
done
rm -rf "$out" && mkdir -p "$out"
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A display of its own, 1280x800 like a small laptop's, with a window manager on it.
. "$(dirname "$0")/own_display.sh" 1280x800 150
# Openbox now and then cannot open a display that has just come up: it is given three tries.
for _ in 1 2 3; do
  openbox --sm-disable >>"$out/openbox.log" 2>&1 &
  wm=$!
  for _ in $(seq 50); do wmctrl -m >/dev/null 2>&1 && break 2; kill -0 "$wm" 2>/dev/null || break; sleep 0.1; done
  end_program "$wm"
  wm=""
  sleep 0.5
done
wmctrl -m >/dev/null 2>&1 || { echo "FAIL: openbox did not start"; exit 1; }

# Polls `condition` (a command) for up to five seconds.
until_true() {
  for _ in $(seq 50); do "$@" && return 0; sleep 0.1; done
  return 1
}
has_window() { win=$(xdotool search --name '^Parley' 2>/dev/null | head -1) && [ -n "$win" ]; }
start() {
  "$parley" >>"$out/parley.log" 2>&1 &
  app=$!
  until_true has_window || { echo "FAIL: no Parley window"; exit 1; }
  sleep 1  # the window manager places and decorates it
}
# Closes the window as a person does (the window manager's close), and waits for Parley to end.
close() {
  wmctrl -i -c "$win"
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$app" 2>/dev/null; then
    fail "Parley did not end when its window was closed"
    kill "$app"
  fi
  wait "$app" 2>/dev/null
  app=""
}
maximised() {
  local state
  state=$(xprop -id "$win" _NET_WM_STATE)
  [[ $state == *_NET_WM_STATE_MAXIMIZED_VERT* && $state == *_NET_WM_STATE_MAXIMIZED_HORZ* ]]
}
not_maximised() { ! maximised; }
# The window's content: "x y width height" (xwininfo: xdotool counts a reparented window's
# frame twice in its position).
content() {
  xwininfo -id "$win" | awk -F: '/Absolute upper-left X/ { x = $2 } /Absolute upper-left Y/ { y = $2 }
                                 /^ *Width/ { w = $2 } /^ *Height/ { h = $2 }
                                 END { print x + 0, y + 0, w + 0, h + 0 }'
}
# The window with its frame: "x y width height".
outer() {
  local extents
  extents=$(xprop -id "$win" _NET_FRAME_EXTENTS | sed 's/.*= //; s/,//g')
  read -r left right top bottom <<<"${extents:-0 0 0 0}"
  read -r x y w h <<<"$(content)"
  echo "$((x - left)) $((y - top)) $((w + left + right)) $((h + top + bottom))"
}
workarea() { xprop -root _NET_WORKAREA | sed 's/.*= //; s/,//g' | awk '{ print $1, $2, $3, $4 }'; }
settings=$XDG_CONFIG_HOME/parley/settings.ini

# 1. A size and place of its own, then maximised, then closed.
start
wmctrl -i -r "$win" -e 0,120,90,1000,620
until_true sh -c "xwininfo -id $win | grep -q 'Width: 1000'" ||
  fail "the window manager did not size the window to 1000 wide"
sleep 0.5
restored=$(content)
echo "restored: $restored"
wmctrl -i -r "$win" -b add,maximized_vert,maximized_horz
until_true maximised || fail "the window manager did not maximise the window"
sleep 0.5
[ "$(outer)" = "$(workarea)" ] || fail "maximised, the window ($(outer)) does not fill the work area ($(workarea))"
close
echo "--- settings"; cat "$settings" 2>/dev/null || fail "no settings written at $settings"

# 2. Opened again: maximised, filling the work area.
start
until_true maximised || fail "reopened, the window is not maximised"
sleep 0.5
[ "$(outer)" = "$(workarea)" ] ||
  fail "reopened maximised, the window ($(outer)) does not fill the work area ($(workarea))"

# 3. Un-maximised: the size and place it had before it was maximised.
wmctrl -i -r "$win" -b remove,maximized_vert,maximized_horz
until_true not_maximised || fail "the window manager did not un-maximise the window"
sleep 0.5
[ "$(content)" = "$restored" ] ||
  fail "un-maximised, the window is at $(content) where it was at $restored before it was maximised"
close

# 4. Closed un-maximised, it opens there again, not maximised.
start
maximised && fail "closed un-maximised, the window opens maximised"
[ "$(content)" = "$restored" ] ||
  fail "reopened, the window is at $(content) where it was closed at $restored"
close

if [ "$failures" -gt 0 ]; then
  echo "$failures failures; Parley's output: $out/parley.log"
  exit 1
fi
echo "ok: size, place and maximised state kept between runs under openbox"
