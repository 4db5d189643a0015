#!/usr/bin/env bash
# Runs the research team's ../shared/tools/compare-with-reference against data/catalog.json. That tool reads a
# film's directors from a `directors` list of names, which format 1 had and format 2 replaced by credits; this
# gives it a copy of the catalogue with each film's director credits written out as names, and changes nothing.
# The differences it still reports are explained in data/README.md ("Against the reference research").
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${COMPARE_WITH_REFERENCE:-../shared/tools/compare-with-reference}
[ -x "$tool" ] || { echo "compare-with-reference not found at $tool (set COMPARE_WITH_REFERENCE)"; exit 2; }
view=$(mktemp -d)
trap 'rm -rf "$view"' EXIT
python3 - data/catalog.json "$view/catalog.json" <<'PY'
import json, sys
catalog = json.load(open(sys.argv[1], encoding='utf-8'))
names = {p['id']: p['name'] for p in catalog.get('people', []) + catalog['composers']}
for film in catalog['films']:
    film['directors'] = [names[c['person']] for c in film.get('credits', []) if c['role'] == 'director']
json.dump(catalog, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
PY
"$tool" "$view/catalog.json"
