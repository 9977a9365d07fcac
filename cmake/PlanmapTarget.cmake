# Compile settings shared by every planmap target: warnings on, Qt's unsafe casts off.
function(planmap_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    # GCC 12 reports -Wmaybe-uninitialized inside Boost.Geometry's envelope and extreme-point
    # code after inlining (false positives in library headers, not in planmap's code).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER)
    set_target_properties(${target} PROPERTIES AUTOMOC ON)
endfunction()
