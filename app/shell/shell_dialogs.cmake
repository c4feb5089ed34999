# The shell's search and settings dialogs, added to govdesk-shell-lib by app/shell/CMakeLists.txt.
target_sources(govdesk-shell-lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/GlobalSearchDialog.h ${CMAKE_CURRENT_LIST_DIR}/GlobalSearchDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
)
