// expect: 5:18: error: conflicting types for 'T'
// An enum is compatible with unsigned int, but a typedef is repeated with the same type only.
enum E { A };
typedef enum E T;
typedef unsigned T;
