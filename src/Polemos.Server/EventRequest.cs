using System.Globalization;
using Microsoft.AspNetCore.Http;
using Polemos.Core;
using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// The query string of <c>GET /api/events</c>: the filters of <c>polemos events</c> (country, since, until, type,
/// actor, near, q, kind), a bounding box, paging, the view and the format. Anything malformed or unknown is refused
/// with a message naming the parameter, so a typo never silently widens a query.
/// </summary>
public sealed record EventRequest(EventQuery Query, string View, string Format, bool Audit)
{

    public const int DefaultLimit = 1000;
    public const int MaxLimit = 100_000;

    public static readonly IReadOnlyList<string> Views = ["full", "summary"];

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "country", "since", "until", "type", "actor", "certainty", "near", "bbox", "q", "kind", "limit", "offset", "view", "format", "audit",
    };

    /// <summary>Reads the query string; <paramref name="formats"/> are the export formats besides json.</summary>
    public static EventRequest Parse(IQueryCollection q, IReadOnlyCollection<string> formats)
    {
        foreach (var key in q.Keys)
        {
            if (!Known.Contains(key))
            {
                throw Bad($"unknown parameter '{key}' (known: {string.Join(", ", Known.Order(StringComparer.Ordinal))})");
            }

            if (q[key].Count > 1)
            {
                throw Bad($"parameter '{key}' is given more than once");
            }
        }

        var query = new EventQuery
        {
            Country = Text(q, "country"),
            Since = Date(q, "since"),
            Until = Date(q, "until"),
            Type = Text(q, "type"),
            Actor = Text(q, "actor"),
            Certainty = Choice(q, "certainty", [Core.Certainty.Confirmed, Core.Certainty.Reported, Core.Certainty.Alleged, Core.Certainty.Unconfirmed, Core.Certainty.Denied], null),
            Text = Text(q, "q"),
            Kind = Choice(q, "kind", [RecordKinds.Event, RecordKinds.Territory, RecordKinds.Displacement], null),
            Near = Near(q),
            Box = Box(q),
            Offset = Int(q, "offset", 0, int.MaxValue) ?? 0,
            Limit = Int(q, "limit", 1, MaxLimit) ?? DefaultLimit,
        };
        if (query.Since is { } s && query.Until is { } u && s > u)
        {
            throw Bad($"since ({s:yyyy-MM-dd}) is after until ({u:yyyy-MM-dd})");
        }

        string view = Choice(q, "view", Views, "full")!;
        string format = Choice(q, "format", ["json", .. formats], "json")!;
        string? audit = Choice(q, "audit", ["true", "false"], "false");
        return new EventRequest(query, view, format, audit == "true");
    }

    private static PolemosException Bad(string message) => new(ErrorCode.BadArgument, message);

    private static string? Text(IQueryCollection q, string name)
    {
        string? value = q[name].FirstOrDefault()?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static DateOnly? Date(IQueryCollection q, string name)
    {
        string? value = Text(q, name);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad($"{name} must be a date as YYYY-MM-DD, not '{value}'");
    }

    private static int? Int(IQueryCollection q, string name, int min, int max)
    {
        string? value = Text(q, name);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n
            : throw Bad($"{name} must be a whole number from {min} to {max}, not '{value}'");
    }

    private static string? Choice(IQueryCollection q, string name, IReadOnlyCollection<string> allowed, string? fallback)
    {
        string? value = Text(q, name);
        if (value is null)
        {
            return fallback;
        }

        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Bad($"{name} must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    private static double[]? Numbers(IQueryCollection q, string name, int count, string shape)
    {
        string? value = Text(q, name);
        if (value is null)
        {
            return null;
        }

        string[] parts = value.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[parts.Length];
        bool ok = parts.Length == count;
        for (int i = 0; ok && i < parts.Length; i++)
        {
            ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) && double.IsFinite(numbers[i]);
        }

        return ok ? numbers : throw Bad($"{name} must be {shape}, not '{value}'");
    }

    private static GeoCircle? Near(IQueryCollection q)
    {
        if (Numbers(q, "near", 3, "LAT,LON,KM") is not { } n)
        {
            return null;
        }

        if (Math.Abs(n[0]) > 90 || Math.Abs(n[1]) > 180 || n[2] <= 0)
        {
            throw Bad("near must be LAT,LON,KM with a latitude within ±90, a longitude within ±180 and a positive radius");
        }

        return new GeoCircle(n[0], n[1], n[2]);
    }

    private static GeoBox? Box(IQueryCollection q)
    {
        // GeoJSON order: west, south, east, north.
        if (Numbers(q, "bbox", 4, "WEST,SOUTH,EAST,NORTH in degrees") is not { } n)
        {
            return null;
        }

        if (n[0] > n[2] || n[1] > n[3] || Math.Abs(n[1]) > 90 || Math.Abs(n[3]) > 90 || Math.Abs(n[0]) > 180 || Math.Abs(n[2]) > 180)
        {
            throw Bad("bbox must be WEST,SOUTH,EAST,NORTH with west ≤ east and south ≤ north, within ±180 and ±90");
        }

        return new GeoBox(n[1], n[0], n[3], n[2]);
    }
}
