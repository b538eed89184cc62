using Polemos.Events;
using Polemos.Ingest;
using Polemos.Store;
using Polemos.Text;

namespace Polemos.Cli.Store;

/// <summary>
/// Extracts articles and stores them in batches, one transaction a batch (an article is never half stored; a kill
/// loses at most the batch in flight, which the next run redoes). An article whose text is already stored is not
/// extracted again.
/// </summary>
public sealed class StoreSink(IEventStore store, Engine engine, int batchSize, Action<ArticleSubmission, IngestOutcome> onStored)
{
    private readonly List<ArticleSubmission> _pending = [];

    /// <summary>Extracts one article and queues it; returns false when it was already stored.</summary>
    public async Task<bool> AddAsync(ArticleInput article, CancellationToken ct)
    {
        string hash = ContentHash.Of(Normaliser.Normalise(article.Text));
        if (await store.ContainsArticleAsync(hash, ct).ConfigureAwait(false))
        {
            return false;
        }

        _pending.Add(Extract(engine, article));
        if (_pending.Count >= batchSize)
        {
            await FlushAsync(ct).ConfigureAwait(false);
        }

        return true;
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var outcomes = await store.IngestAsync(_pending, ct).ConfigureAwait(false);
        for (int i = 0; i < outcomes.Count; i++)
        {
            onStored(_pending[i], outcomes[i]);
        }

        _pending.Clear();
    }

    /// <summary>Runs the pipeline over an article and packs what the store needs.</summary>
    public static ArticleSubmission Extract(Engine engine, ArticleInput article)
    {
        var document = engine.Extract(article.Id, article.Text, article.Meta);
        return new ArticleSubmission(article.Id, document.Text, document.Language, document.Records)
        {
            Url = article.Meta.Url,
            Title = article.Meta.Title,
            Publisher = article.Meta.Publisher,
            Published = article.Meta.Published,
        };
    }
}
