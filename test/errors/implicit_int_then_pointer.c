// expect: 4:7: error: conflicting types for 'g'
// flags: -w
int f(void) { return g(); }
char *g(void);
