// Catch2 (v2, as Debian 12 ships it) provides main().
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
