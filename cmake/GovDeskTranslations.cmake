# Translations: one set of .ts files for the whole application (translations/), compiled with
# lrelease and embedded under :/i18n in each executable that shows text.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(GOVDESK_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/govdesk_zh_CN.ts
    ${PROJECT_SOURCE_DIR}/translations/govdesk_en.ts)

function(govdesk_add_translations target)
    qt_add_lrelease(${target} TS_FILES ${GOVDESK_TS_FILES} QM_FILES_OUTPUT_VARIABLE _qm_files)
    qt_add_resources(${target} "${target}_translations" PREFIX "/i18n"
                     BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${_qm_files})
endfunction()

# `cmake --build <dir> --target govdesk-lupdate` refreshes the .ts files from all sources;
# lupdate sees every layer at once, which per-target qt_add_lupdate would not.
find_program(GOVDESK_LUPDATE NAMES lupdate lupdate-qt6 PATHS /usr/lib/qt6/bin)
add_custom_target(govdesk-lupdate
    COMMAND ${GOVDESK_LUPDATE} -no-obsolete -locations none ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/modules
            -ts ${GOVDESK_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from the sources")
