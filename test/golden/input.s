  .file "input.c"
  .intel_syntax noprefix
  .globl area
  .text
  .type area, @function
area:
  .cfi_startproc
  # input.c:12: long area(struct point *p, int n) {
  push rbp
  .cfi_def_cfa_offset 16
  .cfi_offset rbp, -16
  mov rbp, rsp
  .cfi_def_cfa_register rbp
  sub rsp, 8
  push rbx
  .cfi_offset rbx, -32
  mov rbx, rdi
  mov r11, rsi
  # input.c:13: long total = 0;
  mov r10, 0
  # input.c:14: while (n > 0) {
  jmp .L.cond.1
  .p2align 4
.L.begin.1:
  # input.c:15: n = n - 1;
  sub r11d, 1
  # input.c:16: total = total + p[n].x * (p + n)->y;
  movsxd rax, r11d
  shl rax, 4
  mov rdi, rax
  mov rax, QWORD PTR [rbx+rdi*1+8]
  push rax
  # depth 1
  movsxd rax, r11d
  shl rax, 4
  mov rdi, rax
  mov eax, DWORD PTR [rbx+rdi*1+4]
  movsxd rax, eax
  pop rdi
  # depth 0
  imul rax, rdi
  add r10, rax
.L.cond.1:
  # input.c:14: while (n > 0) {
  cmp r11d, 0
  jg .L.begin.1
  # input.c:18: return total;
  mov rax, r10
  pop rbx
  leave
  .cfi_def_cfa rsp, 8
  ret
  .cfi_endproc
  .size area, .-area
  .globl main
  .type main, @function
main:
  .cfi_startproc
  # input.c:21: int main(void) {
  push rbp
  .cfi_def_cfa_offset 16
  .cfi_offset rbp, -16
  mov rbp, rsp
  .cfi_def_cfa_register rbp
  sub rsp, 48
  # input.c:23: pts[0].x = 3;
  mov DWORD PTR [rbp-44], 3
  # input.c:24: pts[0].y = 4;
  mov QWORD PTR [rbp-40], 4
  # input.c:25: pts[1].x = 5;
  mov DWORD PTR [rbp-28], 5
  # input.c:26: pts[1].y = 6;
  mov QWORD PTR [rbp-24], 6
  # input.c:27: char *msg = "hi";
  lea rax, [rip+.L..2]
  mov QWORD PTR [rbp-16], rax
  # input.c:28: double d = 1.5;
  movsd xmm0, QWORD PTR [rip+.L.fp.3]
  movsd QWORD PTR [rbp-8], xmm0
  # input.c:29: if (msg[0] != 'h')
  mov rax, QWORD PTR [rbp-16]
  movsx eax, BYTE PTR [rax]
  cmp eax, 104
  je .L.else.4
  # input.c:30: return 1;
  mov eax, 1
  jmp .L.return.2
.L.else.4:
  # input.c:31: return MAX(area(pts, count), (long)d); // 3*4 + 5*6 = 42
  mov esi, DWORD PTR [rip+count]
  lea rdi, [rbp-48]
  call area@PLT
  push rax
  # depth 1
  movsd xmm0, QWORD PTR [rbp-8]
  cvttsd2si rax, xmm0
  pop rdi
  # depth 0
  cmp rax, rdi
  jge .L.else.5
  mov esi, DWORD PTR [rip+count]
  lea rdi, [rbp-48]
  call area@PLT
  jmp .L.end.5
.L.else.5:
  movsd xmm0, QWORD PTR [rbp-8]
  cvttsd2si rax, xmm0
.L.end.5:
  jmp .L.return.2
  xor eax, eax
.L.return.2:
  leave
  .cfi_def_cfa rsp, 8
  ret
  .cfi_endproc
  .size main, .-main
  .section .rodata
  .align 8
.L.fp.3:
  .quad 4609434218613702656
  .globl count
  .data
  .type count, @object
  .size count, 4
  .align 4
count:
  .byte 2,0,0,0
  .local .L..2
  .section .rodata
  .type .L..2, @object
  .size .L..2, 3
  .align 1
.L..2:
  .byte 104,105,0
  .section .note.GNU-stack,"",@progbits
