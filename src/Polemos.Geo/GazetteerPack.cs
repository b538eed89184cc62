using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// The gazetteer compiled into one binary file (<c>gazetteer.pack</c>) by <c>tools/Polemos.DataBuild</c>, so that
/// the engine starts without folding every alternate name again: the keys are folded once, at build time, and the
/// reader (<see cref="PackGazetteer"/>) only binary-searches them. Same TSV input, same bytes.
/// </summary>
/// <remarks>
/// Layout, all integers little-endian:
/// <code>
/// header (128 bytes)
///   0  magic "PLMGAZPK"          8  format version (u32)     12 header size (u32)
///  16  file length (u64)         24 max name tokens (i32)    28 reserved (u32, 0)
///  32  SHA-256 of the body (every byte after the header): the content hash, checked on load
///  64  SHA-256 of the source TSV files (names, lengths, bytes): tells a stale pack from a current one
///  96  SHA-256 of the folding fingerprint: the keys of fixed probe names, so a pack built by other folding code is refused
/// body
///  section directory: 7 × (offset u32, length u32, count u32), then the sections, each 8-byte aligned:
///  strings     count+1 u32 offsets into the string data (every distinct string, sorted by UTF-8 bytes)
///  string data UTF-8
///  entries     count × 64 bytes: id i64, geonames id i64, lat f64, lon f64, population i64, name, country,
///              admin1, admin2 (string indexes, u32, 0xFFFFFFFF = none), kind i32, flags u32 (bit 0: has geonames id)
///  keys        count × (string index u32, first posting u32), sorted by the key's UTF-8 bytes
///  postings    u32 entry indexes, each key's run in the order the TSV gazetteer returns them
///  countries   count × (ISO code string u32, entry u32), sorted by code
///  admin1      count × (ISO code string u32, folded name string u32, entry u32), sorted by code then name
/// </code>
/// Prefixes are not stored: a folded token sequence is a prefix of a name exactly when some key starts with it
/// followed by a space, which the sorted key table answers with one binary search.
/// </remarks>
public static class GazetteerPack
{
    public const string FileName = "gazetteer.pack";

    /// <summary>The world gazetteer's pack, beside the subset's TSV files (a build output of <c>./setup.sh</c>).</summary>
    public const string WorldFileName = "world.pack";

    /// <summary>Bumped whenever the layout changes; a reader refuses every other version.</summary>
    public const int FormatVersion = 1;

    internal const int HeaderSize = 128;
    internal const int SectionCount = 7;
    internal const int DirectorySize = SectionCount * 12;
    internal const int EntrySize = 64;
    internal const uint NoString = uint.MaxValue;
    internal const int SecStringOffsets = 0, SecStringData = 1, SecEntries = 2, SecKeys = 3, SecPostings = 4, SecCountries = 5, SecAdmin1 = 6;

    /// <summary>The files a pack is compiled from, in the order their bytes enter <see cref="SourceHash"/>.</summary>
    public static IReadOnlyList<string> SourceFiles { get; } = ["countries.tsv", "admin1.tsv", "places.tsv", "supplement.tsv"];

    internal static ReadOnlySpan<byte> Magic => "PLMGAZPK"u8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Names that take every branch of the folding (case, marks, letters without decomposition, apostrophes,
    // dashes, Latin and Arabic articles, glued articles, Arabic letter unification and digits, other scripts,
    // too-short keys). If the folding code changes, their keys change, and a pack compiled by the old code is no
    // longer trusted. A change to the folding that none of them exercises needs a probe added here.
    private static readonly string[] FoldProbes =
    [
        "Deir ez-Zor", "Dayr az Zawr", "DEIR EZ ZOR", "Deir el-Zor", "Al-Bukamal", "\u0100lb\u016B Kam\u0101l", "\u1E28alab",
        "Ma'arrat al-Nu'man", "Ma\u2019arrat an\u2010Nu\u2019man", "\u02BFAyn al-\u02BFArab", "Kyi\u0308v", "\u041A\u0438\u0457\u0432",
        "\u062F\u064A\u0631 \u0627\u0644\u0632\u0648\u0631", "\u015Eanl\u0131urfa", "\u0141\u00F3d\u017A", "\u00C6r\u00F8sk\u00F8bing",
        "Stra\u00DFe", "\u0110\u00E0 N\u1EB5ng", "Ras al-Ayn", "as-Suwayda", "Ash Shaddadi", "Ad-Dawr", "Tall Aby\u0101\u1E11",
        "Saint-Denis (R\u00E9union)", "Mosul/Al-Mawsil", "Dar`a", "N\u2019Djamena", "Hpa-an", "Al", "A", "", "Baghuz Fawqani",
        "al-Baghuz al-Fawqani", "Ba\u2019qubah", "Khan Shaykhun", "Ed Damer", "Es Salt", "\u00C9tat", "U.S.", "Tel Aviv_Yafo",
        "\u05EA\u05DC \u05D0\u05D1\u05D9\u05D1", "Gaza\u00A0City", "Soft\u00ADhyphen", "I\u0307zmir",
        "\u0627\u0644\u0631\u0642\u0629", "\u062D\u0640\u0644\u0628", "\u062D\u064E\u0644\u064E\u0628", "\u0645\u0633\u062A\u0634\u0641\u0649",
        "\u0671\u0644\u0628\u0627\u0628", "\u0623\u0639\u0632\u0627\u0632", "\u0625\u062F\u0644\u0628", "\u0622\u0645\u0631\u0644\u064A",
        "\u0628\u062F\u064A\u0631 \u0627\u0644\u0632\u0648\u0631", "\u0663\u0664 \u06F5", "\u0627\u0644 \u0642\u0627\u0626\u0645",
        "\u0425\u0430\u0440\u043A\u0456\u0432", "\u0401\u043B\u043A\u0430", "\u03A3\u03AF\u03C3\u03C5\u03C6\u03BF\u03C2", "\uFF21\uFF22",
        "\u00BD", "\u2160", "\U0001D538bc", "Abu-Kamal (al-Bukamal)", "Al Qa\u2019im", "Ar Raqqah", "Ath Thawrah", "El Fasher", "Adh Dhahiriya",
    ];

    private static readonly Lazy<byte[]> LazyFoldFingerprint = new(ComputeFoldFingerprint);

    /// <summary>The fingerprint of the folding this build of the engine does (see the header).</summary>
    public static ReadOnlySpan<byte> FoldFingerprint => LazyFoldFingerprint.Value;

    /// <summary>The world pack when there is one, else the committed subset (see the overload).</summary>
    public static IGazetteer Open(string directory) => Open(directory, preferWorld: true);

    /// <summary>
    /// Loads the gazetteer of a folder: the world pack (<see cref="WorldFileName"/>, compiled by <c>./setup.sh</c>
    /// from the GeoNames npm packages) when it is there and <paramref name="preferWorld"/> is set, else the committed
    /// subset as <see cref="OpenSubset"/> does. The world pack's sources are not in the repository, so it is checked
    /// for its format, folding and content hash only; <c>./setup.sh</c> rebuilds it when its inputs change.
    /// </summary>
    public static IGazetteer Open(string directory, bool preferWorld)
    {
        string world = Path.Combine(directory, WorldFileName);
        if (preferWorld && File.Exists(world))
        {
            var pack = PackGazetteer.FromBytes(PackGazetteer.ReadFile(world), world);
            return pack.FoldFingerprint.SequenceEqual(FoldFingerprint)
                ? pack
                : throw new PolemosException(ErrorCode.DataInvalid,
                    $"gazetteer pack {world} was compiled by another version of the name folding; rebuild it (./setup.sh --build)");
        }

        return OpenSubset(directory);
    }

    /// <summary>
    /// Loads the committed subset of a folder: the compiled pack when <see cref="FileName"/> is there and current, else
    /// the TSV files. A pack is not current when its format version is another, or it was compiled from other TSV
    /// bytes or by other folding code than this build's; then the TSV files are read (slower, never wrong). A
    /// corrupt pack is an error, not a fallback: something broke it, and the user should know.
    /// </summary>
    public static IGazetteer OpenSubset(string directory)
    {
        string packPath = Path.Combine(directory, FileName);
        if (!File.Exists(packPath))
        {
            return TsvGazetteer.Load(directory);
        }

        byte[] bytes = PackGazetteer.ReadFile(packPath);
        bool hasSources = SourceFiles.Any(f => File.Exists(Path.Combine(directory, f)));
        if (hasSources && IsStale(bytes, directory))
        {
            return TsvGazetteer.Load(directory);
        }

        var pack = PackGazetteer.FromBytes(bytes, packPath);
        if (!pack.FoldFingerprint.SequenceEqual(FoldFingerprint))
        {
            throw new PolemosException(ErrorCode.DataInvalid,
                $"gazetteer pack {packPath} was compiled by another version of the name folding; rebuild it (./setup.sh --build)");
        }

        return pack;
    }

    /// <summary>
    /// True when the pack's header names another format version, another folding or other TSV bytes than those now
    /// in <paramref name="directory"/>. A header that cannot be read is not "stale": the reader says what is wrong.
    /// </summary>
    private static bool IsStale(ReadOnlySpan<byte> pack, string directory)
    {
        if (pack.Length < HeaderSize || !pack[..Magic.Length].SequenceEqual(Magic))
        {
            return false;
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(pack[8..]) != FormatVersion
            || !pack.Slice(96, 32).SequenceEqual(FoldFingerprint)
            || !pack.Slice(64, 32).SequenceEqual(SourceHash(directory));
    }

    /// <summary>SHA-256 over the source files of <paramref name="directory"/>: for each, its name, its length (−1 when absent) and its bytes.</summary>
    public static byte[] SourceHash(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (string file in SourceFiles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            string path = Path.Combine(directory, file);
            bool exists = File.Exists(path);
            byte[] content = exists ? File.ReadAllBytes(path) : [];
            BinaryPrimitives.WriteInt64LittleEndian(length, exists ? content.LongLength : -1);
            hash.AppendData(length);
            hash.AppendData(content);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Compiles the TSV files of <paramref name="directory"/> into pack bytes.</summary>
    public static byte[] Build(string directory)
    {
        byte[] sourceHash = SourceHash(directory);
        var gazetteer = TsvGazetteer.Load(directory);
        if (!SourceHash(directory).AsSpan().SequenceEqual(sourceHash))
        {
            throw new PolemosException(ErrorCode.DataInvalid, $"the TSV files in {directory} changed while the pack was compiled; run it again");
        }

        using var output = new MemoryStream();
        Write(gazetteer, sourceHash, output);
        return output.ToArray();
    }

    /// <summary>
    /// Writes <paramref name="source"/> as a pack. <paramref name="sourceHash"/> is recorded in the header (32 bytes,
    /// or empty for a gazetteer built in memory). Identical gazetteers give identical bytes.
    /// </summary>
    public static void Write(TsvGazetteer source, ReadOnlySpan<byte> sourceHash, Stream output)
    {
        if (sourceHash.Length is not (0 or 32))
        {
            throw new ArgumentException("a source hash is 32 bytes (SHA-256) or empty", nameof(sourceHash));
        }

        var entries = source.Entries;
        var entryIndex = new Dictionary<GazetteerEntry, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < entries.Count; i++)
        {
            entryIndex.TryAdd(entries[i], i);
        }

        int IndexOf(GazetteerEntry e) => entryIndex.TryGetValue(e, out int i)
            ? i
            : throw new InvalidOperationException($"gazetteer entry {e.Id} ({e.Name}) is indexed but was never added");

        // Every distinct string, sorted by its UTF-8 bytes: the order binary search uses at run time.
        var utf8 = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        void Intern(string? s)
        {
            if (s is not null && !utf8.ContainsKey(s))
            {
                try
                {
                    utf8[s] = StrictUtf8.GetBytes(s);
                }
                catch (EncoderFallbackException)
                {
                    throw new PolemosException(ErrorCode.DataInvalid, $"gazetteer name is not valid Unicode: {s}");
                }
            }
        }

        foreach (var e in entries)
        {
            Intern(e.Name);
            Intern(e.CountryCode);
            Intern(e.Admin1);
            Intern(e.Admin2);
        }

        foreach (string key in source.Keys)
        {
            Intern(key);
        }

        foreach (var (iso2, _) in source.Countries)
        {
            Intern(iso2);
        }

        foreach (var ((iso2, key), _) in source.Admin1Areas)
        {
            Intern(iso2);
            Intern(key);
        }

        var strings = utf8.Keys.ToArray();
        Array.Sort(strings, (a, b) => utf8[a].AsSpan().SequenceCompareTo(utf8[b]));
        var stringIndex = new Dictionary<string, uint>(strings.Length, StringComparer.Ordinal);
        for (int i = 0; i < strings.Length; i++)
        {
            stringIndex[strings[i]] = (uint)i;
        }

        uint S(string? s) => s is null ? NoString : stringIndex[s];

        var body = new BodyWriter();

        body.Section(SecStringOffsets, strings.Length);
        uint offset = 0;
        foreach (string s in strings)
        {
            body.U32(offset);
            offset = checked(offset + (uint)utf8[s].Length);
        }

        body.U32(offset);
        body.Section(SecStringData, 0);
        foreach (string s in strings)
        {
            body.Bytes(utf8[s]);
        }

        body.Section(SecEntries, entries.Count);
        foreach (var e in entries)
        {
            body.I64(e.Id);
            body.I64(e.GeoNamesId ?? 0);
            body.F64(e.Latitude);
            body.F64(e.Longitude);
            body.I64(e.Population);
            body.U32(S(e.Name));
            body.U32(S(e.CountryCode));
            body.U32(S(e.Admin1));
            body.U32(S(e.Admin2));
            body.I32((int)e.Kind);
            body.U32(e.GeoNamesId is null ? 0u : 1u);
        }

        // String indexes follow UTF-8 byte order, so sorting keys by index sorts them by bytes.
        var keys = source.Keys.OrderBy(k => stringIndex[k]).ToArray();
        body.Section(SecKeys, keys.Length);
        uint posting = 0;
        foreach (string key in keys)
        {
            body.U32(stringIndex[key]);
            body.U32(posting);
            posting += (uint)source.Lookup(key).Count;
        }

        body.Section(SecPostings, (int)posting);
        foreach (string key in keys)
        {
            foreach (var e in source.Lookup(key))
            {
                body.U32((uint)IndexOf(e));
            }
        }

        var countries = source.Countries.OrderBy(c => stringIndex[c.Key]).ToArray();
        body.Section(SecCountries, countries.Length);
        foreach (var (iso2, e) in countries)
        {
            body.U32(stringIndex[iso2]);
            body.U32((uint)IndexOf(e));
        }

        var admin1 = source.Admin1Areas.OrderBy(a => stringIndex[a.Key.Iso2]).ThenBy(a => stringIndex[a.Key.Key]).ToArray();
        body.Section(SecAdmin1, admin1.Length);
        foreach (var ((iso2, key), e) in admin1)
        {
            body.U32(stringIndex[iso2]);
            body.U32(stringIndex[key]);
            body.U32((uint)IndexOf(e));
        }

        byte[] bodyBytes = body.Finish();

        Span<byte> header = stackalloc byte[HeaderSize];
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], FormatVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], HeaderSize);
        BinaryPrimitives.WriteUInt64LittleEndian(header[16..], (ulong)(HeaderSize + bodyBytes.Length));
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], source.MaxNameTokens);
        SHA256.HashData(bodyBytes, header.Slice(32, 32));
        sourceHash.CopyTo(header.Slice(64, 32));
        FoldFingerprint.CopyTo(header.Slice(96, 32));
        output.Write(header);
        output.Write(bodyBytes);
    }

    private static byte[] ComputeFoldFingerprint()
    {
        var text = new StringBuilder();
        foreach (string probe in FoldProbes)
        {
            text.Append(probe).Append('\t').AppendJoin('\t', TsvGazetteer.IndexKeys(probe)).Append('\n');
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Builds the body: room for the section directory first (filled in at the end), then the sections.</summary>
    private sealed class BodyWriter
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
        private readonly int[] _starts = new int[SectionCount];
        private readonly int[] _lengths = new int[SectionCount];
        private readonly int[] _counts = new int[SectionCount];
        private int _current = -1;

        public BodyWriter() => _buffer.Write(new byte[DirectorySize]);

        public void Section(int section, int count)
        {
            EndSection();
            _buffer.Write(new byte[(8 - (_buffer.WrittenCount % 8)) % 8]);

            _current = section;
            _starts[section] = _buffer.WrittenCount;
            _counts[section] = count;
        }

        public void U32(uint v)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(b, v);
            _buffer.Write(b);
        }

        public void I32(int v) => U32(unchecked((uint)v));

        public void I64(long v)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(b, v);
            _buffer.Write(b);
        }

        public void F64(double v) => I64(BitConverter.DoubleToInt64Bits(v));

        public void Bytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

        public byte[] Finish()
        {
            EndSection();
            byte[] body = _buffer.WrittenSpan.ToArray();
            for (int s = 0; s < SectionCount; s++)
            {
                var slot = body.AsSpan(s * 12, 12);
                BinaryPrimitives.WriteUInt32LittleEndian(slot, checked((uint)(HeaderSize + _starts[s])));
                BinaryPrimitives.WriteUInt32LittleEndian(slot[4..], checked((uint)_lengths[s]));
                BinaryPrimitives.WriteUInt32LittleEndian(slot[8..], checked((uint)_counts[s]));
            }

            return body;
        }

        private void EndSection()
        {
            if (_current >= 0)
            {
                _lengths[_current] = _buffer.WrittenCount - _starts[_current];
                _current = -1;
            }
        }
    }
}
