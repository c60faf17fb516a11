// expect: 3:12: error: static declaration of 'g' follows non-static declaration
int g(void);
static int g(void) { return 0; }
