#!/bin/sh
# The test FHIR server's Python: a venv under .build with fhir.resources from PyPI.
# Run by `make test` (and by the delivery tests when it is missing). Without PyPI
# the delivery tests skip and say why; nothing else depends on it.
set -u
venv=${1:-.build/fhir-venv}
[ -f "$venv/.ready" ] && exit 0
python3 -m venv "$venv" || { echo "setup-fhir-venv: python3 -m venv failed (install python3-venv)" >&2; exit 1; }
if "$venv/bin/pip" install -q --disable-pip-version-check "fhir.resources>=8,<9"; then
  touch "$venv/.ready"
else
  echo "setup-fhir-venv: could not install fhir.resources from PyPI; the delivery tests will skip" >&2
  exit 1
fi
