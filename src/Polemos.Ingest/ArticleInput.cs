using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>
/// One article read from an input, before the pipeline runs. <see cref="Text"/> is the raw text: the title on the
/// first line when the input gave a separate title, a blank line, then the body. It is not yet NFC-normalised; the
/// pipeline does that once, so every offset points into one text.
/// </summary>
public sealed record ArticleInput(string Id, string Text, ArticleMeta Meta);

/// <summary>
/// A recoverable problem with part of an input (one bad JSON line, a malformed date, a text read as Windows-1252).
/// The rest of the input still goes through; <see cref="Line"/> is 1-based where the problem has a line.
/// </summary>
public sealed record InputProblem(string Source, int? Line, ErrorCode Code, string Message)
{
    /// <summary>The problem as one line a user can act on, e.g. <c>warning PLM016: news.jsonl:3: ...</c>.</summary>
    public string OneLine =>
        $"warning PLM{(int)Code:D3}: {Source}{(Line is int line ? $":{line}" : string.Empty)}: {Message.ReplaceLineEndings(" ")}";
}

/// <summary>How inputs are read. The defaults suit the command line; tests inject a small <see cref="MaxBytes"/>.</summary>
public sealed class ReaderOptions
{
    /// <summary>Inputs larger than this are refused (files by their length, before any byte is read).</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The reference date for articles that carry no date of their own (<c>--published</c>).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The language for articles that declare none (ISO 639-1); language identification still checks it.</summary>
    public string? Language { get; init; }

    /// <summary>The input must be an RSS or Atom feed (a feed URL that answers with a web page is an error, not an article).</summary>
    public bool ExpectFeed { get; init; }
}
