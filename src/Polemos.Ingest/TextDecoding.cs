using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>How an input's bytes become text: the encoding, how many byte-order-mark bytes to skip, and why.</summary>
internal sealed record TextDecoding(Encoding Encoding, int PreambleLength, string Label)
{
    /// <summary>Bytes examined for binary junk, as the error messages promise.</summary>
    public const int SniffBytes = 8 * 1024;

    private const int ScanChunk = 64 * 1024;

    /// <summary>More than this share of control characters in the first 8 KB means the input is not text.</summary>
    private const double MaxControlShare = 0.10;

    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The exact length of the decoded text when the scan could tell it, so a large text is built in place, once.</summary>
    public long? CharCount { get; init; }

    /// <summary>Opens the source as text, the byte-order mark skipped.</summary>
    public StreamReader OpenReader(ByteSource source)
    {
        var stream = source.Open();
        for (int i = 0; i < PreambleLength && stream.ReadByte() >= 0; i++)
        {
        }

        return new StreamReader(stream, Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: ScanChunk, leaveOpen: false);
    }

    /// <summary>
    /// Decides the encoding. A byte-order mark wins (UTF-8, UTF-16 or UTF-32). Without one the bytes must be strict
    /// UTF-8, checked over the whole input in one streaming pass. When they are not, two cases are told apart:
    /// a UTF-8 text with a few corrupt bytes (it has more valid multi-byte characters than bad bytes) keeps its
    /// UTF-8 reading with U+FFFD for the bad bytes; anything else is an older 8-bit text, read as Windows-1252, the
    /// superset of Latin-1 that Western European newsrooms actually wrote (curly quotes, dashes, the euro sign).
    /// Either way the user is told, with the line of the first bad byte.
    /// </summary>
    public static TextDecoding Detect(ByteSource source, Action<InputProblem> onProblem)
    {
        using var stream = source.Open();
        byte[] head = new byte[(int)Math.Min(SniffBytes + 4, source.Length)];
        int headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, headLength);

        var marked = FromByteOrderMark(bytes);
        if (marked is not null && marked.Encoding is not UTF8Encoding)
        {
            CheckCharsNotBinary(source, marked.Encoding.GetString(bytes[marked.PreambleLength..]));
            return marked;
        }

        int preamble = marked?.PreambleLength ?? 0;
        var sample = bytes[preamble..Math.Min(bytes.Length, preamble + SniffBytes)];
        CheckNotBinary(source, sample);

        stream.Position = preamble;
        var scan = Utf8Scan.Run(stream);
        if (scan.InvalidSequences == 0)
        {
            return new TextDecoding(Utf8Lenient, preamble, "UTF-8") { CharCount = scan.Chars };
        }

        if (preamble > 0 || scan.NonAsciiChars > scan.InvalidSequences)
        {
            onProblem(new InputProblem(
                source.Name, scan.FirstInvalidLine, ErrorCode.InputEncoding,
                $"{scan.InvalidSequences} byte sequence(s) are not valid UTF-8, the first on this line; they were replaced with U+FFFD"));
            return new TextDecoding(Utf8Lenient, preamble, "UTF-8");
        }

        onProblem(new InputProblem(
            source.Name, scan.FirstInvalidLine, ErrorCode.InputEncoding,
            "not valid UTF-8 (the first bad byte is on this line); read as Windows-1252 (Latin-1): convert the file to UTF-8 if accented letters look wrong"));
        // One byte is one character in Windows-1252.
        return new TextDecoding(Cp1252, 0, "Windows-1252 (Latin-1)") { CharCount = source.Length };
    }

    /// <summary>The whole text. With a known length it is decoded straight into its final string, never copied.</summary>
    public string ReadAll(ByteSource source)
    {
        using var reader = OpenReader(source);
        if (CharCount is not long count || count > int.MaxValue)
        {
            return reader.ReadToEnd();
        }

        string text = string.Create((int)count, reader, static (span, r) =>
        {
            int filled = r.ReadBlock(span);
            span[filled..].Clear();
        });
        return text;
    }

    private static TextDecoding? FromByteOrderMark(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new TextDecoding(Utf8Lenient, 3, "UTF-8"),
        [0xFF, 0xFE, 0x00, 0x00, ..] => new TextDecoding(new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, "UTF-32LE"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new TextDecoding(new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, "UTF-32BE"),
        [0xFF, 0xFE, ..] => new TextDecoding(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2, "UTF-16LE"),
        [0xFE, 0xFF, ..] => new TextDecoding(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2, "UTF-16BE"),
        _ => null,
    };

    private static void CheckNotBinary(ByteSource source, ReadOnlySpan<byte> sample)
    {
        int controls = 0;
        foreach (byte b in sample)
        {
            if (b == 0)
            {
                throw new PolemosException(
                    ErrorCode.InputBinary,
                    $"{source.Name} looks like binary data, not text (NUL bytes in its first 8 KB); if it is UTF-16 text, save it with a byte-order mark or as UTF-8");
            }

            if (IsControl((char)b))
            {
                controls++;
            }
        }

        ThrowIfMostlyControls(source, controls, sample.Length);
    }

    private static void CheckCharsNotBinary(ByteSource source, string sample)
    {
        int controls = 0;
        foreach (char c in sample)
        {
            if (c == '\0')
            {
                throw new PolemosException(ErrorCode.InputBinary, $"{source.Name} looks like binary data, not text (NUL characters near its start)");
            }

            if (IsControl(c))
            {
                controls++;
            }
        }

        ThrowIfMostlyControls(source, controls, sample.Length);
    }

    private static void ThrowIfMostlyControls(ByteSource source, int controls, int sampleLength)
    {
        if (sampleLength > 0 && controls > MaxControlShare * sampleLength)
        {
            throw new PolemosException(
                ErrorCode.InputBinary,
                $"{source.Name} looks like binary data, not text ({100 * controls / sampleLength}% control characters in its first 8 KB)");
        }
    }

    /// <summary>C0 controls and DEL, less the ones text uses (tab, line feed, vertical tab, form feed, carriage return).</summary>
    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || c == '\u007F';

    /// <summary>One streaming pass over the bytes that counts invalid UTF-8 sequences without keeping any text.</summary>
    private readonly record struct Utf8Scan(long InvalidSequences, long NonAsciiChars, long Chars, int FirstInvalidLine)
    {
        public static Utf8Scan Run(Stream stream)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(ScanChunk);
            char[] chars = ArrayPool<char>.Shared.Rent(ScanChunk);
            try
            {
                long invalid = 0, nonAscii = 0, total = 0;
                int line = 1, firstInvalidLine = 0, carry = 0;
                while (true)
                {
                    int read = stream.Read(buffer, carry, ScanChunk - carry);
                    bool final = read == 0;
                    var pending = buffer.AsSpan(0, carry + read);
                    while (!pending.IsEmpty)
                    {
                        var status = Utf8.ToUtf16(pending, chars.AsSpan(0, ScanChunk), out int consumed, out int written,
                            replaceInvalidSequences: false, isFinalBlock: final);
                        nonAscii += CountNonAscii(chars.AsSpan(0, written));
                        total += written;
                        line += pending[..consumed].Count((byte)'\n');
                        pending = pending[consumed..];
                        if (status == OperationStatus.InvalidData)
                        {
                            invalid++;
                            if (firstInvalidLine == 0)
                            {
                                firstInvalidLine = line;
                            }

                            pending = pending[1..];
                        }
                        else if (status == OperationStatus.NeedMoreData)
                        {
                            break;
                        }
                    }

                    if (final)
                    {
                        return new Utf8Scan(invalid, nonAscii, total, firstInvalidLine);
                    }

                    carry = pending.Length;
                    pending.CopyTo(buffer);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        private static long CountNonAscii(ReadOnlySpan<char> chars)
        {
            long n = 0;
            foreach (char c in chars)
            {
                if (c >= '\u0080' && !char.IsLowSurrogate(c))
                {
                    n++;
                }
            }

            return n;
        }
    }
}
