using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>Parsing and tidying of the metadata values that inputs carry as strings.</summary>
internal static partial class MetaValues
{
    /// <summary>
    /// Reads <c>YYYY-MM-DD</c> or an ISO 8601 timestamp (<c>2019-01-24T10:30:00Z</c>, <c>…+03:00</c>, fractions of a
    /// second). A timestamp gives the calendar date as written in its own offset: the date the newsroom printed,
    /// not the UTC date, which can be a day off.
    /// </summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var match = IsoDate().Match(value.Trim());
        return match.Success
            && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>The primary subtag of a language tag in lower case (<c>it-IT</c>, <c>en_GB</c> → <c>it</c>, <c>en</c>), or null.</summary>
    public static string? LanguageCode(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0];
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }

    /// <summary>Collapses runs of white space into one space and trims; null when nothing is left.</summary>
    public static string? Tidy(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>
    /// Puts a separately given title on the first line, then a blank line, then the body, unless the body already
    /// opens with the title (HTML pages repeat the headline in an h1), in which case the text is the body alone.
    /// </summary>
    public static ArticleInput Compose(string id, string? title, string body, ArticleMeta meta)
    {
        title = Tidy(title);
        if (title is null)
        {
            return new ArticleInput(id, body, meta with { Title = null });
        }

        if (body.AsSpan().TrimStart().StartsWith(title, StringComparison.Ordinal))
        {
            return new ArticleInput(id, body, meta with { Title = title });
        }

        return new ArticleInput(id, title + "\n\n" + body, meta with { Title = title });
    }

    [GeneratedRegex(
        @"^(?<date>\d{4}-\d{2}-\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();
}
