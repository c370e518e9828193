#!/bin/sh
# Builds Parley's Debian package, parley_<version>_<arch>.deb, in BUILD_DIR from a Release build
# of the executable and the PDF module, built with Debian's own hardening flags (dpkg-buildflags),
# and prints the package's path. Used by `make package` and by the package test, so that both
# make the same package. Usage: build_deb.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1 build=$2
# Read by CMake when it first configures BUILD_DIR.
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS
# cpack installs without building everything first (the tests are not in the package).
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_PACKAGE=ON -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >&2
cmake --build "$build" -j"$(nproc)" --target parley parley_pdf parley_package_data >&2
rm -f "$build"/parley_*.deb
(cd "$build" && cpack -G DEB) >&2
ls "$build"/parley_*.deb
