using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Polemos.Server.Tests;

/// <summary>
/// The analyst's page in a real browser: markers on the map, a filter by type reflected in the URL, an event's
/// evidence highlighted in its source text, article text with a script element shown as text, and a review edit
/// that survives a reload. Screenshots are saved to artifacts/e2e.
/// </summary>
public sealed class PageTests
{
    /// <summary>../shared/fixtures/seed beside the repository (or beside the folder of worktrees).</summary>
    private static readonly string? SeedFolder = new[] { "..", Path.Combine("..", "..") }
        .Select(up => Path.GetFullPath(Path.Combine(Browser.ArtifactsFolder(), "..", "..", up, "shared", "fixtures", "seed")))
        .FirstOrDefault(Directory.Exists);

    [SkippableFact]
    public async Task An_analyst_filters_reads_the_evidence_and_reviews_an_event()
    {
        string? missing = Browser.Missing();
        Skip.If(missing is not null, missing);
        await using var server = await RunningServer.StartAsync();
        await server.IngestWrittenAsync();
        bool seeded = await IngestSeedAsync(server);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        bool dialog = false;
        page.Dialog += async (_, d) => { dialog = true; await d.DismissAsync(); };
        string shots = Browser.ArtifactsFolder();

        // The map shows markers for the stored events
        await page.GotoAsync(new Uri(server.Address, "#token=" + server.Token).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        int markers = await page.Locator(".leaflet-marker-icon").CountAsync();
        Assert.True(markers > 0, "no markers on the map");
        Assert.True(await page.EvaluateAsync<int>("() => document.querySelectorAll('#events tbody tr').length") >= (seeded ? 3 : 2));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "1-map.png") });

        // Filtering by type keeps only that type, in the table and in the URL
        await page.SelectOptionAsync("select[name=type]", "Protests");
        Assert.Contains("type=Protests", page.Url, StringComparison.Ordinal);
        var types = await page.Locator("#events tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("Protests", t));
        Assert.InRange(await page.Locator(".leaflet-marker-icon").CountAsync(), 1, markers);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "2-filtered-protests.png") });

        // An event opens with every field and its evidence highlighted and labelled in the source text
        await page.Locator("#events tbody tr").First.ClickAsync();
        await page.WaitForSelectorAsync("#panel .article-text mark[data-field]");
        Assert.True(await page.Locator("#panel .evidence-label").CountAsync() > 0);
        Assert.Equal(32, await page.Locator("#panel table.fields tr").CountAsync());
        Assert.Contains("event=", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "3-evidence.png") });

        // Article text holding a script element shows it as text and never runs it
        await page.ClickAsync("#clear");
        await page.FillAsync("input[name=actor]", "");
        await page.Locator("#events tbody tr", new() { HasText = "Mosul" }).First.ClickAsync();
        var text = page.Locator("#panel .article-text", new() { HasText = "alert('polemos')" });
        await text.WaitForAsync();
        Assert.Contains("<script>alert('polemos')</script>", await text.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#panel script").CountAsync());
        Assert.False(dialog, "a script from an article ran");

        // A review edit is kept, with its audit entry, after a reload
        string id = (await page.Locator("#panel tr[data-field=event_id] td").TextContentAsync())!;
        await page.SelectOptionAsync("#panel select[name=field]", "fatalities");
        await page.FillAsync("#panel input[name=value]", "4");
        await page.ClickAsync("#panel form.edit button");
        await page.Locator("#panel .audit li", new() { HasText = "fatalities" }).WaitForAsync();
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Contains($"event={id}", page.Url, StringComparison.Ordinal);
        await page.Locator("#panel .audit li", new() { HasText = "fatalities" }).WaitForAsync();
        Assert.Equal("4", await page.Locator("#panel tr[data-field=fatalities] td").TextContentAsync());
        Assert.Contains("edited", await page.Locator("#panel .review-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("analyst", await page.Locator("#panel .audit li").Last.TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "4-review-after-reload.png") });
    }

    [SkippableFact]
    public async Task The_seed_article_shows_on_the_map_with_its_evidence()
    {
        string? missing = Browser.Missing() ?? (SeedFolder is null ? "../shared/fixtures/seed is absent" : null);
        Skip.If(missing is not null, missing);
        await using var server = await RunningServer.StartAsync();
        Assert.True(await IngestSeedAsync(server));
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SelectOptionAsync("select[name=country]", "Syria");

        Assert.Contains("country=Syria", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(".leaflet-marker-icon").CountAsync() > 0);
        await page.Locator("#events tbody tr").First.ClickAsync();
        await page.WaitForSelectorAsync("#panel .article-text mark[data-field]");
        Assert.True(await page.Locator("#panel .article-text mark").CountAsync() >= 3);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ArtifactsFolder(), "6-seed-evidence.png") });
    }

    /// <summary>Posts the seed article (../shared/fixtures/seed) with the date and language its gold file gives.</summary>
    private static async Task<bool> IngestSeedAsync(RunningServer server)
    {
        if (SeedFolder is null)
        {
            return false;
        }

        foreach (string gold in Directory.GetFiles(SeedFolder, "*.gold.json"))
        {
            var meta = JsonDocument.Parse(await File.ReadAllTextAsync(gold)).RootElement;
            string text = Directory.GetFiles(SeedFolder, Path.GetFileName(gold).Replace(".gold.json", ".*.txt", StringComparison.Ordinal)).Single();
            string query = $"api/articles?published={meta.GetProperty("published").GetString()}&language={meta.GetProperty("language").GetString()}";
            using var response = await server.Writer.PostAsync(new Uri(query, UriKind.Relative), new StringContent(await File.ReadAllTextAsync(text)));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        return true;
    }
}
