#ifndef CAREMAP_CNCURSES_SHIM_H
#define CAREMAP_CNCURSES_SHIM_H

// Wide-character ncurses: the *_wch and wide-string functions need this before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 rejects mutable C globals and cannot import function-like macros,
// so the few the adapter needs are read through these inline functions.
static inline WINDOW *cm_stdscr(void) { return stdscr; }
static inline WINDOW *cm_curscr(void) { return curscr; }
static inline FILE *cm_stdin(void) { return stdin; }
static inline FILE *cm_stdout(void) { return stdout; }
static inline int cm_lines(void) { return LINES; }
static inline int cm_cols(void) { return COLS; }
static inline int cm_colors(void) { return COLORS; }
static inline int cm_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cm_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

// Mouse masks and attributes are built by function-like macros; an enum turns them into
// constants Swift can import. Every value fits in an int with NCURSES_MOUSE_VERSION 2.
enum {
    CM_BUTTON1_PRESSED = BUTTON1_PRESSED,
    CM_BUTTON1_RELEASED = BUTTON1_RELEASED,
    CM_BUTTON1_CLICKED = BUTTON1_CLICKED,
    CM_BUTTON1_DOUBLE_CLICKED = BUTTON1_DOUBLE_CLICKED,
    CM_BUTTON1_TRIPLE_CLICKED = BUTTON1_TRIPLE_CLICKED,
    CM_BUTTON4_PRESSED = BUTTON4_PRESSED,
    CM_BUTTON5_PRESSED = BUTTON5_PRESSED,
    CM_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION,
    CM_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS,
    CM_A_NORMAL = A_NORMAL,
    CM_A_BOLD = A_BOLD,
    CM_A_DIM = A_DIM,
    CM_A_REVERSE = A_REVERSE,
    CM_A_UNDERLINE = A_UNDERLINE,
};

#endif
