# Full-text search of govdesk-core (included by app/core/CMakeLists.txt).
target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SimplifiedChinese.h ${CMAKE_CURRENT_LIST_DIR}/SimplifiedChinese.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchTokenizer.h ${CMAKE_CURRENT_LIST_DIR}/SearchTokenizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/SearchHighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchRanking.h ${CMAKE_CURRENT_LIST_DIR}/SearchRanking.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchService.h ${CMAKE_CURRENT_LIST_DIR}/SearchService.cpp
)
# Traditional → simplified folding, through OpenCC's C API only (libopencc-dev's header; the
# library is loaded when the table is first built, the t2s data is libopencc-data at run time).
pkg_check_modules(OPENCC REQUIRED opencc)
target_include_directories(govdesk-core PRIVATE ${OPENCC_INCLUDE_DIRS})
