using Polemos.Core;
using static Polemos.Store.Tests.Reports;

namespace Polemos.Store.Tests;

/// <summary>
/// The behaviour every backend must show. Each backend's test class derives from this one and only says how to open
/// a fresh, empty store; the same tests then run against SQLite and PostgreSQL.
/// </summary>
public abstract class StoreContractTests : IAsyncDisposable
{
    private readonly List<IEventStore> _open = [];

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Opens the test's store (a fresh one the first time; the same one again after it was closed).</summary>
    protected abstract Task<IEventStore> OpenStoreAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _open)
        {
            await store.DisposeAsync();
        }

        await DisposeBackendAsync();
        GC.SuppressFinalize(this);
    }

    protected virtual Task DisposeBackendAsync() => Task.CompletedTask;

    protected async Task<IEventStore> OpenAsync()
    {
        var store = await OpenStoreAsync();
        _open.Add(store);
        return store;
    }

    private const string ClashEn = "Clashes in Aleppo\nFour fighters were killed in clashes between the army and Islamic State in Aleppo on Tuesday.";
    private const string ClashIt = "Scontri ad Aleppo\nSono saliti a cinque i morti negli scontri tra l'esercito e lo Stato islamico ad Aleppo.";
    private const string StrikeEn = "Air strike on Aleppo\nAn air strike hit a market in Aleppo.";

    private static ExtractedRecord Clash(string id, string text, int killed, string tollWord, string certainty = Certainty.Reported) =>
        Event(id, text, Taxonomy.ArmedClash, Aleppo, "2026-11-17", "Military Forces of Syria (2000-2024)", "Islamic State (Syria)", killed, tollWord, certainty);

    [SkippableFact]
    public async Task An_ingested_article_becomes_an_event_whose_evidence_points_into_the_stored_text()
    {
        var store = await OpenAsync();
        var outcome = (await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]))[0];

        Assert.False(outcome.Duplicate);
        Assert.Equal(1, outcome.EventsNew);
        var stored = await store.GetEventAsync(outcome.EventIds[0]);
        Assert.NotNull(stored);
        var article = await store.GetArticleAsync(outcome.ArticleId);
        Assert.NotNull(article);
        Assert.Equal(ClashEn, article.Text);
        Assert.Equal([outcome.ArticleId], stored.Record.Sources.Select(s => s.SourceId));
        Assert.Equal("Publisher en1", stored.Record.Sources[0].Publisher);
        Assert.All(stored.Record.Evidence, e =>
        {
            Assert.Equal(outcome.ArticleId, e.SourceId);
            Assert.Equal(e.Text, article.Text[e.Start..e.End]);
        });
    }

    [SkippableFact]
    public async Task The_same_article_twice_changes_nothing()
    {
        var store = await OpenAsync();
        var article = Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"));
        await store.IngestAsync([article]);
        var before = await store.GetStatsAsync();

        var again = (await store.IngestAsync([article with { SourceId = "copy.txt" }]))[0];

        Assert.True(again.Duplicate);
        Assert.True(await store.ContainsArticleAsync(article.ContentHash));
        Assert.Equal(before, await store.GetStatsAsync());
    }

    [SkippableFact]
    public async Task Reports_of_one_event_in_two_languages_merge_and_a_higher_later_toll_updates_it()
    {
        var store = await OpenAsync();
        var first = (await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]))[0];
        Clock.Advance(TimeSpan.FromHours(1));

        var second = (await store.IngestAsync([Article("it1", ClashIt, "it", "2026-11-19", Clash("it1", ClashIt, 5, "cinque"))]))[0];

        Assert.Equal(first.EventIds, second.EventIds);
        Assert.Equal(1, second.EventsUpdated);
        var stored = (await store.GetEventAsync(first.EventIds[0]))!;
        Assert.Equal(first.EventIds[0], stored.EventId);
        Assert.Equal(5, stored.Record.Fatalities);
        Assert.Equal(4, stored.Record.FatalitiesLow);
        Assert.Equal(5, stored.Record.FatalitiesHigh);
        Assert.Equal(["en", "it"], stored.Record.Sources.Select(s => s.Language));
        Assert.Equal(2, stored.ReportIds.Count);
        Assert.Contains("latest reported figure 5", stored.TollRule, StringComparison.Ordinal);
        Assert.Equal(2, stored.Version);
    }

    [SkippableFact]
    public async Task An_official_figure_wins_over_a_later_unofficial_one()
    {
        var store = await OpenAsync();
        await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four", Certainty.Confirmed))]);
        var later = (await store.IngestAsync([Article("it1", ClashIt, "it", "2026-11-19", Clash("it1", ClashIt, 5, "cinque"))]))[0];

        var stored = (await store.GetEventAsync(later.EventIds[0]))!;

        Assert.Equal(4, stored.Record.Fatalities);
        Assert.Equal(5, stored.Record.FatalitiesHigh);
        Assert.Contains("latest official figure 4", stored.TollRule, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Distinct_events_on_the_same_day_in_the_same_town_stay_apart()
    {
        var store = await OpenAsync();
        string bomb = "Bomb in Aleppo\nA roadside bomb exploded in Aleppo.";
        string otherClash = "Clashes in Aleppo\nThe SDF fought Turkish-backed factions in Aleppo.";
        await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]);

        var outcomes = await store.IngestAsync(
        [
            Article("s1", StrikeEn, "en", "2026-11-18", Event("s1", StrikeEn, Taxonomy.AirDroneStrike, Aleppo, "2026-11-17", "Military Forces of Russia (2000-)")),
            Article("b1", bomb, "en", "2026-11-18", Event("b1", bomb, Taxonomy.RemoteExplosive, Aleppo, "2026-11-17")),
            Article("c2", otherClash, "en", "2026-11-18", Event("c2", otherClash, Taxonomy.ArmedClash, Aleppo, "2026-11-17", "SDF: Syrian Democratic Forces", "Syrian National Army")),
        ]);

        Assert.All(outcomes, o => Assert.Equal(1, o.EventsNew));
        Assert.Equal(4, (await store.GetStatsAsync()).Events);
    }

    [SkippableFact]
    public async Task Reports_far_apart_in_place_or_time_stay_apart()
    {
        var store = await OpenAsync();
        string azaz = "Clashes in Azaz\nFighting in Azaz.";
        await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]);

        var outcomes = await store.IngestAsync(
        [
            Article("az", azaz, "en", "2026-11-18", Event("az", azaz, Taxonomy.ArmedClash, Azaz, "2026-11-17", "Military Forces of Syria (2000-2024)")),
            Article("late", ClashEn + " Later.", "en", "2026-11-28", Later(Clash("late", ClashEn + " Later.", 2, "Four"))),
        ]);

        Assert.All(outcomes, o => Assert.Equal(1, o.EventsNew));
    }

    private static ExtractedRecord Later(ExtractedRecord record)
    {
        record.EventDate = "2026-11-27";
        return record;
    }

    [SkippableFact]
    public async Task Queries_filter_by_country_dates_type_actor_certainty_place_and_text()
    {
        var store = await OpenAsync();
        string mosul = "Attentat à Mossoul\nUne explosion a tué trois civils près de la mosquée à Mosul, selon la sécurité irakienne.";
        string homs = "Protest in Homs\nHundreds protested in Homs.";
        await store.IngestAsync(
        [
            Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four")),
            Article("fr1", mosul, "fr", "2026-10-02", Event("fr1", mosul, Taxonomy.RemoteExplosive, Mosul, "2026-10-01", fatalities: 3, tollWord: "trois", certainty: Certainty.Alleged)),
            Article("h1", homs, "en", "2026-11-05", Event("h1", homs, Taxonomy.PeacefulProtest, Homs, "2026-11-05", "Protesters (Syria)")),
        ]);

        async Task<string[]> Locations(EventQuery q) => [.. (await store.QueryEventsAsync(q)).Events.Select(e => e.Record.Location!)];

        Assert.Equal(["Aleppo", "Homs", "Mosul"], await Locations(new EventQuery()));
        Assert.Equal(["Aleppo", "Homs"], await Locations(new EventQuery { Country = "sy" }));
        Assert.Equal(["Mosul"], await Locations(new EventQuery { Country = "IRAQ" }));
        Assert.Equal(["Homs"], await Locations(new EventQuery { Since = new DateOnly(2026, 11, 1), Until = new DateOnly(2026, 11, 10) }));
        Assert.Equal(["Aleppo"], await Locations(new EventQuery { Type = "battles" }));
        Assert.Equal(["Aleppo", "Mosul"], await Locations(new EventQuery { Type = "Political violence" }));
        Assert.Equal(["Homs"], await Locations(new EventQuery { Type = "Peaceful protest" }));
        Assert.Equal(["Aleppo"], await Locations(new EventQuery { Actor = "islamic state" }));
        Assert.Equal(["Mosul"], await Locations(new EventQuery { Certainty = Certainty.Alleged }));
        Assert.Equal(["Aleppo", "Homs"], await Locations(new EventQuery { Certainty = Certainty.Reported }));
        Assert.Empty(await Locations(new EventQuery { Certainty = Certainty.Denied }));
        Assert.Equal(["Aleppo"], await Locations(new EventQuery { Near = new GeoCircle(36.3, 37.2, 30) }));
        Assert.Equal(["Aleppo", "Homs"], await Locations(new EventQuery { Box = new GeoBox(34, 36, 37, 38) }));
        Assert.Equal(["Mosul"], await Locations(new EventQuery { Text = "securite irakienne" }));
        Assert.Equal(["Mosul"], await Locations(new EventQuery { Text = "Sécurité" }));
        Assert.Empty(await Locations(new EventQuery { Text = "\"unbalanced AND (" }));
        var page = await store.QueryEventsAsync(new EventQuery { Limit = 1, Offset = 1 });
        Assert.Equal(3, page.Total);
        Assert.Equal("Homs", Assert.Single(page.Events).Record.Location);
        Assert.Throws<PolemosException>(() => store.QueryEventsAsync(new EventQuery { Type = "Picnic" }).GetAwaiter().GetResult());
    }

    [SkippableFact]
    public async Task A_review_edit_survives_a_new_source_and_is_audited()
    {
        var store = await OpenAsync();
        string id = (await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]))[0].EventIds[0];

        await store.ReviewAsync(new EditEventField(id, "fatalities", "7", "ana", "ministry figure"));
        await store.ReviewAsync(new AcceptEvent(id, "ana"));
        await store.IngestAsync([Article("it1", ClashIt, "it", "2026-11-19", Clash("it1", ClashIt, 5, "cinque"))]);

        var stored = (await store.GetEventAsync(id))!;
        Assert.Equal(7, stored.Record.Fatalities);
        Assert.Equal(EventStatus.Accepted, stored.Status);
        Assert.Equal(2, stored.ReportIds.Count);
        var audit = await store.GetAuditAsync(id);
        Assert.Equal([ReviewActions.Edit, ReviewActions.Accept], audit.Select(a => a.Action));
        Assert.Equal(("fatalities", "4", "7", "ministry figure"), (audit[0].Field, audit[0].OldValue, audit[0].NewValue, audit[0].Comment));
        await Assert.ThrowsAsync<PolemosException>(() => store.ReviewAsync(new EditEventField(id, "fatalities", "many", "ana")));
        await Assert.ThrowsAsync<PolemosException>(() => store.ReviewAsync(new EditEventField(id, "evidence", "[]", "ana")));
    }

    [SkippableFact]
    public async Task A_rejected_event_leaves_queries_and_enters_the_deletions_feed()
    {
        var store = await OpenAsync();
        string id = (await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]))[0].EventIds[0];
        Clock.Advance(TimeSpan.FromMinutes(5));

        await store.ReviewAsync(new RejectEvent(id, "ana", "not an event"));

        Assert.Empty((await store.QueryEventsAsync(new EventQuery())).Events);
        var deleted = Assert.Single(await store.GetDeletionsAsync());
        Assert.Equal(id, deleted.EventId);
        Assert.Equal(Clock.GetUtcNow(), deleted.DeletedAt);
        Assert.Empty(await store.GetDeletionsAsync(Clock.GetUtcNow().AddSeconds(1)));
        Assert.Equal(EventStatus.Deleted, (await store.GetEventAsync(id))!.Status);
        await Assert.ThrowsAsync<PolemosException>(() => store.ReviewAsync(new AcceptEvent(id, "ana")));
    }

    [SkippableFact]
    public async Task Merging_and_splitting_by_review_move_reports_and_keep_every_source()
    {
        var store = await OpenAsync();
        string azaz = "Clashes in Azaz\nFighting in Azaz.";
        var outcomes = await store.IngestAsync(
        [
            Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four")),
            Article("az", azaz, "en", "2026-11-18", Event("az", azaz, Taxonomy.ArmedClash, Azaz, "2026-11-17", "Military Forces of Syria (2000-2024)")),
        ]);
        string a = outcomes[0].EventIds[0], b = outcomes[1].EventIds[0];

        await store.ReviewAsync(new MergeEvents(a, [b], "ana", "same battle"));

        var merged = (await store.GetEventAsync(a))!;
        Assert.Equal(2, merged.Record.Sources.Count);
        Assert.Equal(a, Assert.Single(await store.GetDeletionsAsync()).MergedInto);
        var split = await store.ReviewAsync(new SplitEvent(a, [merged.ReportIds[1]], "ana"));
        string newId = split.EventIds[1];
        Assert.Single((await store.GetEventAsync(a))!.ReportIds);
        Assert.Equal("Azaz", (await store.GetEventAsync(newId))!.Record.Location);
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery())).Total);
        Assert.Contains(await store.GetAuditAsync(a), e => e.Action == ReviewActions.Split && e.NewValue == newId);
        await Assert.ThrowsAsync<PolemosException>(() => store.ReviewAsync(new SplitEvent(a, [merged.ReportIds[0]], "ana")));
    }

    [SkippableFact]
    public async Task The_explanation_names_each_report_and_its_checks()
    {
        var store = await OpenAsync();
        string id = (await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]))[0].EventIds[0];
        await store.IngestAsync([Article("it1", ClashIt, "it", "2026-11-19", Clash("it1", ClashIt, 5, "cinque"))]);

        var why = (await store.ExplainAsync(id))!;

        Assert.Equal(["founded", "linked"], why.Decisions.Select(d => d.Decision));
        Assert.Contains(why.Decisions[1].Checks, c => c.StartsWith("place: Aleppo vs Aleppo, 0.00 km", StringComparison.Ordinal));
        Assert.Contains(why.Decisions[1].Checks, c => c.StartsWith("score:", StringComparison.Ordinal));
        Assert.NotNull(why.TollRule);
        Assert.Null(await store.ExplainAsync("nope"));
    }

    [SkippableFact]
    public async Task Merging_is_deterministic_and_event_ids_are_reproducible()
    {
        var first = await RunScriptAsync(await OpenAsync());
        var again = await RunScriptAsync(await OpenSecondAsync());

        Assert.Equal(first, again);

        async Task<List<string>> RunScriptAsync(IEventStore store)
        {
            await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]);
            await store.IngestAsync([Article("it1", ClashIt, "it", "2026-11-19", Clash("it1", ClashIt, 5, "cinque"))]);
            return [.. (await store.QueryEventsAsync(new EventQuery())).Events.Select(e => e.EventId + " " + e.Record.Fatalities)];
        }
    }

    [SkippableFact]
    public async Task Reopening_keeps_everything_and_the_schema_is_versioned()
    {
        var store = await OpenAsync();
        await store.IngestAsync([Article("en1", ClashEn, "en", "2026-11-18", Clash("en1", ClashEn, 4, "Four"))]);
        await store.DisposeAsync();
        _open.Remove(store);

        var reopened = await OpenAsync();
        var stats = await reopened.GetStatsAsync();

        Assert.Equal((1, 1, 1), (stats.Articles, stats.Reports, stats.Events));
        Assert.True(stats.SchemaVersion >= 1);
    }

    /// <summary>A second, independent empty store (for comparisons); backends that cannot give one skip.</summary>
    protected abstract Task<IEventStore> OpenSecondAsync();
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
