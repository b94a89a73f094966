# Windows: version resource, icon and manifest in every program; Qt's DLLs and plugins via the Qt
# deploy script; other DLLs (QtKeychain, OpenSSL, zlib, MSVC runtime) found by CMake; MSI via CPack WiX.
set(cessio_windows_dir ${CMAKE_CURRENT_LIST_DIR})

# A VERSIONINFO resource (Explorer's Details tab, SmartScreen), the icon, and the manifest
# (per-monitor-v2 DPI awareness, UTF-8 active code page, Windows 10/11 compatibility).
function(cessio_add_windows_resources target description)
    set(CESSIO_RC_DESCRIPTION "${description}")
    set(CESSIO_RC_NAME "${target}")
    set(CESSIO_RC_ICON "${cessio_windows_dir}/cessio.ico")
    configure_file(${cessio_windows_dir}/cessio.rc.in ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
    # MSVC merges .manifest sources into the manifest the linker generates (which adds asInvoker).
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc ${cessio_windows_dir}/cessio.manifest)
endfunction()
cessio_add_windows_resources(cessio "Cessio")
cessio_add_windows_resources(cessio-cli "Cessio command line")
cessio_add_windows_resources(cessio-sandbox "Cessio QI Tech API simulator")

install(TARGETS cessio cessio-cli cessio-sandbox
    RUNTIME_DEPENDENCY_SET cessio_runtime_dlls
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Non-Qt DLLs the programs import. Qt's own come from the deploy script and system DLLs stay out.
set(cessio_dll_dirs "")
if(OPENSSL_INCLUDE_DIR)
    list(APPEND cessio_dll_dirs "${OPENSSL_INCLUDE_DIR}/../bin")
endif()
if(ZLIB_INCLUDE_DIR) # zlib1.dll, from vcpkg on the CI runner
    list(APPEND cessio_dll_dirs "${ZLIB_INCLUDE_DIR}/../bin")
endif()
get_target_property(cessio_keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT cessio_keychain_target)
    set(cessio_keychain_target Qt6Keychain::Qt6Keychain)
endif()
foreach(property IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_RELWITHDEBINFO IMPORTED_LOCATION IMPORTED_LOCATION_NOCONFIG)
    get_target_property(cessio_keychain_dll ${cessio_keychain_target} ${property})
    if(cessio_keychain_dll)
        get_filename_component(cessio_keychain_dir "${cessio_keychain_dll}" DIRECTORY)
        list(APPEND cessio_dll_dirs "${cessio_keychain_dir}")
        break()
    endif()
endforeach()
install(RUNTIME_DEPENDENCY_SET cessio_runtime_dlls
    DESTINATION ${CMAKE_INSTALL_BINDIR}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^(VCRUNTIME|vcruntime|MSVCP|msvcp|CONCRT|concrt)"
    POST_EXCLUDE_REGEXES ".*[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\].*"
    DIRECTORIES ${cessio_dll_dirs})

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The deploy tool (windeployqt) also scans the two console programs; Qt translations: en and pt_BR only.
set(CESSIO_DEPLOY_TOOL_OPTIONS
    ${CMAKE_INSTALL_BINDIR}/cessio-cli.exe
    ${CMAKE_INSTALL_BINDIR}/cessio-sandbox.exe
    --translations en,pt_BR)

# MSI (cpack -G WIX).
set(CPACK_GENERATOR WIX)
# Never change the upgrade code: it is how a new MSI finds and replaces an installed Cessio.
set(CPACK_WIX_UPGRADE_GUID "6EF0CBE1-D473-4558-85A5-1C88ED9E0E5D")
set(CPACK_WIX_PRODUCT_ICON "${cessio_windows_dir}/cessio.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Cessio")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Cessio")
set(CPACK_PACKAGE_EXECUTABLES cessio "Cessio") # the Start-menu shortcut to bin/cessio.exe
# WiX .NET tool (v4+) when this CMake can drive it (3.30+), else WiX Toolset v3.
set(CESSIO_WIX_VERSION 4 CACHE STRING "WiX major version for CPack (4 or later needs CMake 3.30)")
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.30)
    set(CPACK_WIX_VERSION ${CESSIO_WIX_VERSION})
    set(CPACK_WIX_INSTALL_SCOPE perMachine)
endif()

# Signing (windows/sign.cmake): binaries in the staging tree before the MSI is built, then the MSI.
# Credentials come from the environment at cpack time (CESSIO_SIGN_CERT, CESSIO_SIGN_PASSWORD,
# CESSIO_SIGN_TIMESTAMP_URL) or, except the password, from these cache entries.
set(CESSIO_SIGN_CERT "" CACHE STRING "Code-signing certificate: a .pfx path or a SHA-1 thumbprint in the store")
set(CESSIO_SIGN_TIMESTAMP_URL "http://timestamp.digicert.com" CACHE STRING "RFC 3161 timestamp server")
set(CPACK_CESSIO_SIGN_CERT "${CESSIO_SIGN_CERT}")
set(CPACK_CESSIO_SIGN_TIMESTAMP_URL "${CESSIO_SIGN_TIMESTAMP_URL}")
set(CPACK_PRE_BUILD_SCRIPTS "${cessio_windows_dir}/sign.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${cessio_windows_dir}/sign.cmake")
