# The two commands: `make run` and `make test`. Each installs the Debian packages it needs
# (apt-get, through sudo when not root), configures, builds, and runs.

RELEASE_DIR := build/release
TEST_DIR := build/test
JOBS := $(shell nproc)

# Everything the build, the program and the tests use, from Debian's archive.
BUILD_PACKAGES := cmake make g++ pkg-config libimgui-dev libstb-dev libglfw3-dev libgl-dev \
                  libfreetype-dev libsqlite3-dev doctest-dev libcairo2-dev libpango1.0-dev \
                  libutf8proc-dev libicu-dev nlohmann-json3-dev libsodium-dev libssl-dev \
                  libfribidi-dev
RUN_PACKAGES := fonts-dejavu-core fonts-noto-core libgl1-mesa-dri
# Real readers of the exports (cmark, xmllint, pdftotext, qpdf) check what Parley writes.
# clang and its runtime (libFuzzer, sanitizers) build the importers' fuzz targets for `make fuzz`.
# xdotool drives the real window under Xvfb (its size and place, kept between runs; a whole
# workshop, with xclip pasting names in the scripts xdotool cannot type, and imagemagick's
# `import` for screenshots of it). openbox, wmctrl and x11-utils (xprop, xwininfo): the window
# maximised under a real window manager, and its state kept between runs. pango-view
# (pango1.0-tools): the Arabic and Hebrew of the aquifer workshop laid out as pango does.
TEST_PACKAGES := xvfb xauth cmark libxml2-utils poppler-utils qpdf clang libclang-rt-14-dev xdotool xclip \
                 imagemagick python3 openbox wmctrl x11-utils pango1.0-tools
# `make package` makes the Debian package (CPack, dpkg-shlibdeps, file; the manual page with
# scdoc, the icons with rsvg-convert); the package test checks it with Debian's checkers.
PACKAGE_PACKAGES := dpkg-dev file scdoc librsvg2-bin desktop-file-utils appstream lintian xdg-utils \
                    man-db
# Google Benchmark runs `make bench`.
BENCH_PACKAGES := libbenchmark-dev
PACKAGES := $(BUILD_PACKAGES) $(RUN_PACKAGES) $(TEST_PACKAGES) $(PACKAGE_PACKAGES) $(BENCH_PACKAGES)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench package deps build-release build-test screenshot fuzz clean

run: deps build-release
	$(RELEASE_DIR)/parley --demo

test: deps build-test
	cd $(TEST_DIR) && ctest --output-on-failure --verbose --timeout 600

# The performance budgets (tests/bench/): a Release build, the workloads generated afresh in
# build/bench/work, one table printed; non-zero exit when a budget is missed. Under Xvfb, since
# two budgets start real windows.
BENCH_DIR := build/bench
bench: deps
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DPARLEY_BENCH=ON
	cmake --build $(BENCH_DIR) -j$(JOBS) --target parley parley_bench bare_window
	xvfb-run -a -s "-screen 0 1440x900x24" $(BENCH_DIR)/tests/parley_bench --parley $(BENCH_DIR)/parley \
	  --bare-window $(BENCH_DIR)/tests/bare_window --work $(BENCH_DIR)/work $(BENCH_ARGS)

# The Debian package, parley_<version>_<arch>.deb, here: install it with `apt install ./parley_*.deb`.
PACKAGE_DIR := build/package
package: deps
	deb=$$(packaging/build_deb.sh $(CURDIR) $(PACKAGE_DIR)) && cp "$$deb" . && echo "$${deb##*/}"

deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${db:Status-Status}' $$p 2>/dev/null | grep -qx installed || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

build-release:
	cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(RELEASE_DIR) -j$(JOBS) --target parley

build-test:
	cmake -S . -B $(TEST_DIR) -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON \
	  -DPARLEY_PACKAGE_BUILD_DIR=$(CURDIR)/$(PACKAGE_DIR)
	cmake --build $(TEST_DIR) -j$(JOBS)

# The README's screenshots, made by Parley itself: the demo's screens, and those of the aquifer
# workshop (Arabic, Hebrew and English) as aquifer-VIEW.png.
SCREENS := setup ground-rules stories needs-fears options options-weigh memo
AQUIFER_SCREENS := needs-fears memo
SCREENSHOT = rm -rf build/screenshot; \
	  XDG_DATA_HOME=$(CURDIR)/build/screenshot XDG_CONFIG_HOME=$(CURDIR)/build/screenshot \
	    xvfb-run -a -s "-screen 0 1440x900x24" $(RELEASE_DIR)/parley --screenshot
screenshot: deps build-release
	for view in $(SCREENS); do \
	  $(SCREENSHOT) assets/screenshots/$$view.png --view $$view --demo || exit 1; \
	done
	for view in $(AQUIFER_SCREENS); do \
	  $(SCREENSHOT) assets/screenshots/aquifer-$$view.png --view $$view --demo aquifer || exit 1; \
	done

# Each importer's fuzz target, and the sealed header reader's, under libFuzzer for FUZZ_SECONDS,
# in a clang build with ASan and UBSan. Inputs it finds are kept in build/fuzz/corpus-*; the
# seeds in tests/fuzz/corpus stay as they are. A crash, hang or sanitizer report stops it with the input that caused it.
FUZZ_DIR := build/fuzz
FUZZ_SECONDS := 60
fuzz: deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
	  -DPARLEY_FUZZ=ON
	cmake --build $(FUZZ_DIR) -j$(JOBS) --target fuzz_json fuzz_csv fuzz_sealed_header
	for target in json csv sealed_header; do \
	  mkdir -p $(FUZZ_DIR)/corpus-$$target && \
	  $(FUZZ_DIR)/tests/fuzz_$$target -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus-$$target tests/fuzz/corpus/$$target || exit 1; \
	done

clean:
	rm -rf build
