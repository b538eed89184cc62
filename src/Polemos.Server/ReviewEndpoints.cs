using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polemos.Core;
using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// Review actions, <c>POST /api/events/{id}/{action}</c> with action accept, reject, edit (field, value), merge
/// (others: event ids merged into this one) or split (reports: report ids moved to a new event). Each is written to
/// the event's audit trail with its reviewer.
/// </summary>
public static class ReviewEndpoints
{
    public const long MaxBodyBytes = 64 * 1024;

    public static readonly IReadOnlyList<string> Actions = [ReviewActions.Accept, ReviewActions.Reject, ReviewActions.Edit, ReviewActions.Merge, ReviewActions.Split];

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/events/{id}/{action}", async (string id, string action, HttpRequest request, IEventStore store, CancellationToken ct) =>
        {
            if (!Actions.Contains(action, StringComparer.Ordinal))
            {
                return ApiResults.Error(StatusCodes.Status404NotFound, $"unknown review action '{action}' (use {string.Join(", ", Actions)})", ErrorCode.NotFound);
            }

            var body = await RequestBody.ReadJsonAsync<ReviewBody>(request, MaxBodyBytes, ct).ConfigureAwait(false);
            var review = body.ToAction(id, action);
            if (await store.GetEventAsync(id, ct).ConfigureAwait(false) is null)
            {
                return ApiResults.Error(StatusCodes.Status404NotFound, $"no event '{id}'", ErrorCode.NotFound);
            }

            var outcome = await store.ReviewAsync(review, ct).ConfigureAwait(false);
            return Results.Json(new ReviewJson(outcome.EventIds, [.. outcome.Entries.Select(EventJson.Audit)]), EventJson.Options);
        });
}

/// <summary>The body of a review action.</summary>
public sealed record ReviewBody(
    string? Reviewer, string? Comment, string? Field, string? Value, IReadOnlyList<string>? Others, IReadOnlyList<string>? Reports)
{
    public ReviewAction ToAction(string id, string action)
    {
        string who = string.IsNullOrWhiteSpace(Reviewer)
            ? throw new PolemosException(ErrorCode.BadArgument, "a review needs a reviewer (who is making the change)")
            : Reviewer.Trim();
        return action switch
        {
            ReviewActions.Accept => new AcceptEvent(id, who, Comment),
            ReviewActions.Reject => new RejectEvent(id, who, Comment),
            ReviewActions.Edit => new EditEventField(id, Required(Field, "edit needs the field to change"), Value, who, Comment),
            ReviewActions.Merge => new MergeEvents(id, Required(Others, "merge needs others: the ids of the events to merge in"), who, Comment),
            _ => new SplitEvent(id, Required(Reports, "split needs reports: the ids of the reports to move to a new event"), who, Comment),
        };
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new PolemosException(ErrorCode.BadArgument, message) : value.Trim();

    private static IReadOnlyList<string> Required(IReadOnlyList<string>? values, string message) =>
        values is { Count: > 0 } && values.All(v => !string.IsNullOrWhiteSpace(v)) ? values : throw new PolemosException(ErrorCode.BadArgument, message);
}

/// <summary>What a review action did.</summary>
public sealed record ReviewJson(IReadOnlyList<string> EventIds, IReadOnlyList<AuditJson> Audit);
