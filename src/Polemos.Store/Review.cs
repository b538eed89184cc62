namespace Polemos.Store;

/// <summary>A review action on stored events; every action is written to the audit trail with its reviewer.</summary>
public abstract record ReviewAction(string EventId, string Reviewer, string? Comment);

/// <summary>Marks the event as checked by a person.</summary>
public sealed record AcceptEvent(string EventId, string Reviewer, string? Comment = null)
    : ReviewAction(EventId, Reviewer, Comment);

/// <summary>
/// Sets one field of the record by hand (a SPEC §1 field name such as <c>fatalities</c> or <c>actor1</c>); the value
/// survives later sources. A null value clears the field.
/// </summary>
public sealed record EditEventField(string EventId, string Field, string? Value, string Reviewer, string? Comment = null)
    : ReviewAction(EventId, Reviewer, Comment);

/// <summary>Deletes the event: it leaves query results and enters the deletions feed.</summary>
public sealed record RejectEvent(string EventId, string Reviewer, string? Comment = null)
    : ReviewAction(EventId, Reviewer, Comment);

/// <summary>Merges other events into <see cref="ReviewAction.EventId"/>; they are deleted with a pointer to it.</summary>
public sealed record MergeEvents(string EventId, IReadOnlyList<string> OtherEventIds, string Reviewer, string? Comment = null)
    : ReviewAction(EventId, Reviewer, Comment);

/// <summary>Moves the given reports out of the event into a new event of their own.</summary>
public sealed record SplitEvent(string EventId, IReadOnlyList<string> ReportIds, string Reviewer, string? Comment = null)
    : ReviewAction(EventId, Reviewer, Comment);

/// <summary>What a review action did: its audit entries and the events it touched (a split's new event included).</summary>
public sealed record ReviewOutcome(IReadOnlyList<AuditEntry> Entries, IReadOnlyList<string> EventIds);

/// <summary>One line of the audit trail.</summary>
public sealed record AuditEntry(
    long Id,
    string EventId,
    string Action,
    string? Field,
    string? OldValue,
    string? NewValue,
    string Reviewer,
    string? Comment,
    DateTimeOffset At);

/// <summary>The names of review actions as written in the audit trail.</summary>
public static class ReviewActions
{
    public const string Accept = "accept";
    public const string Edit = "edit";
    public const string Reject = "reject";
    public const string Merge = "merge";
    public const string MergedInto = "merged-into";
    public const string Split = "split";
}
