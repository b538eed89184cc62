using System.CommandLine;
using System.Globalization;
using Polemos.Core;
using Polemos.Events;
using Polemos.Geo;

namespace Polemos.Cli;

/// <summary>
/// `polemos geo NAME [--country CC] [--context TEXT]`: the gazetteer's ranked candidates for a place name, with the
/// reasons that ranked them, as the geocoder sees them in a report about that country or with that text around.
/// </summary>
internal static class GeoCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "A place name in any script or spelling (Deir ez-Zor, دير الزور, Дейр-эз-Зор)" };
        var country = new Option<string?>("--country") { Description = "The report's country (ISO 3166-1 alpha-2, e.g. SY)" };
        var context = new Option<string?>("--context") { Description = "Report text around the name: its country, provinces and places rank the candidates" };
        var limit = new Option<int>("--limit") { Description = "How many candidates to print", DefaultValueFactory = _ => 10 };
        var command = new Command("geo", "Ranked gazetteer candidates for a place name, and why. Contains data from GeoNames (geonames.org), CC BY 4.0.")
        {
            name, country, context, limit,
        };
        command.SetAction(parse => Run(parse.GetValue(name) ?? "", parse.GetValue(country), parse.GetValue(context), parse.GetValue(limit)));
        return command;
    }

    private static int Run(string name, string? country, string? text, int limit)
    {
        string key = NameKey.Of(name);
        if (key.Length == 0)
        {
            throw new PolemosException(ErrorCode.BadArgument, "the place name is empty once folded");
        }

        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--country takes an ISO 3166-1 alpha-2 code such as SY, not '{country}'");
        }

        var engine = Engine.Load(Engine.FindDataRoot());
        var gazetteer = engine.Gazetteer;
        string? cc = country?.ToUpperInvariant();
        if (cc is not null && gazetteer.Country(cc) is null)
        {
            throw new PolemosException(ErrorCode.BadArgument, $"unknown country code {cc}");
        }

        var geo = GeoContext.None with { CountryCode = cc };
        if (!string.IsNullOrWhiteSpace(text))
        {
            var doc = engine.Extract("context", text, new ArticleMeta());
            var places = doc.MentionsOf<PlaceMention>().Where(p => !p.Unknown).ToList();
            var candidates = places.ToDictionary(p => p, p => gazetteer.Lookup(NameKey.Of(p.Name)));
            geo = GeocodeStage.ContextOf(places, candidates, cc ?? doc.Context.CountryCode);
        }

        var all = gazetteer.Lookup(key);
        var ranked = CandidateRanker.Rank(all, key, PlaceRole.At, geo);
        var w = Console.Out;
        w.WriteLine($"{name} (key \"{key}\"): {all.Count} gazetteer entries, {ranked.Count} admissible" +
                    (geo.CountryCode is null ? "" : $" in a report about {gazetteer.CountryName(geo.CountryCode)} ({geo.CountryCode})"));
        if (geo.Anchors.Count + geo.Areas.Count > 0)
        {
            w.WriteLine($"context: places {string.Join(", ", geo.Anchors.Select(a => a.Name))}; areas {string.Join(", ", geo.Areas.Select(a => a.Name))}");
        }

        int rank = 0;
        foreach (var c in ranked.Take(Math.Max(1, limit)))
        {
            var e = c.Entry;
            string where = string.Join(", ", new[] { e.Admin2, e.Admin1, gazetteer.CountryName(e.CountryCode) }.Where(s => !string.IsNullOrEmpty(s)).Distinct());
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{++rank,3}. {c.Score,7:F2}  {e.Name} ({where}) {e.Kind} {e.Latitude:F4},{e.Longitude:F4} id {e.Id}"));
            w.WriteLine($"       because: {string.Join("; ", c.Reasons)}");
        }

        foreach (var e in all.Where(e => !ranked.Any(c => c.Entry == e)).Take(Math.Max(0, limit - rank)))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  -  {e.Name} ({gazetteer.CountryName(e.CountryCode)}) {e.Kind}: left out, abroad and neither a large city called by its own name nor a province named as such in a report about {geo.CountryCode}"));
        }

        w.WriteLine("Contains data from GeoNames (geonames.org), CC BY 4.0.");
        return all.Count > 0 ? Cli.Ok : Cli.InputFailed;
    }
}
