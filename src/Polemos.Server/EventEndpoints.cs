using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polemos.Store;

namespace Polemos.Server;

/// <summary><c>GET /api/events</c> (query, page, export) and <c>GET /api/events/{id}</c>.</summary>
public static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder app, RecordExport export)
    {
        app.MapGet("/api/events", (HttpContext http, IEventStore store, SummaryCache cache, CancellationToken ct) => Query(http, store, cache, export, ct));
        app.MapGet("/api/events/{id}", async (string id, IEventStore store, CancellationToken ct) =>
        {
            var stored = await store.GetEventAsync(id, ct).ConfigureAwait(false);
            if (stored is null)
            {
                return ApiResults.Error(StatusCodes.Status404NotFound, $"no event '{id}'", Core.ErrorCode.NotFound);
            }

            var audit = await store.GetAuditAsync(id, ct).ConfigureAwait(false);
            var reports = await store.ExplainAsync(id, ct).ConfigureAwait(false);
            return Results.Json(EventJson.Full(stored, audit, reports), EventJson.Options);
        });
    }

    private static async Task<IResult> Query(HttpContext http, IEventStore store, SummaryCache cache, RecordExport export, CancellationToken ct)
    {
        var request = EventRequest.Parse(http.Request.Query, [.. export.Formats]);
        if (SummaryCache.Serves(request))
        {
            var all = await cache.AllAsync(ct).ConfigureAwait(false);
            var slice = all.Skip(request.Query.Offset).Take(request.Query.Limit ?? all.Count).ToList();
            return Results.Json(new EventPageJson<EventSummary>(all.Count, request.Query.Offset, request.Query.Limit, slice), EventJson.Options);
        }

        var page = await store.QueryEventsAsync(request.Query, ct).ConfigureAwait(false);
        if (request.Format != "json")
        {
            var buffer = new MemoryStream();
            export.Write(request.Format, page.Events.Select(e => e.Record), buffer);
            string extension = request.Format.Contains("csv", StringComparison.Ordinal) ? "csv" : request.Format;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"polemos-events-{request.Format}.{extension}\"";
            return Results.Bytes(buffer.ToArray(), export.ContentType(request.Format));
        }

        if (request.View == "summary")
        {
            return Results.Json(new EventPageJson<EventSummary>(page.Total, page.Offset, page.Limit, [.. page.Events.Select(EventJson.Summary)]), EventJson.Options);
        }

        var events = new List<System.Text.Json.Nodes.JsonObject>(page.Events.Count);
        foreach (var e in page.Events)
        {
            var audit = request.Audit ? await store.GetAuditAsync(e.EventId, ct).ConfigureAwait(false) : null;
            events.Add(EventJson.Full(e, audit));
        }

        return Results.Json(new EventPageJson<System.Text.Json.Nodes.JsonObject>(page.Total, page.Offset, page.Limit, events), EventJson.Options);
    }
}

/// <summary>One page of events and how many match in all.</summary>
public sealed record EventPageJson<T>(long Total, int Offset, int? Limit, IReadOnlyList<T> Events);
