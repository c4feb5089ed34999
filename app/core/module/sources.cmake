target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Module.h
    ${CMAKE_CURRENT_LIST_DIR}/ModuleGuard.h
    ${CMAKE_CURRENT_LIST_DIR}/ModuleMetadata.h ${CMAKE_CURRENT_LIST_DIR}/ModuleMetadata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RoleAccess.h ${CMAKE_CURRENT_LIST_DIR}/RoleAccess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleContext.h ${CMAKE_CURRENT_LIST_DIR}/ModuleContext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleRecords.h ${CMAKE_CURRENT_LIST_DIR}/ModuleRecords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleSearch.h ${CMAKE_CURRENT_LIST_DIR}/ModuleSearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleTodos.h ${CMAKE_CURRENT_LIST_DIR}/ModuleTodos.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ObjectPool.h ${CMAKE_CURRENT_LIST_DIR}/ObjectPool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Projection.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectionRunner.h ${CMAKE_CURRENT_LIST_DIR}/ProjectionRunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleManager.h ${CMAKE_CURRENT_LIST_DIR}/ModuleManager.cpp
)
