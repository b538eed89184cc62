using System.Globalization;
using Polemos.Core;
using Polemos.Text;

namespace Polemos.Recognition;

/// <summary>A named organisation from data/actors/actors.tsv.</summary>
/// <remarks>A period runs from <see cref="From"/> up to, not including, <see cref="To"/>; a row gives a year (its 1 January) or a day.</remarks>
public sealed record ActorEntry(string Id, string Name, int Inter, string Country, DateOnly? From, DateOnly? To, string Kind)
{
    /// <summary>True when ACLED qualifies the name by country ("Islamic State (Syria)").</summary>
    public bool Multinational => Name.Contains("{country}", StringComparison.Ordinal);

    public bool IsArmedNonState => Inter is Core.Inter.Rebels or Core.Inter.PoliticalMilitia or Core.Inter.IdentityMilitia;
}

/// <summary>A state's forces for one regime period (data/actors/state_forces.tsv).</summary>
public sealed record StateForces(string Iso2, string Country, DateOnly From, DateOnly? To, string Military, string Police, string Government);

/// <summary>
/// A state's forces coded under an operation it leads in another country (data/actors/operations.tsv);
/// <see cref="OnlyNamed"/>: only in a report that names the operation.
/// </summary>
public sealed record Operation(string State, string Theatre, DateOnly From, DateOnly? To, string ActorId, bool OnlyNamed = false);

/// <summary>
/// A unit of a state's forces that ACLED names by its branch's forces and the unit (data/actors/units.tsv): "Military
/// Forces of Turkey (2016-) Gendarmerie". <see cref="Label"/> is what a language's words call it ("Border Guards"),
/// <see cref="Unit"/> what ACLED writes ("State Border Guard Service"); <see cref="State"/> is "*" for a unit every
/// state's forces have. <see cref="Theatre"/> limits it to events in one country; <see cref="Acting"/> names the sub-event
/// type whose state forces are the unit though the report names only the forces.
/// </summary>
public sealed record StateUnit(string State, string Label, string Unit, ActorKind Branch, string? Theatre, string? Acting);

/// <summary>
/// An alias row: the words, the actor id, whether its case must match (short acronyms such as "IS"), and whether it is a
/// description that names the group only in reports of its home country or near it ("volunteer fighters" are Burkina
/// Faso's VDP).
/// </summary>
public sealed record ActorAlias(string Alias, string ActorId, bool ExactCase, bool Local = false);

/// <summary>An actor resolved to its ACLED-style name and inter code for one event.</summary>
public sealed record ResolvedActor(string Name, int Inter, ActorKind Kind, string? ActorId)
{
    /// <summary>
    /// The name of the state's unit the words named ("Military Forces of Turkey (2016-) Gendarmerie"), written into the
    /// record in place of <see cref="Name"/>: the forces the words describe, by which the event's sides are told apart
    /// until then.
    /// </summary>
    public string? UnitName { get; init; }
}

/// <summary>
/// The multilingual alias registry kept as data. Named organisations are language-independent; aliases carry a
/// language or '*'. State forces resolve by country and date to their regime-period names.
/// </summary>
public sealed class ActorRegistry
{
    private readonly Dictionary<string, List<ActorEntry>> _actors = new(StringComparer.Ordinal);
    /// <summary>Each country's state-force periods, in file order (a look-up per actor mention; the file has 165 rows).</summary>
    private readonly Dictionary<string, List<StateForces>> _stateForces = new(StringComparer.Ordinal);
    private readonly List<(ActorAlias Alias, string Lang)> _aliases = [];
    private readonly List<Operation> _operations = [];
    private readonly List<StateUnit> _units = [];
    private readonly Dictionary<string, PhraseMatcher<ActorAlias>> _matchers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The coalition or movement each component group is coded under, by component id, with the period.</summary>
    private readonly Dictionary<string, List<(string Parent, DateOnly? From, DateOnly? To)>> _parents = new(StringComparer.Ordinal);

    /// <summary>The countries where each group with a theatre of several countries acts, by id (data/actors/theatres.tsv).</summary>
    private readonly Dictionary<string, string[]> _theatres = new(StringComparer.Ordinal);

    public ActorRegistry(TsvTable actors, TsvTable aliases, TsvTable stateForces, TsvTable? operations = null, TsvTable? units = null,
        TsvTable? components = null, TsvTable? theatres = null)
    {
        if (theatres is not null)
        {
            int actor = theatres.Column("actor"), countries = theatres.Column("countries");
            foreach (var row in theatres.Rows)
            {
                string a = TsvTable.Cell(row, actor);
                var codes = TsvTable.Cell(row, countries).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(c => c.Length == 2).Select(c => c.ToUpperInvariant()).ToArray();
                if (a.Length > 0 && codes.Length > 0)
                {
                    _theatres[a] = codes;
                }
            }
        }

        if (components is not null)
        {
            int component = components.Column("component"), parent = components.Column("parent"),
                cFrom = components.Column("from"), cTo = components.Column("to");
            foreach (var row in components.Rows)
            {
                string c = TsvTable.Cell(row, component);
                if (c.Length == 0)
                {
                    continue;
                }

                if (!_parents.TryGetValue(c, out var list))
                {
                    list = [];
                    _parents[c] = list;
                }

                list.Add((TsvTable.Cell(row, parent), ParseBoundary(TsvTable.Cell(row, cFrom)), ParseBoundary(TsvTable.Cell(row, cTo))));
            }
        }

        int id = actors.Column("id"), name = actors.Column("name"), inter = actors.Column("inter"), country = actors.Column("country"),
            from = actors.Column("from"), to = actors.Column("to"), kind = actors.Column("kind");
        foreach (var row in actors.Rows)
        {
            var e = new ActorEntry(TsvTable.Cell(row, id), TsvTable.Cell(row, name),
                ParseInt(TsvTable.Cell(row, inter)) ?? 0, TsvTable.Cell(row, country), ParseBoundary(TsvTable.Cell(row, from)),
                ParseBoundary(TsvTable.Cell(row, to)), TsvTable.Cell(row, kind));
            if (e.Id.Length > 0)
            {
                if (!_actors.TryGetValue(e.Id, out var periods))
                {
                    periods = [];
                    _actors[e.Id] = periods;
                }

                periods.Add(e);
            }
        }

        int iso = stateForces.Column("iso2"), cname = stateForces.Column("country"), sf = stateForces.Column("from"),
            st = stateForces.Column("to"), mil = stateForces.Column("military"), pol = stateForces.Column("police"),
            gov = stateForces.Column("government");
        foreach (var row in stateForces.Rows)
        {
            var forces = new StateForces(TsvTable.Cell(row, iso).ToUpperInvariant(), TsvTable.Cell(row, cname),
                ParseBoundary(TsvTable.Cell(row, sf)) ?? DateOnly.MinValue, ParseBoundary(TsvTable.Cell(row, st)), TsvTable.Cell(row, mil),
                TsvTable.Cell(row, pol), TsvTable.Cell(row, gov));
            if (!_stateForces.TryGetValue(forces.Iso2, out var periods))
            {
                periods = [];
                _stateForces[forces.Iso2] = periods;
            }

            periods.Add(forces);
        }

        int alias = aliases.Column("alias"), aid = aliases.Column("id"), lang = aliases.Column("lang"), kase = aliases.Column("case");
        foreach (var row in aliases.Rows)
        {
            string a = TsvTable.Cell(row, alias);
            if (a.Length == 0)
            {
                continue;
            }

            var flags = TsvTable.Cell(row, kase).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            _aliases.Add((new ActorAlias(a, TsvTable.Cell(row, aid), flags.Contains("exact"), flags.Contains("local")), TsvTable.Cell(row, lang)));
        }

        if (operations is not null)
        {
            int state = operations.Column("state"), theatre = operations.Column("theatre"), of = operations.Column("from"),
                ot = operations.Column("to"), actor = operations.Column("actor"), when = operations.Column("when");
            foreach (var row in operations.Rows)
            {
                _operations.Add(new Operation(TsvTable.Cell(row, state).ToUpperInvariant(), TsvTable.Cell(row, theatre).ToUpperInvariant(),
                    ParseBoundary(TsvTable.Cell(row, of)) ?? DateOnly.MinValue, ParseBoundary(TsvTable.Cell(row, ot)), TsvTable.Cell(row, actor),
                    when >= 0 && TsvTable.Cell(row, when) == "named"));
            }
        }

        if (units is not null)
        {
            int state = units.Column("state"), label = units.Column("label"), unit = units.Column("unit"), branch = units.Column("branch"),
                theatre = units.Column("theatre"), acting = units.Column("acting");
            foreach (var row in units.Rows)
            {
                string t = TsvTable.Cell(row, theatre), a = TsvTable.Cell(row, acting);
                _units.Add(new StateUnit(TsvTable.Cell(row, state).ToUpperInvariant(), TsvTable.Cell(row, label), TsvTable.Cell(row, unit),
                    TsvTable.Cell(row, branch) == "police" ? ActorKind.StatePolice : ActorKind.StateMilitary,
                    t.Length == 2 ? t.ToUpperInvariant() : null, a.Length > 0 ? a : null));
            }
        }
    }

    /// <summary>
    /// The one country a named organisation keeps to, when the registry gives one and it is no state's, foreign or
    /// international force (armies, coalitions and UN missions act abroad): its events' usual theatre. Null otherwise.
    /// </summary>
    public string? HomeOf(string id) =>
        _actors.TryGetValue(id, out var periods) && periods[0] is { Country.Length: 2 } e &&
        e.Kind is not ("state_military" or "state_police" or "external" or "coalition" or "un")
            ? e.Country.ToUpperInvariant()
            : null;

    /// <summary>
    /// The countries where a group acts across borders (data/actors/theatres.tsv: JNIM in Mali, Burkina Faso, Niger,
    /// Benin and Togo), or null when the registry lists none: a place far from all of them is no place of its events.
    /// </summary>
    public IReadOnlyList<string>? TheatreOf(string id) => _theatres.GetValueOrDefault(id);

    /// <summary>Whether the organisation keeps to its home (<see cref="HomeOf"/>) and is no jihadist group, whose raids cross borders.</summary>
    public bool KeepsHome(string id) => HomeOf(id) is not null && _actors[id][0].Kind != "jihadist";

    /// <summary>Every organisation's naming periods, by id.</summary>
    public IReadOnlyDictionary<string, List<ActorEntry>> Actors => _actors;

    public static ActorRegistry Load(string actorsDirectory) => new(
        TsvTable.Read(Path.Combine(actorsDirectory, "actors.tsv")),
        TsvTable.Read(Path.Combine(actorsDirectory, "aliases.tsv")),
        TsvTable.Read(Path.Combine(actorsDirectory, "state_forces.tsv")),
        TsvTable.Read(Path.Combine(actorsDirectory, "operations.tsv")),
        TsvTable.Read(Path.Combine(actorsDirectory, "units.tsv")),
        File.Exists(Path.Combine(actorsDirectory, "components.tsv")) ? TsvTable.Read(Path.Combine(actorsDirectory, "components.tsv")) : null,
        File.Exists(Path.Combine(actorsDirectory, "theatres.tsv")) ? TsvTable.Read(Path.Combine(actorsDirectory, "theatres.tsv")) : null);

    /// <summary>
    /// The coalition or movement a component group is coded under on a day (data/actors/components.tsv: Katiba Macina's
    /// events are JNIM's, the katiba associated), or null when the group is coded on its own.
    /// </summary>
    public string? ParentOf(string id, DateOnly on)
    {
        if (!_parents.TryGetValue(id, out var list))
        {
            return null;
        }

        foreach (var (parent, from, to) in list)
        {
            if (Covers(from, to, on))
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>
    /// The unit a language's label names for a state's forces where its events happen ("Gendarmerie" in Turkey), if the
    /// registry lists it there: the state's own row, else the row every state's forces share ("*").
    /// </summary>
    public StateUnit? UnitOf(string state, string label, string? theatre) =>
        _units.Find(u => u.State == state && Labelled(u, label, theatre)) ?? _units.Find(u => u.State == "*" && Labelled(u, label, theatre));

    private static bool Labelled(StateUnit u, string label, string? theatre) =>
        string.Equals(u.Label, label, StringComparison.Ordinal) && (u.Theatre is null || u.Theatre == theatre);

    /// <summary>The unit whose forces carry out a sub-event type in a country ("Air/drone strike": Russia's air force in Ukraine), if any.</summary>
    public StateUnit? UnitActing(string state, string subEventType, string? theatre) =>
        _units.Find(u => u.State == state && string.Equals(u.Acting, subEventType, StringComparison.Ordinal) && (u.Theatre is null || u.Theatre == theatre));

    /// <summary>
    /// The operation a state's forces are coded under when they act in another country on a day ("Saudi forces" in
    /// Yemen are the Saudi-led coalition's), if the registry lists one; a row that applies only where the report names
    /// the operation needs its id among <paramref name="named"/>, the registry ids the report names.
    /// </summary>
    public string? OperationOf(string state, string theatre, DateOnly on, IReadOnlySet<string>? named = null)
    {
        foreach (var o in _operations)
        {
            if (o.State == state && o.Theatre == theatre && Covers(o.From, o.To, on) && (!o.OnlyNamed || named?.Contains(o.ActorId) == true))
            {
                return o.ActorId;
            }
        }

        return null;
    }

    /// <summary>The alias matcher for one language (its own aliases and the '*' ones).</summary>
    public PhraseMatcher<ActorAlias> MatcherFor(string lang, WordRules? rules)
    {
        lock (_lock)
        {
            if (_matchers.TryGetValue(lang, out var m))
            {
                return m;
            }

            m = new PhraseMatcher<ActorAlias>();
            foreach (var (alias, l) in _aliases)
            {
                if (l is "*" or "" || string.Equals(l, lang, StringComparison.Ordinal))
                {
                    m.Add(alias.Alias, alias, rules);
                }
            }

            // Aliases in other languages still help (a Syrian group's Arabic name in an Italian report), but after the
            // language's own: first added wins for an identical phrase.
            foreach (var (alias, l) in _aliases)
            {
                if (l is not ("*" or "") && !string.Equals(l, lang, StringComparison.Ordinal))
                {
                    m.Add(alias.Alias, alias, rules);
                }
            }

            _matchers[lang] = m;
            return m;
        }
    }

    /// <summary>The state's forces on a day: the period that covers it, else the earliest for a day before them all, else the newest.</summary>
    public StateForces? StateForcesFor(string iso2, DateOnly on)
    {
        if (!_stateForces.TryGetValue(iso2, out var periods))
        {
            return null;
        }

        StateForces? best = null;
        foreach (var s in periods)
        {
            bool inside = Covers(s.From, s.To, on);
            if (inside && (best is null || s.From > best.From))
            {
                best = s;
            }
        }

        // A day before every period the registry holds takes the earliest, the nearest in time; otherwise the latest.
        return best ?? (periods.All(s => s.From > on) ? periods.MinBy(s => s.From) : periods.MaxBy(s => s.From));
    }

    /// <summary>The prefix of an alias id that names a state's unit: "unit:", the state's ISO code, ":", the unit as units.tsv writes it.</summary>
    public const string UnitIdPrefix = "unit:";

    /// <summary>The country an organisation operates in (ISO2), or null when it is active in several ("*") or unknown.</summary>
    public string? HomeCountry(string actorId) =>
        UnitState(actorId) ?? (_actors.TryGetValue(actorId, out var periods) && periods.Count > 0 && periods[0].Country is { Length: 2 } cc ? cc : null);

    /// <summary>
    /// The state whose forces an id names: a state's forces ("state-police:KE" → KE) or one of their units
    /// ("unit:KE:General Service Unit" → KE); null for an organisation's id.
    /// </summary>
    public static string? StateOf(string actorId) =>
        actorId.StartsWith("state-", StringComparison.Ordinal) && actorId.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            ? actorId[(colon + 1)..].ToUpperInvariant()
            : UnitState(actorId);

    /// <summary>The state of a unit's id ("unit:KE:General Service Unit" → KE), or null for any other id.</summary>
    public static string? UnitState(string actorId) =>
        actorId.StartsWith(UnitIdPrefix, StringComparison.Ordinal) && actorId.Length > UnitIdPrefix.Length + 3
            ? actorId.Substring(UnitIdPrefix.Length, 2).ToUpperInvariant()
            : null;

    public string CountryName(string iso2) => _stateForces.TryGetValue(iso2, out var periods) ? periods[0].Country : iso2;

    /// <summary>The ACLED-style name of a registry actor in a given country on a given day.</summary>
    public ResolvedActor? ResolveNamed(string actorId, string? countryCode, string? countryName, DateOnly on)
    {
        // "unit:KE:General Service Unit": a unit the report names by its own name, of the state the id gives.
        if (UnitState(actorId) is { } state)
        {
            string unitName = actorId[(UnitIdPrefix.Length + 3)..];
            var unit = _units.Find(u => u.State == state && string.Equals(u.Unit, unitName, StringComparison.Ordinal));
            return unit is null ? null
                : ResolveState(unit.Branch, state, on, $"{(unit.Branch == ActorKind.StatePolice ? "state-police" : "state-military")}:{state}", unit);
        }

        if (actorId.StartsWith("state-", StringComparison.Ordinal))
        {
            int colon = actorId.IndexOf(':', StringComparison.Ordinal);
            string cc = colon > 0 ? actorId[(colon + 1)..].ToUpperInvariant() : countryCode ?? "";
            var kind = actorId.StartsWith("state-police", StringComparison.Ordinal) ? ActorKind.StatePolice
                : actorId.StartsWith("state-gov", StringComparison.Ordinal) ? ActorKind.StateGovernment : ActorKind.StateMilitary;
            return ResolveState(kind, cc, on, actorId);
        }

        if (!_actors.TryGetValue(actorId, out var periods))
        {
            return null;
        }

        // The naming period that covers the day, else the newest (rows are listed newest first).
        var e = periods.FirstOrDefault(p => Covers(p.From, p.To, on)) ?? periods[0];

        string name = e.Name;
        if (e.Multinational)
        {
            string country = countryName ?? (countryCode is null ? null : CountryName(countryCode)) ?? "";
            name = country.Length == 0 ? name.Replace(" ({country})", "", StringComparison.Ordinal) : name.Replace("{country}", country, StringComparison.Ordinal);
        }

        var k = e.Kind switch
        {
            "state_military" => ActorKind.StateMilitary,
            "state_police" => ActorKind.StatePolice,
            "government" => ActorKind.StateGovernment,
            _ => ActorKind.Named,
        };
        return new ResolvedActor(name, e.Inter, k, e.Id);
    }

    /// <summary>State forces by country and day: "Military Forces of Syria (2000-2024)".</summary>
    public ResolvedActor? ResolveState(ActorKind kind, string iso2, DateOnly on, string? id = null) => ResolveState(kind, iso2, on, id, null);

    /// <summary>
    /// State forces by country and day, with the name of their unit where the registry lists it (<paramref name="unit"/>
    /// given by the report's words, such as "Gendarmerie"): the unit's branch decides whose forces head that name.
    /// </summary>
    public ResolvedActor? ResolveState(ActorKind kind, string iso2, DateOnly on, string? id, StateUnit? unit)
    {
        var sf = StateForcesFor(iso2, on);
        if (sf is null)
        {
            return null;
        }

        string name = kind switch
        {
            ActorKind.StatePolice => sf.Police,
            ActorKind.StateGovernment => sf.Government,
            _ => sf.Military,
        };
        if (name.Length == 0)
        {
            return null;
        }

        // A unit keeps the name of the forces its words describe while the event's sides are read ("Polícia Militar" and
        // "os policiais" are one side); the unit's own name follows its branch, as ACLED writes it.
        string? unitName = null;
        if (unit is not null && kind != ActorKind.StateGovernment && (unit.Branch == ActorKind.StatePolice ? sf.Police : sf.Military) is { Length: > 0 } forces)
        {
            unitName = $"{forces} {unit.Unit}";
        }

        return new ResolvedActor(name, Inter.StateForces, kind, id ?? $"state-military:{iso2}") { UnitName = unitName };
    }

    /// <summary>
    /// A period's boundary: a year ("2021", its 1 January; a boundary year belongs to the newer period) or the day a
    /// regime changed ("2021-08-15").
    /// </summary>
    private static DateOnly? ParseBoundary(string s) =>
        s.Length == 4 && ParseInt(s) is { } year ? new DateOnly(year, 1, 1)
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : null;

    /// <summary>
    /// A period holds the day from its start up to, not including, its end; a one-year period ("2019" to "2019") lasts
    /// that year; an open start or end is unbounded.
    /// </summary>
    private static bool Covers(DateOnly? from, DateOnly? to, DateOnly on)
    {
        var start = from ?? DateOnly.MinValue;
        return start <= on && (to is not { } end || on < (end > start ? end : start.AddYears(1)));
    }

    private static int? ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;
}
