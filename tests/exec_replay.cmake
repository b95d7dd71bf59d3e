cmake_policy(SET CMP0007 NEW)
# `ddbviz exec` on a scenario: every line answered in order, errors as error lines, and a second
# run with the same seed prints exactly the same bytes.
foreach(run 1 2)
  execute_process(COMMAND "${DDBVIZ}" exec --seed 7 INPUT_FILE "${SCENARIO}"
                  OUTPUT_VARIABLE out_${run} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ddbviz exec exited with ${rc}")
  endif()
endforeach()
if(NOT out_1 STREQUAL out_2)
  message(FATAL_ERROR "two runs with the same seed differ:\n${out_1}\n---\n${out_2}")
endif()
# CMake lists treat brackets and semicolons specially: neutralise them before splitting lines.
string(REPLACE "[" "(" text "${out_1}")
string(REPLACE "]" ")" text "${text}")
string(REPLACE ";" "," text "${text}")
string(REPLACE "\n" ";" lines "${text}")
list(REMOVE_ITEM lines "")
list(LENGTH lines n)
if(NOT n EQUAL 7)
  message(FATAL_ERROR "expected 7 output lines (comments skipped), got ${n}:\n${out_1}")
endif()
set(expect
  "\"TableStatus\":\"CREATING\""
  "ResourceNotFoundException"
  "\"nowMs\":30000"
  "\"ConsumedCapacity\":{\"CapacityUnits\":1.0,\"TableName\":\"Music\",\"WriteCapacityUnits\":1.0}"
  "SerializationException"
  "\"Awards\":{\"N\":\"10\"}"
  "\"TableStatus\":\"ACTIVE\"")
foreach(i RANGE 6)
  list(GET lines ${i} line)
  list(GET expect ${i} want)
  string(FIND "${line}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "line ${i}: expected ${want} in\n${line}")
  endif()
endforeach()
