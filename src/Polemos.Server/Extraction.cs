using Polemos.Core;
using Polemos.Events;
using Polemos.Ingest;

namespace Polemos.Server;

/// <summary>
/// Reads request bodies as articles (plain text, HTML, JSON, JSON lines: the readers of <c>polemos extract</c>) and runs
/// the engine over them. The engine loads on first use; one article is extracted at a time.
/// </summary>
public sealed class Extraction(Func<Engine> load)
{
    private readonly Lazy<Engine> _engine = new(load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    /// <summary>The articles in <paramref name="body"/>, extracted; problems with parts of the body are collected.</summary>
    public IReadOnlyList<Document> Extract(Stream body, ReaderOptions options, List<InputProblem> problems)
    {
        var documents = new List<Document>();
        foreach (var article in ArticleSource.Read(body, "request", options, problems.Add))
        {
            lock (_gate)
            {
                documents.Add(_engine.Value.Extract(article.Id, article.Text, article.Meta));
            }
        }

        if (documents.Count == 0)
        {
            throw new PolemosException(ErrorCode.InputEmpty, problems.Count > 0 ? problems[0].Message : "the request body holds no article");
        }

        return documents;
    }
}
