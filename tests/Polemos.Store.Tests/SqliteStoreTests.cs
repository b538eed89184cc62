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

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
