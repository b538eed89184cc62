using Microsoft.Playwright;

namespace Polemos.Server.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright: no browser is downloaded; the executable is /usr/bin/chromium, run headless
/// in a fresh profile folder. Screenshots go to artifacts/e2e at the repository root.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Browser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? Missing() =>
        !File.Exists(Executable) ? $"{Executable} is absent (apt-get install chromium; .ci/run installs it)"
        : WebRoot.Find() is null ? "the web page is not built (./setup.sh builds web/dist)"
        : null;

    public static async Task<Browser> LaunchAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        string profile = Path.Combine(Path.GetTempPath(), "polemos-chromium-" + Guid.NewGuid().ToString("N"));
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = Flags,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        return new Browser(playwright, context, profile);
    }

    /// <summary>The folder for screenshots and figures: artifacts/e2e under the repository root.</summary>
    public static string ArtifactsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Polemos.slnx")))
        {
            dir = dir.Parent;
        }

        string folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "e2e");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp cleaner takes it.
        }
    }
}
