// expect: 3:33: error: invalid operands to binary + (have 'nullptr_t' and 'int')
// flags: -std=c2x
int main(void) { return nullptr + 1 != 0; }
