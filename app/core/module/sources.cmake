target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Module.h
    ${CMAKE_CURRENT_LIST_DIR}/ModuleMetadata.h ${CMAKE_CURRENT_LIST_DIR}/ModuleMetadata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleContext.h ${CMAKE_CURRENT_LIST_DIR}/ModuleContext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleManager.h ${CMAKE_CURRENT_LIST_DIR}/ModuleManager.cpp
)
