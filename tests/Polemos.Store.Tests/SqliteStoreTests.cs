using Microsoft.Data.Sqlite;
using Polemos.Core;
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
        await using (var first = await SqliteEventStore.OpenAsync(path, Clock))
        {
            string text = "Clashes near Aleppo\nFour fighters were killed in clashes near Aleppo on Tuesday.";
            await first.IngestAsync([Reports.Article("en1", text, "en", "2026-11-18", Reports.Event("en1", text, Taxonomy.ArmedClash, Reports.Aleppo, "2026-11-17", fatalities: 4, tollWord: "Four"))]);
        }

        Assert.Equal(3, new SqliteDialect().Migrations.Count);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // Undo steps 2 and 3, as a database written by the first schema would be.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP INDEX events_match; ALTER TABLE events DROP COLUMN certainty; UPDATE schema_version SET version = 1";
            await command.ExecuteNonQueryAsync();
        }

        await using (var old = await SqliteEventStore.OpenAsync(path, Clock))
        {
            Assert.Equal(3, (await old.GetStatsAsync()).SchemaVersion);
            var reported = await old.QueryEventsAsync(new EventQuery { Certainty = Certainty.Reported });
            Assert.Equal(4, Assert.Single(reported.Events).Record.Fatalities);
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
