using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polemos.Core;
using Polemos.Ingest;
using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// <c>GET /api/articles/{id}</c> (the normalised text evidence points into), <c>POST /api/articles</c> (ingest) and
/// <c>POST /api/extract</c> (extract without storing). The body of a POST is read like a file given to
/// <c>polemos extract</c>: plain text, HTML, a JSON article, a JSON list or JSON lines.
/// </summary>
public static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder app, RouteGroupBuilder writes, ServerOptions options)
    {
        app.MapGet("/api/articles/{id}", async (string id, IEventStore store, CancellationToken ct) =>
        {
            var article = await store.GetArticleAsync(id, ct).ConfigureAwait(false);
            return article is null
                ? ApiResults.Error(StatusCodes.Status404NotFound, $"no article '{id}'", ErrorCode.NotFound)
                : Results.Json(EventJson.Article(article), EventJson.Options);
        });

        writes.MapPost("/articles", async (HttpRequest request, IEventStore store, Extraction extraction, CancellationToken ct) =>
        {
            var (documents, problems) = await ExtractAsync(request, extraction, options.MaxBodyBytes, ct).ConfigureAwait(false);
            var submissions = documents.Select(d => new ArticleSubmission(d.Id, d.Text, d.Language, d.Records)
            {
                Url = d.Meta.Url,
                Title = d.Meta.Title,
                Publisher = d.Meta.Publisher,
                Published = d.Meta.Published,
            }).ToList();
            var outcomes = await store.IngestAsync(submissions, ct).ConfigureAwait(false);
            return Results.Json(new IngestJson(outcomes, [.. problems.Select(p => p.OneLine)]), EventJson.Options);
        });

        writes.MapPost("/extract", async (HttpRequest request, Extraction extraction, CancellationToken ct) =>
        {
            var (documents, problems) = await ExtractAsync(request, extraction, options.MaxBodyBytes, ct).ConfigureAwait(false);
            var articles = documents.Select(d => new ExtractedJson(d.Id, d.Language, d.Text, d.Records)).ToList();
            return Results.Json(new ExtractJson(articles, [.. problems.Select(p => p.OneLine)]), EventJson.Options);
        });
    }

    private static async Task<(IReadOnlyList<Document> Documents, List<InputProblem> Problems)> ExtractAsync(
        HttpRequest request, Extraction extraction, long maxBytes, CancellationToken ct)
    {
        var readerOptions = RequestBody.Options(request, maxBytes);
        using var body = await RequestBody.ReadAsync(request, maxBytes, ct).ConfigureAwait(false);
        var problems = new List<InputProblem>();
        return (extraction.Extract(body, readerOptions, problems), problems);
    }
}

/// <summary>What an ingest request did, article by article, and the parts of the body that could not be read.</summary>
public sealed record IngestJson(IReadOnlyList<IngestOutcome> Articles, IReadOnlyList<string> Warnings);

/// <summary>One article extracted without storing: its normalised text and its records.</summary>
public sealed record ExtractedJson(string Id, string Language, string Text, IReadOnlyList<ExtractedRecord> Records);

/// <summary>The answer of <c>POST /api/extract</c>.</summary>
public sealed record ExtractJson(IReadOnlyList<ExtractedJson> Articles, IReadOnlyList<string> Warnings);
