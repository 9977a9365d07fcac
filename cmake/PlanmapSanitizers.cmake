# Hardening builds (issue 8). Both options apply to every target, planmap's and its tests', so
# that a sanitizer sees the whole call chain through our code.
#   PLANMAP_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer; any report fails the run.
#   PLANMAP_FUZZ:     libFuzzer targets in tests/fuzz (clang only); instruments all our code for
#                     coverage so the fuzzers can steer into gis and core.
option(PLANMAP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PLANMAP_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

if(PLANMAP_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(PLANMAP_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PLANMAP_FUZZ needs clang (libFuzzer): configure with CXX=clang++-14")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
