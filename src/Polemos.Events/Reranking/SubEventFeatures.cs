using System.Globalization;
using Polemos.Core;

namespace Polemos.Events.Reranking;

/// <summary>
/// What the sub-event classifier sees of a report: only language-independent names, never words. Concepts (with
/// their grammatical form, negation, place in the lead sentence, and pairs within a sentence), actor categories
/// alone and beside concepts, tolls with a figure, and the rules' own reading (every candidate type, the best
/// record's type, trigger, actors' categories and confidence). The same names arise from any language folder.
/// </summary>
internal static class SubEventFeatures
{
    /// <summary>
    /// Words that mean something only with another ("three villages" captured, "weapons" found, an accord "signed"):
    /// the compounds read them, and alone they would only say how a report is written ("Cape Town", "in the village of X").
    /// </summary>
    private static readonly HashSet<string> CompoundParts = new(StringComparer.Ordinal)
    {
        Concepts.Area, Concepts.Arms, Concepts.Find, Concepts.Conclude,
    };

    /// <param name="model">When given, only the names it has weights for are kept: scoring skips the others anyway, so
    /// the report's score is the same, without building and sorting names no weight reads.</param>
    public static IReadOnlyList<string> Of(IReadOnlyList<SentenceView> views, IReadOnlyList<Frame> frames, Frame? best, LinearModel? model = null)
    {
        var set = new Names(model);
        for (int i = 0; i < views.Count; i++)
        {
            AddSentence(set, views[i], lead: i == 0);
        }

        var all = views.SelectMany(v => v.Concepts).Select(c => c.Mention.Concept).Where(c => !CompoundParts.Contains(c)).ToList();
        if (all.FirstOrDefault(c => ConceptClasses.IsHead(c) || ConceptClasses.Tolls.Contains(c)) is { } first)
        {
            set.Add("first:", first);
        }

        foreach (var c in all.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            set.Add("repeated:", c.Key);
        }

        set.Add("sentences:" + Math.Min(views.Count, 4).ToString(CultureInfo.InvariantCulture));
        set.Add("frames:" + Math.Min(frames.Count, 3).ToString(CultureInfo.InvariantCulture));
        foreach (var f in frames)
        {
            set.Add("type:", f.Type?.Name ?? "?");
        }

        AddBest(set, best);
        return set.Sorted();
    }

    private static void AddSentence(Names set, SentenceView v, bool lead)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (c, token) in v.Concepts.Where(c => !CompoundParts.Contains(c.Mention.Concept)))
        {
            names.Add(c.Concept);
            set.Add("c:", c.Concept);
            set.Add("form:", c.Concept, ":", c.Form.ToString());
            if (lead)
            {
                set.Add("lead:", c.Concept);
            }

            if (c.Concept != Concepts.Negation && v.HasNear(Concepts.Negation, token, 3, 0))
            {
                set.Add("neg:", c.Concept);
            }

            if (ConceptClasses.Tolls.Contains(c.Concept) && v.Quantities.Any(q => q.Mention.Unit is null && Math.Abs(q.Token - token) <= 4))
            {
                set.Add("toll:", c.Concept);
            }
        }

        var list = names.ToList();
        for (int a = 0; a < list.Count; a++)
        {
            for (int b = a + 1; b < list.Count; b++)
            {
                set.Add("pair:", list[a], "|", list[b]);
            }
        }

        foreach (var actor in v.Actors.Where(x => !x.IsSource))
        {
            string inter = actor.Actor.Inter.ToString(CultureInfo.InvariantCulture);
            set.Add("inter:", inter);
            set.Add("kind:", actor.Actor.Kind.ToString());
            if (actor.Mention.ActorId is not null)
            {
                set.Add("named:", inter);
            }

            foreach (var c in list.Where(c => ConceptClasses.IsHead(c) || ConceptClasses.Tolls.Contains(c)))
            {
                set.Add("actor:", inter, "|", c);
            }
        }

        if (v.EventPlaces.Any())
        {
            set.Add("place");
        }
    }

    private static void AddBest(Names set, Frame? best)
    {
        if (best is null)
        {
            set.Add("best:none");
            return;
        }

        set.Add("best:", best.Type?.Name ?? "?");
        set.Add("trigger:", best.Trigger.Concept);
        set.Add("confidence:" + Math.Round(best.Confidence, 1).ToString("0.0", CultureInfo.InvariantCulture));
        int i1 = best.Actor1?.Value.Inter ?? 0, i2 = best.Actor2?.Value.Inter ?? 0;
        set.Add($"actors:{i1}|{i2}");
        set.Add("actor1:" + i1.ToString(CultureInfo.InvariantCulture));
        set.Add("actor2:" + i2.ToString(CultureInfo.InvariantCulture));
        foreach (var c in best.ConceptNames)
        {
            set.Add("with:", c);
        }

        if (best.Killed is not null)
        {
            set.Add("killed");
        }

        if (best.CiviliansTargeted)
        {
            set.Add("civilians");
        }

        if (best.Attempt)
        {
            set.Add("attempt");
        }
    }

    /// <summary>
    /// The feature names of one report, each written from parts; with a model, a name it has no weight for is
    /// looked up in a scratch buffer and dropped without becoming a string.
    /// </summary>
    private sealed class Names(LinearModel? model)
    {
        private readonly HashSet<string> _set = new(StringComparer.Ordinal);
        private char[] _buffer = new char[128];

        public void Add(params ReadOnlySpan<string> parts)
        {
            if (model is null)
            {
                _set.Add(string.Concat(parts));
                return;
            }

            int length = 0;
            foreach (var part in parts)
            {
                length += part.Length;
            }

            if (length > _buffer.Length)
            {
                _buffer = new char[length * 2];
            }

            int at = 0;
            foreach (var part in parts)
            {
                part.CopyTo(_buffer.AsSpan(at));
                at += part.Length;
            }

            if (model.Known(_buffer.AsSpan(0, length)) is { } name)
            {
                _set.Add(name);
            }
        }

        public List<string> Sorted() => [.. _set.Order(StringComparer.Ordinal)];
    }
}
