using System.Globalization;
using Npgsql;
using Polemos.Core;
using Polemos.Store.Sql;

namespace Polemos.Store.Postgres;

/// <summary>The shared-server store: PostgreSQL 15 or later, with PostGIS when the server has it.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private PostgresEventStore(NpgsqlConnection connection, PostgresDialect dialect, string location, TimeProvider? clock)
        : base(connection, dialect, location, clock)
    {
    }

    /// <summary>Opens and migrates the database named by a <c>postgres://user:password@host:port/database</c> URL.</summary>
    public static async Task<PostgresEventStore> OpenAsync(string url, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var (connectionString, location) = ConnectionString(url);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new PostgresDialect(false).Translate(e as NpgsqlException ?? new NpgsqlException(e.Message, e), location)
                ?? new PolemosException(ErrorCode.StoreUnavailable, $"cannot open {location}: {e.Message}", e);
        }

        var store = new PostgresEventStore(connection, new PostgresDialect(await HasPostGisAsync(connection, cancellationToken).ConfigureAwait(false)), location, clock);
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (await HasPostGisAsync(connection, cancellationToken).ConfigureAwait(false) && !((PostgresDialect)store.Dialect).PostGis)
            {
                // The migration just added PostGIS: open again so that queries use it.
                await store.DisposeAsync().ConfigureAwait(false);
                return await OpenAsync(url, clock, cancellationToken).ConfigureAwait(false);
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>An Npgsql connection string from a URL, and the URL without its password for messages.</summary>
    public static (string ConnectionString, string Location) ConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new PolemosException(ErrorCode.BadArgument, "a PostgreSQL URL looks like postgres://user:password@host:5432/database");
        }

        string[] user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "polemos",
            Username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
            Timeout = 10,
            CommandTimeout = 300,
            Pooling = false,

            // The store runs the same few statements for every article: prepared once on the server, each is then
            // only bound and executed (a URL parameter can change either setting).
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
        };
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            if (kv.Length == 2)
            {
                builder[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
            }
        }

        string location = string.Create(CultureInfo.InvariantCulture, $"postgres://{(builder.Username is null ? string.Empty : builder.Username + "@")}{builder.Host}:{builder.Port}/{builder.Database}");
        return (builder.ToString(), location);
    }

    private static async Task<bool> HasPostGisAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'events' AND column_name = 'geog'", connection);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
    }
}
