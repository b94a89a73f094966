# Linux: the three programs, desktop integration and a .deb built by CPack against the system Qt.
# Translations are embedded in the programs (:/i18n), so there is nothing to install for them.

# The programs link the system Qt from the default library path: no RUNPATH. qt_standard_project_setup()
# would set $ORIGIN:$ORIGIN/../lib, which lintian flags. Set this to Qt's lib dir for a Qt in /opt.
set(CESSIO_INSTALL_RPATH "" CACHE STRING "RUNPATH of the installed programs (empty for a system Qt)")
set_target_properties(cessio cessio-cli cessio-sandbox PROPERTIES INSTALL_RPATH "${CESSIO_INSTALL_RPATH}")

install(TARGETS cessio cessio-cli cessio-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(cessio_linux_dir ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${cessio_linux_dir}/${CESSIO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${cessio_linux_dir}/${CESSIO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${cessio_linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cessio)

# hicolor icons: the SVG as is, and PNGs rendered from it at build time by cessio-iconrender.
set(CESSIO_HICOLOR_SIZES 16 22 24 32 48 64 128 256 512)
install(FILES ${CESSIO_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${CESSIO_APP_ID}.svg)
set(cessio_hicolor_dir ${CMAKE_CURRENT_BINARY_DIR}/hicolor)
set(cessio_hicolor_pngs "")
foreach(size IN LISTS CESSIO_HICOLOR_SIZES)
    set(png ${cessio_hicolor_dir}/${size}x${size}/apps/${CESSIO_APP_ID}.png)
    list(APPEND cessio_hicolor_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
string(REPLACE ";" "," cessio_hicolor_size_list "${CESSIO_HICOLOR_SIZES}")
add_custom_command(OUTPUT ${cessio_hicolor_pngs}
    COMMAND cessio-iconrender ${CESSIO_ICON_SVG} --hicolor ${cessio_hicolor_dir} --name ${CESSIO_APP_ID}
            --sizes ${cessio_hicolor_size_list}
    DEPENDS cessio-iconrender ${CESSIO_ICON_SVG}
    COMMENT "Rendering hicolor icons from ${CESSIO_ICON_SVG}"
    VERBATIM)
add_custom_target(cessio_hicolor_icons ALL DEPENDS ${cessio_hicolor_pngs})
add_dependencies(cessio_package_contents cessio_hicolor_icons)

# .deb (cpack -G DEB; packaging/linux/check-deb.sh builds, installs and checks it).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds would otherwise ship their debug info
set(CPACK_DEBIAN_PACKAGE_NAME cessio)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # cessio_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt or QtKeychain load it at run time: the platform plugins
# (xcb/offscreen sit in libqt6gui6, the rest in qt6-qpa-plugins), the SVG icon engine that draws the
# window icon (libqt6svg6) and libsecret, which QtKeychain dlopens.
set(CESSIO_DEB_EXTRA_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0" CACHE STRING
    "Depends of the .deb added to what dpkg-shlibdeps finds")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CESSIO_DEB_EXTRA_DEPENDS}")
# A Secret Service provider for the keys, and Qt's own translations for its dialogs and buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
