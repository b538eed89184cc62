using System.Globalization;
using System.Text;
using System.Text.Json;
using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>
/// Articles from JSON: JSON lines (one object a line, streamed so only one line is in memory at a time), or one
/// JSON document holding an object or an array of objects. Fields: <c>id, url, title, text, published, language,
/// publisher</c>; only <c>text</c> is required and unknown fields (a gold file's <c>events</c>) are ignored.
/// </summary>
internal static class JsonArticles
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>
    /// Streams JSON lines. A bad line is reported with its line number and skipped; if no line at all gives an
    /// article the input is unusable. Ids are the <c>id</c> field, else <c>stem:line</c>, or the bare stem when the
    /// input has a single line (so a compact one-object file reads like a pretty-printed one).
    /// </summary>
    public static IEnumerable<ArticleInput> ReadLines(
        ByteSource source, TextDecoding decoding, ReaderOptions options, Action<InputProblem> onProblem)
    {
        using var reader = decoding.OpenReader(source);
        int lineNumber = 0, nonEmpty = 0, good = 0;
        ArticleInput? pending = null;
        bool pendingHasOwnId = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            nonEmpty++;
            var article = ParseLine(line, lineNumber, source, options, onProblem, out bool hasOwnId);
            if (article is null)
            {
                continue;
            }

            good++;
            if (pending is not null)
            {
                yield return pending;
            }

            pending = article;
            pendingHasOwnId = hasOwnId;
        }

        if (pending is not null)
        {
            yield return nonEmpty == 1 && !pendingHasOwnId ? pending with { Id = source.Stem } : pending;
        }

        if (good == 0)
        {
            throw new PolemosException(
                ErrorCode.InputMalformed,
                $"{source.Name}: none of its {nonEmpty} JSON line(s) is a usable article (each must be an object with a non-empty \"text\")");
        }
    }

    /// <summary>
    /// Reads one JSON document: an object (an article, or a gold file) or an array of them. Returns null when the
    /// document does not parse and the caller may retry it as JSON lines.
    /// </summary>
    public static IReadOnlyList<ArticleInput>? ReadDocument(
        ByteSource source, TextDecoding decoding, bool mayBeJsonLines, ReaderOptions options, Action<InputProblem> onProblem)
    {
        JsonDocument document;
        try
        {
            using var reader = decoding.OpenReader(source);
            document = decoding.Encoding is UTF8Encoding
                ? JsonDocument.Parse(reader.BaseStream, DocumentOptions)
                : JsonDocument.Parse(reader.ReadToEnd(), DocumentOptions);
        }
        catch (JsonException e)
        {
            if (mayBeJsonLines)
            {
                return null;
            }

            string where = e.LineNumber is long l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1})") : string.Empty;
            throw new PolemosException(ErrorCode.InputMalformed, $"{source.Name} is not valid JSON{where}: {FirstSentence(e.Message)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var articles = new List<ArticleInput>();
            if (root.ValueKind == JsonValueKind.Array)
            {
                int item = 0;
                foreach (var element in root.EnumerateArray())
                {
                    item++;
                    string id = string.Create(CultureInfo.InvariantCulture, $"{source.Stem}:{item}");
                    var article = FromObject(element, id, source, null, options, onProblem, out bool _, out var itemRejection);
                    if (article is not null)
                    {
                        articles.Add(article);
                    }
                    else
                    {
                        onProblem(new InputProblem(source.Name, null, itemRejection!.Value.Code, $"item {item} of the array: {itemRejection.Value.Message}; skipped"));
                    }
                }

                if (articles.Count == 0)
                {
                    throw new PolemosException(
                        ErrorCode.InputMalformed,
                        $"{source.Name}: none of the {item} item(s) in its JSON array is a usable article (each must be an object with a non-empty \"text\")");
                }

                return articles;
            }

            var single = FromObject(root, source.Stem, source, null, options, onProblem, out bool _, out var rejection);
            if (single is null)
            {
                throw new PolemosException(rejection!.Value.Code, $"{source.Name}: {rejection.Value.Message}, so there is no article to read");
            }

            articles.Add(single);
            return articles;
        }
    }

    private static ArticleInput? ParseLine(
        string line, int lineNumber, ByteSource source, ReaderOptions options, Action<InputProblem> onProblem, out bool hasOwnId)
    {
        hasOwnId = false;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException e)
        {
            onProblem(new InputProblem(source.Name, lineNumber, ErrorCode.InputMalformed, $"not a valid JSON object, line skipped: {FirstSentence(e.Message)}"));
            return null;
        }

        using (document)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"{source.Stem}:{lineNumber}");
            var article = FromObject(document.RootElement, id, source, lineNumber, options, onProblem, out hasOwnId, out var rejection);
            if (article is null)
            {
                onProblem(new InputProblem(source.Name, lineNumber, rejection!.Value.Code, $"{rejection.Value.Message}; line skipped"));
            }

            return article;
        }
    }

    /// <summary>The article in one JSON object, or null with the reason in <paramref name="rejection"/>.</summary>
    private static ArticleInput? FromObject(
        JsonElement element, string fallbackId, ByteSource source, int? line, ReaderOptions options,
        Action<InputProblem> onProblem, out bool hasOwnId, out (ErrorCode Code, string Message)? rejection)
    {
        hasOwnId = false;
        rejection = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            rejection = (ErrorCode.InputMalformed, $"expected a JSON object, found {Kind(element.ValueKind)}");
            return null;
        }

        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind is JsonValueKind.Null)
        {
            rejection = (ErrorCode.InputMalformed, "the object has no \"text\" field");
            return null;
        }

        if (textElement.ValueKind != JsonValueKind.String)
        {
            rejection = (ErrorCode.InputMalformed, $"\"text\" is {Kind(textElement.ValueKind)}, not a string");
            return null;
        }

        string text = textElement.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            rejection = (ErrorCode.InputEmpty, "\"text\" is empty");
            return null;
        }

        string id = fallbackId;
        if (element.TryGetProperty("id", out var idElement))
        {
            string? own = idElement.ValueKind switch
            {
                JsonValueKind.String => MetaValues.Tidy(idElement.GetString()),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
            if (own is not null)
            {
                id = own;
                hasOwnId = true;
            }
        }

        DateOnly? published = options.Published;
        if (element.TryGetProperty("published", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
        {
            string? raw = dateElement.ValueKind == JsonValueKind.String ? dateElement.GetString() : dateElement.GetRawText();
            if (MetaValues.TryParseDate(raw, out var date))
            {
                published = date;
            }
            else if (!string.IsNullOrWhiteSpace(raw))
            {
                string fallback = options.Published is null ? "it has no date" : "it takes the reference date instead";
                onProblem(new InputProblem(
                    source.Name, line, ErrorCode.InputMalformed,
                    $"\"published\" value \"{Shorten(raw)}\" is not a date (YYYY-MM-DD or ISO 8601); the article goes on, but {fallback}"));
            }
        }

        var meta = new ArticleMeta
        {
            Url = MetaValues.Tidy(StringField(element, "url")),
            Publisher = MetaValues.Tidy(StringField(element, "publisher")),
            Published = published,
            DeclaredLanguage = MetaValues.LanguageCode(StringField(element, "language")) ?? options.Language,
        };
        return MetaValues.Compose(id, StringField(element, "title"), text, meta);
    }

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>System.Text.Json messages end with a position in its own terms; the user gets our line number instead.</summary>
    private static string FirstSentence(string message)
    {
        message = message.ReplaceLineEndings(" ");
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
