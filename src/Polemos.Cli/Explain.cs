using Polemos.Core;

namespace Polemos.Cli;

/// <summary>Shows an analyst what the recognisers found in each sentence, in order, with the decisions behind it.</summary>
internal static class Explain
{
    public static void Write(TextWriter o, Document d)
    {
        o.WriteLine($"# {d.Id} language={d.Language} country={d.Context.CountryCode ?? "?"} dominant=[{string.Join(", ", d.Context.DominantActors)}]");
        foreach (var s in d.Sentences)
        {
            o.WriteLine($"[{s.Index}{(s.IsHeadline ? " headline" : "")}] {d.Slice(s.Span)}");
            foreach (var m in d.Mentions.Where(m => s.Span.Contains(m.Span)).OrderBy(m => m.Span.Start))
            {
                string what = m switch
                {
                    ConceptMention c => $"concept {c.Concept} ({c.Form})",
                    ActorMention a => $"actor {a.ActorId ?? a.Kind.ToString()}{(a.CountryCode is null ? "" : " " + a.CountryCode)}",
                    PlaceMention p => $"place {p.Role}{(p.Unknown ? " unknown" : "")} → {(p.Entry is null ? "-" : $"{p.Entry.Name} {p.Entry.CountryCode} {p.Entry.Kind}")}" +
                                      (p.Candidates.Count > 1 ? $" (of {p.Candidates.Count}: {string.Join("; ", p.Candidates.Take(3).Select(c => $"{c.Entry.Name} {c.Entry.CountryCode} {c.Score}"))})" : ""),
                    QuantityMention q => $"quantity {q.Best} [{q.Low}-{q.High?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}]{(q.Unit is null ? "" : " " + q.Unit)}",
                    DateMention t => $"date {t.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} p{t.Precision}",
                    _ => m.GetType().Name,
                };
                o.WriteLine($"    {d.Slice(m.Span),-32} {what}");
            }
        }
    }
}
