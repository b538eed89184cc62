using System.CommandLine;
using System.Globalization;
using Polemos.Core;

namespace Polemos.Cli.Store;

/// <summary>Options shared by the commands that use the store.</summary>
public static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file (default: polemos/polemos.db in the user's data folder, or $POLEMOS_DB) or postgres://user:password@host/database",
    };

    public static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new PolemosException(ErrorCode.BadArgument, $"{option} must be a date as YYYY-MM-DD, not '{value}'");
    }
}
