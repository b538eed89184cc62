using System.Globalization;
using Xunit.Abstractions;

namespace Polemos.Server.Tests;

/// <summary>
/// The page with 10,000 stored events, measured in the browser with performance.now(): time until the page is
/// interactive (events loaded and drawn on map, timeline and table) and the redraw after a filter change. The figures
/// are printed and written to artifacts/e2e/page-performance.txt (docs/benchmarks.md quotes them).
/// </summary>
public sealed class PagePerformanceTests(ITestOutputHelper output)
{
    private const int Events = 10_000;

    private const string ChangeType = """
        async (type) => {
          const select = document.querySelector('select[name=type]');
          const started = performance.now();
          select.value = type;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise(done => requestAnimationFrame(() => setTimeout(done)));
          return performance.now() - started;
        }
        """;

    [SkippableFact]
    public async Task Ten_thousand_events_load_and_redraw_in_the_browser()
    {
        string? missing = Browser.Missing();
        Skip.If(missing is not null, missing);
        await using var server = await RunningServer.StartAsync();
        await server.Store.IngestAsync(SyntheticEvents.Articles(Events, 100));
        Assert.Equal(Events, (await server.Store.GetStatsAsync()).Events);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        // Warm the server (the first query compiles its statements) as a running server would be.
        await page.GotoAsync(server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        var interactive = new List<double>();
        for (int run = 0; run < 3; run++)
        {
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("body[data-ready=true]");
            interactive.Add(await page.EvaluateAsync<double>("() => window.polemos.interactiveMs"));
            output.WriteLine(await page.EvaluateAsync<string>("() => JSON.stringify({ load: window.polemos.loadMs, redraw: window.polemos.lastRedraw, nav: performance.getEntriesByType('navigation')[0].toJSON() })"));
        }

        Assert.Contains($"{Events} of {Events} events", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".leaflet-marker-icon").CountAsync() > 10);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ArtifactsFolder(), "5-ten-thousand-events.png") });

        var redraw = new List<double>();
        foreach (string type in new[] { "Battles", "Protests", "Riots", "Air/drone strike", "", "Violence against civilians", "" })
        {
            redraw.Add(await page.EvaluateAsync<double>(ChangeType, type));
            output.WriteLine(await page.EvaluateAsync<string>("() => JSON.stringify(window.polemos.lastRedraw)"));
            int rows = await page.Locator("#events tbody tr").CountAsync();
            Assert.InRange(rows, 1, 100);
        }

        string report = string.Create(CultureInfo.InvariantCulture,
            $"events: {Events}\ntime to interactive (ms, 3 loads): {string.Join(", ", interactive.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}\n" +
            $"filter change redraw (ms, 7 changes): {string.Join(", ", redraw.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}\n" +
            $"median interactive {Median(interactive):F0} ms (target < 1000); median redraw {Median(redraw):F0} ms, max {redraw.Max():F0} ms (target < 200)\n");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Browser.ArtifactsFolder(), "page-performance.txt"), report);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
