using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Polemos.Store.Sqlite;

namespace Polemos.Store.Tests;

/// <summary>
/// The SQLite store under the abuse users give it: a kill -9 in the middle of an ingest, and two ingests writing one
/// file at once. Each runs the real program in its own processes.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "events.db");

    [Fact]
    public async Task A_kill_during_ingest_loses_nothing_committed_and_the_rerun_completes_the_rest()
    {
        // The ingest prints a line for each stored article. Once the test stops reading, the pipe (64 KiB on Linux) fills
        // and the ingest blocks on its next line, so with this many reports it cannot finish, however fast it runs,
        // before the kill: on a fast machine 120 reports were all stored before the twelfth line was read.
        const int Reports = 2000;
        string input = CliProcess.WriteReports(Path.Combine(_dir, "reports.jsonl"), "k", 0, Reports);
        using (var p = Process.Start(CliProcess.StartInfo("ingest", input, "--db", Db, "--batch", "4"))!)
        {
            p.StandardInput.Close();
            int stored = 0;
            while (stored < 12 && await p.StandardOutput.ReadLineAsync() is string line)
            {
                stored += line.StartsWith("stored ", StringComparison.Ordinal) ? 1 : 0;
            }

            Assert.False(p.HasExited, "the ingest finished before it could be killed; give it more reports");
            p.Kill(entireProcessTree: true); // SIGKILL: no handler, no cleanup
            await p.WaitForExitAsync();
        }

        long afterKill = (await StatsAsync()).Articles;
        var rerun = CliProcess.Run("ingest", input, "--db", Db, "--batch", "4");

        Assert.InRange(afterKill, 12, Reports - 1);
        Assert.Equal(0, rerun.Code);
        Assert.Contains($"articles: {Reports - afterKill} new, {afterKill} already stored", rerun.Out, StringComparison.Ordinal);
        await AssertEachReportOnceAsync(Reports);
    }

    [Fact]
    public async Task Two_ingests_writing_one_file_at_once_both_succeed_and_store_each_article_once()
    {
        string a = CliProcess.WriteReports(Path.Combine(_dir, "a.jsonl"), "c", 0, 40);
        string b = CliProcess.WriteReports(Path.Combine(_dir, "b.jsonl"), "c", 30, 40); // 10 articles in both

        var (first, second) = await CliProcess.RunTogetherAsync(["ingest", a, "--db", Db, "--batch", "3"], ["ingest", b, "--db", Db, "--batch", "3"]);

        Assert.True(first.Code == 0, first.Err);
        Assert.True(second.Code == 0, second.Err);
        await AssertEachReportOnceAsync(70);
    }

    private async Task<StoreStats> StatsAsync()
    {
        await using var store = await SqliteEventStore.OpenAsync(Db);
        return await store.GetStatsAsync();
    }

    private async Task AssertEachReportOnceAsync(int articles)
    {
        var stats = await StatsAsync();
        Assert.Equal(articles, stats.Articles);
        await using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM (SELECT source_id FROM articles GROUP BY source_id HAVING COUNT(*) > 1)"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM reports r LEFT JOIN events e ON e.id = r.event_id WHERE e.id IS NULL"));
        Assert.Equal(stats.Reports, await ScalarAsync(connection, "SELECT COUNT(*) FROM reports r JOIN events e ON e.id = r.event_id AND e.report_ids LIKE '%\"' || r.id || '\"%'"));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
