// expect: 3:18: error: width of 'm' exceeds its type
// A _Bool bit-field has one bit at most.
struct B { _Bool m : 3; };
