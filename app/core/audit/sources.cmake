# Audit log: append-only, hash-chained security events (included by app/core/CMakeLists.txt).
target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuditLog.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditLog.cpp
)
