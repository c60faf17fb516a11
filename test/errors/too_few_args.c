// expect: 5:10: error: too few arguments to function 'f' (expected 2, have 1)
// note: the counts follow the wording issue 6 asks for; gcc 12 stops after the function name
int f(int a, int b);
int main(void) {
  return f(1);
}
