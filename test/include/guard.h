// A classic include guard; test/macro.c includes this twice.
#ifndef GUARD_H
#define GUARD_H
#ifdef GUARD_H_BODY_SEEN
#define GUARD_H_TWICE 1
#endif
#define GUARD_H_BODY_SEEN 1
struct guard_h_struct { int a; };  // a second definition would be an error
enum { GUARD_H_VALUE = 7 };
#endif
