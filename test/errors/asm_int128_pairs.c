// expect: 5:21: error: an __int128 'asm' operand needs rax and rdx, which are taken
// An __int128 in registers takes rax and rdx here (gcc may find it
// another pair): two such inputs cannot both have them.
void f(__int128 x, __int128 y) {
  asm("" :: "r"(x), "r"(y));
}
