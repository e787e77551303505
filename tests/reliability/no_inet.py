"""A seccomp filter that kills the process the moment anything in it creates an IPv4 or IPv6 socket.

Python's audit hooks see only the sockets Python code opens; Qt, libcups and the other libraries
underneath open theirs in C. This filter sits in the kernel and sees them all: installed at the
start of a child process, before any thread exists, it covers every thread that follows.
Linux on x86-64 and AArch64 only. `use_unlisted_host_name` (below) makes the check independent
of how this machine resolves its own name.
"""

from __future__ import annotations

import ctypes
import os
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


# --- a host name that no file resolves --------------------------------------------------------
# libcups looks up this machine's host name (gethostbyname) when it fetches a printer's PPD.
# Where /etc/hosts lists the name, the lookup never leaves the machine and nothing shows; where
# it does not, the resolver opens a DNS socket. So the air-gap check gives itself, in its own
# namespaces, a fresh host name, an /etc/hosts without it and `hosts: files dns`: the result
# then no longer depends on how this machine happens to resolve its own name.

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWUSER = 0x10000000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
MS_BIND = 0x1000
UNLISTED_HOSTS = "127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n"


def _libc():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]
    libc.sethostname.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    return libc


def _check(result: int, what: str) -> None:
    if result != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"{what} failed: {os.strerror(error)}")


def _bind_file(libc, source: str, target: str) -> None:
    _check(libc.mount(source.encode(), target.encode(), None, MS_BIND, None), f"bind-mounting {source} on {target}")


def use_unlisted_host_name(host_name: str, scratch: str) -> None:
    """Give this process (single-threaded, before anything else runs) `host_name`, which neither
    its /etc/hosts nor any resolver but DNS knows. As root: new UTS and mount namespaces; as
    another user: inside a user namespace that maps the user to itself (D-Bus and file owners
    see the same user). Raises OSError if the kernel refuses the namespaces."""
    libc = _libc()
    uid, gid = os.getuid(), os.getgid()
    flags = CLONE_NEWUTS | CLONE_NEWNS | (0 if uid == 0 else CLONE_NEWUSER)
    _check(libc.unshare(flags), "unshare(UTS, mount namespaces)")
    if uid != 0:
        with open("/proc/self/setgroups", "w") as setgroups:
            setgroups.write("deny")
        with open("/proc/self/uid_map", "w") as uid_map:
            uid_map.write(f"{uid} {uid} 1")
        with open("/proc/self/gid_map", "w") as gid_map:
            gid_map.write(f"{gid} {gid} 1")
    # Mounts made here stay here.
    _check(libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "making / private")
    name = host_name.encode()
    _check(libc.sethostname(name, len(name)), "sethostname")
    hosts, nsswitch = os.path.join(scratch, "hosts"), os.path.join(scratch, "nsswitch.conf")
    with open(hosts, "w") as out:
        out.write(UNLISTED_HOSTS)
    with open("/etc/nsswitch.conf") as original:
        lines = [line for line in original if not line.lstrip().startswith("hosts:")]
    with open(nsswitch, "w") as out:
        out.writelines(lines + ["hosts: files dns\n"])
    _bind_file(libc, hosts, "/etc/hosts")
    _bind_file(libc, nsswitch, "/etc/nsswitch.conf")
