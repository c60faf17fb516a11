// expect: 4:2: error: unterminated #ifdef
// note: gcc gives only the line of the #ifdef (no column); the column of the directive name is used, as for '#endif without #if'
int x;
#ifdef FOO
int y;
