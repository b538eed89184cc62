using Polemos.Events;
using Polemos.Geo;

namespace Polemos.Golden;

/// <summary>Finds the repository's folders from the test binary, and shares one engine across tests.</summary>
public static class TestData
{
    // The committed gazetteer subset, never the world pack: golden outputs must not depend on ./setup.sh having run.
    private static readonly Lazy<Engine> SharedEngine = new(() => Engine.Load(DataRoot, GazetteerPack.OpenSubset(Path.Combine(DataRoot, "gazetteer"))));

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DataRoot => Path.Combine(RepoRoot, "data");

    public static string CasesRoot => Path.Combine(RepoRoot, "tests", "Polemos.Golden", "cases");

    /// <summary>../shared beside the repository: third-party fixtures, present on developer machines and in CI.</summary>
    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static Engine Engine => SharedEngine.Value;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "lang")) && File.Exists(Path.Combine(dir.FullName, "Polemos.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (with data/lang and Polemos.slnx) not found above " + AppContext.BaseDirectory);
    }
}
