using System.Net;
using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>
/// Reads articles from an http(s) URL: a bounded wait, a size limit (<see cref="ReaderOptions.MaxBytes"/>, checked on
/// the declared length and again while reading), and only text content types (web pages, plain text, JSON lines,
/// RSS/Atom). A URL that names a feed (<c>rss</c>, <c>atom</c>, <c>feed</c> in its path, or <c>.xml</c>) or that is
/// served as one must hold a feed: a web page in its place is an error, not an article.
/// </summary>
public static class UrlSource
{
    /// <summary>How long one download may take, headers and body together.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly string[] TextTypes =
    [
        "text/html", "application/xhtml+xml", "text/plain", "application/json", "application/x-ndjson", "application/jsonl",
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    ];

    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml"];

    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static async Task<List<ArticleInput>> ReadAsync(string url, HttpClient http, ReaderOptions options, Action<InputProblem> onProblem, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"not a valid URL: {url}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new PolemosException(ErrorCode.InputMissing, $"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            string type = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "application/octet-stream";
            if (!TextTypes.Contains(type))
            {
                throw new PolemosException(ErrorCode.InputBinary, $"{url}: content type {type} is not a web page, text, JSON lines or a feed");
            }

            if (response.Content.Headers.ContentLength is long length && length > options.MaxBytes)
            {
                throw new PolemosException(ErrorCode.InputTooLarge, $"{url}: {length} bytes, more than the limit of {options.MaxBytes}");
            }

            using var body = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false))
            {
                await CopyBoundedAsync(stream, body, options.MaxBytes, url, timeout.Token).ConfigureAwait(false);
            }

            body.Position = 0;
            var read = new ReaderOptions
            {
                MaxBytes = options.MaxBytes,
                Published = options.Published,
                Language = options.Language,
                ExpectFeed = options.ExpectFeed || FeedTypes.Contains(type) || NamesFeed(uri),
            };
            return [.. ArticleSource.Read(body, url, read, onProblem).Select(a => a with { Meta = a.Meta with { Url = a.Meta.Url ?? url } })];
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PolemosException(ErrorCode.InputMissing, $"{url}: no answer within {Timeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new PolemosException(ErrorCode.InputMissing, $"{url}: {(e.StatusCode is HttpStatusCode s ? $"HTTP {(int)s}" : e.Message.ReplaceLineEndings(" "))}", e);
        }
    }

    private static bool NamesFeed(Uri uri)
    {
        string path = uri.AbsolutePath.ToLowerInvariant();
        return path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".rss", StringComparison.Ordinal)
            || path.Split('/').Any(segment => segment is "rss" or "atom" or "feed" or "feeds");
    }

    private static async Task CopyBoundedAsync(Stream from, MemoryStream to, long maxBytes, string url, CancellationToken ct)
    {
        byte[] buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (to.Length + read > maxBytes)
            {
                throw new PolemosException(ErrorCode.InputTooLarge, $"{url}: more than the limit of {maxBytes} bytes");
            }

            await to.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
        }
    }
}
