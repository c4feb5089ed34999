# The shell's sync front end (status bar, sign-in, conflicts), added to govdesk-shell-lib.
target_sources(govdesk-shell-lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SyncStatusWidget.h ${CMAKE_CURRENT_LIST_DIR}/SyncStatusWidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp
)
