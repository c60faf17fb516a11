// atomic_lock.c: atomics on objects no instruction covers, through locks.
//
// x86-64 has atomic instructions for objects of 1, 2, 4, 8 and (with
// cmpxchg16b) 16 bytes, and 9cc uses them in line.  An _Atomic struct of
// 24 bytes, or __atomic_load() on one, needs a lock instead.  gcc calls
// libatomic for those; 9cc must not need any library beyond libc (the
// book's `9cc f.c > f.s && cc f.s` links nothing else), so it writes the
// few functions it calls into the assembly of each file that calls them.
//
// They have libatomic's names and interface:
//   void __atomic_load(size_t n, void *obj, void *ret, int order);
//   void __atomic_store(size_t n, void *obj, void *val, int order);
//   void __atomic_exchange(size_t n, void *obj, void *val, void *ret, int order);
//   bool __atomic_compare_exchange(size_t n, void *obj, void *expected,
//                                  void *desired, int success, int failure);
// and they are weak and of default visibility, each in a COMDAT group:
// the linker keeps one copy per executable or shared library, and the
// dynamic linker binds every call in the program to one definition, the
// first it finds (which may be libatomic's, if gcc code brought it in:
// then everyone uses libatomic's locks).  gcc's code calling libatomic
// links against these definitions too when no libatomic is linked.
//
// The locks: a table of 64 words, one per 64-byte line of address space
// modulo 64; an object takes the locks of every line it touches, in the
// order of their index (the same order in every thread: no deadlock).
// The table is a gnu_unique_object, which the dynamic linker makes one
// for the whole process even across libraries loaded with RTLD_LOCAL, so
// any copy of these functions agrees on the lock of an address.  (An
// executable's copy must be in its dynamic symbol table for that, which
// the driver asks of ld with --export-dynamic-symbol: otherwise a library
// it loads later with dlopen takes locks of its own.)  A lock
// word is 0 (free), 1 (taken) or 2 (taken, with waiters sleeping on a
// futex), the mutex of Drepper's "Futexes Are Tricky".
//
// Objects of 1, 2, 4, 8 or 16 bytes at an address aligned to their size
// take the lock-free instructions here too, as in line code does for them.

#include "codegen.h"

static char *locks = "__9cc_atomic_locks";

// The start of a function `name` in its own COMDAT group: weak, and
// hidden if only this module calls it.
static void begin_function(char *name, bool hidden) {
  println("  .section .text.%s,\"axG\",@progbits,%s,comdat", name, name);
  println("  .weak %s", name);
  if (hidden)
    println("  .hidden %s", name);
  println("  .type %s, @function", name);
  println("%s:", name);
  if (config->cf_protection & CF_BRANCH)
    println("  endbr64");
}

static void end_function(char *name) {
  println("  .size %s, .-%s", name, name);
}

static void emit_lock_table(void) {
  println("  .weak %s", locks);
  println("  .section .bss.%s,\"awG\",@nobits,%s,comdat", locks, locks);
  println("  .align 64");
  println("  .type %s, @gnu_unique_object", locks);
  println("  .size %s, 4096", locks);
  println("%s:", locks);
  println("  .zero 4096");
}

// Takes a lock word at [r15]: 0 -> 1, or else mark it 2 and sleep until
// the holder wakes us (FUTEX_WAIT_PRIVATE while it is still 2).
static void take_lock(void) {
  println("  mov ecx, 1");
  println("  xor eax, eax");
  println("  lock cmpxchg DWORD PTR [r15], ecx");
  println("  jz 2f");
  println("3:");
  println("  mov eax, 2");
  println("  xchg DWORD PTR [r15], eax");
  println("  test eax, eax");
  println("  jz 2f");
  println("  mov rdi, r15");
  println("  mov esi, 128"); // FUTEX_WAIT | FUTEX_PRIVATE_FLAG
  println("  mov edx, 2");
  println("  xor r10d, r10d");
  println("  mov eax, 202"); // SYS_futex
  println("  syscall");
  println("  jmp 3b");
}

// Frees the lock word at [r15], waking one sleeper if there were any.
static void release_lock(void) {
  println("  xor eax, eax");
  println("  xchg DWORD PTR [r15], eax");
  println("  cmp eax, 1");
  println("  jbe 2f");
  println("  mov rdi, r15");
  println("  mov esi, 129"); // FUTEX_WAKE | FUTEX_PRIVATE_FLAG
  println("  mov edx, 1");
  println("  mov eax, 202");
  println("  syscall");
}

// name(rdi = address, rsi = size): `body` on each lock word covering the
// object, in the order of the table.
static void lock_loop(char *name, void (*body)(void)) {
  begin_function(name, true);
  println("  push rbx");
  println("  push r12");
  println("  push r13");
  println("  push r14");
  println("  push r15");
  println("  mov rbx, QWORD PTR [rip+%s@GOTPCREL]", locks);
  println("  test rsi, rsi");
  println("  jnz 1f");
  println("  mov esi, 1");
  println("1:");
  println("  lea rax, [rdi+rsi-1]");
  println("  mov r12, rdi");
  println("  shr r12, 6");     // the first line
  println("  shr rax, 6");
  println("  sub rax, r12");
  println("  lea r13, [rax+1]"); // how many lines
  println("  and r12d, 63");
  println("  xor r14d, r14d");  // the lock's index
  println("1:");
  println("  mov eax, r14d");
  println("  sub eax, r12d");
  println("  and eax, 63");
  println("  cmp rax, r13");
  println("  jae 2f");
  println("  mov r15, r14");
  println("  shl r15, 6");
  println("  add r15, rbx");
  body();
  println("2:");
  println("  inc r14d");
  println("  cmp r14d, 64");
  println("  jb 1b");
  println("  pop r15");
  println("  pop r14");
  println("  pop r13");
  println("  pop r12");
  println("  pop rbx");
  println("  ret");
  end_function(name);
}

// Jumps to label N for an object of N = 1, 2, 4, 8 or 16 bytes (rdi) at
// an address (rsi) aligned to N, else to 9 (the locked way).
static void dispatch(void) {
  println("  lea rax, [rdi-1]");
  println("  test rdi, rax");
  println("  jnz 9f");
  println("  test rsi, rax");
  println("  jnz 9f");
  for (int n = 1; n <= 16; n *= 2) {
    println("  cmp rdi, %d", n);
    println("  je %df", n);
  }
  println("  jmp 9f");
}

// The registers r12-r15 hold the arguments rdi, rsi, rdx, rcx during the
// locked way; the lock helpers take the object (r13) and its size (r12).
static void begin_locked(void) {
  println("9:");
  println("  push r12");
  println("  push r13");
  println("  push r14");
  println("  push r15");
  println("  mov r12, rdi");
  println("  mov r13, rsi");
  println("  mov r14, rdx");
  println("  mov r15, rcx");
  println("  mov rdi, r13");
  println("  mov rsi, r12");
  println("  call __9cc_atomic_lock");
}

static void end_locked(void) {
  println("  mov rdi, r13");
  println("  mov rsi, r12");
  println("  call __9cc_atomic_unlock");
  println("  pop r15");
  println("  pop r14");
  println("  pop r13");
  println("  pop r12");
  println("  ret");
}

// The function `name`'s start: the dispatch on the size, and for each
// of 1, 2, 4 and 8 bytes the lines of `insns` (which end in a ret) with
// @ for rax at that size, $ for rcx and # for the size's keyword.
static void begin_runtime(char *name, char **insns) {
  begin_function(name, false);
  dispatch();
  for (int n = 1; n <= 8; n *= 2) {
    println("%d:", n);
    for (char **insn = insns; *insn; insn++) {
      char line[64], *out = line;
      for (char *p = *insn; *p; p++) {
        char *part = *p == '@' ? sized("ax", n) : *p == '$' ? sized("cx", n)
                   : *p == '#' ? ptr_size(n) : NULL;
        if (!part)
          *out++ = *p;
        else
          out = stpcpy(out, part);
      }
      *out = '\0';
      println("  %s", line);
    }
  }
}

// __atomic_load(n, obj, ret, order)
static void emit_load(void) {
  char *name = "__atomic_load";
  begin_runtime(name, (char *[]){"mov @, # PTR [rsi]", "mov # PTR [rdx], @", "ret", NULL});
  println("16:");
  println("  push rbx");
  println("  mov r8, rdx");
  println("  xor eax, eax");
  println("  xor edx, edx");
  println("  xor ebx, ebx");
  println("  xor ecx, ecx");
  println("  lock cmpxchg16b XMMWORD PTR [rsi]");
  println("  mov QWORD PTR [r8], rax");
  println("  mov QWORD PTR [r8+8], rdx");
  println("  pop rbx");
  println("  ret");
  begin_locked();
  println("  mov rdi, r14");
  println("  mov rsi, r13");
  println("  mov rcx, r12");
  println("  rep movsb");
  end_locked();
  end_function(name);
}

// The 16-byte exchange: the value at [rdx] into [rsi], the old value left
// in rdx:rax.
static void exchange16(void) {
  println("  push rbx");
  println("  mov rbx, QWORD PTR [rdx]");
  println("  mov rcx, QWORD PTR [rdx+8]");
  println("  mov rax, QWORD PTR [rsi]");
  println("  mov rdx, QWORD PTR [rsi+8]");
  println("3:");
  println("  lock cmpxchg16b XMMWORD PTR [rsi]");
  println("  jne 3b");
  println("  pop rbx");
}

// __atomic_store(n, obj, val, order)
static void emit_store(void) {
  char *name = "__atomic_store";
  begin_runtime(name, (char *[]){"mov @, # PTR [rdx]", "xchg # PTR [rsi], @", "ret", NULL});
  println("16:");
  exchange16();
  println("  ret");
  begin_locked();
  println("  mov rdi, r13");
  println("  mov rsi, r14");
  println("  mov rcx, r12");
  println("  rep movsb");
  end_locked();
  end_function(name);
}

// __atomic_exchange(n, obj, val, ret, order)
static void emit_exchange(void) {
  char *name = "__atomic_exchange";
  begin_runtime(name, (char *[]){"mov @, # PTR [rdx]", "xchg # PTR [rsi], @",
                                 "mov # PTR [rcx], @", "ret", NULL});
  println("16:");
  println("  mov r8, rcx");
  exchange16();
  println("  mov QWORD PTR [r8], rax");
  println("  mov QWORD PTR [r8+8], rdx");
  println("  ret");
  // Byte by byte, so that val and ret may be the same buffer.
  begin_locked();
  println("  xor ecx, ecx");
  println("3:");
  println("  cmp rcx, r12");
  println("  jae 4f");
  println("  mov al, BYTE PTR [r13+rcx]");
  println("  mov dl, BYTE PTR [r14+rcx]");
  println("  mov BYTE PTR [r13+rcx], dl");
  println("  mov BYTE PTR [r15+rcx], al");
  println("  inc rcx");
  println("  jmp 3b");
  println("4:");
  end_locked();
  end_function(name);
}

// __atomic_compare_exchange(n, obj, expected, desired, success, failure)
static void emit_compare_exchange(void) {
  char *name = "__atomic_compare_exchange";
  begin_runtime(name, (char *[]){"mov @, # PTR [rdx]", "mov r8, rcx", "mov $, # PTR [r8]",
                                 "lock cmpxchg # PTR [rsi], $", "je 5f",
                                 "mov # PTR [rdx], @", "xor eax, eax", "ret",
                                 "5:", "mov eax, 1", "ret", NULL});
  println("16:");
  println("  push rbx");
  println("  mov r8, rdx");
  println("  mov rax, QWORD PTR [r8]");
  println("  mov rdx, QWORD PTR [r8+8]");
  println("  mov rbx, QWORD PTR [rcx]");
  println("  mov rcx, QWORD PTR [rcx+8]");
  println("  lock cmpxchg16b XMMWORD PTR [rsi]");
  println("  pop rbx");
  println("  je 5f");
  println("  mov QWORD PTR [r8], rax"); // what the object was, to *expected
  println("  mov QWORD PTR [r8+8], rdx");
  println("  xor eax, eax");
  println("  ret");
  println("5:");
  println("  mov eax, 1");
  println("  ret");
  begin_locked();
  println("  mov rsi, r13");
  println("  mov rdi, r14");
  println("  mov rcx, r12");
  println("  xor eax, eax"); // ZF set, should n be 0
  println("  repe cmpsb");
  println("  jne 3f");
  println("  mov rdi, r13");
  println("  mov rsi, r15");
  println("  mov rcx, r12");
  println("  rep movsb");
  println("  mov r15d, 1");
  println("  jmp 4f");
  println("3:");
  println("  mov rdi, r14");
  println("  mov rsi, r13");
  println("  mov rcx, r12");
  println("  rep movsb");
  println("  xor r15d, r15d");
  println("4:");
  println("  mov r14d, r15d");
  println("  mov rdi, r13");
  println("  mov rsi, r12");
  println("  call __9cc_atomic_unlock");
  println("  mov eax, r14d");
  println("  pop r15");
  println("  pop r14");
  println("  pop r13");
  println("  pop r12");
  println("  ret");
  end_function(name);
}

// The runtime, if the program calls it (builtin.c declares its functions
// as it makes calls to them).
void emit_atomic_runtime(Obj *prog) {
  static struct { char *name; void (*emit)(void); } fns[] = {
      {"__atomic_load", emit_load},
      {"__atomic_store", emit_store},
      {"__atomic_exchange", emit_exchange},
      {"__atomic_compare_exchange", emit_compare_exchange},
  };
  bool any = false;
  for (size_t i = 0; i < sizeof(fns) / sizeof(*fns); i++) {
    for (Obj *fn = prog; fn; fn = fn->next) {
      if (fn->is_function && !fn->is_definition && !strcmp(fn->name, fns[i].name)) {
        fns[i].emit();
        any = true;
        break;
      }
    }
  }
  if (!any)
    return;
  lock_loop("__9cc_atomic_lock", take_lock);
  lock_loop("__9cc_atomic_unlock", release_lock);
  emit_lock_table();
}
