using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Polemos.Core;
using static Polemos.Geo.GazetteerPack;

namespace Polemos.Geo;

/// <summary>
/// The gazetteer read from a compiled pack (see <see cref="GazetteerPack"/> for the layout). Loading is one file
/// read and one hash check; names are never folded here, keys are binary-searched as UTF-8 bytes, and an entry is
/// decoded the first time a lookup returns it. Answers exactly what <see cref="TsvGazetteer"/> answers for the same
/// TSV files.
/// </summary>
public sealed class PackGazetteer : IGazetteer
{
    private readonly byte[] _data;
    private readonly string _name;
    private readonly Section _stringOffsets, _stringData, _entries, _keys, _postings, _countries, _admin1;
    private readonly GazetteerEntry?[] _decoded;
    private readonly Dictionary<(string, string), GazetteerEntry[]> _settlements = [];
    private Dictionary<(string, string), List<int>>? _units;
    private ulong[]? _initials;

    /// <summary>
    /// A Bloom filter of the keys' UTF-8 bytes and of their first words (<see cref="BuildKeyFilter"/>): a key or prefix it
    /// does not hold is answered empty or false without the binary search, whose every step is a cache miss or three.
    /// Most keys asked are not there: each name's spelling variants and the n-grams the place scan tries. Built by the
    /// search that makes <see cref="SearchesBeforeFilter"/>, so that a process that extracts one report does not pay for
    /// it; null until then.
    /// </summary>
    private ulong[]? _keyFilter;

    /// <summary>The searches made before the filter was built.</summary>
    private int _searches;

    /// <summary>
    /// How many binary searches the pack makes before it builds its key filter: the build costs about 25 ms (one pass
    /// over the world pack's 549,543 keys), which a feed of reports soon wins back and one report would not.
    /// </summary>
    private const int SearchesBeforeFilter = 5_000;

    private readonly Dictionary<string, GazetteerEntry[]> _countryPlaces = new(StringComparer.Ordinal);

    /// <summary>
    /// The answers already searched, by key: place names recur from report to report, and a binary search over
    /// the world's keys costs a cache miss a step. Entries are immutable and callers only read the arrays;
    /// bounded: the memory starts over past its capacity.
    /// </summary>
    private readonly BoundedMemo<GazetteerEntry[]> _found = new(100_000);
    private readonly Func<string, GazetteerEntry[]> _search;

    private PackGazetteer(byte[] data, string name)
    {
        _data = data;
        _name = name;
        _search = Search;
        var span = data.AsSpan();
        if (span.Length >= Magic.Length && !span[..Magic.Length].SequenceEqual(Magic))
        {
            throw Invalid("not a Polemos gazetteer pack (wrong magic bytes)");
        }

        if (span.Length < HeaderSize)
        {
            throw Invalid($"truncated ({span.Length} bytes, shorter than its header)");
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(span[8..]);
        if (version != FormatVersion)
        {
            throw Invalid($"in format version {version}, which this build cannot read (it reads version {FormatVersion})");
        }

        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(span[16..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(span[12..]) != HeaderSize || length != (ulong)span.Length)
        {
            throw Invalid(length > (ulong)span.Length ? $"truncated ({span.Length} of {length} bytes)" : "damaged (header and file length disagree)");
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(span[HeaderSize..], hash);
        if (!hash.SequenceEqual(span.Slice(32, 32)))
        {
            throw Invalid("corrupt (its content hash does not match)");
        }

        MaxNameTokens = BinaryPrimitives.ReadInt32LittleEndian(span[24..]);
        if (span.Length < HeaderSize + DirectorySize || MaxNameTokens < 1)
        {
            throw Invalid("damaged (no section directory)");
        }

        _stringOffsets = ReadSection(SecStringOffsets, 4, extra: 1);
        _stringData = ReadSection(SecStringData, 0);
        _entries = ReadSection(SecEntries, EntrySize);
        _keys = ReadSection(SecKeys, 8);
        _postings = ReadSection(SecPostings, 4);
        _countries = ReadSection(SecCountries, 8);
        _admin1 = ReadSection(SecAdmin1, 12);

        // The string offsets are the one table every lookup walks through: check them once, so that no string
        // read can leave its section.
        uint previous = 0;
        for (int i = 0; i <= _stringOffsets.Count; i++)
        {
            uint offset = U32(_stringOffsets, i, 0);
            if (offset < previous || offset > (uint)_stringData.Length)
            {
                throw Invalid("damaged (string table out of order)");
            }

            previous = offset;
        }

        _decoded = new GazetteerEntry?[_entries.Count];
    }

    /// <summary>The filter's bits per key: with <see cref="FilterProbes"/> bits set in one 64-bit word per key, about 2 % false positives (estimated from the fill).</summary>
    private const int FilterBitsPerKey = 12;

    private const int FilterProbes = 3;

    /// <summary>
    /// One pass over the keys, hashing their UTF-8 bytes as they lie in the pack (in byte order, so the string data is
    /// read in sequence); no key is decoded. Each key, and each of its first words with the space after them (what
    /// <see cref="HasPrefix"/> asks), sets <see cref="FilterProbes"/> bits of one word, one cache line.
    /// </summary>
    /// <remarks>Run once, at load: compiled optimised at once rather than first as the unoptimised tier (ten times slower here).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ulong[] BuildKeyFilter()
    {
        int words = (int)Math.Max(1, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, _keys.Count * FilterBitsPerKey)) / 64);
        var filter = new ulong[words];
        var data = _data.AsSpan();
        var keys = data.Slice(_keys.Offset, _keys.Count * _keys.RowSize);
        var offsets = data.Slice(_stringOffsets.Offset, _stringOffsets.Length);
        var strings = data.Slice(_stringData.Offset, _stringData.Length);
        for (int i = 0; i < _keys.Count; i++)
        {
            // The string offsets were checked at load; the key's string index is checked here as StringBytes would.
            uint index = BinaryPrimitives.ReadUInt32LittleEndian(keys[(i * _keys.RowSize)..]);
            if (index >= (uint)_stringOffsets.Count)
            {
                throw Invalid("damaged (string index out of range)");
            }

            int start = (int)BinaryPrimitives.ReadUInt32LittleEndian(offsets[((int)index * 4)..]);
            int end = (int)BinaryPrimitives.ReadUInt32LittleEndian(offsets[(((int)index + 1) * 4)..]);
            var key = strings[start..end];
            ulong h = KeyHash(key);
            filter[(int)(h & (ulong)(filter.Length - 1))] |= FilterBits(h);

            // Every first words of the key with the space after them, as HasPrefix asks.
            int through = 0;
            for (int space; (space = key[through..].IndexOf((byte)' ')) >= 0;)
            {
                through += space + 1;
                h = KeyHash(key[..through]);
                filter[(int)(h & (ulong)(filter.Length - 1))] |= FilterBits(h);
            }
        }

        return filter;
    }

    /// <summary>
    /// False when the pack surely has no such key; true when it may, and always before the filter is built (which the
    /// search that makes <see cref="SearchesBeforeFilter"/> does, one thread only; the others search in full meanwhile).
    /// </summary>
    private bool MayHoldKey(ReadOnlySpan<byte> key)
    {
        var filter = Volatile.Read(ref _keyFilter);
        if (filter is null)
        {
            if (Interlocked.Increment(ref _searches) != SearchesBeforeFilter)
            {
                return true;
            }

            filter = BuildKeyFilter();
            Volatile.Write(ref _keyFilter, filter);
        }

        ulong h = KeyHash(key);
        ulong bits = FilterBits(h);
        return (filter[(int)(h & (ulong)(filter.Length - 1))] & bits) == bits;
    }

    /// <summary>A key's <see cref="FilterProbes"/> bits within its word, from the hash's upper half (the lower half picks the word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(ulong h) => (1UL << (int)((h >> 32) & 63)) | (1UL << (int)((h >> 38) & 63)) | (1UL << (int)((h >> 44) & 63));

    /// <summary>A 64-bit hash of a key's bytes, eight at a time, finished with a mix that spreads every input bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyHash(ReadOnlySpan<byte> key)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xff51afd7ed558ccdUL;
            h ^= h >> 29;
            key = key[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        h = (h ^ tail) * 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }

    public int MaxNameTokens { get; }

    /// <summary>The number of entries (places, countries, admin1 areas).</summary>
    public int Count => _entries.Count;

    /// <summary>The SHA-256 of the TSV files the pack was compiled from (all zero when it was built in memory).</summary>
    public ReadOnlySpan<byte> SourceHash => _data.AsSpan(64, 32);

    /// <summary>The folding fingerprint of the code that compiled the pack (see <see cref="GazetteerPack.FoldFingerprint"/>).</summary>
    public ReadOnlySpan<byte> FoldFingerprint => _data.AsSpan(96, 32);

    /// <summary>Every folded key <see cref="Lookup"/> answers for, in UTF-8 byte order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            for (int i = 0; i < _keys.Count; i++)
            {
                yield return Encoding.UTF8.GetString(StringBytes(U32(_keys, i, 0)));
            }
        }
    }

    /// <summary>Reads a pack file; any problem with it is a <see cref="PolemosException"/> with a one-line message.</summary>
    public static PackGazetteer Load(string path) => FromBytes(ReadFile(path), path);

    /// <summary>Reads pack bytes; <paramref name="name"/> is what messages call it (usually its path).</summary>
    public static PackGazetteer FromBytes(byte[] data, string name) => new(data, name);

    internal static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PolemosException(ErrorCode.DataMissing, $"gazetteer pack not found: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolemosException(ErrorCode.DataInvalid, $"gazetteer pack {path} cannot be read: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <remarks>
    /// Once the key filter is built, a key it does not hold is answered at once, not remembered: most keys asked are
    /// spelling variants and n-grams that name nothing, and they would fill the memory of answers and push out the rest.
    /// </remarks>
    public IReadOnlyList<GazetteerEntry> Lookup(string key) => Volatile.Read(ref _keyFilter) is { } filter && SurelyAbsent(filter, key) ? [] : _found.Get(key, _search);

    /// <summary>Whether the filter says the pack has no such key (false for a key too long to encode on the stack).</summary>
    private static bool SurelyAbsent(ulong[] filter, string key)
    {
        if (key.Length > StackKeyChars * 2)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[StackKeyChars * 2 * 3];
        if (!ToUtf8(key, buffer, out int written))
        {
            return false;
        }

        ulong h = KeyHash(buffer[..written]);
        ulong bits = FilterBits(h);
        return (filter[(int)(h & (ulong)(filter.Length - 1))] & bits) != bits;
    }

    private GazetteerEntry[] Search(string key)
    {
        byte[]? rented = null;
        Span<byte> buffer = key.Length <= 128 ? stackalloc byte[key.Length * 3] : (rented = ArrayPool<byte>.Shared.Rent(key.Length * 3));
        try
        {
            if (!ToUtf8(key, buffer, out int written) || !MayHoldKey(buffer[..written]))
            {
                return [];
            }

            int i = LowerBound(_keys, buffer[..written]);
            if (i >= _keys.Count || !StringBytes(U32(_keys, i, 0)).SequenceEqual(buffer[..written]))
            {
                return [];
            }

            uint first = U32(_keys, i, 4);
            uint end = i + 1 < _keys.Count ? U32(_keys, i + 1, 4) : (uint)_postings.Count;
            if (first > end || end > (uint)_postings.Count)
            {
                throw Invalid("damaged (key postings out of range)");
            }

            var found = new GazetteerEntry[end - first];
            for (int p = 0; p < found.Length; p++)
            {
                found[p] = Entry(U32(_postings, (int)first + p, 0));
            }

            return found;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public bool HasPrefix(string key)
    {
        // A prefix is the first words of some key: that key starts with the prefix and a space.
        byte[]? rented = null;
        int size = (key.Length * 3) + 1;
        Span<byte> buffer = size <= 385 ? stackalloc byte[size] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            if (!ToUtf8(key, buffer, out int written))
            {
                return false;
            }

            buffer[written++] = (byte)' ';
            var prefix = buffer[..written];
            if (!MayHoldKey(prefix))
            {
                return false;
            }

            int i = LowerBound(_keys, prefix);
            return i < _keys.Count && StringBytes(U32(_keys, i, 0)).StartsWith(prefix);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public GazetteerEntry? Country(string iso2)
    {
        // Asked for every record written: the key is encoded on the stack.
        Span<byte> code = iso2.Length <= StackKeyChars ? stackalloc byte[StackKeyChars * 3] : new byte[iso2.Length * 3];
        if (!ToUtf8(iso2, code, out int written))
        {
            return null;
        }

        code = code[..written];
        int lo = 0, hi = _countries.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = StringBytes(U32(_countries, mid, 0)).SequenceCompareTo(code);
            if (c == 0)
            {
                return Entry(U32(_countries, mid, 4));
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid);
        }

        return null;
    }

    public string CountryName(string iso2) => Country(iso2)?.Name ?? iso2;

    /// <summary>
    /// The settlements and districts of a first-level unit, in the pack's order: the first question reads every entry's raw
    /// row once and notes, for each unit, which of its rows are settlements or districts (kind, country and admin1 read
    /// before any entry is decoded); each unit's entries are decoded at its first question and remembered.
    /// </summary>
    /// <remarks>
    /// Until perf10 every unit met for the first time cost a pass over all the pack's rows (267,711 in the world pack),
    /// 1.7 % of a bench's samples; a feed that names many provinces paid it for each.
    /// </remarks>
    public IReadOnlyList<GazetteerEntry> PlacesIn(string iso2, string admin1)
    {
        lock (_settlements)
        {
            if (_settlements.TryGetValue((iso2, admin1), out var known))
            {
                return known;
            }

            _units ??= IndexUnits();
            GazetteerEntry[] found = [];
            if (_units.TryGetValue((iso2, admin1), out var rows))
            {
                found = new GazetteerEntry[rows.Count];
                for (int k = 0; k < rows.Count; k++)
                {
                    found[k] = Entry((uint)rows[k]);
                }
            }

            _settlements[(iso2, admin1)] = found;
            return found;
        }
    }

    /// <summary>
    /// Those of <see cref="PlacesIn(string, string)"/> that some key of theirs starts with <paramref name="initial"/> (a key
    /// folded from the entry's own name among them), told by each entry's mask of initials (<see cref="IndexInitials"/>);
    /// only those are decoded.
    /// </summary>
    /// <remarks>
    /// Locator.OtherSpellingIn asked for the whole province and folded every name in it to compare its first letter: 6 % of
    /// a feed of short reports (perf11), half of it decoding and half folding names met once.
    /// </remarks>
    public IReadOnlyList<GazetteerEntry> PlacesByInitial(string iso2, string admin1, char initial)
    {
        List<int>? rows;
        ulong[] initials;
        lock (_settlements)
        {
            _units ??= IndexUnits();
            _initials ??= IndexInitials();
            initials = _initials;
            if (!_units.TryGetValue((iso2, admin1), out rows))
            {
                return [];
            }
        }

        ulong bit = InitialBit(initial);
        List<GazetteerEntry>? found = null;
        foreach (int row in rows)
        {
            if ((initials[row] & bit) != 0)
            {
                (found ??= []).Add(Entry((uint)row));
            }
        }

        return found is null ? [] : found;
    }

    /// <summary>A character's bit in a mask of initials (characters 64 apart share one: the mask may say yes wrongly, never no).</summary>
    private static ulong InitialBit(char c) => 1UL << (c & 63);

    /// <summary>
    /// Each entry's mask of the first characters of the keys it is found under, in one pass over the keys; an entry under
    /// no key (a name folded to less than two characters) gets every bit, so that no entry is ever left out wrongly.
    /// </summary>
    private ulong[] IndexInitials()
    {
        var initials = new ulong[_entries.Count];
        Span<char> first = stackalloc char[2];
        for (int i = 0; i < _keys.Count; i++)
        {
            var bytes = StringBytes(U32(_keys, i, 0));
            if (bytes.IsEmpty || Rune.DecodeFromUtf8(bytes, out var rune, out _) != OperationStatus.Done)
            {
                continue;
            }

            rune.EncodeToUtf16(first);
            ulong bit = InitialBit(first[0]);
            uint start = U32(_keys, i, 4);
            uint end = i + 1 < _keys.Count ? U32(_keys, i + 1, 4) : (uint)_postings.Count;
            for (uint p = start; p < end && p < (uint)_postings.Count; p++)
            {
                uint entry = U32(_postings, (int)p, 0);
                if (entry < (uint)initials.Length)
                {
                    initials[entry] |= bit;
                }
            }
        }

        for (int i = 0; i < initials.Length; i++)
        {
            if (initials[i] == 0)
            {
                initials[i] = ulong.MaxValue;
            }
        }

        return initials;
    }

    /// <summary>The settlements and districts of every first-level unit of a country, the units in no set order; remembered per country.</summary>
    public IReadOnlyList<GazetteerEntry> PlacesInCountry(string iso2)
    {
        List<string> units;
        lock (_settlements)
        {
            if (_countryPlaces.TryGetValue(iso2, out var known))
            {
                return known;
            }

            _units ??= IndexUnits();
            units = [.. _units.Keys.Where(k => string.Equals(k.Item1, iso2, StringComparison.Ordinal)).Select(k => k.Item2).Order(StringComparer.Ordinal)];
        }

        var found = units.SelectMany(admin1 => PlacesIn(iso2, admin1)).ToArray();
        lock (_settlements)
        {
            _countryPlaces[iso2] = found;
        }

        return found;
    }

    /// <summary>The rows of settlements and districts by their (country, admin1) strings, in the pack's order.</summary>
    private Dictionary<(string, string), List<int>> IndexUnits()
    {
        var strings = new Dictionary<uint, string>();
        var units = new Dictionary<(string, string), List<int>>();
        for (int i = 0; i < _entries.Count; i++)
        {
            var r = _data.AsSpan(_entries.Offset + (i * EntrySize), EntrySize);
            var kind = (FeatureKind)BinaryPrimitives.ReadInt32LittleEndian(r[56..]);
            uint admin = BinaryPrimitives.ReadUInt32LittleEndian(r[48..]);
            if (kind is not (FeatureKind.City or FeatureKind.Town or FeatureKind.Village or FeatureKind.Admin2) || admin == NoString)
            {
                continue;
            }

            var key = (Decoded(BinaryPrimitives.ReadUInt32LittleEndian(r[44..])), Decoded(admin));
            if (!units.TryGetValue(key, out var rows))
            {
                rows = [];
                units[key] = rows;
            }

            rows.Add(i);
        }

        return units;

        string Decoded(uint index)
        {
            if (!strings.TryGetValue(index, out var text))
            {
                text = Encoding.UTF8.GetString(StringBytes(index));
                strings[index] = text;
            }

            return text;
        }
    }

    public GazetteerEntry? Admin1(string iso2, string admin1)
    {
        string name = NameKey.Of(admin1);
        Span<byte> code = iso2.Length <= StackKeyChars ? stackalloc byte[StackKeyChars * 3] : new byte[iso2.Length * 3];
        Span<byte> key = name.Length <= StackKeyChars ? stackalloc byte[StackKeyChars * 3] : new byte[name.Length * 3];
        if (!ToUtf8(iso2, code, out int codeLength) || !ToUtf8(name, key, out int keyLength))
        {
            return null;
        }

        code = code[..codeLength];
        key = key[..keyLength];

        int lo = 0, hi = _admin1.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = StringBytes(U32(_admin1, mid, 0)).SequenceCompareTo(code);
            if (c == 0)
            {
                c = StringBytes(U32(_admin1, mid, 4)).SequenceCompareTo(key);
            }

            if (c == 0)
            {
                return Entry(U32(_admin1, mid, 8));
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid);
        }

        return null;
    }

    /// <summary>
    /// A lookup key as UTF-8; false for text that is not valid UTF-16 (a lone surrogate), which no key can equal
    /// because the keys were read from UTF-8 files.
    /// </summary>
    private static bool ToUtf8(string s, Span<byte> destination, out int written) =>
        Utf8.FromUtf16(s, destination, out _, out written, replaceInvalidSequences: false) == OperationStatus.Done;

    /// <summary>The longest key encoded on the stack.</summary>
    private const int StackKeyChars = 64;

    /// <summary>The first row of a table sorted by the string its first column names that is not below <paramref name="value"/>.</summary>
    private int LowerBound(Section table, ReadOnlySpan<byte> value)
    {
        int lo = 0, hi = table.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (StringBytes(U32(table, mid, 0)).SequenceCompareTo(value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private GazetteerEntry Entry(uint index)
    {
        if (index >= (uint)_entries.Count)
        {
            throw Invalid("damaged (entry index out of range)");
        }

        var cached = Volatile.Read(ref _decoded[index]);
        if (cached is not null)
        {
            return cached;
        }

        var r = _data.AsSpan(_entries.Offset + ((int)index * EntrySize), EntrySize);
        uint flags = BinaryPrimitives.ReadUInt32LittleEndian(r[60..]);
        var entry = new GazetteerEntry(
            BinaryPrimitives.ReadInt64LittleEndian(r),
            Text(BinaryPrimitives.ReadUInt32LittleEndian(r[40..])) ?? throw Invalid("damaged (entry without a name)"),
            BinaryPrimitives.ReadDoubleLittleEndian(r[16..]),
            BinaryPrimitives.ReadDoubleLittleEndian(r[24..]),
            Text(BinaryPrimitives.ReadUInt32LittleEndian(r[44..])) ?? throw Invalid("damaged (entry without a country)"),
            (FeatureKind)BinaryPrimitives.ReadInt32LittleEndian(r[56..]))
        {
            Admin1 = Text(BinaryPrimitives.ReadUInt32LittleEndian(r[48..])),
            Admin2 = Text(BinaryPrimitives.ReadUInt32LittleEndian(r[52..])),
            Population = BinaryPrimitives.ReadInt64LittleEndian(r[32..]),
            GeoNamesId = (flags & 1) != 0 ? BinaryPrimitives.ReadInt64LittleEndian(r[8..]) : null,
        };

        // Two threads may decode the same entry; both get the one that was stored first.
        return Interlocked.CompareExchange(ref _decoded[index], entry, null) ?? entry;
    }

    private string? Text(uint index) => index == NoString ? null : Encoding.UTF8.GetString(StringBytes(index));

    private ReadOnlySpan<byte> StringBytes(uint index)
    {
        if (index >= (uint)_stringOffsets.Count)
        {
            throw Invalid("damaged (string index out of range)");
        }

        uint start = U32(_stringOffsets, (int)index, 0), end = U32(_stringOffsets, (int)index + 1, 0);
        return _data.AsSpan(_stringData.Offset + (int)start, (int)(end - start));
    }

    private uint U32(Section table, int row, int column) =>
        BinaryPrimitives.ReadUInt32LittleEndian(_data.AsSpan(table.Offset + (row * table.RowSize) + column, 4));

    private Section ReadSection(int section, int rowSize, int extra = 0)
    {
        var slot = _data.AsSpan(HeaderSize + (section * 12), 12);
        uint offset = BinaryPrimitives.ReadUInt32LittleEndian(slot);
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(slot[4..]);
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(slot[8..]);
        bool fits = offset >= HeaderSize + DirectorySize && (ulong)offset + length <= (ulong)_data.Length && count <= int.MaxValue - 1
            && (rowSize == 0 ? count == 0 : (ulong)length == ((ulong)count + (ulong)extra) * (ulong)rowSize);
        if (!fits)
        {
            throw Invalid($"damaged (section {section} out of bounds)");
        }

        return new Section((int)offset, (int)length, (int)count, rowSize);
    }

    private PolemosException Invalid(string problem) =>
        new(ErrorCode.DataInvalid, $"gazetteer pack {_name} is {problem}; rebuild it (./setup.sh --build) or delete it to use the TSV files");

    private readonly record struct Section(int Offset, int Length, int Count, int RowSize);
}
