using Polemos.Core;

namespace Polemos.Events;

/// <summary>
/// Concepts that two separate words make together. A verb of setting up whose object is a military installation
/// ("set up two new observation posts", "established a total of 40 military points", "the post was set up on
/// Monday") establishes a base, however many words stand between them.
/// </summary>
internal static class ConceptCompounds
{
    /// <summary>How far the installation may follow its verb ("set up in the area a new forward operating base").</summary>
    private const int ObjectReach = 8;

    /// <summary>How far before a passive verb or a closing participle the installation may stand ("three points were set up").</summary>
    private const int SubjectReach = 4;

    /// <summary>Adds an establish-base concept for each set-up verb with an installation as its object (or, passive, its subject).</summary>
    public static void Add(SentenceView v)
    {
        var added = new List<(ConceptMention Mention, int Token)>();
        foreach (var (verb, token) in v.Concepts.Where(c => c.Mention.Concept == Concepts.SetUp))
        {
            // A passive ("the post was set up") or a participle closing its clause ("zwei Stützpunkte errichtet") has its installation before it.
            bool before = v.HasNear(Concepts.Passive, token, 3, 0) || verb.Form == WordForm.Participle;
            var thing = v.Concepts.FirstOrDefault(c => IsInstallation(c.Mention) && c.Token > token && c.Token - token <= ObjectReach &&
                                                      !InterruptedBetween(v, token, c.Token));
            if (thing.Mention is null && before)
            {
                thing = v.Concepts.LastOrDefault(c => IsInstallation(c.Mention) && c.Token < token && token - c.Token <= SubjectReach &&
                                                      !InterruptedBetween(v, c.Token, token));
            }

            if (thing.Mention is not null)
            {
                var span = TextSpan.Cover(verb.Span, thing.Mention.Span);
                added.Add((new ConceptMention(span, Concepts.EstablishBase, verb.Form) { Source = "compound" }, Math.Min(token, thing.Token)));
            }
        }

        if (added.Count > 0)
        {
            v.Concepts.AddRange(added);
            v.Concepts.Sort((a, b) => a.Token.CompareTo(b.Token));
        }
    }

    /// <summary>An installation noun, or a base named by the establish-base lexicon as a noun ("base militaire", "new base").</summary>
    private static bool IsInstallation(ConceptMention c) =>
        c.Concept == Concepts.Installation || (c.Concept == Concepts.EstablishBase && c.Form == WordForm.Noun);

    /// <summary>Another action or another set-up verb between the two words makes them parts of different clauses.</summary>
    private static bool InterruptedBetween(SentenceView v, int from, int to) =>
        v.Concepts.Any(c => c.Token > from && c.Token < to && (ConceptClasses.IsHead(c.Mention.Concept) || c.Mention.Concept == Concepts.SetUp));
}
