// expect: 2:5: error: imaginary number in preprocessor expression
#if 2i
#endif
int x;
