"""A seccomp filter that kills the process the moment anything in it creates an IPv4 or IPv6 socket.

Python's audit hooks see only the sockets Python code opens; Qt, libcups and the other libraries
underneath open theirs in C. This filter sits in the kernel and sees them all: installed at the
start of a child process, before any thread exists, it covers every thread that follows.
Linux on x86-64 and AArch64 only.
"""

from __future__ import annotations

import ctypes
import platform
import socket
import struct

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_KILL_PROCESS = 0x80000000
# struct seccomp_data: int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6];
OFFSET_NR, OFFSET_ARCH, OFFSET_ARG0 = 0, 4, 16
BPF_LD_W_ABS, BPF_JEQ_K, BPF_RET_K = 0x20, 0x15, 0x06

# machine -> (AUDIT_ARCH_*, number of the socket() system call)
ARCHITECTURES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}


def supported() -> bool:
    return platform.system() == "Linux" and platform.machine() in ARCHITECTURES


def forbid_inet_sockets() -> None:
    audit_arch, socket_nr = ARCHITECTURES[platform.machine()]
    program = [
        (BPF_LD_W_ABS, 0, 0, OFFSET_ARCH),
        (BPF_JEQ_K, 0, 5, audit_arch),  # another ABI: allow (jump to 7)
        (BPF_LD_W_ABS, 0, 0, OFFSET_NR),
        (BPF_JEQ_K, 0, 3, socket_nr),  # not socket(): allow
        (BPF_LD_W_ABS, 0, 0, OFFSET_ARG0),  # the address family (low 32 bits, little-endian)
        (BPF_JEQ_K, 2, 0, socket.AF_INET),  # kill (jump to 8)
        (BPF_JEQ_K, 1, 0, socket.AF_INET6),
        (BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (BPF_RET_K, 0, 0, SECCOMP_RET_KILL_PROCESS),
    ]
    code = b"".join(struct.pack("HBBI", *instruction) for instruction in program)
    filters = ctypes.create_string_buffer(code)

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(len(program), ctypes.addressof(filters))
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
