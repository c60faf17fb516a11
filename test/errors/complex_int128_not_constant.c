// expect: 5:28: error: initializer element is not constant
// Assignments in a static initializer are not constant, even where they
// have the shape 9cc gives a real value converted to a complex one.
int g1, g2; _Complex __int128 g3;
_Complex __int128 z = ((g1 = 1, g2 = 2), g3);
