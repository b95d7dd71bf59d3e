// Catch2 entry point for the viz's own tests (pure helpers: formatting, request building, the
// PNG encoder). They need no window or GL context.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
