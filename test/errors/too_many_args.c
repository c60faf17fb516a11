// expect: 5:10: error: too many arguments to function 'f' (expected 1, have 2)
// note: the counts follow the wording issue 6 asks for; gcc 12 stops after the function name
int f(int a);
int main(void) {
  return f(1, 2);
}
