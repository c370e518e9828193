#!/bin/bash
# A whole three-party workshop run through the real window under Xvfb at 1280x800, as a person
# would: xdotool types (names in Greek, Cyrillic and Georgian pasted through the clipboard,
# which xdotool cannot type reliably), clicks land on controls found by their labels in the
# window's own layout (`parley --layout FILE`, the headless tests' recorder), the program is
# killed with -9 in the middle of typing a field saved as it is typed, and the record is read
# back through `parley export --json`. Exits 77 (ctest: skipped) without Xvfb, xdotool or xclip.
# Usage: workshop_window_test.sh PARLEY OUT_DIR
set -u
parley=$1 out=$2
for tool in Xvfb xdotool xclip python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: $tool is not installed (apt-get install xvfb xdotool xclip python3)"
    exit 77
  fi
done
rm -rf "$out" && mkdir -p "$out"
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
layout=$out/layout.tsv
file=$XDG_DATA_HOME/parley/demo.parley
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A display of its own, 1280x800 like a small laptop's.
. "$(dirname "$0")/own_display.sh" 1280x800 90

# Starts Parley with `args`, and waits for its window and its first layout.
start() {
  rm -f "$layout"
  "$parley" --layout "$layout" "$@" >>"$out/parley.log" 2>&1 &
  app=$!
  win=""
  for _ in $(seq 100); do
    win=$(xdotool search --name 'Parley' 2>/dev/null | head -1)
    [ -n "$win" ] && [ -s "$layout" ] && break
    sleep 0.1
  done
  [ -n "$win" ] || { echo "FAIL: no Parley window"; exit 1; }
  xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
  sleep 0.5
}
kill9() { kill -9 "$app"; wait "$app" 2>/dev/null; app=""; }
quit() { kill "$app"; wait "$app" 2>/dev/null; app=""; }

# The centre of the `nth` control labelled `label` (from 0), when it is on screen.
centre() {
  awk -F'\t' -v l="$1" -v n="${2:-0}" \
    '$1 == l && $2 == n && ($4 + $6) / 2 > 30 && ($4 + $6) / 2 < 790 { printf "%d %d\n", ($3 + $5) / 2, ($4 + $6) / 2; f = 1; exit }
     END { exit !f }' "$layout" 2>/dev/null
}
# The number of controls labelled `label`.
count() { awk -F'\t' -v l="$1" '$1 == l { c++ } END { print c + 0 }' "$layout"; }
# Waits for the control to be on screen, scrolling the view under the mouse towards it.
find() {
  local at
  for i in $(seq 40); do
    at=$(centre "$1" "${2:-0}") && { echo "$at"; return 0; }
    if [ "$i" -gt 5 ]; then
      local y
      y=$(awk -F'\t' -v l="$1" -v n="${2:-0}" '$1 == l && $2 == n { print int(($4 + $6) / 2); exit }' "$layout")
      # Not drawn at all (out of sight: a view draws only what is in view): down, then up.
      xdotool mousemove --window "$win" 800 400
      if [ -n "$y" ]; then
        if [ "$y" -gt 400 ]; then xdotool click 5; else xdotool click 4; fi
      elif [ "$i" -lt 22 ]; then
        xdotool click 5
      else
        xdotool click 4
      fi
    fi
    sleep 0.15
  done
  return 1
}
click() {
  local at
  at=$(find "$1" "${2:-0}") || {
    cp "$layout" "$out/missing-$failures.tsv"
    fail "no control \"$1\" (number $((${2:-0} + 1))) on screen; the layout then: $out/missing-$failures.tsv"
    return 1
  }
  # shellcheck disable=SC2086
  xdotool mousemove --window "$win" $at
  sleep 0.15
  xdotool mousedown 1
  sleep 0.1
  xdotool mouseup 1
  sleep 0.4
}
type() { xdotool type --delay 40 -- "$1"; sleep 0.3; }
key() { xdotool key --delay 80 "$@"; sleep 0.3; }
paste() {
  printf '%s' "$1" | xclip -selection clipboard -i -loops 1 &
  local clip=$!
  # xclip owns the clipboard only once it has read its input: a Ctrl+V before that pastes nothing.
  sleep 0.8
  xdotool key ctrl+v
  # xclip leaves once the window has read the clipboard. Killed before that (a slow frame
  # under load), it would paste nothing, which looked like Parley losing the name.
  for _ in $(seq 50); do kill -0 "$clip" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$clip" 2>/dev/null; then
    kill "$clip"
    fail "the window did not read the clipboard to paste $1"
  fi
  wait "$clip" 2>/dev/null
  sleep 0.3
}
# Goes to a phase in the phase list; when warnings stand, only looks.
phase() {
  click "$1"
  sleep 0.3
  if centre "Only look at $1" >/dev/null; then click "Only look at $1"; fi
}

# --- Set-up: a third party, and its participants named in three scripts ------------------------
start --demo
click "Add party"
click "##party name" 2
key ctrl+a
type "Valley farmers"
greek="Ελένη Παπαδοπούλου" cyrillic="Анна Иванова" georgian="ნინო ბერიძე"
for name in "$greek" "$cyrillic" "$georgian"; do
  # The third party's table is the last: at the bottom of the view, its button is the last.
  xdotool mousemove --window "$win" 800 400
  for _ in $(seq 15); do xdotool click 5; done
  sleep 0.5
  before=$(count "##name")
  click "Add participant" $(($(count "Add participant") - 1))
  for _ in $(seq 20); do [ "$(count "##name")" -gt "$before" ] && break; sleep 0.1; done
  sleep 0.5  # the frame that gives the new row's name field the keyboard
  # The new row's name field has the keyboard and is in view.
  paste "$name"
done

# --- Killed in the middle of typing the workshop's title, saved as it is typed -------------------
click "Title"
key ctrl+a
title="River and valley talks"
xdotool type --delay 120 -- "$title" &
typing=$!
sleep 1.2
kill9
wait "$typing" 2>/dev/null
"$parley" export "$file" --json -o "$out/killed.json" >/dev/null 2>&1 || fail "export after kill -9"
python3 - "$out/killed.json" "$title" <<'PY' || fail "the title typed before the kill is not on disk"
import json, sys
t = json.load(open(sys.argv[1]))["tables"]["workshop"][0]["title"]
print("title on disk after kill -9:", repr(t))
sys.exit(0 if t and sys.argv[2].startswith(t) else 1)
PY
start "$file"
click "Title"
key ctrl+a
type "$title"

# --- Ground rules: a consent ------------------------------------------------------------------
phase "Ground rules"
if [ "$(count "Add the standard rules")" -gt 0 ]; then click "Add the standard rules"; fi
click "##agreed" 0

# --- Stories: one, told by the Greek-named participant -------------------------------------------
phase "Stories"
click "Teller"
click "$greek"
click "Summary"
type "The river dried up in the summer of the drought and the farmers below the dam lost their orchards"
key ctrl+Return

# --- Needs & fears: a concern for each party ----------------------------------------------------
phase "Needs & fears"
for p in 0 1 2; do
  click "##capture" "$p"
  type "Concern of party $p about water"
  key Return
done

# --- Options: one option, and a score --------------------------------------------------------
phase "Options"
click "##new option"
type "A joint water council"
key Return
click "Weigh"
score="Valley farmers scores +2 | A joint water council | Concern of party 2 about water"
click "$score"

# --- Memo: a paragraph ----------------------------------------------------------------------
phase "Joint memo"
click "Add paragraph"
sleep 0.5
# The new paragraph ends the first section: the last text above the next section's button.
below=$(awk -F'\t' '$1 == "Add paragraph" && $2 == 1 { print $4 }' "$layout")
n=$(awk -F'\t' -v b="${below:-99999}" '$1 == "##text" && $4 < b { n = $2 } END { print n + 0 }' "$layout")
click "##text" "$n"
type "The parties agreed to meet again."
click "Title##memo"
quit

# --- The record, through the JSON export ----------------------------------------------------
"$parley" export "$file" --json -o "$out/workshop.json" || fail "export --json"
python3 - "$out/workshop.json" "$greek" "$cyrillic" "$georgian" "$title" <<'PY' || fail "the record"
import json, sys
w = json.load(open(sys.argv[1]))["tables"]
greek, cyrillic, georgian, title = sys.argv[2:6]
bad = 0
def check(ok, what):
    global bad
    print(("ok:   " if ok else "FAIL: ") + what)
    bad += not ok
def column(table, name):
    return [row.get(name) for row in w.get(table, [])]
parties = column("party", "name")
check(len(parties) == 3 and parties[2] == "Valley farmers", "three parties, the third named")
names = column("participant", "name")
for name in (greek, cyrillic, georgian):
    check(name in names, "participant " + name)
check(w["workshop"][0]["title"] == title, "the title typed again after the kill")
check(len(w.get("consent", [])) > 0, "a consent")
check(any("orchards" in s for s in column("story", "summary")), "the story")
concerns = column("concern", "text")
for p in range(3):
    check("Concern of party %d about water" % p in concerns, "the concern of party %d" % p)
check("A joint water council" in column("option", "text"), "the option")
council = [o["id"] for o in w.get("option", []) if o.get("text") == "A joint water council"]
check(any(s["option_id"] in council and s["value"] == 2 for s in w.get("score", [])), "the option scored +2")
check("The parties agreed to meet again." in column("memo_paragraph", "text"), "the memo paragraph")
sys.exit(1 if bad else 0)
PY
[ "$failures" -eq 0 ] || { echo "$failures failed; layout and log in $out"; exit 1; }
echo "a three-party workshop through the real window: all checks hold"
