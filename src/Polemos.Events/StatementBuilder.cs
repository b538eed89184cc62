using System.Globalization;
using Polemos.Core;
using Polemos.Recognition;

namespace Polemos.Events;

/// <summary>
/// The two statement kinds beside events (SPEC §1): <c>territory</c> (who holds, surrounds or left which area, its
/// size) and <c>displacement</c> (people leaving a place, to where, through what).
/// </summary>
internal sealed class StatementBuilder
{
    private readonly Document _document;
    private readonly List<SentenceView> _views;
    private readonly Locator _locator;
    private readonly RecordWriter _writer;

    /// <summary>
    /// The movement told as done behind each displacement record ("were evacuated", "fled"; not "refugees", "to flee"), the
    /// first when statements merged.
    /// </summary>
    private readonly Dictionary<ExtractedRecord, (TextSpan Move, ResolvedActor People)> _moves = new(ReferenceEqualityComparer.Instance);

    /// <summary>The language's coordinating conjunctions ("and", "et"): a movement right after one shares the subject of the clause before it.</summary>
    private readonly IReadOnlySet<string> _conjunctions;

    /// <summary>The language's markers of place: a noun of flight next to a place noun names a place ("refugee camp").</summary>
    private readonly PhraseMatcher<PlaceMarker> _placeMarkers;

    public StatementBuilder(Document document, List<SentenceView> views, Locator locator, RecordWriter writer, IReadOnlySet<string> conjunctions,
                            PhraseMatcher<PlaceMarker> placeMarkers)
    {
        _document = document;
        _conjunctions = conjunctions;
        _placeMarkers = placeMarkers;
        _views = views;
        _locator = locator;
        _writer = writer;
    }

    public List<ExtractedRecord> Build()
    {
        var territory = new List<ExtractedRecord>();
        var displacement = new List<ExtractedRecord>();
        for (int s = 0; s < _views.Count; s++)
        {
            var v = _views[s];
            if (ConceptClasses.IsSilenced(v))
            {
                continue;
            }

            foreach (var (c, token) in v.Concepts)
            {
                if (ConceptClasses.Confinement.Contains(c.Concept) && c.Form != WordForm.Infinitive && Territory(s, v, c, token) is { } r)
                {
                    AddOrMerge(territory, r);
                }
            }

            var move = v.Concepts.FirstOrDefault(c => ConceptClasses.Movement.Contains(c.Mention.Concept) && !NamesAPlace(v, c.Mention, c.Token));
            if (move.Mention is not null && v.Actors.Any(a => a.Actor.Kind == ActorKind.Civilians) && (move.Mention.Form == WordForm.Noun || !MoverIsArmed(v, move.Token)))
            {
                var d = Displacement(s, v, move.Mention, move.Token);
                var told = v.Concepts.FirstOrDefault(c => ConceptClasses.Movement.Contains(c.Mention.Concept) &&
                                                          c.Mention.Form is not (WordForm.Noun or WordForm.Infinitive or WordForm.Future or WordForm.Conditional));
                var kept = AddOrMerge(displacement, d);
                if (told.Mention is not null)
                {
                    _moves.TryAdd(kept, (told.Mention.Span, v.Actors.First(a => a.Actor.Kind == ActorKind.Civilians).Actor));
                }
            }
        }

        return [.. territory, .. displacement];
    }

    /// <summary>
    /// ACLED codes people displaced as a strategic development ("Other") of the civilians who left, with no second actor
    /// ("140 people were evacuated from the town"), when that is what the report tells: a report that also tells of the
    /// violence they fled is coded by that violence. So only a report with no event of its own gets these, one for each
    /// of its displacement statements whose movement is told as done (<see cref="Build"/> first): people named by their
    /// plight ("refugees", "the displaced") or a movement only intended ("to flee") are no displacement event.
    /// </summary>
    public List<ExtractedRecord> DisplacementEvents(IEnumerable<ExtractedRecord> statements)
    {
        var events = new List<ExtractedRecord>();
        foreach (var d in statements)
        {
            if (d.Kind != RecordKinds.Displacement || !_moves.TryGetValue(d, out var told))
            {
                continue;
            }

            var move = told.Move;
            var r = _writer.NewRecord(RecordKinds.Event);
            r.DisorderType = Taxonomy.DisorderFor(Taxonomy.Other, 0);
            r.EventType = Taxonomy.Other.EventType;
            r.SubEventType = Taxonomy.Other.Name;
            _writer.Evidence(r, "event_type", move);
            _writer.Evidence(r, "sub_event_type", move);
            (r.Country, r.Iso2, r.Location, r.Latitude, r.Longitude) = (d.Country, d.Iso2, d.Location, d.Latitude, d.Longitude);
            r.Actor1 = RecordWriter.InEventCountry(told.People, d.People, r.Country);
            r.Inter1 = Inter.Civilians;
            r.Interaction = Inter.Interaction(Inter.Civilians, 0);
            (r.GeoPrecision, r.GeoNamesId, r.Admin1, r.Admin2) = (d.GeoPrecision, d.GeoNamesId, d.Admin1, d.Admin2);
            (r.EventDate, r.TimePrecision, r.Certainty) = (d.EventDate, d.TimePrecision, d.Certainty);
            (r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh) = (0, 0, 0);
            foreach (var e in d.Evidence)
            {
                string field = e.Field switch { "people" => "actor1", "from" => "location", _ => e.Field };
                if (field is "actor1" or "country" or "location" or "latitude" or "longitude" or "geo_precision" or "admin1" or "event_date" &&
                    !r.Evidence.Any(x => x.Field == field))
                {
                    r.Evidence.Add(e with { Field = field });
                }
            }

            r.Confidence = 0.4;
            r.Notes = Notes.Displaced(r);
            r.EventId = _writer.EventId(r, move);
            events.Add(r);
        }

        return events;
    }

    private ExtractedRecord? Territory(int s, SentenceView v, ConceptMention c, int token)
    {
        // The party whose territory it is: the encircled or confined one (object of an active "encircle",
        // subject of "is confined"), or the one who withdrew.
        bool active = c.Concept == Concepts.Encircle && c.Form is WordForm.Past or WordForm.Present or WordForm.Any;
        var before = v.Actors.Where(a => a.Token < token).LastOrDefault();
        var after = v.Actors.FirstOrDefault(a => a.Token > token);
        var holder = active ? after ?? before : before ?? after;
        var by = active ? before : null;
        if (holder is null)
        {
            return null;
        }

        var r = _writer.NewRecord(RecordKinds.Territory);
        r.Actor = holder.Actor.Name;
        _writer.Evidence(r, "actor", holder.Mention.Span);
        r.Change = c.Concept == Concepts.Withdraw ? "withdrew" : "encircled";
        _writer.Evidence(r, "change", c.Span);
        if (by is not null && by.Actor.Name != holder.Actor.Name)
        {
            r.Actor1 = by.Actor.Name;
            _writer.Evidence(r, "actor1", by.Mention.Span);
        }

        var place = Locator.PlaceFor(v, token);
        _writer.Locate(r, _locator.Resolve(place, s));
        var size = v.Quantities.Concat(s + 1 < _views.Count ? _views[s + 1].Quantities : []).FirstOrDefault(q => q.Mention.Unit == "km");
        if (size.Mention is not null)
        {
            r.SizeKm = size.Mention.Best;
            _writer.Evidence(r, "size_km", size.Mention.Span);
        }

        _writer.SetDate(r, v.Dates.FirstOrDefault(d => !d.Since && !d.YearOnly));
        r.Certainty = Certainty.Reported;
        r.Confidence = place is null ? 0.4 : 0.6;
        r.Notes = $"{r.Actor} {(r.Change == "withdrew" ? "withdrew" : "was encircled or confined")}{(r.Location is null ? "" : " at " + r.Location)}" +
                  (r.SizeKm is { } km ? $", in an area of about {km.ToString(CultureInfo.InvariantCulture)} km" : "") + ".";
        r.EventId = _writer.EventId(r, c.Span);
        return r;
    }

    /// <summary>
    /// Whether a noun of flight (or a participle used as one) stands next to a place noun, naming a place where displaced
    /// people live, not a flight: "the Jenin refugee camp", "un camp de déplacés", "campo profughi".
    /// </summary>
    private bool NamesAPlace(SentenceView v, ConceptMention move, int token)
    {
        if (move.Form is not (WordForm.Noun or WordForm.Participle))
        {
            return false;
        }

        var tokens = _document.Tokens;
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        int last = _document.TokenIndexAt(move.Span.End) - 1;
        for (int j = Math.Max(v.Sentence.FirstToken, token - 2); j <= token && j <= last; j++)
        {
            // Before the noun, or as the phrase's own first word ("camp de déplacés").
            if (_placeMarkers.MatchAt(tokens, j, Math.Max(token, j + 1)) is { Value: PlaceMarker.PlaceNoun or PlaceMarker.Settlement } before && before.First == j)
            {
                return true;
            }
        }

        return last + 1 < end && _placeMarkers.MatchAt(tokens, last + 1, end) is { Value: PlaceMarker.PlaceNoun or PlaceMarker.Settlement } after && after.First == last + 1;
    }

    /// <summary>
    /// Whether the ones who moved, by a verb, are armed, not civilians leaving: the movement's subject is the nearest
    /// actor before it ("gunmen who fled in a van", "los agresores huyeron"), or, right after a conjunction, the subject of the clause
    /// before, the sentence's first actor ("gunmen shot a man and fled"); armed, or the agent of a passive. Attackers who
    /// get away are no displacement; "gunmen attacked the village and residents fled" is one.
    /// </summary>
    private bool MoverIsArmed(SentenceView v, int token)
    {
        ActorAt? mover = null;
        bool shared = token > v.Sentence.FirstToken && _conjunctions.Contains(_document.Tokens[token - 1].Norm);
        foreach (var a in v.Actors)
        {
            if (a.Token >= token)
            {
                break;
            }

            if (!a.IsSource && (mover is null || !shared))
            {
                mover = a;
            }
        }

        return mover is not null && (mover.Actor.Kind != ActorKind.Civilians || AgentBetween(v, mover.Token - AgentReach, token));
    }

    /// <summary>
    /// Whether the agent marker of a passive stands between the words (from <paramref name="from"/>, before
    /// <paramref name="to"/>): the movement's subject is then whoever did the deed ("tué par deux individus qui ont pris
    /// la fuite", "killed by men who fled"), even people the lexicon does not call armed, and no one displaced.
    /// </summary>
    private static bool AgentBetween(SentenceView v, int from, int to)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept == Concepts.Agent && t >= from && t < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before an actor the agent marker of a passive may stand ("by two men").</summary>
    private const int AgentReach = 2;

    private ExtractedRecord Displacement(int s, SentenceView v, ConceptMention move, int token)
    {
        var r = _writer.NewRecord(RecordKinds.Displacement);
        var civilians = v.Actors.First(a => a.Actor.Kind == ActorKind.Civilians);
        r.People = civilians.Actor.Name;
        _writer.Evidence(r, "people", civilians.Mention.Span);
        var from = v.Places.FirstOrDefault(p => p.Mention.Role is PlaceRole.Origin or PlaceRole.At or PlaceRole.Near);
        if (from.Mention is not null)
        {
            r.From = from.Mention.Entry?.Name ?? from.Mention.Name;
            _writer.Evidence(r, "from", from.Mention.Span);
            _writer.Locate(r, _locator.Resolve(from.Mention, s));
        }
        else
        {
            _writer.Locate(r, _locator.Resolve(null, s));
        }

        var to = v.Places.FirstOrDefault(p => p.Mention.Role == PlaceRole.Destination);
        if (to.Mention is not null)
        {
            r.To = to.Mention.Entry?.Name ?? to.Mention.Name;
            _writer.Evidence(r, "to", to.Mention.Span);
        }

        var toActor = v.Actors.FirstOrDefault(a => a.Token > token && a.Token <= token + 4 && a.Actor.Kind != ActorKind.Civilians);
        if (toActor is not null)
        {
            r.ToActor = toActor.Actor.Name;
            _writer.Evidence(r, "to_actor", toActor.Mention.Span);
        }

        var corridor = v.Concepts.FirstOrDefault(c => c.Mention.Concept == Concepts.Corridor);
        if (corridor.Mention is not null)
        {
            r.Via = "humanitarian corridors";
            _writer.Evidence(r, "via", corridor.Mention.Span);
        }

        var count = v.Quantities.FirstOrDefault(q => q.Mention.Unit is null && Math.Abs(q.Token - civilians.Token) <= 2);
        if (count.Mention is not null)
        {
            r.Count = count.Mention.Best;
            _writer.Evidence(r, "count", count.Mention.Span);
        }

        _writer.SetDate(r, v.Dates.FirstOrDefault(d => !d.Since && !d.YearOnly));
        r.Certainty = Certainty.Reported;
        r.Confidence = 0.5;
        r.Notes = $"{r.People} fled" + (r.From is null ? "" : $" from {r.From}") + (r.To is null ? "" : $" towards {r.To}") +
                  (r.ToActor is null ? "" : $" to areas held by {r.ToActor}") + (r.Via is null ? "" : $" through {r.Via}") + ".";
        r.EventId = _writer.EventId(r, move.Span);
        return r;
    }

    /// <summary>
    /// Statements about the same holder and place (or the same people and origin) are one record: the one
    /// <paramref name="r"/> was added as or merged into.
    /// </summary>
    private static ExtractedRecord AddOrMerge(List<ExtractedRecord> list, ExtractedRecord r)
    {
        var same = list.FirstOrDefault(o => o.Kind == r.Kind && o.Actor == r.Actor && o.People == r.People &&
                                            (o.Location == r.Location || o.Location is null || r.Location is null) && o.Change == r.Change);
        if (same is null)
        {
            list.Add(r);
            return r;
        }

        same.Location ??= r.Location;
        same.Latitude ??= r.Latitude;
        same.Longitude ??= r.Longitude;
        same.GeoPrecision ??= r.GeoPrecision;
        same.Admin1 ??= r.Admin1;
        same.GeoNamesId ??= r.GeoNamesId;
        same.From ??= r.From;
        same.To ??= r.To;
        same.ToActor ??= r.ToActor;
        same.Via ??= r.Via;
        same.Count ??= r.Count;
        same.SizeKm ??= r.SizeKm;
        same.Actor1 ??= r.Actor1;
        foreach (var e in r.Evidence.Where(e => !same.Evidence.Any(x => x.Field == e.Field && x.Start == e.Start)))
        {
            same.Evidence.Add(e);
        }

        return same;
    }
}
