#ifndef PAMPHLET_CNCURSESW_SHIM_H
#define PAMPHLET_CNCURSESW_SHIM_H
// The wide-character API (mvaddwstr, get_wch, cchar_t) is only declared with this set.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <curses.h>

// Macros and globals that Swift cannot import (or rejects in Swift 6 mode).
static inline WINDOW *pamphlet_stdscr(void) { return stdscr; }
static inline int pamphlet_lines(void) { return LINES; }
static inline int pamphlet_cols(void) { return COLS; }
static inline int pamphlet_colors(void) { return COLORS; }
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
#endif
