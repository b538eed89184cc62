using System.Globalization;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>
/// The items of an RSS or Atom feed (CodeHollow.FeedReader) as articles: the item's title, a blank line, then its
/// content (or its description) as text; its link, date and the feed's title as publisher. An item without text is
/// reported and skipped. Item ids are the feed's name and the item's position, as for JSON lines.
/// </summary>
internal static class FeedArticles
{
    public static IEnumerable<ArticleInput> Read(string xml, string sourceName, ReaderOptions options, Action<InputProblem> onProblem)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new PolemosException(ErrorCode.InputMalformed, $"{sourceName}: not a readable RSS or Atom feed ({e.Message.ReplaceLineEndings(" ")})", e);
        }

        var parser = new HtmlParser();
        var articles = new List<ArticleInput>();
        int index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            string body = Text(parser, string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content);
            string title = Text(parser, item.Title);
            if (body.Length == 0 && title.Length == 0)
            {
                onProblem(new InputProblem(sourceName, index, ErrorCode.InputEmpty, $"feed item {index} has no title or text; skipped"));
                continue;
            }

            var meta = new ArticleMeta
            {
                Url = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link,
                Title = title.Length == 0 ? null : title,
                Publisher = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim(),
                Published = item.PublishingDate is DateTime d ? DateOnly.FromDateTime(d) : options.Published,
                DeclaredLanguage = LanguageOf(feed.Language) ?? options.Language,
            };
            string text = title.Length == 0 ? body : body.Length == 0 ? title : title + "\n\n" + body;
            articles.Add(new ArticleInput(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{index}"), text, meta));
        }

        return articles.Count > 0 ? articles : throw new PolemosException(ErrorCode.InputEmpty, $"{sourceName}: the feed has no items with text");
    }

    private static string Text(HtmlParser parser, string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        return html.Contains('<', StringComparison.Ordinal) ? (parser.ParseDocument(html).Body?.TextContent ?? string.Empty).Trim() : html.Trim();
    }

    private static string? LanguageOf(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Split('-', '_')[0].ToLowerInvariant();
}
