# Per-profile settings in the encrypted database (included by app/core/CMakeLists.txt).
target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProfileSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileSettings.cpp
)
