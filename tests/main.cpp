#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

// fontconfig reads the system's font list once per process (Pango asks for it at the first PDF)
// and keeps it to the end; LeakSanitizer (make test builds with it) would report that cache as
// a leak. The same amount whether one PDF is written or twenty: not a leak of Parley's.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
