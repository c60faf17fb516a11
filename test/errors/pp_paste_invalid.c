// expect: 3:15: error: pasting "+" and "-" does not give a valid preprocessing token
#define CAT(a, b) a ## b
int x = 1 CAT(+, -) 2;
