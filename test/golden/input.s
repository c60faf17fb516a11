  .intel_syntax noprefix
  .globl count
  .data
  .type count, @object
  .size count, 4
  .align 4
count:
  .byte 2
  .byte 0
  .byte 0
  .byte 0
  .local .L..2
  .section .rodata
  .type .L..2, @object
  .size .L..2, 3
  .align 1
.L..2:
  .byte 104
  .byte 105
  .byte 0
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
  sub rsp, 32
  mov QWORD PTR [rbp-16], rsp
  mov QWORD PTR [rbp-24], rdi
  mov DWORD PTR [rbp-28], esi
  # input.c:13: long total = 0;
  mov QWORD PTR [rbp-8], 0
  # input.c:14: while (n > 0) {
.L.begin.1:
  mov eax, DWORD PTR [rbp-28]
  cmp eax, 0
  jle .L..0
  # input.c:15: n = n - 1;
  sub DWORD PTR [rbp-28], 1
  # input.c:16: total = total + p[n].x * (p + n)->y;
  movsxd rax, DWORD PTR [rbp-28]
  shl rax, 4
  mov rdi, rax
  mov rax, QWORD PTR [rbp-24]
  lea rax, [rax+rdi*1]
  mov rax, QWORD PTR [rax+8]
  push rax
  # depth 1
  movsxd rax, DWORD PTR [rbp-28]
  shl rax, 4
  mov rdi, rax
  mov rax, QWORD PTR [rbp-24]
  lea rax, [rax+rdi*1]
  mov eax, DWORD PTR [rax+4]
  movsxd rax, eax
  pop rdi
  # depth 0
  imul rax, rdi
  add QWORD PTR [rbp-8], rax
.L..1:
  jmp .L.begin.1
.L..0:
  # input.c:18: return total;
  mov rax, QWORD PTR [rbp-8]
.L.return.0:
  mov rsp, rbp
  pop rbp
  .cfi_def_cfa rsp, 8
  ret
  .cfi_endproc
  .size area, .-area
  .globl main
  .text
  .type main, @function
main:
  .cfi_startproc
  # input.c:21: int main(void) {
  push rbp
  .cfi_def_cfa_offset 16
  .cfi_offset rbp, -16
  mov rbp, rsp
  .cfi_def_cfa_register rbp
  sub rsp, 64
  mov QWORD PTR [rbp-56], rsp
  # input.c:23: pts[0].x = 3;
  lea rax, [rbp-48]
  add rax, 4
  mov rdi, rax
  mov eax, 3
  mov DWORD PTR [rdi], eax
  # input.c:24: pts[0].y = 4;
  lea rax, [rbp-48]
  add rax, 8
  mov rdi, rax
  mov rax, 4
  mov QWORD PTR [rdi], rax
  # input.c:25: pts[1].x = 5;
  lea rax, [rbp-48]
  lea rax, [rax+16]
  add rax, 4
  mov rdi, rax
  mov eax, 5
  mov DWORD PTR [rdi], eax
  # input.c:26: pts[1].y = 6;
  lea rax, [rbp-48]
  lea rax, [rax+16]
  add rax, 8
  mov rdi, rax
  mov rax, 6
  mov QWORD PTR [rdi], rax
  # input.c:27: char *msg = "hi";
  lea rax, [rip+.L..2]
  mov QWORD PTR [rbp-16], rax
  # input.c:28: double d = 1.5;
  mov rax, 4609434218613702656  # double 1.5
  movq xmm0, rax
  movsd QWORD PTR [rbp-8], xmm0
  # input.c:29: if (msg[0] != 'h')
  mov rax, QWORD PTR [rbp-16]
  movsx eax, BYTE PTR [rax]
  cmp eax, 104
  je .L.else.3
  # input.c:30: return 1;
  mov eax, 1
  jmp .L.return.2
.L.else.3:
.L.end.3:
  # input.c:31: return MAX(area(pts, count), (long)d); // 3*4 + 5*6 = 42
  lea rax, [rbp-48]
  push rax
  # depth 1
  mov esi, DWORD PTR [rip+count]
  pop rdi
  # depth 0
  call area@PLT
  push rax
  # depth 1
  movsd xmm0, QWORD PTR [rbp-8]
  cvttsd2si rax, xmm0
  pop rdi
  # depth 0
  cmp rax, rdi
  jge .L.else.4
  lea rax, [rbp-48]
  push rax
  # depth 1
  mov esi, DWORD PTR [rip+count]
  pop rdi
  # depth 0
  call area@PLT
  jmp .L.end.4
.L.else.4:
  movsd xmm0, QWORD PTR [rbp-8]
  cvttsd2si rax, xmm0
.L.end.4:
  jmp .L.return.2
  xor eax, eax
.L.return.2:
  mov rsp, rbp
  pop rbp
  .cfi_def_cfa rsp, 8
  ret
  .cfi_endproc
  .size main, .-main
  .section .note.GNU-stack,"",@progbits
