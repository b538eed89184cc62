using Polemos.Core;
using Polemos.Store.Merging;

namespace Polemos.Store.Sql;

/// <summary>
/// Review actions on events, each inside the caller's write transaction and each leaving audit entries. A deleted
/// event (rejected, or merged into another) enters the deletions feed and accepts no further action.
/// </summary>
public sealed class ReviewDesk(SqlSession session, EventRows events)
{
    public Task<ReviewOutcome> ApplyAsync(ReviewAction action, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(action.Reviewer))
        {
            throw new PolemosException(ErrorCode.BadArgument, "a review action needs a reviewer");
        }

        return action switch
        {
            AcceptEvent a => AcceptAsync(a, ct),
            EditEventField e => EditAsync(e, ct),
            RejectEvent r => RejectAsync(r, ct),
            MergeEvents m => MergeAsync(m, ct),
            SplitEvent s => SplitAsync(s, ct),
            _ => throw new PolemosException(ErrorCode.BadArgument, $"unknown review action {action.GetType().Name}"),
        };
    }

    private async Task<ReviewOutcome> AcceptAsync(AcceptEvent action, CancellationToken ct)
    {
        await LiveAsync(action.EventId, ct).ConfigureAwait(false);
        await events.SetStatusAsync(action.EventId, EventStatus.Accepted, ct).ConfigureAwait(false);
        var entry = await AuditAsync(action, ReviewActions.Accept, null, null, null, ct).ConfigureAwait(false);
        return new ReviewOutcome([entry], [action.EventId]);
    }

    private async Task<ReviewOutcome> EditAsync(EditEventField action, CancellationToken ct)
    {
        var stored = await LiveAsync(action.EventId, ct).ConfigureAwait(false);
        if (!RecordFields.IsEditable(action.Field))
        {
            RecordFields.Get(stored.Record, action.Field); // throws the one-line message listing editable fields
        }

        RecordFields.Set(StoreJson.Copy(stored.Record), action.Field, action.Value); // checks the value before anything is written
        var overrides = new Dictionary<string, string?>(stored.Overrides, StringComparer.Ordinal) { [action.Field] = action.Value };
        string? old = RecordFields.Get(stored.Record, action.Field);
        await events.SaveAsync(action.EventId, overrides, stored.Status, ct).ConfigureAwait(false);
        var entry = await AuditAsync(action, ReviewActions.Edit, action.Field, old, action.Value, ct).ConfigureAwait(false);
        return new ReviewOutcome([entry], [action.EventId]);
    }

    private async Task<ReviewOutcome> RejectAsync(RejectEvent action, CancellationToken ct)
    {
        await LiveAsync(action.EventId, ct).ConfigureAwait(false);
        await DeleteAsync(action.EventId, "rejected by review" + (action.Comment is null ? string.Empty : ": " + action.Comment), null, ct).ConfigureAwait(false);
        var entry = await AuditAsync(action, ReviewActions.Reject, null, null, null, ct).ConfigureAwait(false);
        return new ReviewOutcome([entry], [action.EventId]);
    }

    private async Task<ReviewOutcome> MergeAsync(MergeEvents action, CancellationToken ct)
    {
        var target = await LiveAsync(action.EventId, ct).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        foreach (string other in action.OtherEventIds.Distinct(StringComparer.Ordinal))
        {
            if (string.Equals(other, action.EventId, StringComparison.Ordinal))
            {
                throw new PolemosException(ErrorCode.BadArgument, "an event cannot be merged into itself");
            }

            await LiveAsync(other, ct).ConfigureAwait(false);
            await MoveReportsAsync(other, action.EventId, null, action, ct).ConfigureAwait(false);
            await DeleteAsync(other, "merged by review", action.EventId, ct).ConfigureAwait(false);
            entries.Add(await AuditAsync(action with { EventId = other }, ReviewActions.MergedInto, null, null, action.EventId, ct).ConfigureAwait(false));
            entries.Add(await AuditAsync(action, ReviewActions.Merge, null, null, other, ct).ConfigureAwait(false));
        }

        await events.SaveAsync(action.EventId, target.Overrides, target.Status, ct).ConfigureAwait(false);
        return new ReviewOutcome(entries, [action.EventId, .. action.OtherEventIds]);
    }

    private async Task<ReviewOutcome> SplitAsync(SplitEvent action, CancellationToken ct)
    {
        var stored = await LiveAsync(action.EventId, ct).ConfigureAwait(false);
        var moving = action.ReportIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (moving.Count == 0 || moving.Exists(id => !stored.ReportIds.Contains(id)))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"a split names reports of event {action.EventId} (it holds {string.Join(", ", stored.ReportIds)})");
        }

        if (moving.Count == stored.ReportIds.Count)
        {
            throw new PolemosException(ErrorCode.BadArgument, "a split must leave at least one report in the event");
        }

        string newId = ArticleIngester.NewEventId("split:" + string.Join(",", moving));
        await MoveReportsAsync(action.EventId, newId, moving, action, ct).ConfigureAwait(false);
        await events.SaveAsync(newId, new Dictionary<string, string?>(StringComparer.Ordinal), EventStatus.Unreviewed, ct).ConfigureAwait(false);
        await events.SaveAsync(action.EventId, stored.Overrides, stored.Status, ct).ConfigureAwait(false);
        var entry = await AuditAsync(action, ReviewActions.Split, "reports", string.Join(";", moving), newId, ct).ConfigureAwait(false);
        var created = await AuditAsync(action with { EventId = newId }, ReviewActions.Split, "reports", null, string.Join(";", moving), ct).ConfigureAwait(false);
        return new ReviewOutcome([entry, created], [action.EventId, newId]);
    }

    private async Task<StoredEvent> LiveAsync(string eventId, CancellationToken ct)
    {
        var stored = await events.RequireAsync(eventId, ct).ConfigureAwait(false);
        return stored.Status == EventStatus.Deleted
            ? throw new PolemosException(ErrorCode.BadArgument, $"event {eventId} is deleted (see the deletions feed)")
            : stored;
    }

    private async Task MoveReportsAsync(string from, string to, List<string>? only, ReviewAction action, CancellationToken ct)
    {
        var reports = await events.ReportsOfAsync(from, ct).ConfigureAwait(false);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(session.NowMs);
        foreach (var report in reports.Where(r => only is null || only.Contains(r.ReportId)))
        {
            var decision = new MergeDecision(report.ReportId, report.ArticleId, MergeDecisions.Moved, 1, [$"{action.GetType().Name} by {action.Reviewer}: from {from}{(action.Comment is null ? string.Empty : " (" + action.Comment + ")")}"], at);
            await session.ExecuteAsync("UPDATE reports SET event_id = @to, decision_json = @why WHERE id = @id", ct, ("@to", to), ("@why", StoreJson.Write(decision)), ("@id", report.ReportId)).ConfigureAwait(false);
        }
    }

    private async Task DeleteAsync(string eventId, string reason, string? mergedInto, CancellationToken ct)
    {
        await events.SetStatusAsync(eventId, EventStatus.Deleted, ct).ConfigureAwait(false);
        await session.ExecuteAsync(
            "INSERT INTO deletions (event_id, deleted_at, reason, merged_into) VALUES (@e, @at, @why, @into)",
            ct,
            ("@e", eventId), ("@at", session.NowMs), ("@why", reason), ("@into", mergedInto)).ConfigureAwait(false);
    }

    private async Task<AuditEntry> AuditAsync(ReviewAction action, string name, string? field, string? old, string? value, CancellationToken ct)
    {
        long at = session.NowMs;
        long id = Convert.ToInt64(
            await session.ScalarAsync(
                "INSERT INTO audit (event_id, action, field, old_value, new_value, reviewer, comment, at) VALUES (@e, @a, @f, @o, @n, @r, @c, @at) RETURNING id",
                ct,
                ("@e", action.EventId), ("@a", name), ("@f", field), ("@o", old), ("@n", value), ("@r", action.Reviewer), ("@c", action.Comment), ("@at", at)).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        return new AuditEntry(id, action.EventId, name, field, old, value, action.Reviewer, action.Comment, DateTimeOffset.FromUnixTimeMilliseconds(at));
    }
}
