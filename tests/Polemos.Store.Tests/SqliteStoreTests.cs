using Microsoft.Data.Sqlite;
using Polemos.Store.Sqlite;

namespace Polemos.Store.Tests;

/// <summary>The store contract against a fresh SQLite file per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "polemos-store-" + Guid.NewGuid().ToString("N"));

    protected override async Task<IEventStore> OpenStoreAsync() =>
        await SqliteEventStore.OpenAsync(Path.Combine(_folder, "events.db"), Clock);

    protected override async Task<IEventStore> OpenSecondAsync()
    {
        var store = await SqliteEventStore.OpenAsync(Path.Combine(_folder, "second.db"), Clock);
        return store;
    }

    [Fact]
    public async Task A_database_of_an_older_schema_is_brought_up_to_date_and_keeps_its_events()
    {
        string path = Path.Combine(_folder, "old.db");
        await (await SqliteEventStore.OpenAsync(path, Clock)).DisposeAsync();
        int latest = new SqliteDialect().Migrations.Count;
        Assert.True(latest >= 2, "this test needs a schema with at least two steps");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // Undo the last step, as a database written by the previous Polemos would be.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP INDEX events_match; UPDATE schema_version SET version = {latest - 1}";
            await command.ExecuteNonQueryAsync();
        }

        await using (var old = await SqliteEventStore.OpenAsync(path, Clock))
        {
            Assert.Equal(latest, (await old.GetStatsAsync()).SchemaVersion);
        }

        await using (var check = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await check.OpenAsync();
            await using var command = check.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_match'";
            Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
