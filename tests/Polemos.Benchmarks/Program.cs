using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Polemos.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project tests/Polemos.Benchmarks -- --filter '*'` runs every benchmark;
/// any BenchmarkDotNet argument works (--list flat, --job short, --filter '*Tokenise*').
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // BenchmarkDotNet rebuilds the project graph for each run; with the tree's analyzers on, that takes more than its
        // default 2 minutes on a 2-core machine. The analyzers do not change the code, so the benchmark build skips them.
        var job = Job.Default
            .WithArguments([new MsBuildArgument("/p:RunAnalyzers=false"), new MsBuildArgument("/p:EnforceCodeStyleInBuild=false")])
            .AsDefault();
        var config = DefaultConfig.Instance.AddJob(job).WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
