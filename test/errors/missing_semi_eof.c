// expect: 4:11: error: expected ';' at end of input
// note: the file ends right after '0': no ';', no '}', no newline
int main(void) {
  return 0