// expect: 4:16: error: conflicting types for 'T'
// A typedef may be repeated with the same type only.
typedef int T;
typedef double T;
