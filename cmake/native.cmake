# Native targets: unit tests, coursetool, fuzzers, benchmark.
enable_testing()
find_package(GTest REQUIRED)

file(GLOB CORE_TEST_SOURCES CONFIGURE_DEPENDS tests/core/*_test.cpp tests/platform/*_test.cpp)
file(GLOB PLATFORM_NATIVE_SOURCES CONFIGURE_DEPENDS src/platform/native/*.cpp)
add_library(leren_platform_native STATIC ${PLATFORM_NATIVE_SOURCES})
target_include_directories(leren_platform_native PUBLIC src)
target_link_libraries(leren_platform_native PUBLIC leren_core)
target_compile_options(leren_platform_native PRIVATE ${PROJECT_WARNINGS})

add_executable(core_tests ${CORE_TEST_SOURCES})
target_link_libraries(core_tests PRIVATE leren_core leren_platform_native GTest::gtest GTest::gtest_main)
target_compile_options(core_tests PRIVATE ${PROJECT_WARNINGS})
target_compile_definitions(core_tests PRIVATE
  LEREN_SOURCE_DIR="${CMAKE_SOURCE_DIR}" LEREN_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
include(GoogleTest)
gtest_discover_tests(core_tests WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" DISCOVERY_TIMEOUT 60)

# The UI, headless: an ImGui context with a font atlas and no renderer, driven through the
# same describe / activate / setValue vocabulary as the browser tests.
set(FONTS_DIR "" CACHE PATH "Subset fonts (scripts/build-fonts.sh prints the folder)")
if(NOT FONTS_DIR AND DEFINED ENV{LEREN_FONTS})
  set(FONTS_DIR "$ENV{LEREN_FONTS}" CACHE PATH "" FORCE)
endif()
if(NOT FONTS_DIR)
  # Not given (run-tests.sh gives LEREN_FONTS): made or found as the build does, cached by
  # version. Without them the UI tests abort in ImGui's "Could not load font file!".
  execute_process(COMMAND "${CMAKE_SOURCE_DIR}/scripts/build-fonts.sh" RESULT_VARIABLE fonts_rc
    OUTPUT_VARIABLE fonts_dir ERROR_VARIABLE fonts_error OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_STRIP_TRAILING_WHITESPACE)
  if(fonts_rc EQUAL 0 AND EXISTS "${fonts_dir}/NotoSans-Regular.ttf")
    set(FONTS_DIR "${fonts_dir}" CACHE PATH "" FORCE)
  else()
    message(WARNING "The UI tests need the subset fonts and scripts/build-fonts.sh did not make "
      "them (${fonts_error}): install fonts-noto-core, fonts-dejavu-core and python3-fonttools, "
      "or set LEREN_FONTS to their folder. Until then ui_tests fail.")
  endif()
endif()
file(GLOB UI_TEST_SOURCES CONFIGURE_DEPENDS tests/ui/*.cpp)
if(UI_TEST_SOURCES)
  add_executable(ui_tests ${UI_TEST_SOURCES})
  target_link_libraries(ui_tests PRIVATE leren_ui GTest::gtest GTest::gtest_main)
  target_compile_options(ui_tests PRIVATE ${PROJECT_WARNINGS})
  target_compile_definitions(ui_tests PRIVATE LEREN_SOURCE_DIR="${CMAKE_SOURCE_DIR}" LEREN_FONTS_DIR="${FONTS_DIR}")
  gtest_discover_tests(ui_tests WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" DISCOVERY_TIMEOUT 60)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 warns "may be used uninitialized" inside libstdc++'s <regex> when optimising
    # (GCC bug 105562), not about this code.
    set_source_files_properties(tests/ui/source_rules_test.cpp PROPERTIES COMPILE_OPTIONS -Wno-maybe-uninitialized)
  endif()
endif()

file(GLOB COURSETOOL_SOURCES CONFIGURE_DEPENDS src/tools/coursetool/*.cpp)
if(COURSETOOL_SOURCES)
  add_executable(coursetool ${COURSETOOL_SOURCES})
  target_link_libraries(coursetool PRIVATE leren_core leren_platform_native)
  target_compile_options(coursetool PRIVATE ${PROJECT_WARNINGS})
endif()

file(GLOB BENCH_SOURCES CONFIGURE_DEPENDS tests/bench/*.cpp)
if(BENCH_SOURCES)
  add_executable(course_bench ${BENCH_SOURCES})
  target_link_libraries(course_bench PRIVATE leren_core leren_platform_native)
  target_compile_options(course_bench PRIVATE ${PROJECT_WARNINGS})
endif()

# libFuzzer targets: tests/fuzz/fuzz_<name>.cpp, each defining LLVMFuzzerTestOneInput.
if(LEREN_FUZZ)
  file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/fuzz_*.cpp)
  foreach(src ${FUZZ_SOURCES})
    get_filename_component(name "${src}" NAME_WE)
    add_executable(${name} "${src}")
    target_link_libraries(${name} PRIVATE leren_core)
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${PROJECT_WARNINGS})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
endif()
