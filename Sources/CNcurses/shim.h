#ifndef CAREMAP_CNCURSES_SHIM_H
#define CAREMAP_CNCURSES_SHIM_H

// Wide-character ncurses: the *_wch and wide-string functions need this before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 rejects mutable C globals and cannot import function-like macros,
// so the few the adapter needs are read through these inline functions.
static inline WINDOW *cm_stdscr(void) { return stdscr; }
static inline int cm_lines(void) { return LINES; }
static inline int cm_cols(void) { return COLS; }
static inline int cm_colors(void) { return COLORS; }
static inline int cm_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cm_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

#endif
