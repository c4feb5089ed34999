# Compiler warnings for every GovDesk target, errors when GOVDESK_WARNINGS_AS_ERRORS is on (CI).
add_library(govdesk_warnings INTERFACE)
target_compile_options(govdesk_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
                       -Wnull-dereference -Wformat=2
                       # Designated initializers that omit members are idiomatic C++20; GCC 12
                       # still warns about them under -Wextra.
                       -Wno-missing-field-initializers)
if(GOVDESK_WARNINGS_AS_ERRORS)
    target_compile_options(govdesk_warnings INTERFACE -Werror)
endif()

# Fails the configure step when a layer links a library it must not. govdesk-core is QtCore and
# QtNetwork only: a widget or GUI dependency there would drag a display into the CLI and tests.
function(govdesk_forbid_links target)
    get_target_property(_links ${target} LINK_LIBRARIES)
    get_target_property(_iface ${target} INTERFACE_LINK_LIBRARIES)
    foreach(_lib IN LISTS _links _iface)
        foreach(_bad IN LISTS ARGN)
            if(_lib MATCHES "${_bad}")
                message(FATAL_ERROR "${target} must not link ${_lib} (layering rule: see docs/architecture.md)")
            endif()
        endforeach()
    endforeach()
endfunction()
