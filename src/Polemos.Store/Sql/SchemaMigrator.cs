using System.Globalization;
using Polemos.Core;

namespace Polemos.Store.Sql;

/// <summary>
/// Versioned schema: <c>schema_version</c> holds the number of steps applied; each missing step runs in the write
/// transaction, so two programs opening one database at once apply it once. A database written by a newer Polemos
/// (more steps than this program knows) is refused with a one-line message rather than misread.
/// </summary>
public sealed class SchemaMigrator(SqlSession session)
{
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        var steps = session.Dialect.Migrations;
        int current = await VersionAsync(ct).ConfigureAwait(false);
        if (current == steps.Count)
        {
            return current;
        }

        return await session.WriteAsync(
            async () =>
            {
                await session.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", ct).ConfigureAwait(false);
                int version = await VersionAsync(ct).ConfigureAwait(false);
                for (int step = version; step < steps.Count; step++)
                {
                    foreach (string sql in steps[step])
                    {
                        await session.ExecuteAsync(sql, ct).ConfigureAwait(false);
                    }
                }

                await session.ExecuteAsync("DELETE FROM schema_version", ct).ConfigureAwait(false);
                await session.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@v)", ct, ("@v", steps.Count)).ConfigureAwait(false);
                return steps.Count;
            },
            ct).ConfigureAwait(false);
    }

    private async Task<int> VersionAsync(CancellationToken ct)
    {
        bool exists = await session.ScalarAsync(session.Dialect.TableExists, ct, ("@t", "schema_version")).ConfigureAwait(false) is not null;
        if (!exists)
        {
            return 0;
        }

        var value = await session.ScalarAsync("SELECT MAX(version) FROM schema_version", ct).ConfigureAwait(false);
        int version = value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        int known = session.Dialect.Migrations.Count;
        return version > known
            ? throw new PolemosException(ErrorCode.StoreTooNew, $"the database has schema version {version}, newer than this Polemos knows ({known}); upgrade Polemos")
            : version;
    }
}
