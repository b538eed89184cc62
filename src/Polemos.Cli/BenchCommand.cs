using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Polemos.Cli.Output;
using Polemos.Core;
using Polemos.Events;
using Polemos.Ingest;

namespace Polemos.Cli;

/// <summary>
/// `polemos bench [CORPUS]`: whole-pipeline throughput (extraction, geocoding, evidence, JSON output), peak memory,
/// cold start of one extraction, per-stage time, and `wc -w` over the same bytes for scale. Without a corpus it
/// builds one from the project's own golden case texts (written by the team), repeated to the requested size.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string?>("corpus") { Description = "A file or folder of articles (default: the bundled corpus)", Arity = ArgumentArity.ZeroOrOne };
        var megabytes = new Option<double>("--mb") { Description = "Size of the bundled corpus in MB", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Measure throughput, memory and cold start on a bundled or given corpus") { corpus, megabytes };
        command.SetAction(parse => Run(parse.GetValue(corpus), parse.GetValue(megabytes)));
        return command;
    }

    private static int Run(string? corpusPath, double megabytes)
    {
        var engine = Engine.Load(Engine.FindDataRoot());
        var articles = corpusPath is null ? Bundled(megabytes) : Read(corpusPath);
        if (articles.Count == 0)
        {
            throw new PolemosException(ErrorCode.InputEmpty, "the corpus holds no article");
        }

        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

        // Warm up on a few articles so that the figures measure steady state, not JIT.
        foreach (var a in articles.Take(20))
        {
            engine.Extract(a.Id, a.Text, a.Meta);
        }

        var stages = new Dictionary<string, long>(StringComparer.Ordinal);
        // Bytes each stage allocates on this thread: read when a stage reports its time, from the mark set before the
        // article and after the previous stage.
        var stageBytes = new Dictionary<string, long>(StringComparer.Ordinal);
        long mark = 0;
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        long allocatedStart = GC.GetTotalAllocatedBytes();
        var pauseStart = GC.GetTotalPauseDuration();
        int gen0Start = GC.CollectionCount(0), gen2Start = GC.CollectionCount(2);
        var wall = Stopwatch.StartNew();
        long records = 0;
        using (var sink = new JsonLinesOutput(Stream.Null))
        {
            foreach (var a in articles)
            {
                mark = GC.GetAllocatedBytesForCurrentThread();
                var doc = engine.Extract(a.Id, a.Text, a.Meta, (s, t) =>
                {
                    long now = GC.GetAllocatedBytesForCurrentThread();
                    stages[s] = stages.GetValueOrDefault(s) + t;
                    stageBytes[s] = stageBytes.GetValueOrDefault(s) + now - mark;
                    mark = now;
                });
                foreach (var r in doc.Records)
                {
                    sink.Write(r);
                    records++;
                }
            }
        }

        wall.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        double allocatedMb = (GC.GetTotalAllocatedBytes() - allocatedStart) / 1e6;
        double pause = (GC.GetTotalPauseDuration() - pauseStart).TotalSeconds;
        int gen0 = GC.CollectionCount(0) - gen0Start, gen2 = GC.CollectionCount(2) - gen2Start;
        double mb = bytes / 1e6;
        var o = Console.Out;
        o.WriteLine($"corpus            {articles.Count} articles, {mb:F2} MB ({(corpusPath ?? "bundled")})");
        o.WriteLine($"records           {records}");
        o.WriteLine($"wall              {wall.Elapsed.TotalSeconds:F3} s");
        o.WriteLine($"cpu               {cpu:F3} s");
        o.WriteLine($"articles/s        {articles.Count / wall.Elapsed.TotalSeconds:F0}");
        o.WriteLine($"MB per CPU-second {mb / cpu:F2}");
        o.WriteLine($"peak memory       {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB");
        o.WriteLine($"allocated         {allocatedMb:F0} MB; GC pauses {pause:F3} s ({gen0} collections, {gen2} of generation 2)");
        var figures = new List<(string Key, double Value)>
        {
            ("articles", articles.Count),
            ("corpus_mb", mb),
            ("records", records),
            ("wall_s", wall.Elapsed.TotalSeconds),
            ("cpu_s", cpu),
            ("articles_per_s", articles.Count / wall.Elapsed.TotalSeconds),
            ("mb_per_cpu_s", mb / cpu),
            ("peak_memory_mib", process.PeakWorkingSet64 / (1024.0 * 1024.0)),
            ("allocated_mb", allocatedMb),
            ("gc_pause_s", pause),
            ("gc_collections", gen0),
            ("gc_gen2_collections", gen2),
        };
        double totalStage = stages.Values.Sum();
        foreach (var (stage, ticks) in stages)
        {
            double perByte = stageBytes.GetValueOrDefault(stage) / (double)bytes;
            o.WriteLine($"  stage {stage,-12} {ticks * 1000.0 / Stopwatch.Frequency,9:F1} ms  {100 * ticks / totalStage,5:F1} %  {perByte,6:F1} bytes allocated per byte of text");
            figures.Add(($"stage_{stage}_ms", ticks * 1000.0 / Stopwatch.Frequency));
            figures.Add(($"stage_{stage}_alloc_per_byte", perByte));
        }

        figures.AddRange(WcBaseline(articles, cpu));
        figures.AddRange(ColdStart(articles[0]));

        // The same figures once more as key=value lines, for scripts (docs/benchmarks.md is built from them).
        o.WriteLine();
        o.WriteLine("# machine-readable");
        foreach (var (key, value) in figures)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={value:0.###}"));
        }

        return Cli.Ok;
    }

    /// <summary>
    /// `wc -w` over the same bytes: a floor for "reading the text once". The child's wall time is measured from start
    /// to exit (its processor time cannot be read once it has exited); the ratio is polemos CPU over wc wall.
    /// </summary>
    private static List<(string, double)> WcBaseline(List<ArticleInput> articles, double cpu)
    {
        string tmp = Path.GetTempFileName();
        try
        {
            File.WriteAllText(tmp, string.Join("\n", articles.Select(a => a.Text)));
            var psi = new ProcessStartInfo("wc", ["-w", tmp]) { RedirectStandardOutput = true, UseShellExecute = false };
            var sw = Stopwatch.StartNew();
            using var wc = Process.Start(psi);
            if (wc is null)
            {
                return [];
            }

            string output = wc.StandardOutput.ReadToEnd();
            wc.WaitForExit();
            sw.Stop();
            double wcWall = sw.Elapsed.TotalSeconds;
            double ratio = cpu / Math.Max(wcWall, 1e-3);
            string words = output.Trim().Split(' ')[0];
            Console.Out.WriteLine($"wc -w             {wcWall:F3} s wall ({words} words); polemos CPU / wc wall {ratio:F1}");
            var result = new List<(string, double)> { ("wc_wall_s", wcWall), ("polemos_cpu_over_wc_wall", ratio) };
            if (long.TryParse(words, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
            {
                result.Add(("wc_words", n));
            }

            return result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Out.WriteLine("wc -w             not available");
            return [];
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    /// <summary>One extraction in a fresh process, start to exit, as a user runs it.</summary>
    private static List<(string, double)> ColdStart(ArticleInput article)
    {
        string? exe = Environment.ProcessPath;
        if (exe is null)
        {
            return [];
        }

        string tmp = Path.Combine(Path.GetTempPath(), $"polemos-cold-{Environment.ProcessId}.txt");
        File.WriteAllText(tmp, article.Text);
        try
        {
            var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
            if (exe.EndsWith("dotnet", StringComparison.Ordinal))
            {
                psi.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
            }

            foreach (var a in new[] { "extract", "--format", "jsonl", "--published", "2020-01-01", tmp })
            {
                psi.ArgumentList.Add(a);
            }

            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Console.Out.WriteLine($"cold extract      {sw.Elapsed.TotalMilliseconds:F0} ms wall (one article, new process)");
            return [("cold_extract_ms", sw.Elapsed.TotalMilliseconds)];
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    private static List<ArticleInput> Read(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [path];
        var list = new List<ArticleInput>();
        foreach (var f in files)
        {
            try
            {
                list.AddRange(ArticleSource.Read(f, new ReaderOptions(), _ => { }));
            }
            catch (PolemosException e)
            {
                Console.Error.WriteLine($"{e.OneLine} [{f}]");
            }
        }

        return list;
    }

    /// <summary>The team's own golden case texts and language examples, repeated with new ids to the size asked.</summary>
    private static List<ArticleInput> Bundled(double megabytes)
    {
        string root = Engine.FindDataRoot();
        var texts = new List<(string Lang, string Text)>();
        foreach (var lang in Directory.GetDirectories(Path.Combine(root, "lang")).Order(StringComparer.Ordinal))
        {
            var examples = Text.TsvTable.Read(Path.Combine(lang, "examples.tsv"));
            var paragraph = string.Join(" ", examples.Rows.Select(r => r[0]));
            if (paragraph.Length > 0)
            {
                texts.Add((Path.GetFileName(lang), paragraph));
            }
        }

        // The golden case texts: a source checkout's own, else the copy the build puts beside the program (bench/).
        string cases = Path.Combine(root, "..", "tests", "Polemos.Golden", "cases");
        if (!Directory.Exists(cases))
        {
            cases = Path.Combine(AppContext.BaseDirectory, "bench");
        }

        if (Directory.Exists(cases))
        {
            foreach (var input in Directory.GetFiles(cases, "input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                texts.Add(("", File.ReadAllText(input)));
            }
        }

        var list = new List<ArticleInput>();
        long target = (long)(megabytes * 1e6), size = 0;
        for (int i = 0; size < target && texts.Count > 0; i++)
        {
            var (lang, text) = texts[i % texts.Count];
            list.Add(new ArticleInput($"bench-{i}", text, new ArticleMeta { Published = new DateOnly(2020, 5, 1), DeclaredLanguage = lang.Length > 0 ? lang : null }));
            size += Encoding.UTF8.GetByteCount(text);
        }

        return list;
    }
}
