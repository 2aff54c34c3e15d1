#ifndef PAMPHLET_CXXHASH_SHIM_H
#define PAMPHLET_CXXHASH_SHIM_H
// Debian's libxxhash-dev: XXH3 64-bit, the library's own implementation.
#include <xxhash.h>
#endif
