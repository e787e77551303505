"""An installed (non-editable) Watchdesk carries and loads its own schemas, map and sound.

setup.py's build step copies resources/ into the package; here that step builds the
package into a temporary folder, which a separate interpreter then imports instead of
the checkout: the console must find everything there, nothing in the repository.
`make dist-check` does the same with the real wheel, bundle and .deb.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import setuptools
from setuptools import find_packages
from setuptools.dist import Distribution

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def installed_tree(tmp_path, monkeypatch) -> Path:
    """The package as a wheel lays it out, built by setup.py's own build_py step."""
    monkeypatch.setattr(setuptools, "setup", lambda **_: None)  # load setup.py's command, run nothing
    spec = importlib.util.spec_from_file_location("watchdesk_setup", REPO_ROOT / "setup.py")
    setup_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_module)
    monkeypatch.chdir(REPO_ROOT)  # build_py reads package sources relative to the project root
    distribution = Distribution(
        {"name": "watchdesk", "packages": find_packages(include=["console*"]), "script_name": "setup.py"}
    )
    command = setup_module.BuildPyWithResources(distribution)
    command.build_lib = str(tmp_path / "site")
    command.ensure_finalized()
    command.run()
    return tmp_path / "site"


def test_the_build_puts_every_loaded_resource_inside_the_package(installed_tree):
    packaged = installed_tree / "console" / "resources"
    source = REPO_ROOT / "resources"
    for name in [p.relative_to(source) for p in source.glob("schemas/**/*.json")] + [
        Path("map/ne_110m_land.geojson"),
        Path("map/ne_110m_coastline.geojson"),
        Path("sounds/alert.wav"),
    ]:
        assert (packaged / name).read_bytes() == (source / name).read_bytes(), f"{name} not shipped"
    assert not list(packaged.rglob("*.py")), "the build must ship data, not the sound's generator script"


def test_an_installed_package_loads_schemas_and_map_from_itself(installed_tree):
    probe = (
        "import json\n"
        "from console.paths import resources_dir\n"
        "from console.domain.schema import KINDS, examples, schemas_dir, validate_notice_dict\n"
        "from console.printing.mapdraw.drawing import MapScene\n"
        "for kind, notice in examples().items(): validate_notice_dict(notice)\n"
        "scene = MapScene.load()\n"
        "print(json.dumps({'resources': str(resources_dir()), 'schemas': str(schemas_dir()),\n"
        "                  'examples': len(examples()), 'kinds': len(KINDS),\n"
        "                  'land_empty': scene.land.isEmpty(), 'coast_empty': scene.coastline.isEmpty()}))\n"
    )
    environment = dict(os.environ, PYTHONPATH=str(installed_tree), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=installed_tree, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert loaded["resources"] == str(installed_tree / "console" / "resources")
    assert loaded["schemas"] == str(installed_tree / "console" / "resources" / "schemas")
    assert loaded["examples"] == loaded["kinds"]
    assert loaded["land_empty"] is False and loaded["coast_empty"] is False


def test_a_checkout_reads_the_repository_resources():
    from console.paths import resources_dir

    assert resources_dir() == REPO_ROOT / "resources"
    assert json.loads((resources_dir() / "schemas" / "notice.schema.json").read_text("utf-8"))
