// expect: 3:12: error: unterminated argument list invoking macro "F"
#define F(a) a
int x = F(1
