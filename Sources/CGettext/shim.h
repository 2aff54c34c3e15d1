#ifndef PAMPHLET_CGETTEXT_SHIM_H
#define PAMPHLET_CGETTEXT_SHIM_H
// glibc's gettext (libintl is part of glibc on Linux, so nothing is linked) and
// setlocale, for the message catalogs in Sources/Localization.
#include <libintl.h>
#include <locale.h>
#endif
