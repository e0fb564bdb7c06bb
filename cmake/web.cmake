# WebAssembly target: the core + the UI + the web platform layer, linked against SDL2 built
# from source (scripts/build-sdl2-wasm.sh) because Debian's emscripten cannot use ports.
set(SDL2_WASM_PREFIX "" CACHE PATH "SDL2 built for wasm (scripts/build-sdl2-wasm.sh)")
if(NOT EXISTS "${SDL2_WASM_PREFIX}/lib/libSDL2.a")
  message(FATAL_ERROR "SDL2 for wasm not found in '${SDL2_WASM_PREFIX}': run scripts/build-sdl2-wasm.sh")
endif()

# Size flags measured on Emscripten 3.1.6 (docs/performance.md): -Oz, LTO, no exceptions. And
# three WebAssembly features every browser with WebGL 2 has (Chrome 75, Firefox 79, Safari 15):
# a float becomes an int without the range checks around each conversion, memory is copied and
# filled by one instruction, bytes are sign-extended by one: 4.7 KB less wasm ("Sixteenth
# session"). web/boot.js checks for them before it starts; scripts/split-wasm.mjs and
# scripts/build-sdl2-wasm.sh name them too.
set(WEB_OPT -Oz -flto -fno-rtti -mnontrapping-fptoint -mbulk-memory -msign-ext)
foreach(lib leren_core leren_ui imgui_core md4c)
  target_compile_options(${lib} PRIVATE ${WEB_OPT})
endforeach()
# ImGui's metrics window, ID stack tool and debug log are never opened in the web build (the
# native UI tests keep them).
target_compile_definitions(imgui_core PUBLIC IMGUI_DISABLE_DEBUG_TOOLS)

add_library(imgui_backends STATIC
  "${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
# SDL's own headers must come before the Emscripten sysroot, which has SDL1 headers in include/SDL.
target_include_directories(imgui_backends SYSTEM BEFORE PUBLIC "${SDL2_WASM_PREFIX}/include/SDL2" "${SDL2_WASM_PREFIX}/include")
target_include_directories(imgui_backends SYSTEM PUBLIC "${IMGUI_DIR}/backends")
target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
# The module owns its WebGL context: the OpenGL3 backend neither reads back nor restores the GL
# state around a frame (scripts/patches/imgui-1.90.1/03-opengl3-no-state-read-back.patch); in
# Chrome some of those reads waited for the GPU process, 460 ms over a visit that opens every
# module and case (docs/performance.md, "Twenty-second session").
target_compile_definitions(imgui_backends PRIVATE IMGUI_IMPL_OPENGL_NO_STATE_BACKUP)
target_link_libraries(imgui_backends PUBLIC imgui_core)
target_compile_options(imgui_backends PRIVATE ${WEB_OPT} -fno-exceptions)

file(GLOB PLATFORM_WEB_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
file(GLOB APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp)
set(JS_LIBRARY "${CMAKE_SOURCE_DIR}/src/platform/web/library_leren.js")
set(JS_CHECKER_LIBRARY "${CMAKE_SOURCE_DIR}/src/platform/web/library_checker.js")

add_executable(sociaal-domein-leren ${APP_SOURCES} ${PLATFORM_WEB_SOURCES})
target_include_directories(sociaal-domein-leren PRIVATE src)
target_link_libraries(sociaal-domein-leren PRIVATE leren_ui imgui_backends "${SDL2_WASM_PREFIX}/lib/libSDL2.a")
target_compile_options(sociaal-domein-leren PRIVATE ${PROJECT_WARNINGS} ${WEB_OPT} -fno-exceptions)
# No emcc-generated .html (its minifier crashes in 3.1.6): web/index.html is ours.
set_target_properties(sociaal-domein-leren PROPERTIES SUFFIX ".js" LINK_DEPENDS "${JS_LIBRARY};${JS_CHECKER_LIBRARY}")
# Link flags the module and the benchmark's bare page share (the floor is built like the module).
# --closure 1: Closure Compiler minifies the JavaScript glue (210 KB -> 80 KB raw, 39 -> 22 KB
# brotli). It renames every property it cannot see declared, so library_leren.js reaches the
# page's objects (window.learningModule, the LMS bridge) and the module's exports by quoted
# names only.
set(WEB_LINK_FLAGS ${WEB_OPT}
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0 --closure 1
  # Emscripten's compact allocator instead of dlmalloc: 7.8 KB less wasm; opening every module
  # and case and the generated 10 MB and 2,000-node courses measured the same
  # (docs/performance.md, "Fifteenth session").
  -sMALLOC=emmalloc
  # Dear ImGui's WebGL 2 backend needs no extension; enabling every one the browser offers (the
  # default) took 10 ms of the start-up in SwiftShader, on the main thread (docs/performance.md).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0)
# The pinned compiler from package.json (Debian's emscripten does not ship one); emcc finds it
# through EM_CLOSURE_COMPILER, set on the link command itself so any build of this tree has it.
set(CLOSURE_COMPILER "${CMAKE_SOURCE_DIR}/node_modules/.bin/google-closure-compiler")
if(NOT EXISTS "${CLOSURE_COMPILER}")
  message(FATAL_ERROR "Closure Compiler not found at ${CLOSURE_COMPILER}: run `npm ci` (./build-wasm.sh does)")
endif()
set(WEB_LINKER_LAUNCHER "${CMAKE_COMMAND}" -E env "EM_CLOSURE_COMPILER=${CLOSURE_COMPILER}")
target_link_options(sociaal-domein-leren PRIVATE ${WEB_LINK_FLAGS}
  "--js-library=${JS_LIBRARY}" "--js-library=${JS_CHECKER_LIBRARY}"
  -sEXPORTED_RUNTIME_METHODS=FS_createPath,FS_createDataFile,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sFILESYSTEM=1
  # Two wasm files: the code the first screen runs, and the rest, which the page fetches while
  # the first screen starts. emcc writes the whole module (.wasm.orig) and an instrumented one
  # (.wasm) that records which functions ran; scripts/split-wasm.mjs runs that one in Chromium
  # to the first screen and splits .wasm.orig by what ran (docs/performance.md, "Fifth session").
  -sSPLIT_MODULE -Wno-experimental
  # Binaryen inlines every function that has one caller, whatever its size (and whatever
  # [[gnu::noinline]] says): then a screen, or the reading of a case, sits inside the frame or
  # loader function that calls it, which the first screen runs. Up to 200 (binaryen's size
  # units), the split can leave them in the second part: first part 683 -> 524 KB (254 -> 205 KB
  # brotli), all code +2 KB (docs/performance.md, "Fifth session"). And every function of up
  # to 5 units inlined (binaryen's -Oz: 2): V8 compiles each function at its first call, and the
  # start called 1,725 of them; now 1,437, with 9 KB less code (6 units: 1,404, but 54 KB more;
  # docs/performance.md, "Twelfth session"). Then binaryen's -Oz once more, with these limits:
  # 3.8 KB less ("Sixteenth session").
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=200,--always-inline-max-function-size=5,-Oz
  # Function names in .wasm.orig, for scripts/wasm-sizes.mjs (where the bytes go, per part); the
  # two parts wasm-split writes from it carry none.
  --profiling-funcs)
set_target_properties(sociaal-domein-leren PROPERTIES CXX_LINKER_LAUNCHER "${WEB_LINKER_LAUNCHER}")

# The page's checker: the full checks of a file a trainer edited (core/full_checks.hpp) in a Web
# Worker (web/checker/worker.js), fetched only then. The module's wasm leaves them out: 41 KB
# (docs/performance.md, "Sixteenth session"). Only the core: no window, no ImGui, no SDL.
add_executable(course-checker src/platform/web/checker/checker_main.cpp)
target_include_directories(course-checker PRIVATE src)
target_link_libraries(course-checker PRIVATE leren_core)
target_compile_options(course-checker PRIVATE ${PROJECT_WARNINGS} ${WEB_OPT} -fno-exceptions)
set_target_properties(course-checker PROPERTIES SUFFIX ".js")
target_link_options(course-checker PRIVATE ${WEB_OPT} -sENVIRONMENT=worker -sMODULARIZE=1
  -sEXPORT_NAME=createCourseChecker -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sMALLOC=emmalloc
  -sEXPORTED_FUNCTIONS=_lm_check_file,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8)

# The floor for scripts/bench-web.mjs: a bare ImGui + SDL2 page (one window, ten buttons) from the
# same sources with the same flags. Built only on request (scripts/build-bare-page.sh).
add_executable(bare-page EXCLUDE_FROM_ALL tests/bench/bare/bare_page.cpp)
target_link_libraries(bare-page PRIVATE imgui_backends "${SDL2_WASM_PREFIX}/lib/libSDL2.a")
target_compile_options(bare-page PRIVATE ${PROJECT_WARNINGS} ${WEB_OPT} -fno-exceptions)
set_target_properties(bare-page PROPERTIES SUFFIX ".js")
target_link_options(bare-page PRIVATE ${WEB_LINK_FLAGS})
set_target_properties(bare-page PROPERTIES CXX_LINKER_LAUNCHER "${WEB_LINKER_LAUNCHER}")
