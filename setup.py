"""Build step: the data files the console loads ship inside the package.

resources/ at the repository root holds their sources. A wheel (and so the
offline wheelhouse, the bundle and the .deb) carries a copy in console/resources/,
where console.paths.resources_dir() finds it; a checkout or an editable install
reads resources/ itself. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# Folder under resources/ -> the files of it the console loads at run time.
SHIPPED_RESOURCES = {
    "schemas": ["*.schema.json", "examples/*.json"],
    "map": ["*.geojson", "README.md"],  # the README carries the map data's source and licence
    "sounds": ["*.wav"],
}


def compile_translations(source: Path, target: Path) -> None:
    """resources/i18n/*.ts -> the package's i18n/*.qm, with pyside6-lrelease (PySide6 is a
    build requirement), so a wheel always carries translations compiled from its own sources."""
    pyside6 = importlib.util.find_spec("PySide6")
    if pyside6 is None or pyside6.origin is None:
        raise SystemExit("setup.py: PySide6 (a build requirement) is missing; cannot compile the translations")
    lrelease = Path(pyside6.origin).parent / "lrelease"
    for ts in sorted((source / "i18n").glob("*.ts")):
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True)


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout's resources/ directly
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "console" / "resources"
        for folder, patterns in SHIPPED_RESOURCES.items():
            for pattern in patterns:
                for path in sorted((source / folder).glob(pattern)):
                    destination = target / path.relative_to(source)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, destination)
        compile_translations(source, target / "i18n")
        if not (target / "schemas").is_dir():
            raise SystemExit(f"setup.py: no schemas under {source}; the package would not validate a notice")


setup(cmdclass={"build_py": BuildPyWithResources})
