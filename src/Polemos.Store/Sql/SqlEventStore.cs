using System.Data.Common;
using System.Globalization;
using Polemos.Core;

namespace Polemos.Store.Sql;

/// <summary>
/// <see cref="IEventStore"/> over one SQL connection. Calls are serialised (one connection, one operation at a time),
/// writes run in the dialect's exclusive write transaction, and driver errors with a known cause become one-line
/// <see cref="PolemosException"/>s.
/// </summary>
public class SqlEventStore : IEventStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqlSession _session;
    private readonly EventRows _events;
    private readonly EventReader _reader;
    private int _schemaVersion;

    protected SqlEventStore(DbConnection connection, SqlDialect dialect, string location, TimeProvider? clock)
    {
        Location = location;
        _session = new SqlSession(connection, dialect, clock ?? TimeProvider.System);
        _events = new EventRows(_session);
        _reader = new EventReader(_session, _events);
    }

    public string Location { get; }

    /// <summary>The backend's dialect (which spatial and text features it uses).</summary>
    protected SqlDialect Dialect => _session.Dialect;

    /// <summary>Brings the schema to the latest version this program knows (see <see cref="SchemaMigrator"/>).</summary>
    protected async Task MigrateAsync(CancellationToken ct) =>
        _schemaVersion = await Guard(() => new SchemaMigrator(_session).MigrateAsync(ct), ct).ConfigureAwait(false);

    public Task<bool> ContainsArticleAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Guard(async () => await _session.ScalarAsync("SELECT 1 FROM articles WHERE content_hash = @h", cancellationToken, ("@h", contentHash)).ConfigureAwait(false) is not null, cancellationToken);

    public Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ArticleSubmission> articles, CancellationToken cancellationToken = default) =>
        Guard(
            () => _session.WriteAsync<IReadOnlyList<IngestOutcome>>(
                async () =>
                {
                    var ingester = new ArticleIngester(_session, _events);
                    var outcomes = new List<IngestOutcome>(articles.Count);
                    foreach (var article in articles)
                    {
                        outcomes.Add(await ingester.IngestAsync(article, cancellationToken).ConfigureAwait(false));
                    }

                    return outcomes;
                },
                cancellationToken),
            cancellationToken);

    public Task<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => _reader.QueryAsync(query, cancellationToken), cancellationToken);

    public Task<StoredEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken = default) =>
        Guard(() => _reader.GetEventAsync(eventId, cancellationToken), cancellationToken);

    public Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        Guard(() => _reader.GetArticleAsync(articleId, cancellationToken), cancellationToken);

    public Task<MergeExplanation?> ExplainAsync(string eventId, CancellationToken cancellationToken = default) =>
        Guard(() => _reader.ExplainAsync(eventId, cancellationToken), cancellationToken);

    public Task<ReviewOutcome> ReviewAsync(ReviewAction action, CancellationToken cancellationToken = default) =>
        Guard(() => _session.WriteAsync(() => new ReviewDesk(_session, _events).ApplyAsync(action, cancellationToken), cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string eventId, CancellationToken cancellationToken = default) =>
        await Guard(() => _reader.AuditAsync(eventId, cancellationToken), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DeletedEvent>> GetDeletionsAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        await Guard(() => _reader.DeletionsAsync(since, cancellationToken), cancellationToken).ConfigureAwait(false);

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Guard(() => _reader.StatsAsync(_schemaVersion, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected virtual async ValueTask DisposeAsyncCore()
    {
        await _session.DisposeAsync().ConfigureAwait(false);
        await _session.Connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private async Task<T> Guard<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (DbException e) when (_session.Dialect.Translate(e, Location) is { } known)
        {
            throw known;
        }
        catch (DbException e)
        {
            throw new PolemosException(ErrorCode.StoreUnavailable, string.Create(CultureInfo.InvariantCulture, $"{Location}: {e.Message}"), e);
        }
        finally
        {
            _gate.Release();
        }
    }
}
