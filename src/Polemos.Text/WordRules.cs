namespace Polemos.Text;

/// <summary>
/// A language's rules for turning a folded word into its lexicon form: elided articles split off
/// ("dell'" + "Isis") and clitic prefixes stripped (Arabic "والجيش" → "جيش"). Text tokens and lexicon phrases go
/// through the same rules, so both sides always agree.
/// </summary>
public sealed record WordRules(IReadOnlySet<string> Elisions, IReadOnlyList<string> CliticPrefixes)
{
    public static readonly WordRules None = new(new HashSet<string>(), []);

    /// <summary>The minimum letters a word keeps after a clitic is stripped.</summary>
    public const int MinStem = 3;

    /// <summary>Strips the longest clitic prefix that leaves at least <see cref="MinStem"/> letters.</summary>
    public string Strip(string folded)
    {
        foreach (var prefix in CliticPrefixes)
        {
            if (folded.Length - prefix.Length >= MinStem && folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }
}
