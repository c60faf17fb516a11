// int128.c: the instructions for [GNU] __int128 and unsigned __int128.
//
// The stack machine keeps a 128-bit value in two registers, the low half
// in rax and the high half in rdx (where a function returns one, so that
// calls need no moves), and pushes it as two words.  codegen.c evaluates
// the operands and puts them in place; the functions here write what
// comes after: a binary operator with its left operand in rax:rdx and its
// right one in rdi:rsi (a shift count in cl), conversions to and from the
// other arithmetic types, and the test against zero.
//
// Nothing here calls a library.  gcc calls libgcc for division
// (__divti3, __udivti3, ...) and for the floating conversions (__floattidf,
// __fixdfti, ...), but 9cc's programs link with no library of gcc's, and
// a helper routine of our own in each object would need comdat sections
// so that several objects of one program do not clash.  The code is
// written in line instead: a division is two `div`s when the divisor fits
// in 64 bits, and one `div` that estimates the quotient, a multiplication
// and a correction otherwise.  The code may use
// rcx, rsi, rdi and r8-r11: codegen.c leaves no variable in r10 or r11 in
// a function with 128-bit arithmetic (see scan_locals()).

#include "codegen.h"

// -(hi:lo) in place.
static void negate(char *lo, char *hi) {
  println("  neg %s", lo);
  println("  adc %s, 0", hi);
  println("  neg %s", hi);
}

// Sets ZF when rax:rdx is zero (rdi is clobbered).
void int128_cmp_zero(void) {
  println("  mov rdi, rax");
  println("  or rdi, rdx");
}

// The 64-bit value in rax, of type `from`, extended to 128 bits.
void int128_from_int(Type *from) {
  bool u = from->is_unsigned || from->kind == TY_BOOL || from->kind == TY_PTR;
  switch (from->kind == TY_BOOL ? 1 : from->size) {
  case 1:
    println(u ? "  movzx eax, al" : "  movsx rax, al");
    break;
  case 2:
    println(u ? "  movzx eax, ax" : "  movsx rax, ax");
    break;
  case 4:
    println(u ? "  mov eax, eax" : "  movsxd rax, eax");
    break;
  }
  println(u ? "  xor edx, edx" : "  cqo");
}

// rax:rdx converted to the narrower integer type `to`: its low bits.
void int128_to_int(Type *to) {
  if (to->kind == TY_BOOL) {
    int128_cmp_zero();
    println("  setne al");
    println("  movzx eax, al");
    return;
  }
  bool u = to->is_unsigned;
  if (to->size == 1)
    println(u ? "  movzx eax, al" : "  movsx eax, al");
  else if (to->size == 2)
    println(u ? "  movzx eax, ax" : "  movsx eax, ax");
  if (to->bit_width)
    extend_bits("rax", to->bit_width, u);
}

// Unsigned division: rax:rdx / rdi:rsi, the quotient left in rax:rdx and
// the remainder in rdi:rsi.
static void udivmod(int c) {
  println("  test rsi, rsi");
  println("  jne .L.udiv128.wide.%d", c);
  // A 64-bit divisor: long division in two digits of 64 bits.
  println("  mov r8, rax");
  println("  mov rax, rdx");
  println("  xor edx, edx");
  println("  div rdi");
  println("  mov r9, rax");
  println("  mov rax, r8");
  println("  div rdi");
  println("  mov rdi, rdx");
  println("  xor esi, esi");
  println("  mov rdx, r9");
  println("  jmp .L.udiv128.end.%d", c);

  // A divisor of 2^64 or more: the quotient fits in 64 bits, and one
  // `div` estimates it (Hacker's Delight, 9-5).  With the divisor shifted
  // left by n = 63 - b, b the index of its top bit, so that its high word
  // v1 has the top bit set, and the dividend halved so that the `div`
  // cannot overflow, q1 = (u/2) / v1 and q0 = q1 >> b is the quotient or
  // one more; q0 - 1 (if not 0) is the quotient or one less, which the
  // remainder u - q0 v then tells.
  // (r10 and r11 hold sdivmod()'s signs: kept on the stack meanwhile.)
  println(".L.udiv128.wide.%d:", c);
  println("  push r10");
  println("  push r11");
  println("  mov r10, rax"); // r11:r10 = u
  println("  mov r11, rdx");
  println("  bsr rcx, rsi");
  println("  mov r9, rcx"); // b
  println("  xor ecx, 63"); // n
  println("  mov r8, rsi");
  println("  shld r8, rdi, cl"); // v1
  println("  shrd rax, rdx, 1");
  println("  shr rdx, 1");
  println("  div r8");
  println("  mov ecx, r9d");
  println("  shr rax, cl");
  println("  sub rax, 1"); // q0 - 1, or 0 if q0 is 0
  println("  adc rax, 0");
  println("  mov r9, rax");
  println("  mul rdi"); // q0 v, which fits in 128 bits
  println("  mov rcx, r9");
  println("  imul rcx, rsi");
  println("  add rdx, rcx");
  println("  mov r8, r10"); // rcx:r8 = u - q0 v
  println("  sub r8, rax");
  println("  mov rcx, r11");
  println("  sbb rcx, rdx");
  println("  cmp r8, rdi"); // one v more to take?
  println("  mov rax, rcx");
  println("  sbb rax, rsi");
  println("  jb .L.udiv128.next.%d", c);
  println("  sub r8, rdi");
  println("  sbb rcx, rsi");
  println("  add r9, 1");
  println(".L.udiv128.next.%d:", c);
  println("  mov rax, r9");
  println("  xor edx, edx");
  println("  mov rdi, r8");
  println("  mov rsi, rcx");
  println("  pop r11");
  println("  pop r10");
  println(".L.udiv128.end.%d:", c);
}

// Signed division on the magnitudes: the quotient is negative when the
// signs differ (r11's top bit), the remainder takes the dividend's (r10's).
static void sdivmod(int c) {
  println("  mov r10, rdx");
  println("  mov r11, rdx");
  println("  xor r11, rsi");
  println("  test rdx, rdx");
  println("  jns .L.sdiv128.a.%d", c);
  negate("rax", "rdx");
  println(".L.sdiv128.a.%d:", c);
  println("  test rsi, rsi");
  println("  jns .L.sdiv128.b.%d", c);
  negate("rdi", "rsi");
  println(".L.sdiv128.b.%d:", c);
  udivmod(c);
  println("  test r11, r11");
  println("  jns .L.sdiv128.q.%d", c);
  negate("rax", "rdx");
  println(".L.sdiv128.q.%d:", c);
  println("  test r10, r10");
  println("  jns .L.sdiv128.r.%d", c);
  negate("rdi", "rsi");
  println(".L.sdiv128.r.%d:", c);
}

// rax:rdx shifted by cl (0 to 127).  The double shifts move bits between
// the halves but count modulo 64; a count of 64 or more then moves a half.
static void shift(NodeKind kind, bool is_unsigned) {
  if (kind == ND_SHL) {
    println("  shld rdx, rax, cl");
    println("  shl rax, cl");
    println("  xor edi, edi");
    println("  test cl, 64");
    println("  cmovne rdx, rax");
    println("  cmovne rax, rdi");
    return;
  }
  println("  shrd rax, rdx, cl");
  if (is_unsigned) {
    println("  shr rdx, cl");
    println("  xor edi, edi");
  } else {
    println("  sar rdx, cl");
    println("  mov rdi, rdx");
    println("  sar rdi, 63");
  }
  println("  test cl, 64");
  println("  cmovne rax, rdx");
  println("  cmovne rdx, rdi");
}

// rax:rdx = rax:rdx `kind` rdi:rsi, or for a comparison 0 or 1 in eax;
// a shift takes its count in cl.  `c` makes the labels unique.
void int128_binary(NodeKind kind, bool is_unsigned, int c) {
  switch (kind) {
  case ND_ADD:
    println("  add rax, rdi");
    println("  adc rdx, rsi");
    return;
  case ND_SUB:
    println("  sub rax, rdi");
    println("  sbb rdx, rsi");
    return;
  case ND_MUL:
    // The low 128 bits: lo*lo in full, plus the cross products' low
    // halves in the high word.
    println("  imul rdx, rdi");
    println("  imul rsi, rax");
    println("  add rsi, rdx");
    println("  mul rdi");
    println("  add rdx, rsi");
    return;
  case ND_DIV:
  case ND_MOD:
    if (is_unsigned)
      udivmod(c);
    else
      sdivmod(c);
    if (kind == ND_MOD) {
      println("  mov rax, rdi");
      println("  mov rdx, rsi");
    }
    return;
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR: {
    char *insn = kind == ND_BITAND ? "and" : kind == ND_BITOR ? "or" : "xor";
    println("  %s rax, rdi", insn);
    println("  %s rdx, rsi", insn);
    return;
  }
  case ND_SHL:
  case ND_SHR:
    shift(kind, is_unsigned);
    return;
  case ND_EQ:
  case ND_NE:
    println("  xor rax, rdi");
    println("  xor rdx, rsi");
    println("  or rax, rdx");
    println("  set%s al", kind == ND_EQ ? "e" : "ne");
    break;
  case ND_LT:
    // The borrow of a - b: below (unsigned) or less (signed).
    println("  cmp rax, rdi");
    println("  sbb rdx, rsi");
    println("  set%s al", is_unsigned ? "b" : "l");
    break;
  default: // ND_LE: a <= b is !(b < a)
    println("  cmp rdi, rax");
    println("  sbb rsi, rdx");
    println("  set%s al", is_unsigned ? "ae" : "ge");
    break;
  }
  println("  movzx eax, al");
}

void int128_unary(NodeKind kind) {
  if (kind == ND_NEG) {
    negate("rax", "rdx");
    return;
  }
  println("  not rax");
  println("  not rdx");
}

// rax:rdx to float or double in xmm0, rounded to nearest as libgcc does.
// A value of 2^64 or more is shifted right by s, the bits of its high
// half, with a sticky bit for any bit lost, so that the one rounding of
// the 64-bit conversion is the right one; then it is scaled back by 2^s,
// exactly.  A 64-bit value with its top bit set is halved the same way.
static void to_sse(bool is_float, bool is_unsigned, int c) {
  char *cvt = is_float ? "cvtsi2ss" : "cvtsi2sd";
  if (!is_unsigned) {
    println("  mov r10, rdx");
    println("  test rdx, rdx");
    println("  jns .L.i2f.abs.%d", c);
    negate("rax", "rdx");
    println(".L.i2f.abs.%d:", c);
  }
  println("  xor r11d, r11d");
  println("  test rdx, rdx");
  println("  je .L.i2f.small.%d", c);
  println("  bsr rcx, rdx");
  println("  add ecx, 1");
  println("  mov r11d, ecx");
  println("  mov r8, rax");
  println("  mov r9, rdx");
  println("  shrd rax, rdx, cl");
  println("  cmp ecx, 64");
  println("  cmove rax, r9");
  println("  neg ecx"); // 64 - s, modulo 64: the low s bits of r8 go to the top
  println("  shl r8, cl");
  println("  test r8, r8");
  println("  setne cl");
  println("  movzx ecx, cl");
  println("  or rax, rcx");
  println(".L.i2f.small.%d:", c);
  println("  test rax, rax");
  println("  js .L.i2f.halve.%d", c);
  println("  pxor xmm0, xmm0");
  println("  %s xmm0, rax", cvt);
  println("  jmp .L.i2f.scale.%d", c);
  println(".L.i2f.halve.%d:", c);
  println("  mov rcx, rax");
  println("  and ecx, 1");
  println("  shr rax, 1");
  println("  or rax, rcx");
  println("  pxor xmm0, xmm0");
  println("  %s xmm0, rax", cvt);
  println("  add r11d, 1");
  println(".L.i2f.scale.%d:", c);
  // 2^r11 as a float or double, built from its exponent.
  if (is_float) {
    println("  lea eax, [r11+127]");
    println("  shl eax, 23");
    println("  movd xmm1, eax");
    println("  mulss xmm0, xmm1");
  } else {
    println("  lea rax, [r11+1023]");
    println("  shl rax, 52");
    println("  movq xmm1, rax");
    println("  mulsd xmm0, xmm1");
  }
  if (!is_unsigned) {
    println("  test r10, r10");
    println("  jns .L.i2f.end.%d", c);
    if (is_float) {
      println("  mov eax, 0x80000000");
      println("  movd xmm1, eax");
      println("  xorps xmm0, xmm1");
    } else {
      println("  mov rax, 0x8000000000000000");
      println("  movq xmm1, rax");
      println("  xorpd xmm0, xmm1");
    }
    println(".L.i2f.end.%d:", c);
  }
}

// rax:rdx to long double in st(0): high * 2^64 + low, both exact in the
// x87's 64-bit significand, so that the one rounding is in the addition.
static void to_x87(bool is_unsigned, int c) {
  println("  mov DWORD PTR [rsp-20], 0x5f800000"); // 2^64 as a float
  println("  mov QWORD PTR [rsp-16], rdx");
  println("  fild QWORD PTR [rsp-16]");
  if (is_unsigned) {
    println("  test rdx, rdx");
    println("  jns .L.i2ld.hi.%d", c);
    println("  fadd DWORD PTR [rsp-20]");
    println(".L.i2ld.hi.%d:", c);
  }
  println("  fmul DWORD PTR [rsp-20]");
  println("  mov QWORD PTR [rsp-8], rax");
  println("  fild QWORD PTR [rsp-8]");
  println("  test rax, rax");
  println("  jns .L.i2ld.lo.%d", c);
  println("  fadd DWORD PTR [rsp-20]");
  println(".L.i2ld.lo.%d:", c);
  println("  faddp st(1), st");
}

void int128_to_float(Type *to, bool is_unsigned, int c) {
  if (to->kind == TY_LDOUBLE)
    to_x87(is_unsigned, c);
  else
    to_sse(to->kind == TY_FLOAT, is_unsigned, c);
}

// A float, double (xmm0) or long double (st(0)) to rax:rdx, truncated
// toward zero.  The value goes through the x87's 80-bit format, exact for
// all three: its 64-bit significand shifted by the exponent, then negated
// if the sign is set.  (Out of range the result is undefined in C.)
void int128_from_float(Type *from, int c) {
  if (from->kind == TY_FLOAT) {
    println("  movss DWORD PTR [rsp-8], xmm0");
    println("  fld DWORD PTR [rsp-8]");
  } else if (from->kind == TY_DOUBLE) {
    println("  movsd QWORD PTR [rsp-8], xmm0");
    println("  fld QWORD PTR [rsp-8]");
  }
  println("  fstp TBYTE PTR [rsp-16]");
  println("  mov rax, QWORD PTR [rsp-16]");
  println("  movzx ecx, WORD PTR [rsp-8]");
  println("  mov r10d, ecx");
  println("  and ecx, 0x7fff");
  println("  xor edx, edx");
  // value = significand * 2^(exponent - 16383 - 63)
  println("  sub ecx, 16446");
  println("  jge .L.f2i.left.%d", c);
  println("  neg ecx");
  println("  cmp ecx, 64");
  println("  jae .L.f2i.zero.%d", c);
  println("  shr rax, cl");
  println("  jmp .L.f2i.sign.%d", c);
  println(".L.f2i.zero.%d:", c);
  println("  xor eax, eax");
  println("  jmp .L.f2i.sign.%d", c);
  println(".L.f2i.left.%d:", c);
  shift(ND_SHL, true);
  println(".L.f2i.sign.%d:", c);
  println("  test r10d, 0x8000");
  println("  je .L.f2i.end.%d", c);
  negate("rax", "rdx");
  println(".L.f2i.end.%d:", c);
}

// __builtin_add/sub/mul_overflow with an __int128 operand or result.
// The operands are in rax:rdx and rdi:rsi, each of its own signedness
// (ua, ub).  The exact result is left as a 192-bit value in r8:rdx:rax,
// and r10 is nonzero when it does not even fit there (a product of 256
// bits); int128_overflow_store() then stores and checks it.
void int128_overflow_op(int kind, bool ua, bool ub, int c) {
  if (kind != BI_MUL_OVERFLOW) {
    println("  mov r8, rdx");
    println(ua ? "  xor r8d, r8d" : "  sar r8, 63");
    println("  mov r9, rsi");
    println(ub ? "  xor r9d, r9d" : "  sar r9, 63");
    char *op = kind == BI_ADD_OVERFLOW ? "add" : "sub";
    char *opc = kind == BI_ADD_OVERFLOW ? "adc" : "sbb";
    println("  %s rax, rdi", op);
    println("  %s rdx, rsi", opc);
    println("  %s r8, r9", opc);
    println("  xor r10d, r10d");
    return;
  }

  // The product of the magnitudes, negated if the signs differ (r11).
  println("  xor r11d, r11d");
  if (!ua) {
    println("  test rdx, rdx");
    println("  jns .L.mulo.a.%d", c);
    println("  not r11");
    negate("rax", "rdx");
    println(".L.mulo.a.%d:", c);
  }
  if (!ub) {
    println("  test rsi, rsi");
    println("  jns .L.mulo.b.%d", c);
    println("  not r11");
    negate("rdi", "rsi");
    println(".L.mulo.b.%d:", c);
  }
  // a1:a0 * b1:b0 is at least 2^128 if both high halves are nonzero, or
  // if a cross product or the carries reach past 128 bits.
  println("  test rdx, rdx");
  println("  setne r10b");
  println("  test rsi, rsi");
  println("  setne cl");
  println("  and r10b, cl");
  println("  movzx r10d, r10b");
  println("  mov r8, rdx");
  println("  mov r9, rax");
  println("  mov rax, r8");
  println("  mul rdi");      // a1 * b0
  println("  or r10, rdx");
  println("  mov rcx, rax");
  println("  mov rax, r9");
  println("  mul rsi");      // a0 * b1
  println("  or r10, rdx");
  println("  add rcx, rax");
  println("  sbb rsi, rsi"); // -carry: r10 only collects nonzero bits
  println("  or r10, rsi");
  println("  mov rax, r9");
  println("  mul rdi");      // a0 * b0
  println("  add rdx, rcx");
  println("  sbb rcx, rcx");
  println("  or r10, rcx");
  println("  xor r8d, r8d");
  println("  test r11, r11");
  println("  je .L.mulo.end.%d", c);
  println("  not rax");
  println("  not rdx");
  println("  not r8");
  println("  add rax, 1");
  println("  adc rdx, 0");
  println("  adc r8, 0");
  println(".L.mulo.end.%d:", c);
}

// Stores the exact result r8:rdx:rax truncated to `ty` through rdi, and
// sets eax to whether it overflowed: whether the truncated value,
// extended back, differs from it (or r10 says it was too wide anyway).
void int128_overflow_store(Type *ty) {
  bool u = ty->is_unsigned;
  if (ty->size == 16) {
    // (A _BitInt over 64 bits: its high word to its width.)
    println("  mov rcx, rdx");
    if (ty->bit_width)
      extend_bits("rcx", ty->bit_width - 64, u);
    println("  mov QWORD PTR [rdi], rax");
    println("  mov QWORD PTR [rdi+8], rcx");
    println("  mov r9, rcx");
    println(u && ty->bit_width % 128 == 0 ? "  xor r9d, r9d" : "  sar r9, 63");
    println("  xor rcx, rdx");
    println("  xor r8, r9");
    println("  or rcx, r8");
    println("  setne al");
  } else {
    println("  mov rcx, rax");
    switch (ty->size) {
    case 1: println(u ? "  movzx ecx, cl" : "  movsx rcx, cl"); break;
    case 2: println(u ? "  movzx ecx, cx" : "  movsx rcx, cx"); break;
    case 4: println(u ? "  mov ecx, ecx" : "  movsxd rcx, ecx"); break;
    }
    if (ty->bit_width)
      extend_bits("rcx", ty->bit_width, u);
    println("  mov %s PTR [rdi], %s", ptr_size(ty->size), sized("cx", ty->size));
    println("  mov r9, rcx");
    println(u && ty->size == 8 ? "  xor r9d, r9d" : "  sar r9, 63");
    println("  xor rcx, rax");
    println("  xor rdx, r9");
    println("  xor r8, r9");
    println("  or rcx, rdx");
    println("  or rcx, r8");
    println("  setne al");
  }
  println("  test r10, r10");
  println("  setne cl");
  println("  or al, cl");
  println("  movzx eax, al");
}

//
// 16-byte atomics: lock cmpxchg16b, which compares rdx:rax with the
// object at [rdi] and, if equal, stores rcx:rbx there, else loads the
// object into rdx:rax.  A load, a store, an exchange and a fetch-and-op
// are built from it (gcc calls libatomic for them).  rbx is callee-saved
// and may hold a variable: the caller keeps it around these.
//

static void cmpxchg16b(void) {
  println("  lock cmpxchg16b XMMWORD PTR [rdi]");
}

// The object at [rdi] into rdx:rax: a compare with 0 that stores 0 back if
// it was 0 and loads it otherwise.  (The object must be writable.)
void int128_atomic_load(void) {
  println("  xor eax, eax");
  println("  xor edx, edx");
  println("  xor ebx, ebx");
  println("  xor ecx, ecx");
  cmpxchg16b();
}

// *[rdi] = kind(old, r9:r8) until no other thread came between, the old
// value left in rdx:rax (or the new one if `new_value`).  kind is ND_ASSIGN
// for an exchange, else an operator (ND_BITNOT: nand).
void int128_atomic_update(NodeKind kind, bool new_value, int c) {
  println("  mov rax, QWORD PTR [rdi]");
  println("  mov rdx, QWORD PTR [rdi+8]");
  println(".L.atomic128.%d:", c);
  println("  mov rbx, r8");
  println("  mov rcx, r9");
  switch (kind) {
  case ND_ADD:
    println("  add rbx, rax");
    println("  adc rcx, rdx");
    break;
  case ND_SUB:
    println("  mov rbx, rax");
    println("  mov rcx, rdx");
    println("  sub rbx, r8");
    println("  sbb rcx, r9");
    break;
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR:
  case ND_BITNOT: {
    char *insn = kind == ND_BITOR ? "or" : kind == ND_BITXOR ? "xor" : "and";
    println("  %s rbx, rax", insn);
    println("  %s rcx, rdx", insn);
    if (kind == ND_BITNOT) {
      println("  not rbx");
      println("  not rcx");
    }
    break;
  }
  default: // ND_ASSIGN
    break;
  }
  cmpxchg16b();
  println("  jne .L.atomic128.%d", c);
  if (new_value) {
    println("  mov rax, rbx");
    println("  mov rdx, rcx");
  }
}

// Compare-and-swap of [rdi] with rdx:rax expected and r9:r8 desired; ZF
// says whether it swapped, rdx:rax holds the old value.
void int128_cas(void) {
  println("  mov rbx, r8");
  println("  mov rcx, r9");
  cmpxchg16b();
}
