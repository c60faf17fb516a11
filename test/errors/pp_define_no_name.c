// expect: 2:8: error: no macro name given in #define directive
#define
int x;
