using System.Globalization;
using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>
/// Where an input's bytes come from: a file on disk (opened afresh for each pass, so a 50 MB file is never held in
/// memory just to be sniffed) or a buffer read once from a stream such as standard input.
/// </summary>
internal sealed class ByteSource
{
    private const int CopyBufferSize = 81920;

    private readonly string? _path;
    private readonly byte[]? _buffer;

    private ByteSource(string name, string stem, string extension, long length, string? path, byte[]? buffer)
    {
        Name = name;
        Stem = stem;
        Extension = extension;
        Length = length;
        _path = path;
        _buffer = buffer;
    }

    /// <summary>The name used in messages: the path as the user gave it, or the stream's name.</summary>
    public string Name { get; }

    /// <summary>The base of article ids: the file name without its last extension.</summary>
    public string Stem { get; }

    /// <summary>The last extension in lower case with its dot (".jsonl"), or empty; a hint for format sniffing.</summary>
    public string Extension { get; }

    public long Length { get; }

    public static ByteSource FromFile(string path, long maxBytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new PolemosException(ErrorCode.InputMissing, "no input file named: give a path, or - for standard input");
        }

        if (Directory.Exists(path))
        {
            throw new PolemosException(ErrorCode.InputIsDirectory, $"{path} is a directory, not a file: name the files inside it");
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PolemosException(ErrorCode.InputMissing, $"{path}: no such file");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new PolemosException(ErrorCode.InputMissing, $"{path}: cannot read it ({e.Message.ReplaceLineEndings(" ")})", e);
        }

        using (var probe = new ByteSource(path, string.Empty, string.Empty, 0, path, null).Open())
        {
            if (!probe.CanSeek)
            {
                // A pipe named as a file (/dev/stdin, a shell's <(...)) has no length to check: read it like a stream.
                return FromStream(probe, path, maxBytes);
            }
        }

        long length = info.Length;
        if (length > maxBytes)
        {
            throw new PolemosException(
                ErrorCode.InputTooLarge, $"{path} is {Size(length)}, over the {Size(maxBytes)} limit for one input: split it into smaller files");
        }

        if (length == 0)
        {
            throw new PolemosException(ErrorCode.InputEmpty, $"{path} is empty");
        }

        string fileName = Path.GetFileName(path);
        return new ByteSource(
            path, Path.GetFileNameWithoutExtension(fileName), Path.GetExtension(fileName).ToLowerInvariant(), length, path, null);
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes, so an endless or huge stream is refused, never buffered whole.</summary>
    public static ByteSource FromStream(Stream stream, string name, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw TooLarge(name, maxBytes);
        }

        using var memory = new MemoryStream();
        byte[] chunk = new byte[CopyBufferSize];
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                memory.Write(chunk, 0, read);
                if (memory.Length > maxBytes)
                {
                    throw TooLarge(name, maxBytes);
                }
            }
        }
        catch (IOException e)
        {
            throw new PolemosException(ErrorCode.InputMissing, $"{name}: cannot read it ({e.Message.ReplaceLineEndings(" ")})", e);
        }

        if (memory.Length == 0)
        {
            throw new PolemosException(ErrorCode.InputEmpty, $"{name} is empty");
        }

        string fileName = Path.GetFileName(name);
        string stem = string.IsNullOrEmpty(fileName) ? name : Path.GetFileNameWithoutExtension(fileName);
        return new ByteSource(
            name, stem, Path.GetExtension(fileName).ToLowerInvariant(), memory.Length, null, memory.ToArray());
    }

    /// <summary>Opens a fresh read-only stream positioned at the first byte.</summary>
    public Stream Open()
    {
        if (_buffer is not null)
        {
            return new MemoryStream(_buffer, writable: false);
        }

        try
        {
            return new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolemosException(ErrorCode.InputMissing, $"{Name}: cannot read it ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }

    internal static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static PolemosException TooLarge(string name, long maxBytes) =>
        new(ErrorCode.InputTooLarge, $"{name} is over the {Size(maxBytes)} limit for one input: split it into smaller parts");
}
