// expect: 3:11: error: pasting "/" and "/" does not give a valid preprocessing token
#define F(a) a ## a
int x = F(/);
