using Npgsql;
using Polemos.Store.Postgres;

namespace Polemos.Store.Tests;

/// <summary>
/// The store contract against a real PostgreSQL server: <c>$POLEMOS_TEST_PG</c> is a URL of a role that may create
/// databases (.ci/run starts a server and sets it). Each test creates its own database and drops it afterwards.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly List<string> _databases = [];
    private string? _url;

    public static string? ServerUrl => Environment.GetEnvironmentVariable("POLEMOS_TEST_PG");

    public const string SkipReason = "POLEMOS_TEST_PG is not set: no PostgreSQL server to test against (.ci/run starts one)";

    protected override async Task<IEventStore> OpenStoreAsync()
    {
        _url ??= await CreateDatabaseAsync();
        return await PostgresEventStore.OpenAsync(_url, Clock);
    }

    protected override async Task<IEventStore> OpenSecondAsync() => await PostgresEventStore.OpenAsync(await CreateDatabaseAsync(), Clock);

    protected override async Task DisposeBackendAsync()
    {
        foreach (string name in _databases)
        {
            await AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private async Task<string> CreateDatabaseAsync()
    {
        Skip.If(string.IsNullOrEmpty(ServerUrl), SkipReason);
        string name = "polemos_test_" + Guid.NewGuid().ToString("N");
        await AdminAsync($"CREATE DATABASE {name}");
        _databases.Add(name);
        var builder = new UriBuilder(ServerUrl!) { Path = "/" + name };
        return builder.Uri.ToString();
    }

    private static async Task AdminAsync(string sql)
    {
        var (connectionString, _) = PostgresEventStore.ConnectionString(ServerUrl!);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
