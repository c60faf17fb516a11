// vm.c: a tiny bytecode virtual machine with its own assembler.  Run it
// with `./9cc -run examples/vm.c`: it assembles two built-in programs
// written in a small stack-machine assembly language, one printing the
// primes below 100 by trial division and one printing fib(0)..fib(20) by
// the slow recursive definition, runs them, and prints each one's output
// and the number of instructions it executed.  `-l` prints the assembled
// bytecode first, and naming a program (`primes` or `fib`) runs only that
// one.  The assembler works in two passes, the first recording where each
// label is and the second emitting opcodes with the labels resolved; the
// machine is a loop around a switch, with an operand stack and a stack of
// call frames that hold each call's local variables - the same stack-machine
// model that 9cc's code generator uses for expressions, only interpreted
// instead of compiled to x86-64.

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The instruction set.  An instruction is an opcode followed by its
// operands, all stored as longs in one array.
typedef enum {
  OP_PUSH,  // push N          : push the constant N
  OP_LOAD,  // load N          : push local variable N of the current frame
  OP_STORE, // store N         : pop a value into local variable N
  OP_ADD,   // add, sub, mul, mod, lt : pop b, pop a, push a OP b
  OP_SUB,
  OP_MUL,
  OP_MOD,
  OP_LT,
  OP_JMP,   // jmp L           : go to label L
  OP_JZ,    // jz L            : pop a value; go to L if it is 0
  OP_JNZ,   // jnz L           : pop a value; go to L if it is not 0
  OP_CALL,  // call L N        : pop N arguments into a new frame's locals 0..N-1, go to L
  OP_RET,   // ret             : pop the result, drop the frame, push the result, go back
  OP_PRINT, // print           : pop a value and print it
  OP_HALT,  // halt            : stop
} Opcode;

static const struct {
  char *name;
  int noperands;
} ops[] = {
    [OP_PUSH] = {"push", 1}, [OP_LOAD] = {"load", 1}, [OP_STORE] = {"store", 1},
    [OP_ADD] = {"add", 0},   [OP_SUB] = {"sub", 0},   [OP_MUL] = {"mul", 0},
    [OP_MOD] = {"mod", 0},   [OP_LT] = {"lt", 0},     [OP_JMP] = {"jmp", 1},
    [OP_JZ] = {"jz", 1},     [OP_JNZ] = {"jnz", 1},   [OP_CALL] = {"call", 2},
    [OP_RET] = {"ret", 0},   [OP_PRINT] = {"print", 0}, [OP_HALT] = {"halt", 0},
};
#define NOPS (int)(sizeof(ops) / sizeof(ops[0]))

// The primes below 100: for each n, try the divisors d while d*d <= n.
static const char *primes_src[] = {
    "        push 2",
    "        store 0          ; n = 2",
    "next:   load 0",
    "        push 100",
    "        lt",
    "        jz done          ; while (n < 100)",
    "        push 2",
    "        store 1          ; d = 2",
    "try:    load 0",
    "        load 1",
    "        load 1",
    "        mul",
    "        lt",
    "        jnz prime        ; n < d*d: no divisor left to try",
    "        load 0",
    "        load 1",
    "        mod",
    "        jz skip          ; d divides n",
    "        load 1",
    "        push 1",
    "        add",
    "        store 1          ; d++",
    "        jmp try",
    "prime:  load 0",
    "        print",
    "skip:   load 0",
    "        push 1",
    "        add",
    "        store 0          ; n++",
    "        jmp next",
    "done:   halt",
    NULL,
};

// fib(0)..fib(20), each by fib(n) = n < 2 ? n : fib(n-1) + fib(n-2).
static const char *fib_src[] = {
    "        push 0",
    "        store 0          ; i = 0",
    "loop:   load 0",
    "        push 21",
    "        lt",
    "        jz end           ; while (i < 21)",
    "        load 0",
    "        call fib 1",
    "        print            ; print fib(i)",
    "        load 0",
    "        push 1",
    "        add",
    "        store 0          ; i++",
    "        jmp loop",
    "end:    halt",
    "fib:    load 0",
    "        push 2",
    "        lt",
    "        jz recurse       ; if (n < 2)",
    "        load 0",
    "        ret              ;   return n",
    "recurse: load 0",
    "        push 1",
    "        sub",
    "        call fib 1       ; fib(n - 1)",
    "        load 0",
    "        push 2",
    "        sub",
    "        call fib 1       ; fib(n - 2)",
    "        add",
    "        ret              ; return the sum",
    NULL,
};

#define MAX_CODE 1024
#define MAX_LABELS 64
#define MAX_STACK 1024
#define MAX_FRAMES 256
#define MAX_LOCALS 8

typedef struct {
  char name[32];
  int addr;
} Label;

static void die(const char *msg, const char *line) {
  fprintf(stderr, "vm: %s: %s\n", msg, line ? line : "");
  exit(1);
}

// Splits a line into at most 4 words, dropping the comment and the label
// (which *label gets, or "" if there is none).
static int split(const char *line, char words[4][32], char *label) {
  char buf[256];
  snprintf(buf, sizeof(buf), "%s", line);
  char *semi = strchr(buf, ';');
  if (semi)
    *semi = '\0';
  label[0] = '\0';
  char *colon = strchr(buf, ':');
  char *p = buf;
  if (colon) {
    *colon = '\0';
    while (isspace((unsigned char)*p))
      p++;
    snprintf(label, 32, "%.31s", p);
    p = colon + 1;
  }
  int n = 0;
  for (char *w = strtok(p, " \t"); w; w = strtok(NULL, " \t")) {
    if (n == 4)
      die("too many words", line);
    snprintf(words[n++], 32, "%.31s", w);
  }
  return n;
}

// Two passes over the source: the first only finds the labels' addresses,
// the second writes the code.  Returns the code's length.
static int assemble(const char **src, long *code) {
  Label labels[MAX_LABELS];
  int nlabels = 0;
  for (int pass = 1; pass <= 2; pass++) {
    int pc = 0;
    for (int i = 0; src[i]; i++) {
      char words[4][32], label[32];
      int n = split(src[i], words, label);
      if (pass == 1 && label[0]) {
        if (nlabels == MAX_LABELS)
          die("too many labels", src[i]);
        snprintf(labels[nlabels].name, 32, "%.31s", label);
        labels[nlabels++].addr = pc;
      }
      if (n == 0)
        continue;
      int op = 0;
      while (op < NOPS && strcmp(ops[op].name, words[0]))
        op++;
      if (op == NOPS)
        die("unknown instruction", src[i]);
      if (n - 1 != ops[op].noperands)
        die("wrong number of operands", src[i]);
      if (pc + n > MAX_CODE)
        die("program too long", src[i]);
      code[pc++] = op;
      for (int k = 1; k < n; k++) {
        long val = 0;
        if (isdigit((unsigned char)words[k][0]) || words[k][0] == '-') {
          val = strtol(words[k], NULL, 10);
        } else if (pass == 2) {
          int l = 0;
          while (l < nlabels && strcmp(labels[l].name, words[k]))
            l++;
          if (l == nlabels)
            die("undefined label", src[i]);
          val = labels[l].addr;
        }
        code[pc++] = val;
      }
    }
    if (pass == 2)
      return pc;
  }
  return 0;
}

static void list(const long *code, int len) {
  for (int pc = 0; pc < len;) {
    int op = code[pc];
    printf("  %04d  %s", pc, ops[op].name);
    for (int k = 1; k <= ops[op].noperands; k++)
      printf("%*s%ld", k == 1 ? 6 - (int)strlen(ops[op].name) : 1, "", code[pc + k]);
    printf("\n");
    pc += 1 + ops[op].noperands;
  }
}

typedef struct {
  long locals[MAX_LOCALS];
  int return_pc;
} Frame;

// Runs the code from address 0 until halt; returns the number of
// instructions executed.
static long run(const long *code) {
  long stack[MAX_STACK];
  static Frame frames[MAX_FRAMES];
  int sp = 0; // stack[sp - 1] is the top
  int fp = 0; // frames[fp] is the current frame
  int pc = 0;
  long steps = 0;
  memset(&frames[0], 0, sizeof(Frame));

  for (;;) {
    steps++;
    long op = code[pc];
    long a, b;
    if (sp > MAX_STACK - 2)
      die("stack overflow", NULL);
    switch (op) {
    case OP_PUSH:
      stack[sp++] = code[pc + 1];
      pc += 2;
      break;
    case OP_LOAD:
      stack[sp++] = frames[fp].locals[code[pc + 1]];
      pc += 2;
      break;
    case OP_STORE:
      frames[fp].locals[code[pc + 1]] = stack[--sp];
      pc += 2;
      break;
    case OP_ADD:
    case OP_SUB:
    case OP_MUL:
    case OP_MOD:
    case OP_LT:
      b = stack[--sp];
      a = stack[--sp];
      switch (op) {
      case OP_ADD: a = a + b; break;
      case OP_SUB: a = a - b; break;
      case OP_MUL: a = a * b; break;
      case OP_MOD:
        if (b == 0)
          die("division by zero", NULL);
        a = a % b;
        break;
      default: a = a < b; break;
      }
      stack[sp++] = a;
      pc++;
      break;
    case OP_JMP:
      pc = code[pc + 1];
      break;
    case OP_JZ:
    case OP_JNZ:
      a = stack[--sp];
      pc = (a == 0) == (op == OP_JZ) ? code[pc + 1] : pc + 2;
      break;
    case OP_CALL: {
      if (fp + 1 == MAX_FRAMES)
        die("too many nested calls", NULL);
      Frame *f = &frames[++fp];
      memset(f, 0, sizeof(*f));
      for (long i = code[pc + 2] - 1; i >= 0; i--)
        f->locals[i] = stack[--sp];
      f->return_pc = pc + 3;
      pc = code[pc + 1];
      break;
    }
    case OP_RET:
      pc = frames[fp--].return_pc; // the result stays on top of the stack
      break;
    case OP_PRINT:
      printf(" %ld", stack[--sp]);
      pc++;
      break;
    case OP_HALT:
      return steps;
    default:
      die("bad opcode", NULL);
    }
  }
}

int main(int argc, char **argv) {
  static const struct {
    char *name;
    const char **src;
  } programs[] = {{"primes", primes_src}, {"fib", fib_src}};
  bool listing = false;
  char *only = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-l"))
      listing = true;
    else
      only = argv[i];
  }

  int ran = 0;
  for (int i = 0; i < 2; i++) {
    if (only && strcmp(only, programs[i].name))
      continue;
    static long code[MAX_CODE];
    int len = assemble(programs[i].src, code);
    if (listing) {
      printf("%s: %d words of bytecode\n", programs[i].name, len);
      list(code, len);
    }
    printf("%s:", programs[i].name);
    long steps = run(code);
    printf("\n  (%ld instructions)\n", steps);
    ran++;
  }
  if (!ran) {
    fprintf(stderr, "usage: vm [-l] [primes|fib]\n");
    return 2;
  }
  return 0;
}
