using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Polemos.Core;
using SmartReader;

namespace Polemos.Ingest;

/// <summary>
/// The article in an HTML page. SmartReader (a port of Mozilla's Readability) finds the main content; when it
/// finds nothing, the text of the page's <c>article</c>, <c>main</c> or <c>body</c> is taken without navigation,
/// headers, footers, asides, scripts and styles. Both paths produce text the same way: one block a paragraph,
/// paragraphs separated by a blank line. Metadata (title, date, language, URL, site) is read before SmartReader
/// runs, because SmartReader rewrites the document it is given.
/// </summary>
internal static class HtmlArticles
{
    /// <summary>SmartReader needs an absolute URI to resolve links; no request is ever made with it.</summary>
    private const string PlaceholderUri = "https://localhost/article";

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "iframe", "svg", "canvas", "button",
        "select", "textarea", "input", "menu", "dialog", "object", "embed", "video", "audio", "head",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption",
        "address", "hr", "details", "summary", "caption", "body", "center",
    };

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datePublished",
        "publishdate", "publish-date", "pubdate", "date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
    ];

    public static ArticleInput Read(string html, ByteSource source, ReaderOptions options, Action<InputProblem> onProblem)
    {
        int estimated = HtmlGuard.EstimateDepth(html);
        if (estimated > HtmlGuard.MaxParseDepth)
        {
            return ReadWithoutParsing(html, estimated, source, options, onProblem);
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);

        string? ogTitle = MetaContent(document, "og:title");
        string? pageTitle = MetaValues.Tidy(document.Title);
        string? headline = MetaValues.Tidy(document.QuerySelector("h1")?.TextContent);
        if (pageTitle is not null && headline is not null && pageTitle.Contains(headline, StringComparison.Ordinal))
        {
            // "<title>Headline | Site</title>" with the same headline in an h1: the h1 is the headline without the site.
            pageTitle = headline;
        }

        DateOnly? ownDate = PublishedDate(document);
        var meta = new ArticleMeta
        {
            Url = MetaValues.Tidy(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? MetaContent(document, "og:url"),
            Publisher = MetaContent(document, "og:site_name"),
            Published = ownDate ?? options.Published,
            DeclaredLanguage = MetaValues.LanguageCode(document.DocumentElement?.GetAttribute("lang"))
                ?? MetaValues.LanguageCode(MetaContent(document, "og:locale"))
                ?? options.Language,
        };

        bool readable = HtmlGuard.SuitsReadability(document);
        var (body, readerDate, readerTitle) = readable ? ReadableText(document) : (string.Empty, null, null);
        if (string.IsNullOrWhiteSpace(body))
        {
            // SmartReader rewrites the tree it reads, so the fallback needs a fresh one.
            body = FallbackText(readable ? parser.ParseDocument(html) : document);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new PolemosException(ErrorCode.InputEmpty, $"{source.Name} is an HTML page with no article text");
        }

        if (ownDate is null && readerDate is not null)
        {
            meta = meta with { Published = readerDate };
        }

        // og:title is the headline as the newsroom wrote it; SmartReader's title is <title> less a long site name.
        return MetaValues.Compose(source.Stem, ogTitle ?? (pageTitle == headline ? pageTitle : null) ?? MetaValues.Tidy(readerTitle) ?? pageTitle, body, meta);
    }

    private static ArticleInput ReadWithoutParsing(
        string html, int depth, ByteSource source, ReaderOptions options, Action<InputProblem> onProblem)
    {
        string body = HtmlGuard.StripTags(html);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new PolemosException(ErrorCode.InputEmpty, $"{source.Name} is an HTML page with no article text");
        }

        onProblem(new InputProblem(
            source.Name, null, ErrorCode.InputMalformed,
            $"the HTML nests elements about {depth} deep, far past any real page; its text was taken with the tags stripped, without its title or date"));
        return new ArticleInput(source.Stem, body, new ArticleMeta { Published = options.Published, DeclaredLanguage = options.Language });
    }

    /// <summary>Text of the main content as SmartReader sees it, and the date it found (JSON-LD among others).</summary>
    private static (string Text, DateOnly? Date, string? Title) ReadableText(IHtmlDocument document)
    {
        Article article;
        try
        {
            var reader = new Reader(PlaceholderUri, document) { LoggerDelegate = _ => { }, Debug = false };
            article = reader.GetArticle();
        }
#pragma warning disable CA1031 // A failure inside the extractor is not the user's: fall back to the plain DOM walk.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (string.Empty, null, null);
        }

        DateOnly? date = article.PublicationDate is DateTime d && d.Year > 1 ? DateOnly.FromDateTime(d) : null;
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return (string.Empty, date, article.Title);
        }

        var content = new HtmlParser().ParseDocument(article.Content);
        return (BlockText(content.Body ?? (INode)content), date, article.Title);
    }

    private static string FallbackText(IHtmlDocument document)
    {
        foreach (var candidate in new IElement?[] { LongestOf(document, "article"), LongestOf(document, "main"), document.Body, document.DocumentElement })
        {
            if (candidate is null)
            {
                continue;
            }

            string text = BlockText(candidate);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return string.Empty;
    }

    private static IElement? LongestOf(IHtmlDocument document, string tag) =>
        document.QuerySelectorAll(tag).MaxBy(e => e.TextContent.Length);

    /// <summary>The visible text under <paramref name="root"/>: blocks as paragraphs, inline runs joined, chrome left out.</summary>
    internal static string BlockText(INode root)
    {
        var writer = new BlockWriter();
        Walk(root, writer, insideArticle: root is IElement { LocalName: "article" }, preformatted: false);
        return writer.ToString();
    }

    private static void Walk(INode node, BlockWriter writer, bool insideArticle, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Inline(text.Data, preformatted);
                    break;
                case IElement element:
                    string tag = element.LocalName;
                    if (Dropped.Contains(tag) || element.HasAttribute("hidden")
                        || DroppedRoles.Contains(element.GetAttribute("role") ?? string.Empty)
                        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
                        || (tag is "header" && !insideArticle))
                    {
                        break;
                    }

                    if (tag is "br")
                    {
                        writer.LineBreak();
                        break;
                    }

                    bool block = Blocks.Contains(tag);
                    if (block)
                    {
                        writer.EndBlock();
                    }

                    Walk(element, writer, insideArticle || tag is "article", preformatted || tag is "pre");
                    if (block)
                    {
                        writer.EndBlock();
                    }
                    else if (tag is "td" or "th")
                    {
                        writer.Inline(" ", preformatted: false);
                    }

                    break;
            }
        }
    }

    private static DateOnly? PublishedDate(IHtmlDocument document)
    {
        foreach (string name in DateMetaNames)
        {
            if (MetaValues.TryParseDate(MetaContent(document, name), out var date))
            {
                return date;
            }
        }

        if (LinkedDataDate(document) is { } linked)
        {
            return linked;
        }

        var scope = (IParentNode?)document.QuerySelector("article") ?? document;
        foreach (var time in scope.QuerySelectorAll("time[datetime]").Concat(document.QuerySelectorAll("time[datetime]")))
        {
            if (MetaValues.TryParseDate(time.GetAttribute("datetime"), out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first <c>datePublished</c> in the page's JSON-LD blocks (schema.org NewsArticle), at any depth.</summary>
    private static DateOnly? LinkedDataDate(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindDatePublished(json.RootElement) is { } date)
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on the web and says nothing about the article text.
            }
        }

        return null;
    }

    private static DateOnly? FindDatePublished(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                    && MetaValues.TryParseDate(value.GetString(), out var date))
                {
                    return date;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindDatePublished(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The content of the first meta element whose property, name or itemprop is <paramref name="key"/> (any case).</summary>
    private static string? MetaContent(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (string.Equals(meta.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
            {
                if (MetaValues.Tidy(meta.GetAttribute("content")) is { } content)
                {
                    return content;
                }
            }
        }

        return null;
    }
}
