using System.Data.Common;

namespace Polemos.Store.Sql;

/// <summary>
/// One open connection with its dialect and clock, and the few helpers every query needs. Commands run through the
/// helpers are kept by their SQL text and reused (the driver then prepares each statement once, not at every call);
/// the cache is bounded, since filtered queries vary their text.
/// </summary>
public sealed class SqlSession(DbConnection connection, SqlDialect dialect, TimeProvider clock) : IAsyncDisposable
{
    private const int MaxCachedCommands = 64;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection { get; } = connection;

    public SqlDialect Dialect { get; } = dialect;

    /// <summary>The transaction that commands join, while one is open.</summary>
    public DbTransaction? Transaction { get; set; }

    public long NowMs => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A new command the caller owns and disposes.</summary>
    public DbCommand Command(string sql, IEnumerable<KeyValuePair<string, object?>>? parameters = null)
    {
        var command = Connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is built from constants and dialect fragments; values always travel as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        Bind(command, parameters);
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Reused(sql, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), out bool owned);
        try
        {
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(command, owned).ConfigureAwait(false);
        }
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Reused(sql, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), out bool owned);
        try
        {
            var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
        finally
        {
            await ReleaseAsync(command, owned).ConfigureAwait(false);
        }
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, IEnumerable<KeyValuePair<string, object?>> parameters, CancellationToken ct)
    {
        var command = Reused(sql, parameters, out bool owned);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await ReleaseAsync(command, owned).ConfigureAwait(false);
        }
    }

    public Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        QueryAsync(sql, read, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
    }

    /// <summary>The cached command for <paramref name="sql"/> with fresh parameters, or a new one (owned) when the cache is full.</summary>
    private DbCommand Reused(string sql, IEnumerable<KeyValuePair<string, object?>> parameters, out bool owned)
    {
        owned = false;
        if (!Dialect.ReusesCommands)
        {
            owned = true;
            return Command(sql, parameters);
        }

        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Command(sql);
            if (_commands.Count < MaxCachedCommands)
            {
                _commands[sql] = command;
            }
            else
            {
                owned = true;
            }
        }

        command.Parameters.Clear();
        Bind(command, parameters);
        return command;
    }

    private static async ValueTask ReleaseAsync(DbCommand command, bool owned)
    {
        if (owned)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Bind(DbCommand command, IEnumerable<KeyValuePair<string, object?>>? parameters)
    {
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters ?? [])
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction: all of it is committed, or none.</summary>
    public async Task<T> WriteAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await using var transaction = await Dialect.BeginWriteAsync(Connection, ct).ConfigureAwait(false);
        Transaction = transaction;
        try
        {
            var result = await work().ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }
        finally
        {
            Transaction = null;
        }
    }
}

/// <summary>Reading nullable columns without ceremony.</summary>
public static class DataReaderExtensions
{
    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Long(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
