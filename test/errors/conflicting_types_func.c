// expect: 4:6: error: conflicting types for 'f'
// note: gcc appends "; have 'long int(int)'", left out
int f(int a);
long f(int a);
