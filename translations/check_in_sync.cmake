# ctest translations_in_sync: runs lupdate, as `update_translations` does, on copies of
# the .ts files and fails when a copy changes: a tr() text was added, changed or
# removed without refreshing the translations (the program would then show it
# untranslated, or English plurals with "(s)").
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_in_sync.cmake
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/servicecenter/*.cpp")
list(SORT sources)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPLACE ";" "\n" source_lines "${sources}")
file(WRITE "${WORK_DIR}/sources.txt" "${source_lines}\n")
set(stale "")
foreach(name osc_en.ts osc_pt_PT.ts)
    file(COPY "${SOURCE_DIR}/translations/${name}" DESTINATION "${WORK_DIR}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${WORK_DIR}/sources.txt"
                -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    file(READ "${SOURCE_DIR}/translations/${name}" committed)
    file(READ "${WORK_DIR}/${name}" refreshed)
    if(NOT committed STREQUAL refreshed)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    list(JOIN stale " and " stale)
    message(FATAL_ERROR "translations/${stale} no longer match the tr() texts of the code. "
        "Run `cmake --build build --target update_translations`, translate what it marks "
        "unfinished, and commit the .ts files (the refreshed copies are in ${WORK_DIR}).")
endif()
