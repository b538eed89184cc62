using Polemos.Core;

namespace Polemos.Store;

/// <summary>
/// One extracted article handed to the store. <see cref="Text"/> is the normalised text (the pipeline's
/// <c>Document.Text</c>) that the records' evidence offsets point into; <see cref="SourceId"/> is the id those records
/// carry (the input file's name or a JSON-lines <c>id</c>). The store gives the article its own id, derived from the
/// content hash, and rewrites the records' <c>source_id</c> to it, so that ids never collide across inputs.
/// </summary>
public sealed record ArticleSubmission(
    string SourceId,
    string Text,
    string Language,
    IReadOnlyList<ExtractedRecord> Records)
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Publisher { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>SHA-256 of the normalised text: the key that makes ingest idempotent.</summary>
    public string ContentHash => Store.ContentHash.Of(Text);
}

/// <summary>What ingesting one article did.</summary>
public sealed record IngestOutcome(
    string ArticleId,
    bool Duplicate,
    int EventsNew,
    int EventsMerged,
    int EventsUpdated,
    IReadOnlyList<string> EventIds);

/// <summary>An article as stored.</summary>
public sealed record StoredArticle(
    string Id,
    string ContentHash,
    string? Url,
    string? Title,
    string? Publisher,
    DateOnly? Published,
    string Language,
    string Text,
    DateTimeOffset IngestedAt)
{
    /// <summary>The article as a source reference of an event (SPEC §1 <c>sources</c>).</summary>
    public SourceRef ToSource() => new(Id, Url, Publisher, Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Language, Title);
}

/// <summary>Counts of what a store holds.</summary>
public sealed record StoreStats(long Articles, long Reports, long Events, long DeletedEvents, int SchemaVersion);
