// expect: 3:10: error: #include nested depth 200 exceeds maximum of 200
// note: the file includes itself forever; gcc points past the end of the line and adds the hint '(use -fmax-include-depth=DEPTH to increase the maximum)'; the column of the file name is used, as for pp_include_missing, and the hint is left out
#include "pp_include_self.c"
int x;
