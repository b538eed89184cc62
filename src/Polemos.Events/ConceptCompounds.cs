using Polemos.Core;

namespace Polemos.Events;

/// <summary>
/// Concepts that two separate words make together. A verb of setting up whose object is a military installation
/// ("set up two new observation posts", "established a total of 40 military points", "the post was set up on
/// Monday") establishes a base, however many words stand between them. A capture whose object is a place, an area
/// or an installation named without a preposition ("captured Saraqib on Monday", "captured two rebel training camps")
/// takes control of it. An action word that is part of a date ("a March 2018 attack", "1 de marzo") is the month, not a march.
/// </summary>
internal static class ConceptCompounds
{
    /// <summary>How far the installation may follow its verb ("set up in the area a new forward operating base").</summary>
    private const int ObjectReach = 8;

    /// <summary>How far before a passive verb or a closing participle the installation may stand ("three points were set up").</summary>
    private const int SubjectReach = 4;

    /// <summary>How far the place or installation may follow a capturing verb.</summary>
    private const int CaptureReach = 6;

    /// <summary>Adds the compounds of a sentence: bases established, places captured; drops the action words that a date contains.</summary>
    public static void Add(SentenceView v)
    {
        // An action word ending inside a date is the date's month ("a March 2018 attack"); a phrase around a date ("preso oggi il controllo") is not.
        v.Concepts.RemoveAll(c => ConceptClasses.IsHead(c.Mention.Concept) &&
                                  v.Dates.Any(d => c.Mention.Span.End > d.Span.Start && c.Mention.Span.End <= d.Span.End));
        AddBases(v);
        AddTakeovers(v);
    }

    /// <summary>Adds an establish-base concept for each set-up verb with an installation as its object (or, passive, its subject).</summary>
    private static void AddBases(SentenceView v)
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

    /// <summary>A capture (not a noun) whose object is a place, not people, becomes a takeover of that place.</summary>
    private static void AddTakeovers(SentenceView v)
    {
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (verb, token) = v.Concepts[i];
            if (verb.Concept == Concepts.Capture && verb.Form != WordForm.Noun && PlaceObject(v, token) is { } target)
            {
                v.Concepts[i] = (new ConceptMention(TextSpan.Cover(verb.Span, target), Concepts.TakeControl, verb.Form) { Source = "compound" }, token);
            }
        }
    }

    /// <summary>
    /// The object of the verb at <paramref name="token"/> when it is a place named without a preposition, an area or
    /// an installation; an actor, an action or a toll met first means people were captured ("captured two soldiers
    /// near Idlib"), unless the actor only describes the installation after it ("rebel camps").
    /// </summary>
    private static TextSpan? PlaceObject(SentenceView v, int token)
    {
        for (int t = token + 1; t <= token + CaptureReach; t++)
        {
            var concept = v.Concepts.FirstOrDefault(c => c.Token == t);
            if (concept.Mention is { } c)
            {
                if (IsInstallation(c) || c.Concept == Concepts.Area)
                {
                    return c.Span;
                }

                if (ConceptClasses.IsHead(c.Concept) || ConceptClasses.Tolls.Contains(c.Concept))
                {
                    return null;
                }
            }

            var place = v.Places.FirstOrDefault(p => p.Token == t);
            if (place.Mention is { } p)
            {
                return p.MarkerSpan is null ? p.Span : null;
            }

            var actor = v.Actors.FirstOrDefault(a => a.Token == t);
            if (actor is not null && !v.Concepts.Any(o => o.Token > t && o.Token <= t + 3 && (IsInstallation(o.Mention) || o.Mention.Concept == Concepts.Area) &&
                                                          o.Mention.Span.Start - actor.Mention.Span.End <= 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>An installation noun, or a base named by the establish-base lexicon as a noun ("base militaire", "new base").</summary>
    private static bool IsInstallation(ConceptMention c) =>
        c.Concept == Concepts.Installation || (c.Concept == Concepts.EstablishBase && c.Form == WordForm.Noun);

    /// <summary>Another action or another set-up verb between the two words makes them parts of different clauses.</summary>
    private static bool InterruptedBetween(SentenceView v, int from, int to) =>
        v.Concepts.Any(c => c.Token > from && c.Token < to && (ConceptClasses.IsHead(c.Mention.Concept) || c.Mention.Concept == Concepts.SetUp));
}
