# Small helpers so that folder CMakeLists files are declarations.

add_library(dyad_warnings INTERFACE)
target_compile_options(dyad_warnings INTERFACE -Wall -Wextra -Werror)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports false -Wrestrict positives inside libstdc++'s string
  # concatenation at -O3 (GCC bug 105329).
  target_compile_options(dyad_warnings INTERFACE -Wno-restrict)
endif()
if(DYAD_BUILD_FUZZERS)
  # Instrument every library for coverage, not only the fuzzer entry points.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=fuzzer-no-link,address,undefined)
endif()
if(DYAD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# dyad_library(NAME stage SOURCES ... DEPS ...): static library dyad_<stage>,
# aliased dyad::<stage>, public headers in include/.
function(dyad_library stage)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(dyad_${stage} STATIC ${ARG_SOURCES})
  add_library(dyad::${stage} ALIAS dyad_${stage})
  target_include_directories(dyad_${stage}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(dyad_${stage} PUBLIC ${ARG_DEPS} PRIVATE dyad_warnings)
endfunction()

# dyad_test(NAME SOURCES ... DEPS ...): a GoogleTest binary registered with CTest.
function(dyad_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main dyad_warnings)
  target_compile_definitions(${name} PRIVATE
    DYAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "DYAD_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# dyad_benchmark(NAME SOURCES ... DEPS ...): a Google Benchmark binary.
function(dyad_benchmark name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} benchmark::benchmark dyad_warnings)
endfunction()

# dyad_fuzzer(NAME SOURCES ... DEPS ...): a libFuzzer target (clang only).
function(dyad_fuzzer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} dyad_warnings)
endfunction()
