using System.Text.RegularExpressions;
using Polemos.Core;

namespace Polemos.Ingest;

internal enum InputFormat
{
    PlainText,
    Html,
    JsonLines,
    JsonDocument,
    Feed,
}

/// <summary>
/// Tells the format from the content, with the file extension as a hint where the content is ambiguous:
/// <c>&lt;</c> with a known HTML tag near the start is HTML; <c>{</c> whose first line closes with <c>}</c> is JSON lines (one line
/// is one article, so a compact single object reads the same); any other <c>{</c> or <c>[</c> is one JSON document;
/// everything else is plain text. <c>.jsonl</c>/<c>.ndjson</c> force JSON lines and <c>.html</c>/<c>.htm</c> force HTML.
/// </summary>
internal static partial class FormatSniffer
{
    private const int SampleChars = 8 * 1024;

    public static (InputFormat Format, bool MayBeJsonLines) Sniff(ByteSource source, TextDecoding decoding)
    {
        using var reader = decoding.OpenReader(source);
        int first;
        while ((first = reader.Read()) >= 0 && (char.IsWhiteSpace((char)first) || first == '\uFEFF'))
        {
        }

        if (first < 0)
        {
            throw new PolemosException(ErrorCode.InputEmpty, $"{source.Name} holds only white space, no text");
        }

        char[] buffer = new char[SampleChars];
        buffer[0] = (char)first;
        int length = 1 + reader.ReadBlock(buffer, 1, SampleChars - 1);
        var sample = new string(buffer, 0, length);

        string ext = source.Extension;
        bool forceLines = ext is ".jsonl" or ".ndjson";
        bool jsonExt = forceLines || ext is ".json";
        bool htmlExt = ext is ".html" or ".htm" or ".xhtml";
        switch ((char)first)
        {
            case '<' when FeedRoot().IsMatch(sample):
                return (InputFormat.Feed, false);
            case '<' when htmlExt || LooksLikeMarkup(sample):
                return (InputFormat.Html, false);
            case '{' or '[' when forceLines:
                return (InputFormat.JsonLines, true);
            case '{' or '[' when !jsonExt && !LooksLikeJson(sample):
                return (InputFormat.PlainText, false);
            case '{' when FirstLineIsObject(sample, reader):
                return (InputFormat.JsonLines, true);
            case '{' or '[':
                return (InputFormat.JsonDocument, CountOneLineObjects(sample) >= 2);
            default:
                if (htmlExt)
                {
                    return (InputFormat.Html, false);
                }

                return ext is ".json" ? (InputFormat.JsonDocument, false) : forceLines ? (InputFormat.JsonLines, true) : (InputFormat.PlainText, false);
        }
    }

    /// <summary>An RSS, Atom or RDF root element after an optional XML declaration, comments and processing instructions.</summary>
    [GeneratedRegex(
        @"^(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
        RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FeedRoot();

    /// <summary>A known HTML tag or a doctype near the start; "&lt;Reuters&gt; Clashes…" stays plain text.</summary>
    private static bool LooksLikeMarkup(string sample) => HtmlTag().IsMatch(sample);

    [GeneratedRegex(
        @"<(?:!doctype\s+html|!--|(?:html|head|body|meta|title|link|div|p|span|a|br|article|main|section|header|nav|h[1-6]|ul|ol|li|table|img|script|style)[\s>/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();

    /// <summary>An object opens with a key or closes at once; an array of articles opens with an object: prose in brackets does neither.</summary>
    private static bool LooksLikeJson(string sample)
    {
        var rest = sample.AsSpan(1).TrimStart();
        if (rest.IsEmpty)
        {
            return false;
        }

        return sample[0] == '{'
            ? rest[0] is '"' or '}'
            : rest[0] is '{' or ']';
    }

    /// <summary>True when the first line, read on past the sample if it is long, ends with a closing brace.</summary>
    private static bool FirstLineIsObject(string sample, StreamReader rest)
    {
        int newline = sample.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            return sample.AsSpan(0, newline).TrimEnd().EndsWith("}", StringComparison.Ordinal);
        }

        char last = LastNonWhiteSpace(sample, '\0');
        int c;
        while ((c = rest.Read()) >= 0 && c != '\n')
        {
            if (!char.IsWhiteSpace((char)c))
            {
                last = (char)c;
            }
        }

        return last == '}';
    }

    private static char LastNonWhiteSpace(string s, char fallback)
    {
        for (int i = s.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                return s[i];
            }
        }

        return fallback;
    }

    private static int CountOneLineObjects(string sample)
    {
        int count = 0;
        foreach (var line in sample.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("{", StringComparison.Ordinal) && trimmed.EndsWith("}", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
