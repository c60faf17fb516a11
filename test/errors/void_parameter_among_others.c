// expect: 3:14: error: 'void' must be the only parameter
// `(void)` means no parameters; a void among others is meaningless.
int f(int a, void);
