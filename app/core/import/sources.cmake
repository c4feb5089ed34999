# Importing tables from CSV and JSON files (included by app/core/CMakeLists.txt).
target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.h
    ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportSchema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TableImport.h
    ${CMAKE_CURRENT_LIST_DIR}/TableImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/DatasetStatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetSource.h
    ${CMAKE_CURRENT_LIST_DIR}/DatasetImportJob.h
    ${CMAKE_CURRENT_LIST_DIR}/DatasetImportJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetApplier.h
    ${CMAKE_CURRENT_LIST_DIR}/DatasetApplier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetFiles.h
    ${CMAKE_CURRENT_LIST_DIR}/DatasetFiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetRows.h
    ${CMAKE_CURRENT_LIST_DIR}/DatasetRows.cpp
)
