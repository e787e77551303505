#!/usr/bin/env bash
# The Debian packages the test suite needs (packaging/debian-packages.sh, set "test"):
# installed as root, otherwise the exact apt-get line is printed and this fails, so
# the real-keyring and real-printer tests never get skipped silently.
exec "$(cd "$(dirname "$0")/../.." && pwd)/packaging/debian-packages.sh" test
