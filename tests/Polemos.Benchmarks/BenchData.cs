using System.Text;

namespace Polemos.Benchmarks;

/// <summary>
/// Texts the project owns: the golden case inputs under tests/Polemos.Golden/cases (written by the team). Never the
/// third-party fixtures under ../shared.
/// </summary>
public static class BenchData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DataRoot => Path.Combine(RepoRoot, "data");

    public static string CasesRoot => Path.Combine(RepoRoot, "tests", "Polemos.Golden", "cases");

    /// <summary>The input texts of one language's golden cases, in a stable order.</summary>
    public static IReadOnlyList<string> CaseTexts(string language) =>
        Directory.GetFiles(Path.Combine(CasesRoot, language), "input.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();

    /// <summary>The language's case texts joined, repeated as needed and cut at a space to about <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string TextOfSize(string language, int bytes)
    {
        var texts = CaseTexts(language);
        var sb = new StringBuilder();
        for (int i = 0; Encoding.UTF8.GetByteCount(sb.ToString()) < bytes; i++)
        {
            sb.Append(texts[i % texts.Count]).Append("\n\n");
        }

        string s = sb.ToString();
        while (Encoding.UTF8.GetByteCount(s) > bytes)
        {
            int cut = s.LastIndexOf(' ', s.Length - 2);
            s = cut > 0 ? s[..cut] : s[..^1];
        }

        return s;
    }

    /// <summary>One golden case input, by language and case folder.</summary>
    public static string Case(string language, string id) => File.ReadAllText(Path.Combine(CasesRoot, language, id, "input.txt"));

    private static string FindRepoRoot()
    {
        // BenchmarkDotNet runs each benchmark in a generated child process under artifacts/, inside the checkout;
        // the working directory is tried as well, and $POLEMOS_ROOT wins over both.
        string? env = Environment.GetEnvironmentVariable("POLEMOS_ROOT");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Polemos.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "data", "lang")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"the Polemos checkout (Polemos.slnx, data/lang) is not above {AppContext.BaseDirectory}; set POLEMOS_ROOT");
    }
}
