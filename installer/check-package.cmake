# Builds the .deb with cpack into OUT_DIR and checks its contents with dpkg-deb.
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE result)
foreach(expected
        "./usr/bin/servicecenter"
        "./usr/bin/scctl"
        "./usr/share/applications/open-service-center.desktop"
        "./usr/share/icons/hicolor/scalable/apps/open-service-center.svg")
    string(FIND "${listing}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${expected}:\n${listing}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends OUTPUT_VARIABLE fields)
message(STATUS "package ok: ${debs}\n${fields}")
