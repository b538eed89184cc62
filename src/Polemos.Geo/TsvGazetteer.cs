using System.Globalization;
using Polemos.Core;
using Polemos.Text;

namespace Polemos.Geo;

/// <summary>
/// The committed gazetteer subset (data/gazetteer/*.tsv): countries, first-level admin areas, populated places
/// and the project's supplement of conflict places. Every name and alternate name is indexed under its folded
/// key and under a variant with Arabic articles glued to the next word ("ez Zor" → "ezzor").
/// </summary>
public sealed class TsvGazetteer : IGazetteer
{
    private readonly Dictionary<string, List<GazetteerEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), GazetteerEntry> _admin1 = [];
    private readonly List<GazetteerEntry> _entries = [];
    private long _nextId = -1;

    public int MaxNameTokens { get; private set; } = 1;

    public int Count => _entries.Count;

    /// <summary>Every entry in the order it was added (what <see cref="GazetteerPack"/> writes).</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>Every folded key <see cref="Lookup"/> answers for.</summary>
    public IReadOnlyCollection<string> Keys => _byKey.Keys;

    /// <summary>Every key <see cref="HasPrefix"/> answers true for.</summary>
    public IReadOnlyCollection<string> Prefixes => _prefixes;

    /// <summary>The country table: upper-case ISO code → country entry.</summary>
    public IReadOnlyDictionary<string, GazetteerEntry> Countries => _countries;

    /// <summary>The admin1 table: (ISO code, folded admin1 name or alternate) → admin1 entry.</summary>
    public IReadOnlyDictionary<(string Iso2, string Key), GazetteerEntry> Admin1Areas => _admin1;

    public static TsvGazetteer Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new PolemosException(ErrorCode.DataMissing, $"gazetteer folder not found: {directory}");
        }

        var g = new TsvGazetteer();
        g.LoadCountries(TsvTable.Read(Path.Combine(directory, "countries.tsv")));
        g.LoadAdmin1(TsvTable.Read(Path.Combine(directory, "admin1.tsv")));
        g.LoadPlaces(TsvTable.Read(Path.Combine(directory, "places.tsv")));
        g.LoadPlaces(TsvTable.Read(Path.Combine(directory, "supplement.tsv")));
        return g;
    }

    public IReadOnlyList<GazetteerEntry> Lookup(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    public bool HasPrefix(string key) => _prefixes.Contains(key);

    public GazetteerEntry? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    public string CountryName(string iso2) => _countries.TryGetValue(iso2, out var c) ? c.Name : iso2;

    public GazetteerEntry? Admin1(string iso2, string admin1) => _admin1.GetValueOrDefault((iso2, NameKey.Of(admin1)));

    public IReadOnlyList<GazetteerEntry> PlacesIn(string iso2, string admin1) =>
        [.. _entries.Where(e => e.Kind is FeatureKind.City or FeatureKind.Town or FeatureKind.Village or FeatureKind.Admin2 && e.CountryCode == iso2 &&
                                string.Equals(e.Admin1, admin1, StringComparison.Ordinal))];

    public IReadOnlyList<GazetteerEntry> PlacesInCountry(string iso2) =>
        [.. _entries.Where(e => e.Kind is FeatureKind.City or FeatureKind.Town or FeatureKind.Village or FeatureKind.Admin2 && e.CountryCode == iso2 && e.Admin1 is not null)];

    public void Add(GazetteerEntry entry, IEnumerable<string> names)
    {
        _entries.Add(entry);
        if (entry.Kind == FeatureKind.Country)
        {
            _countries.TryAdd(entry.CountryCode, entry);
        }

        foreach (var name in names.Prepend(entry.Name))
        {
            foreach (string key in IndexKeys(name))
            {
                Index(key, entry);
            }
        }
    }

    /// <summary>
    /// The keys one name is indexed under: its folded key and, when different, the variant with Arabic articles
    /// glued to the next word; none when the key is shorter than two characters.
    /// </summary>
    public static IReadOnlyList<string> IndexKeys(string name)
    {
        string key = NameKey.Of(name);
        if (key.Length < 2)
        {
            return [];
        }

        // "Al-Bukamal" is also written "Bukamal"; FoldName already drops the article, so one key covers both.
        string glued = Glue(TextFold.FoldName(name, dropArticles: false));
        return string.Equals(glued, key, StringComparison.Ordinal) ? [key] : [key, glued];
    }

    /// <summary>
    /// Whether <paramref name="key"/> is one of <see cref="IndexKeys"/> of <paramref name="name"/>, without making the
    /// list: asked for every candidate of every place, and most are settled by the folded key alone.
    /// </summary>
    public static bool IndexedUnder(string name, string key)
    {
        string own = NameKey.Of(name);
        return own.Length >= 2 &&
               (string.Equals(own, key, StringComparison.Ordinal) || string.Equals(Glue(TextFold.FoldName(name, dropArticles: false)), key, StringComparison.Ordinal));
    }

    private void Index(string key, GazetteerEntry entry)
    {
        if (!_byKey.TryGetValue(key, out var list))
        {
            list = [];
            _byKey[key] = list;
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }

        var words = key.Split(' ');
        MaxNameTokens = Math.Max(MaxNameTokens, Math.Min(words.Length, 6));
        for (int i = 1; i < words.Length; i++)
        {
            _prefixes.Add(string.Join(' ', words.Take(i)));
        }
    }

    /// <summary>"deir ez zor" → "deir ezzor": Latin spellings write the Arabic article either apart or glued.</summary>
    private static string Glue(string key)
    {
        // Short article-like syllables glued to the following word. Most names have none: they are returned as
        // they are, without splitting them.
        if (!HasGlue(key))
        {
            return key;
        }

        var parts = key.Split(' ');
        var outParts = new List<string>(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            if (i + 1 < parts.Length && parts[i].Length == 2 && parts[i][0] is 'e' or 'a' && parts[i + 1].Length > 0 &&
                parts[i + 1][0] == parts[i][1])
            {
                outParts.Add(parts[i] + parts[i + 1]);
                i++;
            }
            else
            {
                outParts.Add(parts[i]);
            }
        }

        return string.Join(' ', outParts);
    }

    /// <summary>Whether <see cref="Glue"/> changes the key: a two-letter word "e?"/"a?" followed by a word that starts with its second letter.</summary>
    private static bool HasGlue(string key)
    {
        int start = 0;
        while (start < key.Length)
        {
            int end = key.IndexOf(' ', start);
            if (end < 0)
            {
                return false;
            }

            if (end - start == 2 && key[start] is 'e' or 'a' && end + 1 < key.Length && key[end + 1] == key[start + 1])
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    private void LoadCountries(TsvTable t)
    {
        int iso = t.Column("iso2"), name = t.Column("name"), alt = t.Column("alt_names"), lat = t.Column("lat"), lon = t.Column("lon"),
            pop = t.Column("population");
        foreach (var row in t.Rows)
        {
            string cc = TsvTable.Cell(row, iso).ToUpperInvariant();
            if (cc.Length != 2)
            {
                continue;
            }

            var e = new GazetteerEntry(_nextId--, TsvTable.Cell(row, name), D(TsvTable.Cell(row, lat)), D(TsvTable.Cell(row, lon)), cc, FeatureKind.Country)
            {
                Population = L(TsvTable.Cell(row, pop)),
            };
            _countries[cc] = e;
            Add(e, Alt(TsvTable.Cell(row, alt)));
        }
    }

    private void LoadAdmin1(TsvTable t)
    {
        int iso = t.Column("iso2"), name = t.Column("name"), alt = t.Column("alt_names"), lat = t.Column("lat"), lon = t.Column("lon");
        foreach (var row in t.Rows)
        {
            string cc = TsvTable.Cell(row, iso).ToUpperInvariant();
            string n = TsvTable.Cell(row, name);
            var e = new GazetteerEntry(_nextId--, n, D(TsvTable.Cell(row, lat)), D(TsvTable.Cell(row, lon)), cc, FeatureKind.Admin1) { Admin1 = n };
            _admin1[(cc, NameKey.Of(n))] = e;
            foreach (var a in Alt(TsvTable.Cell(row, alt)))
            {
                _admin1.TryAdd((cc, NameKey.Of(a)), e);
            }

            Add(e, Alt(TsvTable.Cell(row, alt)));
        }
    }

    private void LoadPlaces(TsvTable t)
    {
        int id = t.Column("id"), name = t.Column("name"), alt = t.Column("alt_names"), lat = t.Column("lat"), lon = t.Column("lon"),
            iso = t.Column("iso2"), a1 = t.Column("admin1"), a2 = t.Column("admin2"), kind = t.Column("kind"), pop = t.Column("population"),
            gid = t.Column("geonames_id");
        foreach (var row in t.Rows)
        {
            string cc = TsvTable.Cell(row, iso).ToUpperInvariant();
            string n = TsvTable.Cell(row, name);
            if (n.Length == 0 || TsvTable.Cell(row, lat).Length == 0)
            {
                continue;
            }

            long? geonames = long.TryParse(TsvTable.Cell(row, gid), NumberStyles.Integer, CultureInfo.InvariantCulture, out long g) ? g : null;
            long entryId = geonames ?? (long.TryParse(TsvTable.Cell(row, id), NumberStyles.Integer, CultureInfo.InvariantCulture, out long i) ? i : _nextId--);
            var e = new GazetteerEntry(entryId, n, D(TsvTable.Cell(row, lat)), D(TsvTable.Cell(row, lon)), cc,
                Enum.TryParse<FeatureKind>(TsvTable.Cell(row, kind), ignoreCase: true, out var k) ? k : FeatureKind.Town)
            {
                Admin1 = NullIfEmpty(TsvTable.Cell(row, a1)),
                Admin2 = NullIfEmpty(TsvTable.Cell(row, a2)),
                Population = L(TsvTable.Cell(row, pop)),
                GeoNamesId = geonames,
            };
            Add(e, Alt(TsvTable.Cell(row, alt)));
        }
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string[] Alt(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double D(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : 0;

    private static long L(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : 0;
}
