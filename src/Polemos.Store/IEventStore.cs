namespace Polemos.Store;

/// <summary>
/// The event store (SPEC §3–4): articles and the records extracted from them go in, merged events with every report
/// behind them come out. One interface, two backends (SQLite by default, PostgreSQL for a shared server), both held to
/// the same test suite. Every write is a transaction: a crash loses nothing already committed.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Where the store lives, for messages (a file path, or a PostgreSQL URL without its password).</summary>
    string Location { get; }

    /// <summary>
    /// Whether an article with this content hash (<see cref="ContentHash.Of"/> over its normalised text) is stored, so
    /// a caller can skip extracting it again.
    /// </summary>
    Task<bool> ContainsArticleAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores articles and their records, merging each record into a known event or starting a new one. Each article is
    /// all or nothing; an article already stored (same content hash) changes nothing and comes back as a duplicate.
    /// Outcomes are in the order of <paramref name="articles"/>.
    /// </summary>
    Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ArticleSubmission> articles, CancellationToken cancellationToken = default);

    /// <summary>Events matching the query, newest event date first, then by event id.</summary>
    Task<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>One event with its sources and evidence (deleted events too, flagged), or null when unknown.</summary>
    Task<StoredEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>One article with the normalised text that evidence offsets point into, or null when unknown.</summary>
    Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Why the event holds the reports it holds: one decision per report, and how its tolls were reconciled.</summary>
    Task<MergeExplanation?> ExplainAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Applies a review action (accept, edit a field, reject, merge, split) and records it in the audit trail.</summary>
    Task<ReviewOutcome> ReviewAsync(ReviewAction action, CancellationToken cancellationToken = default);

    /// <summary>The audit trail of one event, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deletions feed (ACLED-style retractions): events removed by review or merged into another, oldest first,
    /// optionally only those deleted at or after <paramref name="since"/>.
    /// </summary>
    Task<IReadOnlyList<DeletedEvent>> GetDeletionsAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>Counts of what the store holds.</summary>
    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
