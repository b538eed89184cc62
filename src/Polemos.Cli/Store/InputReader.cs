using Polemos.Core;
using Polemos.Ingest;

namespace Polemos.Cli.Store;

/// <summary>
/// Reads one input (file, standard input or URL) article by article. A problem with the input itself is counted in
/// the summary with the input's name (and line, where it has one) and the run goes on with the next input; a
/// problem with the store is not an input problem and ends the run.
/// </summary>
public sealed class InputReader(ReaderOptions options, IngestSummary summary) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = UrlSource.Timeout + TimeSpan.FromSeconds(5) };

    public async Task ForEachAsync(string item, Func<ArticleInput, Task> each, CancellationToken ct)
    {
        try
        {
            IEnumerable<ArticleInput> articles = UrlSource.IsUrl(item)
                ? await UrlSource.ReadAsync(item, _http, options, summary.AddProblem, ct).ConfigureAwait(false)
                : ArticleSource.Read(item, options, summary.AddProblem);
            foreach (var article in articles)
            {
                await each(article).ConfigureAwait(false);
            }
        }
        catch (PolemosException e) when (e.Code < ErrorCode.BadArgument)
        {
            summary.AddError(e.Message.Contains(item, StringComparison.Ordinal) ? e.OneLine : $"{e.OneLine} [{item}]");
        }
    }

    public void Dispose() => _http.Dispose();
}
