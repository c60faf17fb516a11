// expect: 3:25: error: invalid cast from type 'nullptr_t' to type 'long'
// flags: -std=c2x
int main(void) { return (long)nullptr; }
