# Sourced by the window tests (bash): a display of their own, Xvfb at SIZE (WIDTHxHEIGHT) on the
# first number from FIRST that is free and answers (another test may take a number between the
# look and the start), and at exit the programs whose ids are in $app and $wm (when set) ended,
# then the display. Usage: . own_display.sh SIZE FIRST
end_program() { [ -n "$1" ] && kill "$1" 2>/dev/null && wait "$1" 2>/dev/null; }
xvfb=""
for n in $(seq "$2" $(($2 + 50))); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  export DISPLAY=:$n
  Xvfb "$DISPLAY" -screen 0 "$1x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do
    kill -0 "$xvfb" 2>/dev/null || break
    xdotool getdisplaygeometry >/dev/null 2>&1 && break 2
    sleep 0.1
  done
  end_program "$xvfb"
  xvfb=""
done
[ -n "$xvfb" ] || { echo "FAIL: no display of its own could be started"; exit 1; }
app="" wm=""
cleanup() {
  end_program "$app"
  end_program "$wm"
  end_program "$xvfb"
}
trap cleanup EXIT
