using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;

namespace Polemos.Server.Tests;

/// <summary>The HTTP contract of SPEC §4, against a real server and a real SQLite store.</summary>
public sealed class ApiContractTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Uri U(string path) => new(path, UriKind.Relative);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [InlineData("api/articles")]
    [InlineData("api/extract")]
    [InlineData("api/events/some-id/accept")]
    [InlineData("api/events/some-id/edit")]
    public async Task Writes_without_the_token_get_401_and_change_nothing(string path)
    {
        // Given a store and no token
        using var body = new StringContent("""{"text": "Gunmen attacked a checkpoint in Mosul on Friday.", "reviewer": "x"}""", Encoding.UTF8, "application/json");

        // When the request is sent without a token, and with a wrong one
        using var bare = await _server.Client.PostAsync(U(path), body);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, U(path)) { Content = new StringContent("{}") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _server.Token + "x");
        using var wrongAnswer = await _server.Client.SendAsync(wrong);

        // Then both get 401 with a message, and nothing was stored
        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAnswer.StatusCode);
        Assert.Contains("token", (await Json(bare)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await _server.Store.GetStatsAsync()).Articles);
    }

    [Theory]
    [InlineData("since=notadate", "since")]
    [InlineData("until=2023-13-01", "until")]
    [InlineData("since=2023-05-01&until=2023-04-01", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("near=36.3,43.1", "near")]
    [InlineData("near=95,43.1,10", "near")]
    [InlineData("bbox=40,30,30,40", "bbox")]
    [InlineData("view=everything", "view")]
    [InlineData("format=xml", "format")]
    [InlineData("certainty=sure", "certainty")]
    [InlineData("contry=Syria", "contry")]
    public async Task Malformed_parameters_get_400_with_a_message_naming_them(string query, string named)
    {
        using var response = await _server.Client.GetAsync(U("api/events?" + query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string message = (await Json(response)).GetProperty("error").GetString()!;
        Assert.Contains(named, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_text_with_a_script_element_comes_back_as_escaped_text()
    {
        // Given the written articles, one of which carries <script> in its text
        await _server.IngestWrittenAsync();
        var page = await Json(await _server.Client.GetAsync(U("api/events?view=summary")));
        Assert.True(page.GetProperty("total").GetInt64() > 0);
        string? articleId = null;
        foreach (var e in page.GetProperty("events").EnumerateArray())
        {
            var full = await Json(await _server.Client.GetAsync(U("api/events/" + e.GetProperty("event_id").GetString())));
            foreach (var s in full.GetProperty("sources").EnumerateArray())
            {
                var article = await Json(await _server.Client.GetAsync(U("api/articles/" + s.GetProperty("source_id").GetString())));
                if (article.GetProperty("text").GetString()!.Contains("<script>", StringComparison.Ordinal))
                {
                    articleId = article.GetProperty("id").GetString();
                }
            }
        }

        Assert.NotNull(articleId);

        // When the article is fetched
        using var response = await _server.Client.GetAsync(U("api/articles/" + articleId));
        string raw = await response.Content.ReadAsStringAsync();

        // Then it is JSON whose string holds the element as characters, and the raw bytes never hold a tag
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>alert('polemos')</script>", JsonDocument.Parse(raw).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingesting_the_same_articles_twice_changes_nothing()
    {
        await _server.IngestWrittenAsync();
        var first = await _server.Store.GetStatsAsync();

        string again = await _server.IngestWrittenAsync();

        Assert.Equal(first, await _server.Store.GetStatsAsync());
        Assert.All(JsonDocument.Parse(again).RootElement.GetProperty("articles").EnumerateArray(), a => Assert.True(a.GetProperty("duplicate").GetBoolean()));
    }

    [Fact]
    public async Task Filters_and_paging_narrow_the_events()
    {
        await _server.IngestWrittenAsync();
        var all = await Json(await _server.Client.GetAsync(U("api/events?view=summary")));
        long total = all.GetProperty("total").GetInt64();
        Assert.True(total >= 2, all.ToString());

        var one = await Json(await _server.Client.GetAsync(U("api/events?view=summary&limit=1&offset=1")));
        var iraq = await Json(await _server.Client.GetAsync(U("api/events?view=summary&country=IQ")));
        var far = await Json(await _server.Client.GetAsync(U("api/events?view=summary&bbox=-80,-50,-60,-30")));
        var alleged = await Json(await _server.Client.GetAsync(U("api/events?view=summary&certainty=alleged")));

        Assert.Equal(total, one.GetProperty("total").GetInt64());
        Assert.Single(one.GetProperty("events").EnumerateArray());
        Assert.All(iraq.GetProperty("events").EnumerateArray(), e => Assert.Equal("IQ", e.GetProperty("iso2").GetString()));
        Assert.True(iraq.GetProperty("total").GetInt64() is > 0 and var n && n < total);
        Assert.Equal(0, far.GetProperty("total").GetInt64());
        Assert.All(alleged.GetProperty("events").EnumerateArray(), e => Assert.Equal("alleged", e.GetProperty("certainty").GetString()));
        Assert.True(alleged.GetProperty("total").GetInt64() is > 0 and var m && m < total);
    }

    [Fact]
    public async Task A_review_edit_is_kept_with_its_audit_entry()
    {
        await _server.IngestWrittenAsync();
        var first = (await Json(await _server.Client.GetAsync(U("api/events?view=summary&limit=1")))).GetProperty("events")[0];
        string id = first.GetProperty("event_id").GetString()!;

        using var body = new StringContent("""{"reviewer": "tester", "field": "fatalities", "value": "3", "comment": "recount"}""", Encoding.UTF8, "application/json");
        using var response = await _server.Writer.PostAsync(U($"api/events/{id}/edit"), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await Json(await _server.Client.GetAsync(U("api/events/" + id)));
        Assert.Equal(3, after.GetProperty("fatalities").GetInt32());
        Assert.Equal("edited", after.GetProperty("review").GetString());
        var audit = after.GetProperty("audit").EnumerateArray().Last();
        Assert.Equal(("edit", "fatalities", "3", "tester"), (audit.GetProperty("action").GetString(), audit.GetProperty("field").GetString(), audit.GetProperty("after").GetString(), audit.GetProperty("reviewer").GetString()));
    }

    [Fact]
    public async Task Review_actions_refuse_unknown_events_and_bodies_without_a_reviewer()
    {
        using var unknown = await _server.Writer.PostAsync(U("api/events/nope/accept"), new StringContent("""{"reviewer":"a"}"""));
        using var noReviewer = await _server.Writer.PostAsync(U("api/events/nope/accept"), new StringContent("{}"));
        using var notJson = await _server.Writer.PostAsync(U("api/events/nope/accept"), new StringContent("{reviewer"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task Extract_answers_records_with_evidence_without_storing()
    {
        using var body = new StringContent("""{"id": "x", "published": "2023-04-12", "text": "Russian warplanes carried out airstrikes on Idlib on Tuesday, killing seven civilians."}""");
        using var response = await _server.Writer.PostAsync(U("api/extract"), body);

        var article = (await Json(response)).GetProperty("articles")[0];
        var record = article.GetProperty("records")[0];
        Assert.Equal("Explosions/Remote violence", record.GetProperty("event_type").GetString());
        var evidence = record.GetProperty("evidence")[0];
        Assert.Equal(evidence.GetProperty("text").GetString(),
            article.GetProperty("text").GetString()![evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        Assert.Equal(0, (await _server.Store.GetStatsAsync()).Articles);
    }

    [Fact]
    public async Task Unknown_ids_get_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(U("api/events/nope"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(U("api/articles/nope"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(U("api/nothing"))).StatusCode);
    }

    [Fact]
    public async Task Exports_come_in_the_formats_of_polemos_events()
    {
        await _server.IngestWrittenAsync();
        using var csv = await _server.Client.GetAsync(U("api/events?format=csv"));
        using var geojson = await _server.Client.GetAsync(U("api/events?format=geojson"));
        using var acled = await _server.Client.GetAsync(U("api/events?format=acled-csv&country=Syria"));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("event_id", (await csv.Content.ReadAsStringAsync()).Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal("FeatureCollection", (await Json(geojson)).GetProperty("type").GetString());
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        string[] acledLines = (await acled.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("event_type", acledLines[0], StringComparison.Ordinal);
        Assert.Equal(2, acledLines.Length);
        Assert.Contains("Idlib", acledLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_route()
    {
        var doc = await Json(await _server.Client.GetAsync(U("api/openapi.json")));
        var documented = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var routes = _server.Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal) && !r.Contains("**", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(routes);
        Assert.Subset(documented, routes);
    }

    [Fact]
    public async Task The_unfiltered_summary_list_follows_changes_made_here_and_by_other_programs()
    {
        // Given a page load that filled the server's summaries
        await _server.IngestWrittenAsync();
        var before = await Summaries();
        string rejected = before[0].GetProperty("event_id").GetString()!;
        string edited = before[1].GetProperty("event_id").GetString()!;

        // When one event is rejected and one edited through the API, and another program stores new events
        using var reject = await _server.Writer.PostAsync(U($"api/events/{rejected}/reject"), new StringContent("""{"reviewer":"t"}"""));
        using var edit = await _server.Writer.PostAsync(U($"api/events/{edited}/edit"), new StringContent("""{"reviewer":"t","field":"location","value":"Elsewhere"}"""));
        await _server.Store.IngestAsync(SyntheticEvents.Articles(5, 5));
        var after = await Summaries();

        // Then the list holds exactly what the store holds
        Assert.Equal((await _server.Store.GetStatsAsync()).Events, after.Count);
        Assert.DoesNotContain(after, e => e.GetProperty("event_id").GetString() == rejected);
        Assert.Equal("Elsewhere", after.Single(e => e.GetProperty("event_id").GetString() == edited).GetProperty("location").GetString());
        Assert.Equal(before.Count - 1 + 5, after.Count);
    }

    private async Task<List<JsonElement>> Summaries() =>
        [.. (await Json(await _server.Client.GetAsync(U("api/events?view=summary&limit=100000")))).GetProperty("events").EnumerateArray()];
}
