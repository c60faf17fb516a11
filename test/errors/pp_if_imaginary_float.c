// expect: 2:5: error: floating constant in preprocessor expression
#if 1.0i
#endif
int x;
