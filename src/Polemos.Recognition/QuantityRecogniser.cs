using System.Globalization;
using Polemos.Core;

namespace Polemos.Recognition;

/// <summary>
/// Numbers in digits and words, vague quantities ("una decina", "dozens") and bounded ones ("at least 15",
/// "più di 10"). Runs after dates so that "12 gennaio" is not a count.
/// </summary>
public sealed class QuantityStage : IStage
{
    private readonly LanguagePacks _packs;
    private readonly IReadOnlyDictionary<string, string> _units;

    /// <param name="units">folded unit word → unit name ("chilometri" → "km").</param>
    public QuantityStage(LanguagePacks packs, IReadOnlyDictionary<string, string> units)
    {
        _packs = packs;
        _units = units;
    }

    public string Name => "quantities";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Dates];

    public IReadOnlyList<string> Provides => [Layers.Quantities];

    public void Run(Document document)
    {
        var pack = _packs.For(document.Language);
        var tokens = document.Tokens;
        var claimed = TokenClaims.Of<DateMention>(document);
        int i = 0;
        while (i < tokens.Count)
        {
            if (claimed[i] || (document.Datelines.Count > 0 && document.InDateline(tokens[i].Span)))
            {
                i++;
                continue;
            }

            int first = i;
            string? op = null;
            if (pack.Modifiers.MatchAt(tokens, i, tokens.Count) is { } mod)
            {
                op = mod.Value;
                i += mod.Count;
            }

            var q = ReadQuantity(document, pack, i, claimed, out int used);
            if (q is null)
            {
                i = op is null ? first + 1 : first + 1;
                continue;
            }

            // "Brigata 444", "Route 60", "اللواء 93": digits right after a noun that takes a number as its name name the
            // unit or the road; they count nothing.
            if (op is null && i > 0 && tokens[i].Shape.Has(TokenShape.Number) && pack.Data.NumberedNames.Contains(tokens[i - 1].Norm))
            {
                i = first + used;
                continue;
            }

            var (best, low, high, vague) = q.Value;
            (best, low, high) = Bound(op, best, low, high);
            int end = i + used;

            // "between 43 and 52", "tra 5 e 7": a range read as one quantity, coded at its lower end (ACLED's conservative rule).
            if (op == "range" && end + 1 < tokens.Count && ReadQuantity(document, pack, end + 1, claimed, out int usedHigh) is { } upper &&
                upper.Item1 >= best)
            {
                high = upper.Item1;
                end += 1 + usedHigh;
            }

            string? unit = null;
            if (end < tokens.Count && _units.TryGetValue(tokens[end].Norm, out var u))
            {
                unit = u;
                end++;
            }

            var span = TokenClaims.SpanOf(document, first, end - first);
            document.Mentions.Add(new QuantityMention(span, best, low, high) { Vague = vague, Unit = unit, Source = Name });
            i = end;
        }
    }

    /// <summary>The largest number a space-grouped count is read on from ("1 500 000" reads two groups after the 1).</summary>
    private const long MaxSpacedGroups = 1_000_000;

    private static (int Best, int Low, int? High) Bound(string? op, int best, int low, int? high) => op switch
    {
        "at_least" => (best, low, null),
        "more_than" => (best, best + 1, null),
        "up_to" => (best, Math.Min(low, 0), best),
        "less_than" => (Math.Max(0, best - 1), 0, Math.Max(0, best - 1)),
        "about" => (best, Math.Min(low, (int)Math.Floor(best * 0.9)), Math.Max(high ?? best, (int)Math.Ceiling(best * 1.1))),
        "nearly" => (Math.Max(0, best - 1), (int)Math.Floor(best * 0.9), Math.Max(0, best - 1)),
        _ => (best, low, high),
    };

    /// <summary>Reads a quantity starting at token <paramref name="at"/>; <paramref name="used"/> is its token count.</summary>
    private static (int, int, int?, bool)? ReadQuantity(Document document, LanguagePack pack, int at, bool[] claimed, out int used)
    {
        used = 0;
        var tokens = document.Tokens;
        if (at >= tokens.Count || claimed[at])
        {
            return null;
        }

        if (pack.Quantities.MatchAt(tokens, at, tokens.Count) is { } vague)
        {
            used = vague.Count;
            return (vague.Value.Best, vague.Value.Low, vague.Value.High, true);
        }

        var token = tokens[at];
        if (token.Shape.Has(TokenShape.Number))
        {
            if (!TryParseDigits(document.Slice(token.Span), pack, out long value) || value > 10_000_000)
            {
                return null;
            }

            // Years and times are not counts.
            if (value is >= 1900 and <= 2100 && token.Span.Length == 4)
            {
                return null;
            }

            if (at + 1 < tokens.Count && tokens[at + 1].Norm is "%" or ":")
            {
                return null;
            }

            // "5 000", "1 500 000": where the decimal mark is a comma, thousands are grouped with a space, which the
            // text may carry as a plain one: a group of exactly three digits right after a short number continues it.
            used = 1;
            while (pack.Data.DecimalSeparator == ',' && token.Span.Length <= 3 && value < MaxSpacedGroups && at + used < tokens.Count &&
                   tokens[at + used] is { Span.Length: 3 } group && group.Shape.Has(TokenShape.Number) && !claimed[at + used] &&
                   group.Span.Start == tokens[at + used - 1].Span.End + 1 && long.TryParse(document.Slice(group.Span), NumberStyles.None, CultureInfo.InvariantCulture, out long digits))
            {
                value = value * 1000 + digits;
                used++;
            }

            return ((int)value, (int)value, (int)value, false);
        }

        long total = 0, current = 0;
        int k = at;
        bool any = false;
        while (k < tokens.Count && !claimed[k])
        {
            string norm = tokens[k].Norm;
            bool matched = false;
            // "twenty-five": each part between hyphens a number word (most words have no hyphen: no split, no copy).
            for (int from = 0; from <= norm.Length;)
            {
                int dash = norm.IndexOf('-', from);
                if (dash < 0)
                {
                    dash = norm.Length;
                }

                // The whole word is looked up by the token's own hash, a part between hyphens by its text.
                var w = from == 0 && dash == norm.Length ? pack.NumberWordOf(tokens[k]) : pack.Numbers.GetValueOrDefault(norm[from..dash]);
                from = dash + 1;
                if (w is not null)
                {
                    matched = true;
                    if (w.Multiplier)
                    {
                        current = (current == 0 ? 1 : current) * w.Value;
                        if (w.Value >= 1000)
                        {
                            total += current;
                            current = 0;
                        }
                    }
                    else
                    {
                        current += w.Value;
                    }
                }
                else
                {
                    matched = false;
                    break;
                }
            }

            if (!matched)
            {
                // "two hundred and five", "cento e venti": a joining word between number words.
                if (any && norm is "and" or "e" or "y" or "et" or "und" && k + 1 < tokens.Count && pack.Numbers.ContainsKey(tokens[k + 1].Norm))
                {
                    k++;
                    continue;
                }

                break;
            }

            any = true;
            k++;
        }

        if (!any)
        {
            return null;
        }

        used = k - at;
        long n = total + current;
        return n > int.MaxValue ? null : ((int)n, (int)n, (int)n, false);
    }

    private static bool TryParseDigits(string s, LanguagePack pack, out long value)
    {
        char thousands = pack.Data.ThousandsSeparator;
        char dec = pack.Data.DecimalSeparator;
        int decAt = s.IndexOf(dec, StringComparison.Ordinal);
        string whole = s;
        if (decAt >= 0 && s.Length - decAt - 1 != 3)
        {
            whole = s[..decAt];
        }

        // A thousands separator is followed by groups of exactly three digits; "10.25" is a time or a decimal.
        for (int sep = whole.IndexOf(thousands, StringComparison.Ordinal); sep >= 0; sep = whole.IndexOf(thousands, sep + 1))
        {
            int next = whole.IndexOf(thousands, sep + 1);
            if ((next < 0 ? whole.Length : next) - sep - 1 != 3)
            {
                value = 0;
                return false;
            }
        }

        if (whole.Contains(thousands, StringComparison.Ordinal) || whole.Contains(dec, StringComparison.Ordinal))
        {
            whole = whole.Replace(thousands.ToString(), "", StringComparison.Ordinal).Replace(dec.ToString(), "", StringComparison.Ordinal);
        }

        return long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
