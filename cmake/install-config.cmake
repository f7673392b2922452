# Run by `cmake --install` (install(SCRIPT)): writes the installed
# configuration and the manual page under the install-time prefix, so that
# `cmake --install build --prefix /opt/akn` gives a configuration whose
# paths lead into /opt/akn.
#   AKN_SOURCE_DIR  the source tree (pipeline.toml)
#   AKN_BINARY      the built akn-ingest (its --help text makes the manual)
set(prefix "${CMAKE_INSTALL_PREFIX}")
set(root "$ENV{DESTDIR}${prefix}")
if(prefix STREQUAL "/usr")
  set(etc "$ENV{DESTDIR}/etc/akn-ingest")  # the FHS: /usr's configuration is in /etc
else()
  set(etc "${root}/etc/akn-ingest")
endif()

# The shipped pipeline.toml, its one relative path made absolute: the schema
# goes to <prefix>/share/akn-ingest/schema (put akomantoso30.xsd and xml.xsd
# there, or configure with -DAKN_SCHEMA_SOURCE=DIR to install them).
file(READ "${AKN_SOURCE_DIR}/pipeline.toml" toml)
string(REPLACE "schema_dir = \"../shared/akn\"" "schema_dir = \"${prefix}/share/akn-ingest/schema\"" installed "${toml}")
if(installed STREQUAL toml)
  message(FATAL_ERROR "pipeline.toml no longer says schema_dir = \"../shared/akn\": update cmake/install-config.cmake")
endif()
string(REPLACE "# Relative paths in this file resolve against the directory of this file."
       "# Relative paths in this file resolve against the directory of this file.\n# Installed by cmake --install: the paths lead into ${prefix}."
       installed "${installed}")
file(MAKE_DIRECTORY "${etc}")
message(STATUS "Installing: ${etc}/pipeline.toml")
file(WRITE "${etc}/pipeline.toml" "${installed}")

# The manual page: the --help text, preformatted.
execute_process(COMMAND "${AKN_BINARY}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "akn-ingest --help failed (${rc})")
endif()
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
file(MAKE_DIRECTORY "${root}/share/man/man1")
message(STATUS "Installing: ${root}/share/man/man1/akn-ingest.1")
file(WRITE "${root}/share/man/man1/akn-ingest.1"
     ".TH AKN-INGEST 1 \"\" \"akn-ingest\" \"User Commands\"\n.SH NAME\nakn-ingest \\- convert UN documents to Akoma Ntoso XML\n.SH DESCRIPTION\n.nf\n${help}.fi\n.SH FILES\n${etc}/pipeline.toml\n")
