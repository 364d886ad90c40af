# Desktop integration and the Debian package. Included from the top-level
# CMakeLists.txt; `cpack -G DEB` in the build directory makes entente_<version>_<arch>.deb.
include(GNUInstallDirs)

set(ENTENTE_APP_ID eu.entente.Entente)   # same id in the .desktop, metainfo, MIME icon and setDesktopFileName
set(_packaging ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${_packaging}/${ENTENTE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_packaging}/${ENTENTE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_packaging}/${ENTENTE_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
# Debian policy wants the licence at /usr/share/doc/<package>/copyright.
install(FILES ${_packaging}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/entente)
install(DIRECTORY ${_packaging}/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

set(CPACK_PACKAGE_NAME entente)
set(CPACK_PACKAGE_VENDOR "Entente")
set(CPACK_PACKAGE_CONTACT "Entente maintainers <maintainers@entente.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Explorer for relationship graphs of companies, alliances and partnerships")
set(CPACK_PACKAGE_DESCRIPTION
  "Entente shows who works with whom: open a graph of companies, alliances,\n"
  "initiatives and institutions (JSON, GraphML, GEXF, DOT, CSV), filter it,\n"
  "analyse it and export it. Ships with the partnerships announced at the\n"
  "Franco-German Summit on European Digital Sovereignty (Berlin, 2025).")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see because Qt loads it at run time: the SVG image
# and icon plugins, the extra platform plugins. xcb and offscreen come with
# libqt6gui6, which shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, fonts-dejavu-core")

include(CPack)
