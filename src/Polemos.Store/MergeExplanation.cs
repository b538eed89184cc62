namespace Polemos.Store;

/// <summary>Why an event holds its reports (<c>polemos events --id X --why</c>).</summary>
public sealed record MergeExplanation(string EventId, IReadOnlyList<MergeDecision> Decisions, string? TollRule);

/// <summary>
/// How one report came into the event: it founded it, or it was linked to it with a score over the listed checks, or a
/// reviewer moved it. <see cref="Checks"/> holds each check with its outcome (e.g. <c>type: same sub-event type</c>,
/// <c>distance: 3.2 km ≤ 25 km</c>), in the order they were made.
/// </summary>
public sealed record MergeDecision(
    string ReportId,
    string ArticleId,
    string Decision,
    double Score,
    IReadOnlyList<string> Checks,
    DateTimeOffset At);
