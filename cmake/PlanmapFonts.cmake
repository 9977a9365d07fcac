# The CJK font planmap writes into PDFs: Noto Sans CJK SC without the radical code points that
# make Qt's PDF writer give ideographs the wrong text (tools/fonts/derive_pdf_cjk_font.py).
# Derived at build time from the Debian package's fonts; without them or fontTools, planmap
# falls back to Noto Sans CJK itself, and a warning says so.
set(PLANMAP_FONT_DIR "${CMAKE_BINARY_DIR}/fonts")
find_program(PLANMAP_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
set(planmap_cjk_sources
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
set(planmap_derived_fonts)
foreach(source ${planmap_cjk_sources})
    if(NOT EXISTS "${source}" OR NOT PLANMAP_SYSTEM_PYTHON)
        message(WARNING "planmap: ${source} or /usr/bin/python3 missing (run tools/deps.sh); "
                        "Chinese text in exported PDFs may copy as radicals")
        continue()
    endif()
    string(REGEX REPLACE ".*NotoSansCJK-([A-Za-z]+)\\.ttc" "PlanmapSansCJKsc-\\1.otf" name "${source}")
    set(output "${PLANMAP_FONT_DIR}/${name}")
    add_custom_command(OUTPUT "${output}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${PLANMAP_FONT_DIR}"
        COMMAND "${PLANMAP_SYSTEM_PYTHON}" "${PROJECT_SOURCE_DIR}/tools/fonts/derive_pdf_cjk_font.py"
                "${source}" "Noto Sans CJK SC" "${output}" "Planmap Sans CJK SC"
        DEPENDS "${source}" "${PROJECT_SOURCE_DIR}/tools/fonts/derive_pdf_cjk_font.py"
        COMMENT "Deriving ${name} for PDF text"
        VERBATIM)
    list(APPEND planmap_derived_fonts "${output}")
endforeach()
add_custom_target(planmap_fonts ALL DEPENDS ${planmap_derived_fonts})
