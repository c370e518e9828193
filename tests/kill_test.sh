#!/bin/sh
# kill -9 in the middle of typing a story into the real window under Xvfb, then the record
# checked through `parley export --json`: what was typed is there as a draft, and the workshop
# is still marked open, so that the next run says so and goes back to the Stories screen.
# Exits 77 (ctest: skipped) without xvfb-run or xdotool. Usage: kill_test.sh PARLEY OUT_DIR
set -eu
parley=$1 out=$2
for tool in xvfb-run xdotool; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "skipped: $tool is not installed (apt-get install xvfb xauth xdotool)"
    exit 77
  fi
done
rm -rf "$out" && mkdir -p "$out"
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
# The demo workshop, made by a run that ends normally.
xvfb-run -a -s "-screen 0 1280x800x24" "$parley" --screenshot "$out/first.png" --demo
file="$out/data/parley/demo.parley"
settings="$out/config/parley/settings.ini"
test -f "$file" && test -f "$settings"
grep -q "^place = 0 " "$settings"  # closed properly
# The Stories screen gives its summary field the keyboard when it opens: the next run is sent
# there as after a crash on it (the way Parley itself goes back), and the typing goes in.
sed -i '/^place = /d' "$settings"
echo "place = 1 0 stories $(realpath "$file")" >>"$settings"
typed="Her orchard flooded twice"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
  "$1" "$2" &
  pid=$!
  for i in $(seq 100); do
    xdotool search --name "^Parley$" >/dev/null 2>&1 && break
    sleep 0.2
  done
  sleep 2
  xdotool type --delay 60 -- "$3"
  sleep 1
  kill -9 $pid
  wait $pid || true
' kill_test "$parley" "$file" "$typed"
"$parley" export "$file" --json -o "$out/after.json"
if ! grep -q "\"text\": \"$typed\"" "$out/after.json"; then
  echo "the story typed before kill -9 is not in the record:"
  grep -A9 '"draft"' "$out/after.json" || true
  exit 1
fi
grep -q "^place = 1 [0-9]* stories " "$settings"  # still marked open: the next run will say so
echo "kept across kill -9: $typed"
