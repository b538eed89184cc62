using System.Security.Cryptography;
using System.Text;
using Polemos.Core;
using Polemos.Store.Merging;

namespace Polemos.Store.Sql;

/// <summary>
/// Stores one article and merges each of its records into the best-matching live event (<see cref="ReportMatcher"/>),
/// or founds a new event whose id is derived from the founding report, so ids are stable and reproducible. Runs
/// inside the caller's write transaction.
/// </summary>
public sealed class ArticleIngester(SqlSession session, EventRows events)
{
    private const int MaxRejectionsExplained = 8;

    private static readonly Dictionary<string, string?> NoOverrides = new(StringComparer.Ordinal);

    private static readonly HashSet<string> NoArticles = new(StringComparer.Ordinal);

    public async Task<IngestOutcome> IngestAsync(ArticleSubmission article, CancellationToken ct)
    {
        string hash = article.ContentHash;
        string articleId = ContentHash.ArticleId(hash);
        if (await session.ScalarAsync("SELECT 1 FROM articles WHERE content_hash = @h", ct, ("@h", hash)).ConfigureAwait(false) is not null)
        {
            return new IngestOutcome(articleId, true, 0, 0, 0, []);
        }

        long now = session.NowMs;
        string? published = article.Published is DateOnly d ? EventRows.Iso(d) : null;
        await session.ExecuteAsync(
            "INSERT INTO articles (id, content_hash, source_id, url, title, publisher, published, language, text, folded, ingested_at) " +
            "VALUES (@id, @h, @src, @url, @title, @pub, @date, @lang, @text, @folded, @now)",
            ct,
            ("@id", articleId), ("@h", hash), ("@src", article.SourceId), ("@url", article.Url), ("@title", article.Title),
            ("@pub", article.Publisher), ("@date", published), ("@lang", article.Language), ("@text", article.Text),
            ("@folded", session.Dialect.StoresFoldedText ? TextFold.Fold((article.Title ?? string.Empty) + "\n" + article.Text) : null),
            ("@now", now)).ConfigureAwait(false);
        var source = new SourceRef(articleId, article.Url, article.Publisher, published, article.Language, article.Title);
        int created = 0, merged = 0, updated = 0;
        var eventIds = new List<string>();
        for (int i = 0; i < article.Records.Count; i++)
        {
            var record = Rehome(article.Records[i], articleId, source);
            string reportId = StoredReport.IdFor(articleId, i);
            var (eventId, decision) = await LinkAsync(record, articleId, reportId, eventIds, now, ct).ConfigureAwait(false);
            var before = decision.Decision == MergeDecisions.Founded ? null : await events.LoadAsync(eventId, ct).ConfigureAwait(false);
            await session.ExecuteAsync(
                "INSERT INTO reports (id, article_id, event_id, kind, record_json, decision_json) VALUES (@id, @a, @e, @k, @json, @why)",
                ct,
                ("@id", reportId), ("@a", articleId), ("@e", eventId), ("@k", record.Kind), ("@json", StoreJson.Write(record)), ("@why", StoreJson.Write(decision))).ConfigureAwait(false);
            var after = await events.SaveAsync(eventId, before?.Overrides ?? NoOverrides, before?.Status ?? EventStatus.Unreviewed, ct).ConfigureAwait(false);
            if (before is null)
            {
                created++;
            }
            else if (Changed(before.Record, after))
            {
                updated++;
            }
            else
            {
                merged++;
            }

            eventIds.Add(eventId);
        }

        return new IngestOutcome(articleId, false, created, merged, updated, eventIds);
    }

    private async Task<(string EventId, MergeDecision Decision)> LinkAsync(ExtractedRecord record, string articleId, string reportId, List<string> eventsOfArticle, long now, CancellationToken ct)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(now);
        (string Id, MatchResult Match)? best = null;
        var rejected = new List<string>();
        foreach (var (id, candidate) in await events.CandidatesAsync(record, ct).ConfigureAwait(false))
        {
            // The article is new, so the only events holding one of its reports are those its earlier records joined.
            var match = ReportMatcher.Match(record, articleId, candidate, eventsOfArticle.Contains(id) ? ThisArticle(articleId) : NoArticles);
            if (!match.Linked)
            {
                if (rejected.Count < MaxRejectionsExplained)
                {
                    rejected.Add($"not {id}: {match.Checks[^1]}");
                }
            }
            else if (best is null || match.Score > best.Value.Match.Score)
            {
                best = (id, match);
            }
        }

        if (best is { } b)
        {
            return (b.Id, new MergeDecision(reportId, articleId, MergeDecisions.Linked, b.Match.Score, [.. b.Match.Checks, .. rejected], at));
        }

        string eventId = NewEventId(reportId);
        var why = rejected.Count == 0 ? ["no live event of this kind dated nearby"] : rejected;
        return (eventId, new MergeDecision(reportId, articleId, MergeDecisions.Founded, 1, why, at));
    }

    private static HashSet<string> ThisArticle(string articleId) => new(StringComparer.Ordinal) { articleId };

    /// <summary>An event id derived from the report that founds the event (or from the reports split into it).</summary>
    public static string NewEventId(string seed) =>
        "ev" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];

    /// <summary>A copy of the record whose source ids and sources name the stored article.</summary>
    private static ExtractedRecord Rehome(ExtractedRecord record, string articleId, SourceRef source)
    {
        var copy = StoreJson.Copy(record);
        copy.SourceId = articleId;
        copy.Evidence = [.. copy.Evidence.Select(e => e with { SourceId = articleId })];
        copy.Sources = [source];
        return copy;
    }

    private static bool Changed(ExtractedRecord a, ExtractedRecord b) =>
        a.Fatalities != b.Fatalities || a.FatalitiesLow != b.FatalitiesLow || a.FatalitiesHigh != b.FatalitiesHigh
        || a.Wounded != b.Wounded || a.Captured != b.Captured || a.EventDate != b.EventDate || a.Location != b.Location
        || a.SubEventType != b.SubEventType || a.Actor1 != b.Actor1 || a.Actor2 != b.Actor2 || a.Certainty != b.Certainty;
}

/// <summary>The decisions a report can come into an event by.</summary>
public static class MergeDecisions
{
    public const string Founded = "founded";
    public const string Linked = "linked";
    public const string Moved = "moved by review";
}
