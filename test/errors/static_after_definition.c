// expect: 3:12: error: static declaration of 'f' follows non-static declaration
int f(void) { return 1; }
static int f(void);
