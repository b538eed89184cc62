using System.Globalization;
using System.Security.Cryptography;
using Polemos.Core;
using Polemos.Geo;

// Compiles the engine's reviewable text data into the binary packs it loads at run time. Same input, same bytes:
// nothing in a pack depends on the clock, the machine or the order files are listed in.
const string Usage = "usage: polemos-databuild gazetteer --in DATA/gazetteer --out PATH.pack";

try
{
    if (args.Length == 0 || args[0] is "-h" or "--help")
    {
        Console.Error.WriteLine(Usage);
        return args.Length == 0 ? 2 : 0;
    }

    if (!string.Equals(args[0], "gazetteer", StringComparison.Ordinal))
    {
        throw new PolemosException(ErrorCode.BadArgument, $"unknown pack '{args[0]}' ({Usage})");
    }

    string? input = null, output = null;
    for (int i = 1; i < args.Length; i++)
    {
        string value = i + 1 < args.Length ? args[i + 1] : throw new PolemosException(ErrorCode.BadArgument, $"{args[i]} needs a value ({Usage})");
        switch (args[i])
        {
            case "--in":
                input = value;
                break;
            case "--out":
                output = value;
                break;
            default:
                throw new PolemosException(ErrorCode.BadArgument, $"unknown option '{args[i]}' ({Usage})");
        }

        i++;
    }

    if (input is null || output is null)
    {
        throw new PolemosException(ErrorCode.BadArgument, $"--in and --out are both needed ({Usage})");
    }

    if (!Directory.Exists(input))
    {
        throw new PolemosException(ErrorCode.DataMissing, $"gazetteer folder not found: {input}");
    }

    byte[] pack = GazetteerPack.Build(input);

    // Read it back before it replaces anything: a pack the engine cannot load is never written.
    var check = PackGazetteer.FromBytes(pack, output);

    // Written beside the target and renamed, so that an interrupted build never leaves half a pack.
    string full = Path.GetFullPath(output);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    string temporary = full + ".tmp";
    File.WriteAllBytes(temporary, pack);
    File.Move(temporary, full, overwrite: true);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wrote {output}: {check.Count} entries, {check.Keys.Count()} keys, {pack.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(pack))}"));
    return 0;
}
catch (PolemosException e)
{
    Console.Error.WriteLine($"error PLM{(int)e.Code:D3}: {e.Message.ReplaceLineEndings(" ")}");
    return e.Code == ErrorCode.BadArgument ? 2 : 3;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error PLM{(int)ErrorCode.DataInvalid:D3}: {e.Message.ReplaceLineEndings(" ")}");
    return 3;
}
