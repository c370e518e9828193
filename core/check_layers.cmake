# Fails the build when a source file includes what its layer may not (core/CMakeLists.txt lists
# the layers). Run by the build with ROOT (the source tree) and STAMP (touched when all is well).
#  - A file of core/LAYER includes core headers of LAYER or of a layer below it only.
#  - Only core/store/ includes sqlite3.h or the store's own headers (all but workshop.hpp,
#    workshop_tables.hpp and demo.hpp, the API that the layers above use).
#  - core/ includes no ImGui, GLFW or GL header; app/views/ no GLFW or GL header.

cmake_minimum_required(VERSION 3.25)

# Each layer and the layers it may include, itself among them.
set(allowed_common common)
set(allowed_model common model)
set(allowed_method common model method)
set(allowed_store common model method store)
set(allowed_exports common model method store exports)
set(allowed_interchange common model method store interchange)
set(allowed_cli common model method store exports interchange cli)
set(store_api core/store/workshop.hpp core/store/workshop_tables.hpp core/store/demo.hpp)

set(problems "")
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/core/*.cpp ${ROOT}/core/*.hpp
     ${ROOT}/app/*.cpp ${ROOT}/app/*.hpp)
foreach(file IN LISTS files)
  file(STRINGS ${ROOT}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  set(layer "")  # empty outside core/
  if(file MATCHES "^core/([a-z]+)/")
    set(layer ${CMAKE_MATCH_1})
  endif()
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" header "${line}")
    if(header MATCHES "^core/([a-z]+)/")
      set(target ${CMAKE_MATCH_1})
      if(layer AND NOT target IN_LIST allowed_${layer})
        list(APPEND problems "${file}: the ${layer} layer includes ${header}, of the ${target} layer above it")
      endif()
      if(target STREQUAL "store" AND NOT layer STREQUAL "store" AND NOT header IN_LIST store_api)
        list(APPEND problems "${file}: ${header} is the store's own; use the Workshop edit API")
      endif()
    endif()
    if(header STREQUAL "sqlite3.h" AND NOT layer STREQUAL "store")
      list(APPEND problems "${file}: only core/store/ includes sqlite3.h")
    endif()
    if(header MATCHES "^(GLFW/|GL/|backends/imgui_impl)" AND NOT file STREQUAL "app/main.cpp")
      list(APPEND problems "${file}: only app/main.cpp includes ${header}")
    endif()
    if(file MATCHES "^core/" AND header MATCHES "^imgui")
      list(APPEND problems "${file}: core includes no ImGui header (${header})")
    endif()
  endforeach()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "Layering broken:\n  ${text}")
endif()
file(TOUCH ${STAMP})
