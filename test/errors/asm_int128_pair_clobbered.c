// expect: 4:13: error: an __int128 'asm' operand needs rax and rdx, which are taken
// "A" for an __int128 is rax and rdx, which the clobber list takes.
void f(__int128 x) {
  asm("" :: "A"(x) : "rdx");
}
