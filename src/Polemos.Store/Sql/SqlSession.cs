using System.Data.Common;

namespace Polemos.Store.Sql;

/// <summary>One open connection with its dialect and clock, and the few helpers every query needs.</summary>
public sealed class SqlSession(DbConnection connection, SqlDialect dialect, TimeProvider clock)
{
    public DbConnection Connection { get; } = connection;

    public SqlDialect Dialect { get; } = dialect;

    /// <summary>The transaction that commands join, while one is open.</summary>
    public DbTransaction? Transaction { get; set; }

    public long NowMs => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public DbCommand Command(string sql, IEnumerable<KeyValuePair<string, object?>>? parameters = null)
    {
        var command = Connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is built from constants and dialect fragments; values always travel as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters ?? [])
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, IEnumerable<KeyValuePair<string, object?>> parameters, CancellationToken ct)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        QueryAsync(sql, read, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), ct);

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
