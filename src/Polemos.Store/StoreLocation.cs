using Polemos.Core;

namespace Polemos.Store;

/// <summary>
/// What <c>--db</c> names: a PostgreSQL URL (<c>postgres://</c> or <c>postgresql://</c>) or a SQLite file, by default
/// <c>polemos/polemos.db</c> under the user's data folder.
/// </summary>
public sealed record StoreLocation(bool IsPostgres, string Value)
{
    /// <summary>Reads a <c>--db</c> value; null or empty means the default SQLite file.</summary>
    public static StoreLocation Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            return new StoreLocation(false, DefaultFile());
        }

        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(true, db);
        }

        if (db.Contains("://", StringComparison.Ordinal))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--db must be a file path or a postgres:// URL, not '{db}'");
        }

        return new StoreLocation(false, Path.GetFullPath(db));
    }

    /// <summary>$POLEMOS_DB, else polemos/polemos.db under the user's local data folder.</summary>
    public static string DefaultFile()
    {
        string? env = Environment.GetEnvironmentVariable("POLEMOS_DB");
        if (!string.IsNullOrEmpty(env))
        {
            return Path.GetFullPath(env);
        }

        string root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "polemos", "polemos.db");
    }
}
