# macOS: Cessio.app with our Info.plist, icon and localizations; cessio-cli and cessio-sandbox inside
# the bundle (Contents/MacOS) so one drag installs all three; Qt frameworks via the Qt deploy script
# (macdeployqt); a DMG via CPack DragNDrop; codesign/notarize from macos/sign.cmake.
set(cessio_macos_dir ${CMAKE_CURRENT_LIST_DIR})
set(cessio_bundle "Cessio.app")

if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(CESSIO_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    set(CESSIO_MACOS_MINIMUM 12.0) # what Qt 6.8 supports
endif()
configure_file(${cessio_macos_dir}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in @ONLY)
set_target_properties(cessio PROPERTIES
    OUTPUT_NAME Cessio
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${CESSIO_APP_ID}
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${CESSIO_APP_ID})

# Resources/cessio.icns and one .lproj per language (so native dialogs localize).
target_sources(cessio PRIVATE
    ${cessio_macos_dir}/cessio.icns
    ${cessio_macos_dir}/en.lproj/InfoPlist.strings
    ${cessio_macos_dir}/pt-BR.lproj/InfoPlist.strings)
set_source_files_properties(${cessio_macos_dir}/cessio.icns TARGET_DIRECTORY cessio
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
foreach(lang en pt-BR)
    set_source_files_properties(${cessio_macos_dir}/${lang}.lproj/InfoPlist.strings TARGET_DIRECTORY cessio
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources/${lang}.lproj)
endforeach()

# The console programs find the bundle's Frameworks/ the way the app does.
set_target_properties(cessio-cli cessio-sandbox PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
install(TARGETS cessio BUNDLE DESTINATION .)
install(TARGETS cessio-cli cessio-sandbox RUNTIME DESTINATION ${cessio_bundle}/Contents/MacOS)
set(CESSIO_DEPLOY_TOOL_OPTIONS
    -executable=${cessio_bundle}/Contents/MacOS/cessio-cli
    -executable=${cessio_bundle}/Contents/MacOS/cessio-sandbox)

# DMG (cpack -G DragNDrop): Cessio.app next to an /Applications link.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Cessio")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF) # no click-through licence (hdiutil's SLA is deprecated)
set(CPACK_PACKAGE_ICON ${cessio_macos_dir}/cessio.icns)
set(CPACK_PACKAGE_FILE_NAME "Cessio-${PROJECT_VERSION}-macOS-${CMAKE_SYSTEM_PROCESSOR}")

# Signing and notarization (macos/sign.cmake), a no-op without an identity. From the environment at
# cpack time, or (except secrets) from these cache entries:
#   CESSIO_CODESIGN_IDENTITY  "Developer ID Application: ... (TEAMID)" in the keychain
#   CESSIO_NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile, or instead the environment
#                             CESSIO_NOTARY_APPLE_ID, CESSIO_NOTARY_TEAM_ID, CESSIO_NOTARY_PASSWORD
set(CESSIO_CODESIGN_IDENTITY "" CACHE STRING "Developer ID Application identity for codesign")
set(CESSIO_NOTARY_PROFILE "" CACHE STRING "notarytool keychain profile")
set(CPACK_CESSIO_CODESIGN_IDENTITY "${CESSIO_CODESIGN_IDENTITY}")
set(CPACK_CESSIO_NOTARY_PROFILE "${CESSIO_NOTARY_PROFILE}")
set(CPACK_PRE_BUILD_SCRIPTS "${cessio_macos_dir}/sign.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${cessio_macos_dir}/sign.cmake")
