// expect: 4:6: error: conflicting types for 'x'
// note: gcc appends "; have 'char'", left out
int x;
char x;
