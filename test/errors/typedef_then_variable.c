// expect: 4:5: error: 'T' redeclared as different kind of symbol
// Before, the variable hid the typedef for the rest of the file.
typedef int T;
int T;
