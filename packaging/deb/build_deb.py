"""Build the .deb from the PyInstaller bundle: /opt/watchdesk, desktop entry, icons, metainfo.

The Depends line is measured, not guessed: each library an ELF file of the bundle names
(objdump's NEEDED) and the bundle does not carry is found where the loader finds it
(ldconfig) and mapped to its Debian package with dpkg -S; the highest glibc symbol
version any file uses gives `libc6 (>= 2.N)`.
The desktop set of packaging/debian-packages.sh (what Qt's window needs, font included)
is added to it. A library found nowhere fails the build, unless only
optional Qt plugins need it (listed in the output, left to Recommends-free fate).

It also writes a manifest for the SBOM: the system libraries PyInstaller copied into
the bundle, with the Debian package and version each came from.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent.parent
# Qt plugins the console can run without (other platforms' and optional image/TLS
# backends): a library only they need is not a dependency of the package.
OPTIONAL_PLUGIN_DIRS = ("platforms/libqwayland", "wayland-", "platforminputcontexts", "egldeviceintegrations",
                        "tls/", "sqldrivers/", "multimedia/", "platforms/libqlinuxfb", "platforms/libqvnc",
                        "platforms/libqeglfs", "platforms/libqvkkhrdisplay", "generic/", "networkinformation/",
                        "xcbglintegrations/libqxcb-egl-integration", "platformthemes/libqgtk3")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


@functools.cache
def debian_package_of(path: str) -> str | None:
    """The Debian package owning a library path (trying both sides of the /usr merge)."""
    real = os.path.realpath(path)
    candidates = [path, real]
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr"):])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    return None


def package_version(package: str) -> str:
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                          capture_output=True, text=True, check=True).stdout.strip()


def system_libraries() -> dict[str, str]:
    """soname -> path, as the dynamic loader finds them here (ldconfig's cache)."""
    found: dict[str, str] = {}
    for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines():
        match = re.match(r"\s*(\S+) \(libc6,x86-64.*\) => (\S+)", line)
        if match:
            found.setdefault(match.group(1), match.group(2))
    return found


def elf_needs(path: Path) -> tuple[list[str], tuple[int, int]]:
    """The libraries an ELF file names (DT_NEEDED) and the highest glibc symbol version it uses."""
    out = subprocess.run(["objdump", "-p", "-T", str(path)], capture_output=True, text=True).stdout
    needed = re.findall(r"^\s+NEEDED\s+(\S+)", out, re.MULTILINE)
    versions = [(int(a), int(b)) for a, b in re.findall(r"GLIBC_(\d+)\.(\d+)", out)]
    return needed, max(versions, default=(2, 17))


def bundled_system_libraries(bundle: Path) -> list[dict[str, str]]:
    """Libraries PyInstaller copied from this system into the bundle (not from a wheel)."""
    system = system_libraries()
    bundled = []
    for path in sorted((bundle / "_internal").glob("lib*.so*")):
        origin = system.get(path.name)
        if origin is None or hashlib.sha256(Path(origin).read_bytes()).digest() != hashlib.sha256(
            path.read_bytes()
        ).digest():
            continue
        package = debian_package_of(origin)
        if package:
            bundled.append({"file": str(path.relative_to(bundle)), "package": package.split(":")[0],
                            "version": package_version(package), "origin": origin})
    return bundled


def measure_depends(bundle: Path) -> tuple[list[str], str, list[str]]:
    """(Debian packages, minimum glibc, optional plugins' missing libraries) of the bundle.

    Like dpkg-shlibdeps: only the libraries each file names itself (DT_NEEDED), not
    their own dependencies, which their packages declare.
    """
    files = elf_files(bundle)
    in_bundle = {p.name for p in bundle.rglob("*")}
    system = system_libraries()
    packages: set[str] = set()
    unowned: set[str] = set()
    missing_required: dict[str, set[str]] = {}
    missing_optional: set[str] = set()
    glibc = (2, 17)
    for path in files:
        needed, file_glibc = elf_needs(path)
        glibc = max(glibc, file_glibc)
        relative = str(path.relative_to(bundle))
        optional = any(part in relative for part in OPTIONAL_PLUGIN_DIRS)
        for name in needed:
            if name in in_bundle:
                continue
            location = system.get(name)
            if location is None:
                if optional:
                    missing_optional.add(f"{name} ({path.name})")
                else:
                    missing_required.setdefault(name, set()).add(relative)
                continue
            package = debian_package_of(location)
            if package is None:
                unowned.add(location)
            elif not optional:
                packages.add(package.split(":")[0])
    if missing_required:
        lines = [f"  {name}: needed by {', '.join(sorted(users)[:3])}" for name, users in missing_required.items()]
        sys.exit("build_deb: the bundle needs libraries this system lacks (install them and rebuild):\n"
                 + "\n".join(lines))
    if unowned:
        sys.exit("build_deb: libraries from no Debian package would be needed: " + ", ".join(sorted(unowned)))
    return sorted(packages), f"{glibc[0]}.{glibc[1]}", sorted(missing_optional)


def render_icons(icon_python: str, svg: Path, stage: Path, app_id: str) -> None:
    """The PNG icons from the SVG, drawn by Qt's own SVG renderer (in the bundle's build venv)."""
    sizes = (48, 128, 256)
    script = (
        "import sys\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication([])\n"
        "renderer = QSvgRenderer(sys.argv[1])\n"
        "assert renderer.isValid(), 'invalid SVG'\n"
        "for size, out in zip(sys.argv[2::2], sys.argv[3::2]):\n"
        "    image = QImage(int(size), int(size), QImage.Format.Format_ARGB32)\n"
        "    image.fill(Qt.GlobalColor.transparent)\n"
        "    painter = QPainter(image); renderer.render(painter); painter.end()\n"
        "    assert image.save(out), out\n"
    )
    args = []
    for size in sizes:
        out = stage / f"usr/share/icons/hicolor/{size}x{size}/apps/{app_id}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        args += [str(size), str(out)]
    subprocess.run([icon_python, "-c", script, str(svg), *args], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def stage_tree(args: argparse.Namespace, depends: list[str]) -> None:
    stage: Path = args.stage
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(args.bundle, stage / "opt/watchdesk", symlinks=True)
    (stage / "usr/bin").mkdir(parents=True)
    (stage / "usr/bin/watchdesk").symlink_to("/opt/watchdesk/watchdesk")
    applications = stage / "usr/share/applications"
    applications.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "watchdesk.desktop", applications / f"{args.app_id}.desktop")
    scalable = stage / "usr/share/icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "watchdesk.svg", scalable / f"{args.app_id}.svg")
    render_icons(args.icon_python, PACKAGING / "watchdesk.svg", stage, args.app_id)
    metainfo = stage / "usr/share/metainfo"
    metainfo.mkdir(parents=True)
    today = datetime.date.today().isoformat()
    text = (PACKAGING / f"{args.app_id}.metainfo.xml").read_text("utf-8")
    (metainfo / f"{args.app_id}.metainfo.xml").write_text(
        text.replace("@VERSION@", args.version).replace("@DATE@", today), "utf-8")
    doc = stage / "usr/share/doc/watchdesk"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Watchdesk: proprietary (LicenseRef-Proprietary).\n"
        "/opt/watchdesk/_internal holds third-party components under their own licences;\n"
        "the CycloneDX SBOM shipped beside this package lists each with its licence.\n", "utf-8")
    installed_kib = sum(p.lstat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    control = stage / "DEBIAN/control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: watchdesk\n"
        f"Version: {args.version}\n"
        f"Architecture: amd64\n"
        f"Maintainer: Watchdesk maintainers <watchdesk@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: operator console for a launch-notification watch desk\n"
        f" Exchanges missile- and space-launch notifications with a counterpart state,\n"
        f" keeps them in encrypted local storage and a tamper-evident audit log, and\n"
        f" runs on an air-gapped workstation. Self-contained under /opt/watchdesk.\n",
        "utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--icon-python", required=True)
    parser.add_argument("--stage", type=Path, required=True)
    parser.add_argument("--manifest", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    measured, glibc, optional_missing = measure_depends(args.bundle)
    desktop = subprocess.run([str(PACKAGING / "debian-packages.sh"), "--list", "desktop"],
                             capture_output=True, text=True, check=True).stdout.split()
    packages = sorted((set(measured) | set(desktop)) - {"libc6"})
    depends = [f"libc6 (>= {glibc})", *packages]
    if optional_missing:
        print("build_deb: optional Qt plugins whose libraries are not declared:", ", ".join(optional_missing))
    stage_tree(args, depends)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(args.stage), str(args.out)],
                   check=True, stdout=subprocess.DEVNULL)
    python_lib = sorted((args.bundle / "_internal").glob("libpython3*.so*"))
    args.manifest.write_text(json.dumps({
        "depends": depends,
        "measured_depends": measured,
        "bundled_system_libraries": bundled_system_libraries(args.bundle),
        "python": python_lib[0].name if python_lib else None,
    }, indent=2), "utf-8")
    print("build_deb: Depends:", ", ".join(depends))


if __name__ == "__main__":
    main()
