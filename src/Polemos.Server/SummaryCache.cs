using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// The summaries of every live event, kept in memory for the page's unfiltered load. Before each use it reads only
/// what changed since its last refresh (events changed, and the deletions feed), so other programs writing to the same
/// store are seen, and a page over tens of thousands of events does not wait for every record to be read again.
/// </summary>
public sealed class SummaryCache(IEventStore store, TimeProvider clock) : IDisposable
{
    /// <summary>
    /// How far back each refresh looks before the previous one began: a change committed while a refresh ran, with a
    /// timestamp from before it, is still seen. Reading a minute of changes twice costs little.
    /// </summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, EventSummary> _byId = new(StringComparer.Ordinal);
    private DateTimeOffset? _refreshed;
    private EventSummary[] _sorted = [];

    /// <summary>Whether a request can be answered from the cache: the summary view with no filter but paging.</summary>
    public static bool Serves(EventRequest request)
    {
        var q = request.Query;
        return request.View == "summary" && request.Format == "json" && q is
        {
            Country: null, Since: null, Until: null, Type: null, Actor: null, Certainty: null, Near: null, Box: null, Text: null, Kind: null, ChangedSince: null,
        };
    }

    /// <summary>Every live event's summary, newest event date first (undated last), then by id, as the store orders them.</summary>
    public async Task<IReadOnlyList<EventSummary>> AllAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var started = clock.GetUtcNow();
            var since = _refreshed - Overlap;
            var changed = await store.QueryEventsAsync(new EventQuery { ChangedSince = since }, ct).ConfigureAwait(false);
            bool dirty = _refreshed is null;
            foreach (var e in changed.Events)
            {
                _byId[e.EventId] = EventJson.Summary(e);
                dirty = true;
            }

            if (since is not null)
            {
                foreach (var deleted in await store.GetDeletionsAsync(since, ct).ConfigureAwait(false))
                {
                    dirty |= _byId.Remove(deleted.EventId);
                }
            }

            if (dirty)
            {
                _sorted = [.. _byId.Values
                    .OrderBy(s => s.EventDate is null)
                    .ThenByDescending(s => s.EventDate, StringComparer.Ordinal)
                    .ThenBy(s => s.EventId, StringComparer.Ordinal)];
            }

            _refreshed = started;
            return _sorted;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
