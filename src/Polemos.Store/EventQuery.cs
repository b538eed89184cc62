namespace Polemos.Store;

/// <summary>
/// The filters of <c>polemos events</c> and <c>GET /api/events</c> (SPEC §3–4). Every filter is optional; all given
/// filters must hold. Dates compare with the event date; events without a date match no date filter.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Country name or ISO 3166-1 alpha-2 code, case-insensitive.</summary>
    public string? Country { get; init; }

    /// <summary>Earliest event date, inclusive.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Latest event date, inclusive.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>An ACLED event type, sub-event type or disorder type, case-insensitive (exact name).</summary>
    public string? Type { get; init; }

    /// <summary>Part of an actor name (actor1, actor2 or an associated actor), case-insensitive.</summary>
    public string? Actor { get; init; }

    /// <summary>Only events of this certainty (<c>confirmed</c>, <c>reported</c>, <c>alleged</c>, <c>unconfirmed</c>, <c>denied</c>).</summary>
    public string? Certainty { get; init; }

    /// <summary>Within a radius of a point.</summary>
    public GeoCircle? Near { get; init; }

    /// <summary>Inside a latitude/longitude box.</summary>
    public GeoBox? Box { get; init; }

    /// <summary>Full-text search over the articles behind the events (words match without their diacritics).</summary>
    public string? Text { get; init; }

    /// <summary>Record kind (<c>event</c>, <c>territory</c>, <c>displacement</c>); null for all kinds.</summary>
    public string? Kind { get; init; }

    /// <summary>Only events created or changed at or after this instant (incremental exports).</summary>
    public DateTimeOffset? ChangedSince { get; init; }

    /// <summary>How many events to skip.</summary>
    public int Offset { get; init; }

    /// <summary>How many events at most; null for all.</summary>
    public int? Limit { get; init; }
}

/// <summary>A circle on the earth: a centre and a radius in kilometres.</summary>
public sealed record GeoCircle(double Latitude, double Longitude, double RadiusKm);

/// <summary>A latitude/longitude box (no crossing of the antimeridian).</summary>
public sealed record GeoBox(double MinLatitude, double MinLongitude, double MaxLatitude, double MaxLongitude);

/// <summary>One page of a query's events, and how many match in all.</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, long Total, int Offset, int? Limit);
