# ctest "install": installs the build into a temporary prefix and runs the
# installed binary as a user of the installed tool would, with the installed
# configuration, from a folder that holds no pipeline.toml.
#   BUILD_DIR, SOURCE_DIR, WORK (a scratch directory, emptied first)
file(REMOVE_RECURSE "${WORK}")
set(prefix "${WORK}/prefix")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/akn-ingest bin/akn-shard.sh etc/akn-ingest/pipeline.toml share/man/man1/akn-ingest.1
          share/akn-ingest/deploy/systemd/akn-ingest.service)
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
file(READ "${prefix}/etc/akn-ingest/pipeline.toml" toml)
if(NOT toml MATCHES "schema_dir = \"${prefix}/share/akn-ingest/schema\"")
  message(FATAL_ERROR "the installed configuration's schema_dir does not lead into the prefix")
endif()

# The installed binary finds the installed configuration by itself.
file(MAKE_DIRECTORY "${WORK}/elsewhere")
execute_process(COMMAND "${prefix}/bin/akn-ingest" --print-config WORKING_DIRECTORY "${WORK}/elsewhere"
                OUTPUT_VARIABLE printed RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT printed MATCHES "from ${prefix}/etc/akn-ingest/pipeline.toml")
  message(FATAL_ERROR "the installed binary did not read the installed configuration (${rc}):\n${printed}")
endif()

# A conversion with the installed configuration: without a schema in the
# prefix or the standard places it converts, unvalidated, with a notice. The
# PDF is read by the installed module (lib*/akn-ingest/).
execute_process(COMMAND env -u AKN_SCHEMA_DIR "${prefix}/bin/akn-ingest" --config "${prefix}/etc/akn-ingest/pipeline.toml"
                        --log-format text --out "${WORK}/out" "${SOURCE_DIR}/fixtures/text/record_sc_glued.txt"
                        "${SOURCE_DIR}/fixtures/pdf/ga_two_pages.pdf"
                WORKING_DIRECTORY "${WORK}/elsewhere" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/out/record_sc_glued.akn.xml" OR NOT EXISTS "${WORK}/out/ga_two_pages.akn.xml")
  message(FATAL_ERROR "the installed binary failed (${rc}):\n${err}")
endif()
file(READ "${WORK}/out/report.json" report)
if(EXISTS "${prefix}/share/akn-ingest/schema/akomantoso30.xsd" OR EXISTS "/usr/local/share/akn-ingest/schema/akomantoso30.xsd"
   OR EXISTS "/usr/share/xml/akomantoso/akomantoso30.xsd")
  message(STATUS "a schema is installed: validated")
elseif(NOT report MATCHES "\"schemaValid\": ?null" OR NOT err MATCHES "docs.oasis-open.org")
  message(FATAL_ERROR "no schema: expected schemaValid null and the notice:\n${err}")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "installed and ran from ${prefix}")
