// expect: 4:6: error: division by zero in #if
#define F(a) a
F(
#if 1/0)
#endif
