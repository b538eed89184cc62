using System.Text.Json;
using System.Text.Json.Nodes;
using Polemos.Core;
using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// The JSON the API sends for events: a full view (every SPEC §1 field, evidence, sources, and the review state) and
/// a summary view with the fields the map, timeline and table need, small enough for tens of thousands of events.
/// </summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Where an event stands in review, as the page shows it: accepted, edited, rejected, or null.</summary>
    public static string? Review(StoredEvent e) => e.Status switch
    {
        EventStatus.Deleted => "rejected",
        EventStatus.Accepted => "accepted",
        _ when e.Overrides.Count > 0 => "edited",
        _ => null,
    };

    public static EventSummary Summary(StoredEvent e)
    {
        var r = e.Record;
        return new EventSummary(
            r.EventId, r.Kind, r.EventDate, r.EventType, r.SubEventType, r.Actor1, r.Actor2, r.Country, r.Iso2, r.Location,
            r.Latitude, r.Longitude, r.GeoPrecision, r.Fatalities, r.Certainty, Review(e));
    }

    /// <summary>The record with its review state; <paramref name="audit"/> and <paramref name="reports"/> when known.</summary>
    public static JsonObject Full(StoredEvent e, IReadOnlyList<AuditEntry>? audit = null, MergeExplanation? reports = null)
    {
        var node = JsonSerializer.SerializeToNode(e.Record, Options)!.AsObject();
        node["review"] = Review(e);
        node["status"] = e.Status.ToString().ToLowerInvariant();
        node["version"] = e.Version;
        node["created_at"] = e.CreatedAt;
        node["updated_at"] = e.UpdatedAt;
        node["overrides"] = JsonSerializer.SerializeToNode(e.Overrides, Options);
        node["toll_rule"] = e.TollRule;
        node["report_ids"] = JsonSerializer.SerializeToNode(e.ReportIds, Options);
        if (reports is not null)
        {
            node["reports"] = new JsonArray([.. reports.Decisions.Select(d => JsonSerializer.SerializeToNode(new ReportJson(d.ReportId, d.ArticleId, d.Decision, d.Score, d.Checks), Options))]);
        }

        if (audit is not null)
        {
            node["audit"] = new JsonArray([.. audit.Select(a => JsonSerializer.SerializeToNode(Audit(a), Options))]);
        }

        return node;
    }

    public static AuditJson Audit(AuditEntry a) =>
        new(a.Id, a.EventId, a.Action, a.Field, a.OldValue, a.NewValue, a.Reviewer, a.Comment, a.At);

    public static ArticleJson Article(StoredArticle a) =>
        new(a.Id, a.Url, a.Title, a.Publisher, a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Language, a.Text, a.IngestedAt);
}

/// <summary>One event as the map, timeline and table need it.</summary>
public sealed record EventSummary(
    string EventId, string Kind, string? EventDate, string? EventType, string? SubEventType, string? Actor1, string? Actor2,
    string? Country, string? Iso2, string? Location, double? Latitude, double? Longitude, int? GeoPrecision, int? Fatalities,
    string? Certainty, string? Review);

/// <summary>A report merged into an event, and why.</summary>
public sealed record ReportJson(string ReportId, string ArticleId, string Decision, double Score, IReadOnlyList<string> Checks);

/// <summary>One line of an event's audit trail: who changed what, when, from what to what.</summary>
public sealed record AuditJson(long Id, string EventId, string Action, string? Field, string? Before, string? After, string Reviewer, string? Comment, DateTimeOffset At);

/// <summary>A stored article with the normalised text its evidence offsets point into.</summary>
public sealed record ArticleJson(string Id, string? Url, string? Title, string? Publisher, string? Published, string Language, string Text, DateTimeOffset IngestedAt);
