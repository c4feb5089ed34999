# Cross-module to-do list (待办/待阅) (included by app/core/CMakeLists.txt).
target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TodoService.h
    ${CMAKE_CURRENT_LIST_DIR}/TodoService.cpp
)
