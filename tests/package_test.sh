#!/bin/sh
# The Debian package as a facilitator gets it: built by packaging/build_deb.sh, its files
# checked by the tools Debian checks them with, then unpacked into a scratch root and run from
# there, away from the source tree: `parley --version`, `--screenshot` of the installed demo
# under Xvfb, `export` of that workshop (the PDF through the installed module), and the file
# type opened by Parley.
# Usage: package_test.sh SOURCE_DIR BUILD_DIR VERSION APP_ID PNG_NOT_BLANK OUT_DIR
set -eu
src=$1 build=$2 version=$3 appid=$4 check=$5 out=$6
started=$(date +%s)
fail() { echo "FAIL: $*" >&2; exit 1; }

deb=$("$src/packaging/build_deb.sh" "$src" "$build")
case $deb in */parley_${version}_$(dpkg --print-architecture).deb) ;; *) fail "package named $deb" ;; esac
echo "package: $deb ($(( $(date +%s) - started )) s to build)"

rm -rf "$out" && mkdir -p "$out" && out=$(cd "$out" && pwd)
root=$out/root
dpkg-deb -x "$deb" "$root"
share=$root/usr/share

# What the package holds.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$out/contents"
for file in /usr/bin/parley /usr/lib/parley/libparley_pdf.so /usr/share/applications/parley.desktop \
    /usr/share/metainfo/$appid.metainfo.xml /usr/share/mime/packages/parley.xml \
    /usr/share/icons/hicolor/scalable/apps/parley.svg /usr/share/icons/hicolor/16x16/apps/parley.png \
    /usr/share/icons/hicolor/48x48/apps/parley.png /usr/share/icons/hicolor/256x256/apps/parley.png \
    /usr/share/man/man1/parley.1.gz /usr/share/doc/parley/copyright /usr/share/doc/parley/changelog.gz \
    /usr/share/parley/sessions/demo.sql; do
  grep -qx "$file" "$out/contents" || fail "the package has no $file"
done
dpkg-deb -f "$deb" Depends | tee "$out/depends"
for dependency in fonts-dejavu-core fonts-noto-core libglfw3 libsqlite3-0 libpangocairo-1.0-0; do
  grep -q "$dependency" "$out/depends" || fail "the package does not depend on $dependency"
done

# Debian's checkers.
desktop-file-validate "$share/applications/parley.desktop"
grep -qx 'MimeType=application/x-parley;' "$share/applications/parley.desktop" || fail "desktop entry's MIME type"
appstreamcli validate --no-net "$share/metainfo/$appid.metainfo.xml"
grep -q "release version=\"$version\"" "$share/metainfo/$appid.metainfo.xml" || fail "metainfo's release"
xmllint --noout "$share/mime/packages/parley.xml"
zcat "$share/man/man1/parley.1.gz" | grep -q "Parley $version" || fail "the manual's version"
MANWIDTH=200 man -l "$share/man/man1/parley.1.gz" > "$out/parley.1.txt" 2> "$out/man.stderr"
[ ! -s "$out/man.stderr" ] || { cat "$out/man.stderr"; fail "man warns"; }
lintian --fail-on error --tag-display-limit 0 "$deb"

# The installed program, run from the scratch root with nothing of the source tree.
parley=$root/usr/bin/parley
export XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config"
cd "$out"
[ "$("$parley" --version)" = "parley $version" ] || fail "parley --version says $("$parley" --version)"
# The manual agrees with `parley --help`: every command, option, exit status and variable.
"$parley" --help > "$out/help.txt"
for word in $(sed -n 's/^  parley \([a-z][a-z-]*\).*/\1/p' "$out/help.txt") \
    $(grep -oE -- '--[a-z][a-z-]*|XDG_[A-Z_]+' "$out/help.txt"); do
  grep -q -- "$word" "$out/parley.1.txt" || fail "the manual has no $word"
done
for status in $(sed -n '/^Exit status/,/^$/p' "$out/help.txt" | grep -oE '(^| )[0-9]+ ' | tr -d ' '); do
  sed -n '/^EXIT STATUS/,/^[A-Z]/p' "$out/parley.1.txt" | grep -qx "       $status" || fail "the manual has no exit status $status"
done
xvfb-run -a -s "-screen 0 1440x900x24" "$parley" --screenshot "$out/setup.png" --view setup --demo
"$check" "$out/setup.png"
workshop=$XDG_DATA_HOME/parley/demo.parley
"$parley" export "$workshop" --memo --format md -o "$out/memo.md"
grep -q "Aldra" "$out/memo.md" || fail "the exported memo"
# The PDF through the module the package installed, not the one of a build folder.
LD_DEBUG=files "$parley" export "$workshop" --memo --format pdf -o "$out/memo.pdf" 2> "$out/ld_debug"
grep -q "file=$root/usr/bin/../lib/parley/libparley_pdf.so" "$out/ld_debug" || fail "the PDF module was not the installed one"
pdftotext "$out/memo.pdf" - | grep -q "Aldra" || fail "the exported PDF"

# The file type: a workshop is application/x-parley by its name and by its header, and Parley
# is the program that opens it.
[ "$(head -c 16 "$workshop")" = "SQLite format 3" ] && [ "$(head -c 72 "$workshop" | tail -c 4)" = PRLY ] ||
  fail "the workshop's header is not the MIME type's magic"
XDG_DATA_DIRS="$share" update-mime-database "$share/mime"
grep -q 'application/x-parley' "$share/mime/globs2" || fail "the MIME glob"
XDG_DATA_DIRS="$share" update-desktop-database "$share/applications"
default=$(env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION XDG_DATA_DIRS="$share" XDG_DATA_HOME="$out/empty" \
  XDG_CONFIG_HOME="$out/empty" XDG_CONFIG_DIRS="$out/empty" xdg-mime query default application/x-parley)
[ "$default" = parley.desktop ] || fail "xdg-mime opens application/x-parley with '$default'"
echo "package test: $(( $(date +%s) - started )) s"
