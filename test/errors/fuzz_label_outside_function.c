// expect: 4:16: error: label 'x' referenced outside of any function
// note: found by AFL (it crashed the parser); gcc points at the start of the declaration (column 1), the caret here is under the '&&'
int x;
const int *p = &&x;
