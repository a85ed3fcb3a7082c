#!/usr/bin/env bash
# Regenerates the country names the application shows (English, French, Spanish) from the Unicode CLDR, as published
# on the npm registry in cldr-localenames-full. Run it when a new CLDR release renames a country:
#   scripts/update-countries.sh [cldr version]
set -euo pipefail
version="${1:-48.2.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/Modules/Constituencies/ModularReports.Constituencies/SeedData/countries.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cldr-localenames-full@$version" >/dev/null && tar xzf cldr-localenames-full-*.tgz \
  package/LICENSE package/main/en/territories.json package/main/fr/territories.json package/main/es/territories.json)
cp "$work/package/LICENSE" "$(dirname "$out")/countries-LICENSE.txt"
python3 - "$work/package" "$version" "$out" <<'PY'
import json, re, sys
package, version, out = sys.argv[1:]
names = {lang: json.load(open(f"{package}/main/{lang}/territories.json", encoding="utf-8"))["main"][lang]["localeDisplayNames"]["territories"]
         for lang in ("en", "fr", "es")}
# ISO 3166-1 alpha-2 codes only: no continents (numeric), groupings (EU, EZ, UN), CLDR's own territories (Ascension,
# Clipperton, Diego Garcia, Ceuta and Melilla, Canary Islands, Tristan da Cunha, Sark) or private-use codes but Kosovo (XK).
not_countries = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}
codes = sorted(c for c in names["en"] if re.fullmatch("[A-Z]{2}", c) and c not in not_countries)
countries = {c: {lang: names[lang][c] for lang in ("en", "fr", "es")} for c in codes}
document = {"source": f"Unicode CLDR {version} (cldr-localenames-full), Unicode License v3", "countries": countries}
with open(out, "w", encoding="utf-8") as f:
    json.dump(document, f, ensure_ascii=False, indent=1, sort_keys=False)
    f.write("\n")
print(f"{len(countries)} countries written to {out}")
PY
