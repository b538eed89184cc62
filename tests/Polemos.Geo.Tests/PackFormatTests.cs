using System.Buffers.Binary;
using System.Security.Cryptography;
using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>The pack file itself: same input gives the same bytes, and a damaged or foreign file is refused in one line.</summary>
public class PackFormatTests : TempFolder
{
    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        // Given the committed TSV files
        // When the pack is compiled twice, through the tool's entry point and to files
        string first = WritePack(GazetteerPack.Build(GazetteerData.Folder), "first.pack");
        string second = WritePack(GazetteerPack.Build(GazetteerData.Folder), "second.pack");

        // Then the two files are byte for byte the same
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void The_header_names_the_format_the_content_hash_and_the_sources()
    {
        // Given a compiled pack
        byte[] pack = GazetteerData.PackBytes;

        // Then it starts with the magic and the version, and carries the hash of its body and of its TSV files
        Assert.Equal("PLMGAZPK"u8.ToArray(), pack[..8]);
        Assert.Equal((uint)GazetteerPack.FormatVersion, BinaryPrimitives.ReadUInt32LittleEndian(pack.AsSpan(8)));
        Assert.Equal(SHA256.HashData(pack.AsSpan(128)), pack[32..64]);
        Assert.Equal(GazetteerPack.SourceHash(GazetteerData.Folder), pack[64..96]);
        Assert.Equal(GazetteerPack.FoldFingerprint.ToArray(), pack[96..128]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(128)]
    [InlineData(200)]
    [InlineData(-1)]
    [InlineData(-1000)]
    public void A_truncated_pack_is_refused(int length)
    {
        // Given a pack cut short (a negative length counts from the end)
        byte[] pack = GazetteerData.PackBytes;
        byte[] cut = pack[..(length >= 0 ? length : pack.Length + length)];
        string path = WritePack(cut);

        // When it is loaded, Then it is refused as invalid data, naming the file
        var e = AssertInvalid(() => PackGazetteer.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(130)]
    [InlineData(5_000)]
    [InlineData(1_000_000)]
    [InlineData(-1)]
    public void A_flipped_byte_anywhere_in_the_body_is_caught_by_the_content_hash(int at)
    {
        // Given a pack with one byte changed
        byte[] pack = (byte[])GazetteerData.PackBytes.Clone();
        int i = at >= 0 ? at : pack.Length + at;
        pack[i] ^= 0x20;

        // When it is loaded, Then it is refused as corrupt
        var e = AssertInvalid(() => PackGazetteer.FromBytes(pack, "test.pack"));
        Assert.Contains("content hash", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_of_an_unknown_format_version_is_refused()
    {
        // Given a pack that says it is format version 99
        byte[] pack = (byte[])GazetteerData.PackBytes.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(pack.AsSpan(8), 99);

        // When it is loaded, Then it is refused, saying which version it is and which this build reads
        var e = AssertInvalid(() => PackGazetteer.FromBytes(pack, "test.pack"));
        Assert.Contains("version 99", e.Message, StringComparison.Ordinal);
        Assert.Contains($"version {GazetteerPack.FormatVersion}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_pack_is_refused()
    {
        // Given the TSV file itself and random bytes under the pack's name
        string tsv = Path.Combine(GazetteerData.Folder, "countries.tsv");
        byte[] noise = new byte[4096];
        new Random(7).NextBytes(noise);

        // When they are loaded, Then both are refused as invalid data
        AssertInvalid(() => PackGazetteer.Load(tsv));
        AssertInvalid(() => PackGazetteer.FromBytes(noise, "noise.pack"));
    }

    [Fact]
    public void A_damaged_section_directory_is_refused_even_when_the_hash_is_recomputed()
    {
        // Given packs whose section directory points outside the file, with a content hash that matches again
        for (int slot = 0; slot < 7 * 3; slot++)
        {
            byte[] pack = (byte[])GazetteerData.PackBytes.Clone();
            BinaryPrimitives.WriteUInt32LittleEndian(pack.AsSpan(128 + (slot * 4)), 0x7FFF_FFF0);
            SHA256.HashData(pack.AsSpan(128), pack.AsSpan(32, 32));

            // When they are loaded, Then they are refused, never a crash
            AssertInvalid(() => PackGazetteer.FromBytes(pack, "test.pack"));
        }
    }

    [Fact]
    public void Damaged_postings_are_refused_at_lookup_even_when_the_hash_is_recomputed()
    {
        // Given a pack whose postings all point past the last entry, with a content hash that matches again
        byte[] pack = (byte[])GazetteerData.PackBytes.Clone();
        int postings = (int)BinaryPrimitives.ReadUInt32LittleEndian(pack.AsSpan(128 + (4 * 12)));
        int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(pack.AsSpan(128 + (4 * 12) + 4));
        pack.AsSpan(postings, length).Fill(0xEE);
        SHA256.HashData(pack.AsSpan(128), pack.AsSpan(32, 32));
        var gazetteer = PackGazetteer.FromBytes(pack, "test.pack");

        // When a name is looked up, Then the lookup fails as invalid data, not with an index error
        AssertInvalid(() => gazetteer.Lookup("aleppo"));
    }

    [Fact]
    public void A_missing_pack_is_missing_data()
    {
        var e = Assert.Throws<PolemosException>(() => PackGazetteer.Load(Path.Combine(Folder, "none.pack")));
        Assert.Equal(ErrorCode.DataMissing, e.Code);
    }

    [Fact]
    public void Names_outside_the_basic_plane_sort_and_look_up_like_the_tsv_gazetteer()
    {
        // Given an in-memory gazetteer whose keys differ in UTF-16 and UTF-8 order (U+FF21 sorts after a surrogate
        // pair in UTF-8 but before it in UTF-16), with entries that lack optional fields or have unusual kinds
        var tsv = new TsvGazetteer();
        var names = new[] { "\uFF21bc town", "\U0001D538bc town", "zz top", "ab", "\uE000 private", "z\u00E9", "a b c d e f g h" };
        for (int i = 0; i < names.Length; i++)
        {
            tsv.Add(new GazetteerEntry(i + 1, names[i], i * 1.000001, -i * 0.1234567, i % 2 == 0 ? "SY" : "", (FeatureKind)(i * 7))
            {
                Admin1 = i % 3 == 0 ? null : "A" + i,
                GeoNamesId = i % 2 == 0 ? null : i * 1000L,
                Population = long.MaxValue - i,
            }, [names[(i + 1) % names.Length]]);
        }

        using var stream = new MemoryStream();
        GazetteerPack.Write(tsv, [], stream);
        var pack = PackGazetteer.FromBytes(stream.ToArray(), "memory.pack");

        // When every key and prefix is asked, Then both agree
        Assert.Equal(tsv.Keys.Order(StringComparer.Ordinal), pack.Keys.Order(StringComparer.Ordinal));
        foreach (string key in tsv.Keys)
        {
            Assert.Equal(tsv.Lookup(key), pack.Lookup(key));
        }

        foreach (string prefix in tsv.Prefixes.Concat(["\uFF21bc", "\U0001D538bc", "\uE000", "zz"]))
        {
            Assert.Equal(tsv.HasPrefix(prefix), pack.HasPrefix(prefix));
        }

        Assert.Equal(tsv.MaxNameTokens, pack.MaxNameTokens);
    }
}
