#ifndef PAMPHLET_CNCURSESW_SHIM_H
#define PAMPHLET_CNCURSESW_SHIM_H
// The wide-character API (mvaddwstr, get_wch, cchar_t) is only declared with this set.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

// Macros and globals that Swift cannot import (or rejects in Swift 6 mode).
static inline WINDOW *pamphlet_stdscr(void) { return stdscr; }
static inline int pamphlet_lines(void) { return LINES; }
static inline int pamphlet_cols(void) { return COLS; }
static inline int pamphlet_colors(void) { return COLORS; }
static inline int pamphlet_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t pamphlet_color_pair(short n) { return COLOR_PAIR(n); }
static inline attr_t pamphlet_a_bold(void) { return A_BOLD; }
static inline attr_t pamphlet_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pamphlet_a_reverse(void) { return A_REVERSE; }
static inline attr_t pamphlet_a_dim(void) { return A_DIM; }
static inline attr_t pamphlet_a_italic(void) { return A_ITALIC; }
static inline attr_t pamphlet_a_normal(void) { return A_NORMAL; }
static inline FILE *pamphlet_stdout(void) { return stdout; }
static inline FILE *pamphlet_stdin(void) { return stdin; }
static inline FILE *pamphlet_stderr(void) { return stderr; }
static inline mmask_t pamphlet_wheel_mask(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON4_PRESSED | BUTTON5_PRESSED;
#else
    return BUTTON4_PRESSED;
#endif
}
static inline mmask_t pamphlet_button4(void) { return BUTTON4_PRESSED; }
static inline mmask_t pamphlet_button5(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline int pamphlet_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *pamphlet_codeset(void) { return nl_langinfo(CODESET); }

// A terminfo string capability, or NULL when the terminal lacks it.
static inline const char *pamphlet_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}
static inline int pamphlet_put_capability(const char *value) { return putp(value); }

// Leaving the terminal usable is done in C because it must run inside signal
// handlers and atexit, where Swift closures cannot capture state.

// The actions that were in place before ours, so a fatal signal still ends the
// process (or reaches the Swift runtime's backtracer) after the terminal is restored.
// (Storage lives in a function so the header stays usable from Swift's importer.)
static struct sigaction *pamphlet_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}

// What a signal handler needs to put the terminal back, captured while the
// program runs normally, so that the handler calls only write() and
// tcsetattr(), which are safe there. ncurses' endwin() is not: interrupting a
// refresh, or finding the terminal gone after a hang-up, it can spin forever
// with every signal blocked.
typedef struct {
    char bytes[512];
    size_t length;
    struct termios modes;
    int has_modes;
} pamphlet_restore_state;

static pamphlet_restore_state *pamphlet_restore_state_storage(void) {
    static pamphlet_restore_state state;
    return &state;
}

// The terminal's modes as the shell left them; call before newterm().
static inline void pamphlet_save_terminal_modes(void) {
    pamphlet_restore_state *state = pamphlet_restore_state_storage();
    state->has_modes = tcgetattr(STDIN_FILENO, &state->modes) == 0;
}

static inline void pamphlet_append_restore_bytes(const char *bytes) {
    pamphlet_restore_state *state = pamphlet_restore_state_storage();
    if (bytes == NULL || bytes == (char *)-1) return;
    size_t length = strlen(bytes);
    if (state->length + length > sizeof state->bytes) return;
    memcpy(state->bytes + state->length, bytes, length);
    state->length += length;
}

// The terminfo strings that undo what the reader set up: attributes off, cursor
// shown, keypad mode off, mouse reporting off, back to the normal screen.
// Call once the screen is set up.
static inline void pamphlet_capture_restore_sequence(void) {
    pamphlet_restore_state_storage()->length = 0;
    pamphlet_append_restore_bytes(tigetstr("sgr0"));
    pamphlet_append_restore_bytes(tigetstr("cnorm"));
    pamphlet_append_restore_bytes(tigetstr("rmkx"));
    pamphlet_append_restore_bytes("\033[?1000l\033[?1002l\033[?1006l\033[?2004l");
    pamphlet_append_restore_bytes(tigetstr("rmcup"));
}

static void pamphlet_restore_terminal_from_signal(void) {
    pamphlet_restore_state *state = pamphlet_restore_state_storage();
    if (state->length > 0) {
        ssize_t written = write(STDOUT_FILENO, state->bytes, state->length);
        (void)written;  // a terminal that is gone cannot be restored; never retry
    }
    if (state->has_modes) tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
}

static void pamphlet_restore_and_reraise(int signal_number) {
    pamphlet_restore_terminal_from_signal();
    sigaction(signal_number, &pamphlet_previous_actions()[signal_number], NULL);
    raise(signal_number);
}

// At exit the program is not inside a signal handler, so ncurses may clean up
// itself; endwin() is a harmless ERR before newterm() and after a normal shutdown.
static void pamphlet_restore_at_exit(void) {
    if (!isendwin()) endwin();
}

// Installs restore-then-reraise handlers for the signals that end a process
// (leaving alone any the parent set to be ignored, as with nohup) and an atexit hook.
// Must run before newterm(): ncurses only installs its own handlers over SIG_DFL.
static inline void pamphlet_install_terminal_restorers(void) {
    static const int fatal_signals[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE,
    };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = pamphlet_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
        int number = fatal_signals[i];
        struct sigaction previous;
        if (sigaction(number, NULL, &previous) != 0) continue;
        if (previous.sa_handler == SIG_IGN) continue;
        pamphlet_previous_actions()[number] = previous;
        sigaction(number, &action, NULL);
    }
    atexit(pamphlet_restore_at_exit);
}
#endif
