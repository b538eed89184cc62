using System.Diagnostics;
using System.Globalization;
using System.Text;
using Polemos.Tests.Shared;

namespace Polemos.Store.Tests;

/// <summary>Runs the `polemos` program in its own process, as a user or a script would.</summary>
public static class CliProcess
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static ProcessStartInfo StartInfo(params string[] args) =>
        PolemosProcess.StartInfo(new Dictionary<string, string> { ["POLEMOS_DATA"] = Path.Combine(RepoRoot, "data") }, args);

    public static (int Code, string Out, string Err) Run(params string[] args) => PolemosProcess.Run(StartInfo(args), null, TimeSpan.FromSeconds(120));

    /// <summary>Runs two `polemos` commands at the same time and returns each one's exit code and standard error.</summary>
    public static async Task<((int Code, string Err) First, (int Code, string Err) Second)> RunTogetherAsync(string[] first, string[] second)
    {
        using var a = Process.Start(StartInfo(first))!;
        using var b = Process.Start(StartInfo(second))!;
        a.StandardInput.Close();
        b.StandardInput.Close();
        var outputs = await Task.WhenAll(a.StandardOutput.ReadToEndAsync(), b.StandardOutput.ReadToEndAsync(), a.StandardError.ReadToEndAsync(), b.StandardError.ReadToEndAsync());
        await Task.WhenAll(a.WaitForExitAsync(), b.WaitForExitAsync());
        return ((a.ExitCode, outputs[2]), (b.ExitCode, outputs[3]));
    }

    /// <summary>
    /// JSON lines of <paramref name="count"/> short, distinct conflict reports (ids <c>prefix-n</c>), written by the
    /// tests themselves: the store must hold each exactly once however the ingest is interrupted.
    /// </summary>
    public static string WriteReports(string path, string prefix, int start, int count)
    {
        string[] towns = ["Aleppo", "Homs", "Idlib", "Deir ez-Zor", "Raqqa", "Hama", "Daraa"];
        var sb = new StringBuilder();
        for (int i = start; i < start + count; i++)
        {
            string town = towns[i % towns.Length];
            string day = (1 + (i % 27)).ToString("00", CultureInfo.InvariantCulture);
            string text = string.Create(CultureInfo.InvariantCulture, $"Clashes between the Syrian army and Islamic State fighters killed {2 + (i % 40)} people in {town} on Monday, report number {i}.");
            sb.Append(string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{prefix}}-{{i}}","title":"Fighting in {{town}}","text":"{{text}}","published":"2026-10-{{day}}","language":"en"}"""));
            sb.Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "lang")) && File.Exists(Path.Combine(dir.FullName, "Polemos.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
