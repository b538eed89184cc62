using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>The pack must answer every question exactly as the TSV gazetteer it was compiled from.</summary>
public class PackEquivalenceTests
{
    private static TsvGazetteer Tsv => GazetteerData.Tsv;

    private static PackGazetteer Pack => GazetteerData.Pack;

    [Fact]
    public void The_pack_indexes_exactly_the_keys_of_the_tsv_gazetteer()
    {
        // Given the committed gazetteer read both ways
        // When their keys are listed
        var tsvKeys = Tsv.Keys.ToHashSet(StringComparer.Ordinal);
        var packKeys = Pack.Keys.ToList();

        // Then they are the same set, and the pack holds each once
        Assert.Equal(packKeys.Count, packKeys.Distinct(StringComparer.Ordinal).Count());
        Assert.True(tsvKeys.SetEquals(packKeys), $"{tsvKeys.Except(packKeys).Count()} keys missing, {packKeys.Except(tsvKeys).Count()} extra");
        Assert.True(tsvKeys.Count > 10_000);
    }

    [Fact]
    public void Every_key_looks_up_the_same_entries_in_the_same_order()
    {
        // Given every key either gazetteer knows
        foreach (string key in Tsv.Keys.Concat(Pack.Keys))
        {
            // When it is looked up in both
            // Then the entries are equal, one by one, in order
            AssertSameEntries(key, Tsv.Lookup(key), Pack.Lookup(key));
        }
    }

    [Fact]
    public void A_province_s_places_by_initial_hold_every_place_whose_key_starts_with_it_in_order()
    {
        // Given every first-level unit that has places, and every letter of the alphabet
        var units = Tsv.Keys.SelectMany(Tsv.Lookup).Where(e => e.Admin1 is not null && e.Kind is FeatureKind.City or FeatureKind.Town or
                                                              FeatureKind.Village or FeatureKind.Admin2)
            .Select(e => (e.CountryCode, Admin1: e.Admin1!)).Distinct().ToList();
        Assert.NotEmpty(units);
        foreach (var (country, admin1) in units)
        {
            var all = Pack.PlacesIn(country, admin1);
            foreach (char initial in "abcdefghijklmnopqrstuvwxyz")
            {
                // When the pack is asked for the unit's places that may start with the letter
                var some = Pack.PlacesByInitial(country, admin1, initial);

                // Then they are the unit's places in its order, and none whose folded name starts with the letter is missing
                var wanted = all.Where(e => NameKey.Of(e.Name) is { Length: > 0 } k && k[0] == initial).ToList();
                var kept = all.Where(e => some.Contains(e)).ToList();
                Assert.Equal(some, kept);
                Assert.All(wanted, e => Assert.Contains(e, some));
            }
        }
    }

    [Fact]
    public void Every_prefix_and_every_key_answers_HasPrefix_the_same()
    {
        // Given every registered prefix, every key, and near misses of both
        var probes = Tsv.Prefixes.Concat(Tsv.Keys).SelectMany(k => new[]
        {
            k, k + " ", k + " x", k[..^1], " " + k, k.Split(' ')[0], k.Replace(' ', '-'),
        });
        foreach (string probe in probes)
        {
            // When both are asked
            // Then they agree
            Assert.True(Tsv.HasPrefix(probe) == Pack.HasPrefix(probe), $"HasPrefix(\"{probe}\"): tsv {Tsv.HasPrefix(probe)}, pack {Pack.HasPrefix(probe)}");
        }

        Assert.All(Tsv.Prefixes, p => Assert.True(Pack.HasPrefix(p), p));
    }

    [Theory]
    [InlineData("Aleppo")]
    [InlineData("Deir ez-Zor")]
    [InlineData("Deir Ezzor")]
    [InlineData("Dayr az Zawr")]
    [InlineData("DEIR EZ ZOR")]
    [InlineData("Mosul")]
    [InlineData("Kyiv")]
    [InlineData("Kiev")]
    [InlineData("Київ")]
    [InlineData("Baghuz Fawqani")]
    [InlineData("Al-Baghuz Fawqani")]
    [InlineData("Siria")]
    [InlineData("Syrie")]
    [InlineData("Idlib")]
    [InlineData("Idleb")]
    [InlineData("Ḩalab")]
    [InlineData("حلب")]
    [InlineData("Abu Kamal")]
    [InlineData("Al-Bukamal")]
    [InlineData("Raqqa")]
    [InlineData("Hajin")]
    [InlineData("Al-Hawl camp")]
    [InlineData("Euphrates")]
    [InlineData("Bakhmut")]
    [InlineData("Tal Afar")]
    [InlineData("Stati Uniti")]
    [InlineData("Nowhere-on-Earth")]
    [InlineData("")]
    [InlineData("\uD800")]
    public void Real_names_find_the_same_entries(string name)
    {
        // Given a name as a news report writes it
        string key = NameKey.Of(name);

        // When it is folded and looked up in both
        // Then the entries agree, and so do the prefix answers for each of its leading words
        AssertSameEntries(key, Tsv.Lookup(key), Pack.Lookup(key));
        AssertSameEntries(name, Tsv.Lookup(name), Pack.Lookup(name));
        var words = key.Split(' ');
        for (int i = 1; i <= words.Length; i++)
        {
            string prefix = string.Join(' ', words.Take(i));
            Assert.Equal(Tsv.HasPrefix(prefix), Pack.HasPrefix(prefix));
        }
    }

    [Fact]
    public void Names_of_the_seed_article_are_found()
    {
        // Given the places the Deir ez-Zor seed article names
        // When they are looked up in the pack
        // Then each is found
        Assert.Contains(Pack.Lookup(NameKey.Of("Deir Ezzor")), e => e.CountryCode == "SY" && e.Name == "Deir ez-Zor");
        Assert.Contains(Pack.Lookup(NameKey.Of("Baghuz Fawqani")), e => e.CountryCode == "SY");
        Assert.Contains(Pack.Lookup(NameKey.Of("Siria")), e => e.Kind == FeatureKind.Country && e.CountryCode == "SY");
        Assert.True(Pack.HasPrefix("deir"));
    }

    [Fact]
    public void Countries_and_country_names_agree()
    {
        // Given every country code, in upper and lower case, and codes no country has
        var codes = Tsv.Countries.Keys.SelectMany(c => new[] { c, c.ToLowerInvariant() }).Concat(["", "ZZ", "SYR", "S", "\uD800"]);
        foreach (string code in codes)
        {
            // When both are asked for the country and its name
            // Then they agree
            Assert.Equal(Tsv.Country(code), Pack.Country(code));
            Assert.Equal(Tsv.CountryName(code), Pack.CountryName(code));
        }

        Assert.Equal("Syria", Pack.CountryName("SY"));
    }

    [Fact]
    public void Admin1_areas_agree_for_every_indexed_name_and_some_written_ones()
    {
        // Given every (country, folded name) of the admin1 table, every admin1 entry's own name, and names as written
        var asked = Tsv.Admin1Areas.Keys.Select(k => (k.Iso2, k.Key))
            .Concat(Tsv.Entries.Where(e => e.Kind == FeatureKind.Admin1).Select(e => (e.CountryCode, e.Name)))
            .Concat([
                ("SY", "Deir ez-Zor"), ("SY", "Deir-ez-Zor"), ("SY", "Dayr az Zawr"), ("SY", "Idleb"), ("SY", "Idlib"), ("SY", "Aleppo"),
                ("sy", "Aleppo"), ("IQ", "Ninewa"), ("IQ", "Nineveh"), ("UA", "Kyiv"), ("UA", "Donetsk"), ("SY", ""), ("XX", "Aleppo"),
                ("SY", "\uD800"),
            ]);
        foreach (var (iso2, name) in asked)
        {
            // When both are asked
            // Then they give the same area
            Assert.Equal(Tsv.Admin1(iso2, name), Pack.Admin1(iso2, name));
        }

        Assert.Equal("Deir-ez-Zor", Pack.Admin1("SY", "Deir ez-Zor")?.Name);
    }

    [Fact]
    public void Counts_and_the_longest_name_agree()
    {
        // Given both gazetteers, Then they hold as many entries and bound the n-gram scan alike
        Assert.Equal(Tsv.Count, Pack.Count);
        Assert.Equal(Tsv.MaxNameTokens, Pack.MaxNameTokens);
    }

    [Fact]
    public void A_decoded_entry_is_decoded_once()
    {
        // Given a key looked up twice, Then the same entry objects come back
        var first = Pack.Lookup("aleppo");
        var second = Pack.Lookup("aleppo");
        Assert.NotEmpty(first);
        Assert.Same(first[0], second[0]);
    }

    private static void AssertSameEntries(string key, IReadOnlyList<GazetteerEntry> expected, IReadOnlyList<GazetteerEntry> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"Lookup(\"{key}\"): tsv [{string.Join("; ", expected)}], pack [{string.Join("; ", actual)}]");
        }
    }
}
