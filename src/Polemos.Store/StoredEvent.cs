using Polemos.Core;

namespace Polemos.Store;

/// <summary>
/// A merged event as stored: the record (SPEC §1, with every source and every report's evidence; evidence
/// <c>source_id</c>s are store article ids) and the store's bookkeeping about it.
/// </summary>
public sealed record StoredEvent(
    ExtractedRecord Record,
    EventStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public string EventId => Record.EventId;

    /// <summary>The reports (one extracted record of one article each) merged into this event.</summary>
    public IReadOnlyList<string> ReportIds { get; init; } = [];

    /// <summary>Fields a reviewer set by hand; they win over what the reports say.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>How the tolls were reconciled across the reports.</summary>
    public string? TollRule { get; init; }
}

/// <summary>Where an event stands in review.</summary>
public enum EventStatus
{
    /// <summary>As extracted and merged; no reviewer has looked at it.</summary>
    Unreviewed = 0,

    /// <summary>A reviewer accepted it.</summary>
    Accepted = 1,

    /// <summary>Rejected by review or merged into another event; listed in the deletions feed.</summary>
    Deleted = 2,
}

/// <summary>An entry of the deletions feed: an event id that users may hold and should drop.</summary>
public sealed record DeletedEvent(string EventId, DateTimeOffset DeletedAt, string Reason, string? MergedInto);
