#ifndef PAMPHLET_CPROCESSPRIVACY_SHIM_H
#define PAMPHLET_CPROCESSPRIVACY_SHIM_H
// prctl is variadic, which Swift cannot call; these wrappers fix its arguments.
#ifdef __linux__
#include <sys/prctl.h>
#endif

// Makes the process non-dumpable: no core file, no ptrace attach or /proc/PID/mem
// reading by other processes of the same user. Returns 0 on success, -1 elsewhere.
static inline int pamphlet_set_not_dumpable(void) {
#ifdef __linux__
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#else
    return -1;
#endif
}

// 1 when the process may dump core, 0 when not, -1 where it cannot be asked.
static inline int pamphlet_is_dumpable(void) {
#ifdef __linux__
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#else
    return -1;
#endif
}
#endif
