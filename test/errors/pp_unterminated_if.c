// expect: 4:2: error: unterminated #if
// note: gcc gives only the line of the #if (no column); the column of the directive name is used, as for '#endif without #if'
int x;
#if 1
int y;
