# Runs COMMAND (a ;-list) and checks its exit status (EXIT) and that its
# standard output or error matches each of the ;-separated regexes in MATCH.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL EXIT)
  message(FATAL_ERROR "exit status ${status}, expected ${EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
foreach(pattern IN LISTS MATCH)
  if(NOT "${out}${err}" MATCHES "${pattern}")
    message(FATAL_ERROR "output does not match '${pattern}'\nstdout:\n${out}\nstderr:\n${err}")
  endif()
endforeach()
