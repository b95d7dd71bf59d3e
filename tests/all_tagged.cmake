# Every test case must carry a module tag, or no CTest entry would run it.
execute_process(COMMAND "${TESTS}" "~[value]~[expr]~[api]~[engine]~[capacity]~[cli]~[index]~[stream]~[parity]" --list-test-names-only
                OUTPUT_VARIABLE names)
string(STRIP "${names}" names)
if(names)
  message(FATAL_ERROR "test cases without a module tag ([value] [expr] [api] [engine] [capacity] [cli] [index] [stream]):\n${names}")
endif()
