using Polemos.Core;

namespace Polemos.Recognition;

/// <summary>Which tokens earlier recognisers already explained, so later ones do not read them twice.</summary>
internal static class TokenClaims
{
    public static bool[] Of<T>(Document document)
        where T : Mention
    {
        var claimed = new bool[document.Tokens.Count];
        foreach (var m in document.MentionsOf<T>())
        {
            Mark(document, claimed, m.Span);
        }

        return claimed;
    }

    public static void Mark(Document document, bool[] claimed, TextSpan span)
    {
        for (int i = document.TokenIndexAt(span.Start); i < claimed.Length && document.Tokens[i].Span.End <= span.End; i++)
        {
            claimed[i] = true;
        }
    }

    public static TextSpan SpanOf(Document document, int first, int count) =>
        new(document.Tokens[first].Span.Start, document.Tokens[first + count - 1].Span.End);
}
