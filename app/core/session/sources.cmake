target_sources(govdesk-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProfileMetadata.h ${CMAKE_CURRENT_LIST_DIR}/ProfileMetadata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfileKey.h ${CMAKE_CURRENT_LIST_DIR}/ProfileKey.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackupArchive.h ${CMAKE_CURRENT_LIST_DIR}/BackupArchive.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfileRepository.h ${CMAKE_CURRENT_LIST_DIR}/ProfileRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IdleCountdown.h
    ${CMAKE_CURRENT_LIST_DIR}/IdleLockTimer.h ${CMAKE_CURRENT_LIST_DIR}/IdleLockTimer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Session.h ${CMAKE_CURRENT_LIST_DIR}/Session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnlockAhead.h ${CMAKE_CURRENT_LIST_DIR}/UnlockAhead.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundPageCheck.h ${CMAKE_CURRENT_LIST_DIR}/BackgroundPageCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.h ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp
)
