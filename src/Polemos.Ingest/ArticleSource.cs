using Polemos.Core;

namespace Polemos.Ingest;

/// <summary>
/// Turns an input (a file, or standard input) into articles. The format is told from the content (plain text, HTML,
/// JSON lines, one JSON document), the encoding from the bytes. An input that cannot be used at all raises a
/// <see cref="PolemosException"/> with a one-line message before any article is returned; a recoverable problem
/// in part of it (one bad JSON line) goes to <c>onProblem</c> and the rest is read.
/// </summary>
public static class ArticleSource
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Reads the file at <paramref name="path"/>, or standard input when it is <c>-</c>. Missing files, folders, empty,
    /// binary and over-large files are refused here, eagerly. JSON lines are streamed as the result is enumerated
    /// (so their problems arrive in order, and an input with no usable line throws at the end of the enumeration);
    /// every other format is read whole, once.
    /// </summary>
    public static IEnumerable<ArticleInput> Read(string path, ReaderOptions options, Action<InputProblem> onProblem)
    {
        if (path == StandardInput)
        {
            return Read(Console.OpenStandardInput(), "stdin", options, onProblem);
        }

        return Read(ByteSource.FromFile(path, options.MaxBytes), options, onProblem);
    }

    /// <summary>
    /// Reads a stream (standard input, a download). At most <see cref="ReaderOptions.MaxBytes"/> + 1 bytes are read
    /// before a too-large stream is refused. <paramref name="sourceName"/> names the input in messages and is the stem
    /// of article ids: <c>stdin</c> gives <c>stdin</c>, or <c>stdin:3</c> for line 3 of JSON lines.
    /// </summary>
    public static IEnumerable<ArticleInput> Read(Stream stream, string sourceName, ReaderOptions options, Action<InputProblem> onProblem) =>
        Read(ByteSource.FromStream(stream, sourceName, options.MaxBytes), options, onProblem);

    private static IEnumerable<ArticleInput> Read(ByteSource source, ReaderOptions options, Action<InputProblem> onProblem)
    {
        var decoding = TextDecoding.Detect(source, onProblem);
        var (format, mayBeJsonLines) = FormatSniffer.Sniff(source, decoding);
        if (options.ExpectFeed && format != InputFormat.Feed)
        {
            throw new PolemosException(ErrorCode.InputMalformed, $"{source.Name}: expected an RSS or Atom feed, got {(format == InputFormat.Html ? "an HTML page" : "something else")}");
        }

        switch (format)
        {
            case InputFormat.Feed:
                return FeedArticles.Read(decoding.ReadAll(source), source.Name, options, onProblem);
            case InputFormat.JsonLines:
                return JsonArticles.ReadLines(source, decoding, options, onProblem);
            case InputFormat.JsonDocument:
                return JsonArticles.ReadDocument(source, decoding, mayBeJsonLines, options, onProblem)
                    ?? JsonArticles.ReadLines(source, decoding, options, onProblem);
            case InputFormat.Html:
                return [HtmlArticles.Read(decoding.ReadAll(source), source, options, onProblem)];
            default:
                string text = decoding.ReadAll(source);
                var meta = new ArticleMeta { Published = options.Published, DeclaredLanguage = options.Language };
                return [new ArticleInput(source.Stem, text, meta)];
        }
    }
}
