#ifndef PAMPHLET_CUTF8PROC_SHIM_H
#define PAMPHLET_CUTF8PROC_SHIM_H
#include <utf8proc.h>
#endif
