using System.Diagnostics;

namespace Polemos.Tests.Shared;

/// <summary>
/// Starts the `polemos` program (the polemos.dll copied beside the test assembly) in its own process, as a user or a
/// script would, and collects its exit code and output. Linked into every test project that runs the CLI.
/// </summary>
public static class PolemosProcess
{
    /// <summary>A start for `polemos ARGS` with redirected streams and the given environment variables.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "polemos.dll"));
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            psi.Environment[name] = value;
        }

        return psi;
    }

    /// <summary>Runs the process to its end with <paramref name="stdin"/> as its input; kills it after <paramref name="timeout"/>.</summary>
    public static (int Code, string Out, string Err) Run(ProcessStartInfo start, string? stdin, TimeSpan timeout)
    {
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"polemos did not finish within {timeout.TotalSeconds:F0} s: {string.Join(' ', start.ArgumentList.Skip(1))}");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
