"""Write the CycloneDX 1.5 SBOM of everything `make dist` ships (JSON, standard library only).

Written from what is really in dist/, not from an environment:
- every wheel of the wheelhouse: name, version, licence (from the wheel's own METADATA),
  SHA-256, package URL; which Python's lock installs it (a property per lock);
- the wheel and sdist of Watchdesk itself;
- the bundle (.tar.gz) and the .deb, each an application whose dependencies are the
  wheels of the lock it was built from, the CPython runtime PyInstaller embedded, the
  PyInstaller bootloader, and the Debian libraries copied into it (package and version);
- the lock files and install-offline.sh as files with their hashes.
make dist-check validates the result against the CycloneDX 1.5 schema.
"""

from __future__ import annotations

import argparse
import datetime
import email.parser
import hashlib
import json
import re
import uuid
import zipfile
from pathlib import Path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wheel_metadata(path: Path) -> email.message.Message:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8", "replace"), headersonly=True)


def licences(metadata: email.message.Message) -> list[dict]:
    expression = metadata.get("License-Expression")
    if expression:
        return [{"expression": expression.strip()}]
    names = [c.split("::")[-1].strip() for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    names = [n for n in names if n not in ("OSI Approved",)]
    if not names and metadata.get("License") and len(metadata["License"]) < 80:
        names = [metadata["License"].strip()]
    return [{"license": {"name": n}} for n in names]


def lock_entries(lock: Path) -> dict[str, str]:
    """name -> version pinned by one lock."""
    entries = {}
    for line in lock.read_text("utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", line)
        if match:
            entries[normalise(match.group(1))] = match.group(2)
    return entries


def lock_python(lock: Path) -> str:
    """'311' for requirements-py311.lock."""
    return re.search(r"py(3\d+)\.lock$", lock.name).group(1)


def wheel_fits(wheel_name: str, python: str) -> bool:
    """Whether CPython 3.XX (python='3XX') installs this wheel (its python and ABI tags)."""
    python_tag, abi_tag = wheel_name[: -len(".whl")].split("-")[-3:-1]
    tags = python_tag.split(".")
    if abi_tag == "abi3":
        return any(t.startswith("cp3") and int(t[3:]) <= int(python[1:]) for t in tags)
    return f"cp{python}" in tags or any(t in ("py3", "py2.py3") or t.startswith("py3") for t in tags)


def file_component(path: Path, dist: Path, kind: str = "file", **extra) -> dict:
    return {"type": kind, "bom-ref": f"file:{path.relative_to(dist)}", "name": path.name,
            "hashes": [{"alg": "SHA-256", "content": sha256(path)}], **extra}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--bundle-manifest", type=Path, required=True)
    parser.add_argument("--bundle-python", required=True, help="full version of the CPython the bundle embeds")
    parser.add_argument("--pyinstaller", required=True, help="version of the PyInstaller that built the bundle")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    dist: Path = args.dist
    manifest = json.loads(args.bundle_manifest.read_text("utf-8"))

    locks = {lock: lock_entries(lock) for lock in sorted((dist / "wheelhouse").glob("requirements-py3*.lock"))}
    components, dependencies = [], []
    # (name, version, python) -> the wheel that lock's Python installs
    wheel_refs: dict[tuple[str, str, str], str] = {}
    for wheel in sorted((dist / "wheelhouse").glob("*.whl")):
        metadata = wheel_metadata(wheel)
        name, version = metadata["Name"], metadata["Version"]
        ref = f"pypi:{normalise(name)}@{version}:{wheel.name}"
        used_by = [lock for lock, pins in locks.items()
                   if pins.get(normalise(name)) == version and wheel_fits(wheel.name, lock_python(lock))]
        for lock in used_by:
            wheel_refs.setdefault((normalise(name), version, lock_python(lock)), ref)
        components.append({
            "type": "application" if normalise(name) == "watchdesk" else "library",
            "bom-ref": ref, "name": name, "version": version,
            "purl": f"pkg:pypi/{normalise(name)}@{version}?file_name={wheel.name}",
            "hashes": [{"alg": "SHA-256", "content": sha256(wheel)}],
            "licenses": licences(metadata),
            "properties": [{"name": "watchdesk:wheelhouse-file", "value": f"wheelhouse/{wheel.name}"}]
            + [{"name": "watchdesk:installed-by", "value": lock.name} for lock in used_by],
        })

    def wheels_of(lock: Path) -> list[str]:
        refs = [wheel_refs.get((name, version, lock_python(lock))) for name, version in sorted(locks[lock].items())]
        if None in refs:
            missing = [n for (n, _), r in zip(sorted(locks[lock].items()), refs) if r is None]
            raise SystemExit(f"sbom: {lock.name} pins {', '.join(missing)} with no fitting wheel in the wheelhouse")
        return refs

    for lock in locks:
        refs = wheels_of(lock)
        component = file_component(lock, dist, description=f"hash-pinned lock ({len(refs)} wheels)")
        components.append(component)
        dependencies.append({"ref": component["bom-ref"], "dependsOn": refs})
    components.append(file_component(dist / "wheelhouse" / "install-offline.sh", dist))
    for path in sorted(dist.glob("watchdesk-*.tar.gz")):
        if not path.name.endswith("-linux-x86_64.tar.gz"):
            components.append(file_component(path, dist, description="source distribution"))
    for path in sorted(dist.glob("watchdesk-*.whl")):
        components.append(file_component(path, dist, description="wheel"))

    # What the bundle (and the .deb that carries it) is made of.
    short = "".join(args.bundle_python.split(".")[:2])
    bundle_lock = next((lock for lock in locks if lock.name == f"requirements-py{short}.lock"), None)
    runtime = [{
        "type": "framework", "bom-ref": "bundle:cpython", "name": "CPython",
        "version": args.bundle_python, "purl": f"pkg:generic/cpython@{args.bundle_python}",
        "licenses": [{"expression": "PSF-2.0"}],
    }, {
        "type": "application", "bom-ref": "bundle:pyinstaller-bootloader", "name": "PyInstaller bootloader",
        "version": args.pyinstaller, "purl": f"pkg:pypi/pyinstaller@{args.pyinstaller}",
        "licenses": [{"expression": "GPL-2.0-or-later WITH Bootloader-exception"}],
    }]
    for library in manifest["bundled_system_libraries"]:
        runtime.append({
            "type": "library", "bom-ref": f"deb:{library['package']}@{library['version']}:{library['file']}",
            "name": library["package"], "version": library["version"],
            "purl": f"pkg:deb/debian/{library['package']}@{library['version']}?arch=amd64",
            "properties": [{"name": "watchdesk:bundled-file", "value": library["file"]}],
        })
    components.extend(runtime)
    bundle_parts = [c["bom-ref"] for c in runtime]
    if bundle_lock is not None:
        bundle_parts += wheels_of(bundle_lock)
    for path in sorted(dist.glob("watchdesk-*-linux-x86_64.tar.gz")) + sorted(dist.glob("watchdesk_*.deb")):
        is_deb = path.suffix == ".deb"
        component = file_component(
            path, dist, kind="application",
            description="Debian package of the bundle, under /opt/watchdesk" if is_deb
            else "PyInstaller one-folder bundle",
            properties=[{"name": "watchdesk:debian-depends", "value": ", ".join(manifest["depends"])}]
            if is_deb else [])
        components.append(component)
        dependencies.append({"ref": component["bom-ref"], "dependsOn": bundle_parts})

    bom = {
        "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "metadata": {
            "timestamp": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tools": {"components": [{"type": "application", "name": "watchdesk packaging/sbom.py"}]},
            "component": {"type": "application", "bom-ref": "watchdesk", "name": "watchdesk",
                          "version": args.version, "licenses": [{"expression": "LicenseRef-Proprietary"}]},
        },
        "components": components,
        "dependencies": dependencies,
    }
    args.out.write_text(json.dumps(bom, indent=1) + "\n", "utf-8")
    print(f"sbom: {len(components)} components in {args.out}")


if __name__ == "__main__":
    main()
