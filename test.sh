#!/usr/bin/env bash
# Runs every test of the project: unit, property, golden and CLI tests. Needs only the .NET SDK.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet test Polemos.slnx -c Release -nologo -v quiet "$@"
# The web page's own unit tests (pure modules: filters, clustering, evidence segments, date bins).
if [ -d web/node_modules ]; then (cd web && node --test test/); fi
