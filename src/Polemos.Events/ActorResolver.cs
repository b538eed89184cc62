using Polemos.Core;
using Polemos.Geo;
using Polemos.Recognition;

namespace Polemos.Events;

/// <summary>
/// Turns actor mentions into ACLED names for one report: registry actors qualified by the report's country,
/// state forces by country and the report's date, generic descriptions ("i jihadisti", "gunmen") linked to the report's
/// dominant armed group when it names one, else to ACLED's generic actors ("Unidentified Armed Group (Mali)").
/// </summary>
internal sealed class ActorResolver
{
    private readonly ActorRegistry _registry;
    private readonly Document _document;
    private readonly IGazetteer _gazetteer;
    private readonly string? _country;
    private readonly string? _countryName;
    private readonly DateOnly _date;
    private readonly ResolvedActor? _dominantArmed;

    /// <summary>The registry ids the report names: an operation coded only where it is named needs its own.</summary>
    private readonly HashSet<string> _namedIds;

    /// <summary>The named organisations that open brackets right after a description of armed men, by the description's end.</summary>
    private readonly Dictionary<int, ActorMention>? _bracketed;

    /// <summary>The language's definite articles: "the attackers" after a report's one armed group are that group.</summary>
    private readonly IReadOnlySet<string>? _definiteArticles;

    public ActorResolver(ActorRegistry registry, Document document, IGazetteer gazetteer, IReadOnlySet<string>? definiteArticles = null)
    {
        _definiteArticles = definiteArticles;
        _registry = registry;
        _document = document;
        _gazetteer = gazetteer;
        _country = document.Context.CountryCode;
        _countryName = _country is null ? null : gazetteer.CountryName(_country);
        // A report with no publication date is dated by the latest day it names ("02/19/2012: gunmen attacked…"): the
        // state's forces are those of that period, not of today's.
        _date = document.Meta.Published ?? LatestDayNamed(document) ?? DateOnly.MaxValue;
        _bracketed = Bracketed(document);
        _namedIds = document.MentionsOf<ActorMention>().Select(m => m.ActorId).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var counts = new Dictionary<string, (int Count, int First, ResolvedActor Actor)>(StringComparer.Ordinal);
        foreach (var m in document.MentionsOf<ActorMention>())
        {
            if (m.ActorId is null || ResolveNamed(m) is not { } r)
            {
                continue;
            }

            counts[r.Name] = counts.TryGetValue(r.Name, out var c) ? (c.Count + 1, c.First, r) : (1, m.Span.Start, r);
        }

        // Many reports name no registry actor: they need no ordering.
        if (counts.Count == 0)
        {
            return;
        }

        foreach (var (name, _) in counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First))
        {
            document.Context.DominantActors.Add(name);
        }

        // Only a group named more often than any other is the report's: "groups linked to the Islamic State and to
        // al-Qaeda operate in the area" leaves the attackers unknown.
        var armed = counts.Values
            .Where(c => c.Actor.Inter is Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia)
            .OrderByDescending(c => c.Count).ThenBy(c => c.First)
            .Take(2).ToList();
        _dominantArmed = armed.Count == 0 || (armed.Count == 2 && armed[1].Count == armed[0].Count) ? null : armed[0].Actor;
    }

    public ResolvedActor? Resolve(ActorMention m)
    {
        // "Government security forces (Danab)", "gunmen (Al Shabaab)": a description of armed men with a named organisation
        // opening the brackets right after it is that organisation, where the name resolves in this report.
        if (m.ActorId is null && _bracketed is not null && _bracketed.TryGetValue(m.Span.End, out var named) && Resolve(named) is { } organisation)
        {
            return organisation;
        }

        var r = ResolveCore(m);

        // ACLED codes a state's forces acting outside their own country as external forces (inter 8).
        if (r is { Inter: Inter.StateForces } && StateCountry(m) is { } home && _country is not null && home != _country)
        {
            // Where the state leads an operation in that country, ACLED names the operation ("Saudi forces" in Yemen are
            // the Saudi-led coalition's Operation Restoring Hope).
            r = r.Kind == ActorKind.StateMilitary && _registry.OperationOf(home, _country, _date, _namedIds) is { } op &&
                _registry.ResolveNamed(op, _country, _countryName, _date) is { } operation
                ? operation
                : r with { Inter = Inter.External };
        }

        return r;
    }

    /// <summary>The coalition or movement a component group is coded under on the report's day, resolved; null for any other actor.</summary>
    public ResolvedActor? ParentOf(ResolvedActor a) =>
        a.ActorId is { } id && _registry.ParentOf(id, _date) is { } parent ? _registry.ResolveNamed(parent, _country, _countryName, _date) : null;

    /// <summary>
    /// A state's forces named by their unit: the one the words named ("gendarmes"), else the one that carries out such
    /// events in the report's country, where the registry lists it (data/actors/units.tsv: Russia's air strikes in
    /// Ukraine are its air force's). Every other actor stays as it is.
    /// </summary>
    public ResolvedActor AsUnit(ResolvedActor a, SubEventType? acting)
    {
        if (a.UnitName is { } unitName)
        {
            return a with { Name = unitName, UnitName = null };
        }

        if (acting is null || a is not { Kind: ActorKind.StateMilitary, ActorId: { } id } || !id.StartsWith("state-military:", StringComparison.Ordinal))
        {
            return a;
        }

        string state = id["state-military:".Length..].ToUpperInvariant();
        return _registry.UnitActing(state, acting.Name, _country) is { } unit &&
               _registry.ResolveState(ActorKind.StateMilitary, state, _date, id, unit) is { UnitName: { } named } forces && forces.Name == a.Name
            ? a with { Name = named }
            : a;
    }

    /// <summary>
    /// The named organisations each opening brackets right after a description of armed men ("government security forces
    /// (Danab)"), by the description's end offset; null when the report has none.
    /// </summary>
    private static Dictionary<int, ActorMention>? Bracketed(Document document)
    {
        var tokens = document.Tokens;
        Dictionary<int, ActorMention>? found = null;
        Dictionary<int, ActorMention>? namedAt = null;
        foreach (var m in document.MentionsOf<ActorMention>())
        {
            if (m.ActorId is not null)
            {
                (namedAt ??= [])[m.Span.Start] = m;
            }
        }

        if (namedAt is null)
        {
            return null;
        }

        foreach (var g in document.MentionsOf<ActorMention>())
        {
            int open = document.TokenIndexAt(g.Span.End);
            if (g.ActorId is null && g.Kind is not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters or ActorKind.StateGovernment) &&
                open + 1 < tokens.Count && tokens[open].Norm == "(" && tokens[open].Sentence == tokens[open + 1].Sentence &&
                namedAt.TryGetValue(tokens[open + 1].Span.Start, out var named))
            {
                (found ??= [])[g.Span.End] = named;
            }
        }

        return found;
    }

    private static string? StateCountry(ActorMention m) => m.ActorId is { } id ? ActorRegistry.StateOf(id) : m.CountryCode;

    private ResolvedActor? ResolveCore(ActorMention m)
    {
        if (m.ActorId is not null)
        {
            return ResolveNamed(m);
        }

        string? cc = m.CountryCode ?? _country;
        string place = cc is null ? "" : $" ({(cc == _country ? _countryName : _registry.CountryName(cc))})";
        return m.Kind switch
        {
            ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.StateGovernment =>
                cc is null ? null : _registry.ResolveState(m.Kind, cc, _date, null, m.Unit is { } unit ? _registry.UnitOf(cc, unit, _country) : null),
            ActorKind.Militants => _dominantArmed ?? new ResolvedActor($"Unidentified Armed Group{place}", Inter.PoliticalMilitia, ActorKind.Unidentified, null),
            ActorKind.Rebels => _dominantArmed is { Inter: Inter.Rebels } ? _dominantArmed
                : new ResolvedActor($"Unidentified Armed Group{place}", Inter.Rebels, ActorKind.Unidentified, null),
            // "The attackers", "the gunmen" after a report's one armed group name that group again; "gunmen" alone do not.
            ActorKind.Unidentified => DefiniteAfterArticle(m) && _dominantArmed is { } dominant ? dominant
                : new ResolvedActor($"Unidentified Armed Group{place}", Inter.PoliticalMilitia, ActorKind.Unidentified, null),
            ActorKind.IdentityMilitia => new ResolvedActor($"{m.Group}{place}", Inter.IdentityMilitia, ActorKind.IdentityMilitia, null),
            ActorKind.Civilians => new ResolvedActor($"Civilians{place}", Inter.Civilians, ActorKind.Civilians, null),
            ActorKind.Protesters => new ResolvedActor($"Protesters{place}", Inter.Protesters, ActorKind.Protesters, null),
            ActorKind.Rioters => new ResolvedActor($"Rioters{place}", Inter.Rioters, ActorKind.Rioters, null),
            _ => null,
        };
    }

    /// <summary>Whether a definite article stands right before the mention, or begins it.</summary>
    private bool DefiniteAfterArticle(ActorMention m)
    {
        // Only a description the text writes: a stand-in for an unnamed perpetrator, set on an event's word, is none.
        if (_definiteArticles is not { Count: > 0 } articles || m.Source.Length == 0)
        {
            return false;
        }

        int first = _document.TokenIndexAt(m.Span.Start);
        return articles.Contains(_document.Tokens[first].Norm) || (first > 0 && articles.Contains(_document.Tokens[first - 1].Norm) &&
                                                                   _document.Tokens[first - 1].Sentence == _document.Tokens[first].Sentence);
    }

    private ResolvedActor? ResolveNamed(ActorMention m) =>
        ForeignAcronym(m) ? null : _registry.ResolveNamed(m.ActorId!, m.CountryCode ?? _country, _countryName, _date);

    /// <summary>How far apart two countries must lie for an acronym of one's group to mean something else in the other.</summary>
    private const double FarCountryKm = 1500;

    /// <summary>The longest word read as an acronym.</summary>
    private const int MaxAcronymLetters = 5;

    /// <summary>
    /// An acronym of a group that operates in one country, in a report from a country far from it, stands for
    /// something else: "FDS" in Burkina Faso is the defence and security forces, not the Syrian Democratic Forces;
    /// "SNA" in Somalia is the Somali National Army. A neighbour's group ("PKK" in Iraq) keeps its name. So does a
    /// description that the registry gives the group only near home (<see cref="ActorMention.LocalName"/>: "volunteer
    /// fighters" are the VDP in Burkina Faso, someone else in a Ukrainian report).
    /// </summary>
    private bool ForeignAcronym(ActorMention m)
    {
        // The alias is the mention's first word ("SNA soldiers": a description after it joins the mention).
        var text = _document.Slice(_document.Tokens[_document.TokenIndexAt(m.Span.Start)].Span);
        if ((!m.LocalName && (text.Length > MaxAcronymLetters || !text.All(char.IsUpper))) || _country is null ||
            _registry.HomeCountry(m.ActorId!) is not { } home || home == _country)
        {
            return false;
        }

        return _gazetteer.Country(home) is { } a && _gazetteer.Country(_country) is { } b &&
               GeoMath.Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude) > FarCountryKm;
    }

    /// <summary>The latest calendar day a report names in full (not a relative day, a year alone or a day without its year), if any.</summary>
    private static DateOnly? LatestDayNamed(Document document)
    {
        DateOnly? latest = null;
        foreach (var d in document.MentionsOf<DateMention>())
        {
            if (d.Date is { } day && !d.Relative && !d.YearInferred && !d.YearOnly && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        return latest;
    }
}
