/*
 * The least an ncurses pager can do, as a floor for Benchmarks/first-paint.py:
 * it pages a file whose lines are already wrapped, in a column centred like
 * pamphlet's, with a reverse-video status line, and nothing else (no parsing,
 * no layout, no history, no saved position). Whatever this costs against
 * less, any program that paints through ncurses costs at least as much.
 *
 *   cc -O2 -o minimal-ncurses-pager minimal-ncurses-pager.c -lncursesw
 *   minimal-ncurses-pager FILE          (PgDn/Space, PgUp/b, q)
 */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

enum { MAX_LINES = 100000, LINE_BYTES = 4096, TEXT_WIDTH = 80 };

static wchar_t *lines[MAX_LINES];
static int line_count;

static int read_lines(const char *path) {
    FILE *file = fopen(path, "r");
    if (file == NULL) return -1;
    char bytes[LINE_BYTES];
    while (line_count < MAX_LINES && fgets(bytes, sizeof bytes, file) != NULL) {
        bytes[strcspn(bytes, "\n")] = '\0';
        wchar_t *line = calloc(LINE_BYTES, sizeof *line);
        if (line == NULL || mbstowcs(line, bytes, LINE_BYTES - 1) == (size_t)-1) line[0] = L'\0';
        lines[line_count++] = line;
    }
    fclose(file);
    return 0;
}

static void paint(int top) {
    int margin = COLS > TEXT_WIDTH ? (COLS - TEXT_WIDTH) / 2 : 0;
    for (int y = 0; y < LINES - 1; y++) {
        move(y, 0);
        clrtoeol();
        if (top + y < line_count) mvaddnwstr(y, margin, lines[top + y], COLS - margin);
    }
    attron(A_REVERSE);
    mvprintw(LINES - 1, 0, " %d%%  PgDn/PgUp page  q quit", line_count ? (top * 100) / line_count : 100);
    clrtoeol();
    attroff(A_REVERSE);
    refresh();
}

int main(int argc, char **argv) {
    if (argc != 2 || read_lines(argv[1]) != 0) {
        fprintf(stderr, "usage: minimal-ncurses-pager FILE\n");
        return 2;
    }
    setlocale(LC_ALL, "");
    if (newterm(NULL, stdout, stdin) == NULL) return 1;
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    typeahead(-1);
    curs_set(0);
    /* As pamphlet does: until a screen has been through endwin and back, ncurses 6.4
     * flushes at every cursor movement (a page in about 28 writes instead of one). */
    endwin();
    refresh();
    int top = 0, page = LINES > 2 ? LINES - 1 : 1;
    paint(top);
    for (;;) {
        wint_t key;
        int kind = get_wch(&key);
        if (kind == ERR) break;
        int down = (kind == KEY_CODE_YES && key == KEY_NPAGE) || (kind == OK && key == L' ');
        int up = (kind == KEY_CODE_YES && key == KEY_PPAGE) || (kind == OK && key == L'b');
        if (kind == OK && (key == L'q' || key == 3)) break;
        if (!down && !up) continue;
        top += down ? page : -page;
        if (top > line_count - 1) top = line_count > 0 ? line_count - 1 : 0;
        if (top < 0) top = 0;
        paint(top);
    }
    endwin();
    return 0;
}
