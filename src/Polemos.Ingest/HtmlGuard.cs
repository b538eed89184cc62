using System.Net;
using AngleSharp.Dom;

namespace Polemos.Ingest;

/// <summary>
/// Keeps hostile or broken HTML from hanging the reader. Parsing and readability scoring both slow down badly with
/// nesting depth (tens of thousands of unclosed elements take minutes), while real news pages nest a few dozen deep.
/// So the nesting is estimated in one linear pass before any parsing: a page nested absurdly deep is read by a
/// linear tag stripper instead, and a parsed page nested deeper than a real page skips SmartReader.
/// </summary>
internal static class HtmlGuard
{
    /// <summary>Past this estimated depth the page is not parsed at all (AngleSharp takes seconds per few thousand levels).</summary>
    public const int MaxParseDepth = 1_000;

    /// <summary>Past this parsed depth SmartReader is skipped (its scoring takes seconds from about a hundred levels).</summary>
    public const int MaxReadabilityDepth = 100;

    /// <summary>
    /// Past this many elements SmartReader is skipped too: an article page has a few thousand, and on pages with
    /// hundreds of thousands its scoring takes tens of seconds only to pick one block of many.
    /// </summary>
    public const int MaxReadabilityElements = 40_000;

    /// <summary>Elements that never have content, and elements whose end tag is usually left out: neither deepens the estimate.</summary>
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rp", "rt",
        "html", "head", "body", "!doctype",
    };

    /// <summary>Elements whose content is never article text, skipped whole by the stripper.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "head", "title", "svg", "iframe",
        "textarea", "select", "button", "object",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "address", "hr", "body",
    };

    /// <summary>An estimate of the deepest element nesting, from open and close tags alone.</summary>
    public static int EstimateDepth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while (NextTag(html, ref i, out var tag))
        {
            if (tag.Name.Length == 0 || Flat.Contains(tag.Name) || tag.SelfClosing)
            {
                continue;
            }

            if (tag.Closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (++depth > max)
            {
                max = depth;
            }
        }

        return max;
    }

    /// <summary>True when a parsed page is small and shallow enough for SmartReader's scoring to finish quickly.</summary>
    public static bool SuitsReadability(INode document)
    {
        int elements = 0;
        return Depth(document, 0, ref elements) <= MaxReadabilityDepth && elements <= MaxReadabilityElements;
    }

    /// <summary>The deepest element nesting below a node (AngleSharp bounds it, so the recursion is bounded too).</summary>
    private static int Depth(INode node, int level, ref int elements)
    {
        int max = level;
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement)
            {
                elements++;
                max = Math.Max(max, Depth(child, level + 1, ref elements));
            }
        }

        return max;
    }

    /// <summary>
    /// The text of a page without parsing it: tags dropped, blocks as paragraphs, entities decoded, and the content
    /// of scripts, styles, navigation and footers left out. Linear in the length of the page whatever its nesting.
    /// </summary>
    public static string StripTags(string html)
    {
        var writer = new BlockWriter();
        int i = 0, textStart = 0;
        while (true)
        {
            bool found = NextTag(html, ref i, out var tag);
            int textEnd = found ? tag.Start : html.Length;
            if (textEnd > textStart)
            {
                writer.Inline(WebUtility.HtmlDecode(html[textStart..textEnd]), preformatted: false);
            }

            if (!found)
            {
                break;
            }

            if (!tag.Closing && !tag.SelfClosing && Skipped.Contains(tag.Name))
            {
                int close = html.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                int end = close < 0 ? -1 : html.IndexOf('>', close);
                i = end < 0 ? html.Length : end + 1;
            }
            else if (tag.Name is "br")
            {
                writer.LineBreak();
            }
            else if (Blocks.Contains(tag.Name))
            {
                writer.EndBlock();
            }

            textStart = i;
        }

        return writer.ToString();
    }

    /// <summary>
    /// Finds the next tag at or after <paramref name="i"/> and moves past it. Comments are skipped; a <c>&lt;</c> that
    /// starts no tag is text. Quoted attribute values are not tracked: a <c>&gt;</c> inside one ends the tag early,
    /// which costs the estimate a little accuracy and never its linear time.
    /// </summary>
    private static bool NextTag(string html, ref int i, out Tag tag)
    {
        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                i = html.Length;
                tag = default;
                return false;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                tag = new Tag(lt, string.Empty, false, false);
                return true;
            }

            bool closing = html[lt + 1] == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || (nameEnd == nameStart && html[nameEnd] == '!')))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || (!char.IsAsciiLetter(html[nameStart]) && html[nameStart] != '!'))
            {
                i = lt + 1;
                continue;
            }

            int gt = html.IndexOf('>', nameEnd);
            i = gt < 0 ? html.Length : gt + 1;
            bool selfClosing = gt > 0 && html[gt - 1] == '/';
            tag = new Tag(lt, html[nameStart..nameEnd].ToLowerInvariant(), closing, selfClosing);
            return true;
        }
    }

    private readonly record struct Tag(int Start, string Name, bool Closing, bool SelfClosing);
}
