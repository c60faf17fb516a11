/* A bytecode interpreter: a small stack machine with a switch-dispatched
   loop, locals, calls and returns.  The program it runs sums the lengths
   of Collatz sequences and tests numbers for primality by trial division
   through a called subroutine.  Optional argument: scale (percent of the
   full problem, default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define LIMIT 58000 /* numbers examined at scale 100 */

enum {
  OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_LOAD, OP_STORE, OP_ADD,
  OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_AND, OP_SHR, OP_LT, OP_EQ, OP_JMP,
  OP_JZ, OP_JNZ, OP_CALL, OP_RET, OP_INC, OP_PRINT
};

typedef struct {
  int64_t code[512];
  int n;
  int labels[32];
  int fixups[64][2];
  int nfix;
} Asm;

static void emit(Asm *a, int64_t x) { a->code[a->n++] = x; }
static void emit2(Asm *a, int op, int64_t x) { emit(a, op); emit(a, x); }
static void label(Asm *a, int l) { a->labels[l] = a->n; }
static void jump(Asm *a, int op, int l) {
  emit(a, op);
  a->fixups[a->nfix][0] = a->n;
  a->fixups[a->nfix][1] = l;
  a->nfix++;
  emit(a, 0);
}
static void link(Asm *a) {
  for (int i = 0; i < a->nfix; i++)
    a->code[a->fixups[i][0]] = a->labels[a->fixups[i][1]];
}

static int64_t out[4];
static int nout;

static int64_t run(const int64_t *code, int64_t *locals) {
  int64_t stack[256];
  int64_t frames[64][2]; /* return address, saved local 3 */
  int sp = 0, fp = 0, pc = 0;
  uint64_t steps = 0;
  for (;;) {
    steps++;
    int64_t op = code[pc++];
    switch (op) {
    case OP_HALT:
      return (int64_t)steps;
    case OP_PUSH: stack[sp++] = code[pc++]; break;
    case OP_POP: sp--; break;
    case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
    case OP_SWAP: {
      int64_t t = stack[sp - 1];
      stack[sp - 1] = stack[sp - 2];
      stack[sp - 2] = t;
      break;
    }
    case OP_LOAD: stack[sp++] = locals[code[pc++]]; break;
    case OP_STORE: locals[code[pc++]] = stack[--sp]; break;
    case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
    case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
    case OP_DIV: sp--; stack[sp - 1] /= stack[sp]; break;
    case OP_MOD: sp--; stack[sp - 1] %= stack[sp]; break;
    case OP_AND: sp--; stack[sp - 1] &= stack[sp]; break;
    case OP_SHR: sp--; stack[sp - 1] >>= stack[sp]; break;
    case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
    case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
    case OP_JMP: pc = (int)code[pc]; break;
    case OP_JZ:
      if (stack[--sp] == 0) pc = (int)code[pc]; else pc++;
      break;
    case OP_JNZ:
      if (stack[--sp] != 0) pc = (int)code[pc]; else pc++;
      break;
    case OP_CALL:
      frames[fp][0] = pc + 1;
      frames[fp][1] = locals[3];
      fp++;
      pc = (int)code[pc];
      break;
    case OP_RET:
      fp--;
      locals[3] = frames[fp][1];
      pc = (int)frames[fp][0];
      break;
    case OP_INC: locals[code[pc++]]++; break;
    case OP_PRINT: out[nout++ & 3] = stack[--sp]; break;
    default:
      fprintf(stderr, "bad opcode %lld at %d\n", (long long)op, pc - 1);
      exit(2);
    }
  }
}

/* locals: 0 = n, 1 = limit, 2 = collatz total, 3 = scratch x,
   4 = prime count, 5 = divisor */
static void assemble(Asm *a, int64_t limit) {
  enum { L_OUTER, L_COLLATZ, L_ODD, L_CDONE, L_NEXT, L_END, L_ISPRIME,
         L_TRY, L_YES, L_NO, L_NOTP };
  emit2(a, OP_PUSH, 1); emit2(a, OP_STORE, 0);
  emit2(a, OP_PUSH, limit); emit2(a, OP_STORE, 1);
  emit2(a, OP_PUSH, 0); emit2(a, OP_STORE, 2);
  emit2(a, OP_PUSH, 0); emit2(a, OP_STORE, 4);
  label(a, L_OUTER);
  emit2(a, OP_LOAD, 0); emit2(a, OP_LOAD, 1); emit(a, OP_LT);
  jump(a, OP_JZ, L_END);
  /* Collatz length of n */
  emit2(a, OP_LOAD, 0); emit2(a, OP_STORE, 3);
  label(a, L_COLLATZ);
  emit2(a, OP_LOAD, 3); emit2(a, OP_PUSH, 1); emit(a, OP_EQ);
  jump(a, OP_JNZ, L_CDONE);
  emit2(a, OP_INC, 2);
  emit2(a, OP_LOAD, 3); emit2(a, OP_PUSH, 1); emit(a, OP_AND);
  jump(a, OP_JNZ, L_ODD);
  emit2(a, OP_LOAD, 3); emit2(a, OP_PUSH, 1); emit(a, OP_SHR);
  emit2(a, OP_STORE, 3);
  jump(a, OP_JMP, L_COLLATZ);
  label(a, L_ODD);
  emit2(a, OP_LOAD, 3); emit2(a, OP_PUSH, 3); emit(a, OP_MUL);
  emit2(a, OP_PUSH, 1); emit(a, OP_ADD); emit2(a, OP_STORE, 3);
  jump(a, OP_JMP, L_COLLATZ);
  label(a, L_CDONE);
  /* primality by subroutine: leaves 1 or 0 on the stack */
  jump(a, OP_CALL, L_ISPRIME);
  jump(a, OP_JZ, L_NEXT);
  emit2(a, OP_INC, 4);
  label(a, L_NEXT);
  emit2(a, OP_INC, 0);
  jump(a, OP_JMP, L_OUTER);
  label(a, L_END);
  emit2(a, OP_LOAD, 2); emit(a, OP_PRINT);
  emit2(a, OP_LOAD, 4); emit(a, OP_PRINT);
  emit(a, OP_HALT);

  label(a, L_ISPRIME);
  emit2(a, OP_LOAD, 0); emit2(a, OP_PUSH, 2); emit(a, OP_LT);
  jump(a, OP_JNZ, L_NO);
  emit2(a, OP_PUSH, 2); emit2(a, OP_STORE, 5);
  label(a, L_TRY);
  emit2(a, OP_LOAD, 5); emit(a, OP_DUP); emit(a, OP_MUL);
  emit2(a, OP_LOAD, 0); emit(a, OP_SWAP); emit(a, OP_LT);
  jump(a, OP_JNZ, L_YES);
  emit2(a, OP_LOAD, 0); emit2(a, OP_LOAD, 5); emit(a, OP_MOD);
  jump(a, OP_JZ, L_NO);
  emit2(a, OP_INC, 5);
  jump(a, OP_JMP, L_TRY);
  label(a, L_YES);
  emit2(a, OP_PUSH, 1); emit(a, OP_RET);
  label(a, L_NO);
  emit2(a, OP_PUSH, 0); emit(a, OP_RET);
  link(a);
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  int64_t limit = (int64_t)LIMIT * scale / 100;
  if (limit < 10)
    limit = 10;
  static Asm a;
  assemble(&a, limit);
  int64_t locals[8] = {0};
  int64_t steps = run(a.code, locals);
  printf("checksum: %lld %lld %lld %d\n", (long long)out[0], (long long)out[1],
         (long long)steps, a.n);
  return 0;
}
