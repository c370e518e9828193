#!/bin/sh
# Without a display Parley says so in one line and exits with status 2, never a crash.
parley=$1
message=$(env -u DISPLAY -u WAYLAND_DISPLAY "$parley" --demo 2>&1)
status=$?
echo "status $status: $message"
[ "$status" -eq 2 ] && [ "$message" = "no display: run it under xvfb-run, or set DISPLAY" ]
