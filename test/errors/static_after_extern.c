// expect: 4:12: error: static declaration of 'counter' follows non-static declaration
// One object has one linkage (C11 6.2.2p7).
int counter;
static int counter;
