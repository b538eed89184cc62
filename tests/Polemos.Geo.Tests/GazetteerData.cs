using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>The committed gazetteer, read from its TSV files and compiled into a pack in a temporary folder, once per run.</summary>
public static class GazetteerData
{
    /// <summary>data/gazetteer of the repository the tests run in.</summary>
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<TsvGazetteer> LazyTsv = new(() => TsvGazetteer.Load(Folder));
    private static readonly Lazy<byte[]> LazyPackBytes = new(() => GazetteerPack.Build(Folder));
    private static readonly Lazy<PackGazetteer> LazyPack = new(() =>
    {
        string path = Path.Combine(Path.GetTempPath(), "polemos-geo-" + Guid.NewGuid().ToString("N"), GazetteerPack.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, LazyPackBytes.Value);
        var pack = PackGazetteer.Load(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return pack;
    });

    public static TsvGazetteer Tsv => LazyTsv.Value;

    public static PackGazetteer Pack => LazyPack.Value;

    public static byte[] PackBytes => LazyPackBytes.Value;

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "gazetteer");
            if (File.Exists(Path.Combine(candidate, "places.tsv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no data/gazetteer/places.tsv above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fresh folder per test, removed afterwards.</summary>
public abstract class TempFolder : IDisposable
{
    protected TempFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "polemos-geo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    protected string Folder { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Copies the committed TSV files into the folder, so a test may change them.</summary>
    protected void CopySources()
    {
        foreach (string file in GazetteerPack.SourceFiles)
        {
            File.Copy(Path.Combine(GazetteerData.Folder, file), Path.Combine(Folder, file));
        }
    }

    protected string WritePack(byte[] bytes, string name = GazetteerPack.FileName)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected static PolemosException AssertInvalid(Action action)
    {
        var e = Assert.Throws<PolemosException>(action);
        Assert.Equal(ErrorCode.DataInvalid, e.Code);
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }
}
