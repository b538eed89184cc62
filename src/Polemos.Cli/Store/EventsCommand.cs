using System.CommandLine;
using System.Globalization;
using Polemos.Cli.Output;
using Polemos.Core;
using Polemos.Store;

namespace Polemos.Cli.Store;

/// <summary>
/// <c>polemos events</c>: merged events from the store with the filters of SPEC §3, in jsonl, csv, acled-csv, geojson
/// or parquet; one event by <c>--id</c> (with <c>--why</c>: how its reports were merged); <c>--deleted</c>: the
/// deletions feed.
/// </summary>
public static class EventsCommand
{
    public static readonly IReadOnlyList<string> Formats = ["jsonl", "csv", "acled-csv", "geojson", "parquet", "json"];

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var country = new Option<string?>("--country") { Description = "Country name or ISO 3166-1 alpha-2 code" };
        var since = new Option<string?>("--since") { Description = "Events on or after this date (YYYY-MM-DD)" };
        var until = new Option<string?>("--until") { Description = "Events on or before this date (YYYY-MM-DD)" };
        var type = new Option<string?>("--type") { Description = "ACLED disorder, event or sub-event type" };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name" };
        var certainty = new Option<string?>("--certainty") { Description = "Only events of this certainty: confirmed, reported, alleged, unconfirmed or denied" };
        certainty.AcceptOnlyFromAmong(Certainty.Confirmed, Certainty.Reported, Certainty.Alleged, Certainty.Unconfirmed, Certainty.Denied);
        var near = new Option<string?>("--near") { Description = "LAT,LON,KM: within KM kilometres of a point" };
        var bbox = new Option<string?>("--bbox") { Description = "MINLAT,MINLON,MAXLAT,MAXLON: inside a box" };
        var text = new Option<string?>("--text") { Description = "Words in the reports (diacritics and case ignored)" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var offset = new Option<int>("--offset") { Description = "Skip this many events" };
        var format = new Option<string>("--format", "-f") { Description = "jsonl, csv, acled-csv, geojson, parquet or json", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong([.. Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var id = new Option<string?>("--id") { Description = "Only this event (deleted ones too)" };
        var why = new Option<bool>("--why") { Description = "With --id: explain how the event's reports were merged and its tolls reconciled" };
        var deleted = new Option<bool>("--deleted") { Description = "The deletions feed: events removed by review or merged into another (JSON lines)" };
        var command = new Command("events", "Query merged events in the store")
        {
            db, country, since, until, type, actor, certainty, near, bbox, text, limit, offset, format, output, id, why, deleted,
        };
        command.SetAction(parse =>
        {
            var query = new EventQuery
            {
                Country = parse.GetValue(country),
                Since = StoreOptions.ParseDate(parse.GetValue(since), "--since"),
                Until = StoreOptions.ParseDate(parse.GetValue(until), "--until"),
                Type = parse.GetValue(type),
                Actor = parse.GetValue(actor),
                Certainty = parse.GetValue(certainty),
                Near = ParseNear(parse.GetValue(near)),
                Box = ParseBox(parse.GetValue(bbox)),
                Text = parse.GetValue(text),
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
            };
            var request = new EventsRequest(query, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(id), parse.GetValue(why), parse.GetValue(deleted));
            return RunAsync(parse.GetValue(db), request, CancellationToken.None).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(string? db, EventsRequest request, CancellationToken ct)
    {
        if (request.Why && request.Id is null)
        {
            throw new PolemosException(ErrorCode.BadArgument, "--why needs --id");
        }

        await using var store = await StoreOpener.OpenAsync(db, cancellationToken: ct).ConfigureAwait(false);
        await using var stream = request.Output is null ? Console.OpenStandardOutput() : File.Create(request.Output);
        if (request.Deleted)
        {
            await DeletionsWriter.WriteAsync(await store.GetDeletionsAsync(request.Query.ChangedSince, ct).ConfigureAwait(false), stream, ct).ConfigureAwait(false);
            return Cli.Ok;
        }

        if (request.Id is string eventId)
        {
            if (request.Why)
            {
                var explanation = await store.ExplainAsync(eventId, ct).ConfigureAwait(false)
                    ?? throw new PolemosException(ErrorCode.NotFound, $"no event with id '{eventId}'");
                await using var writer = new StreamWriter(stream, leaveOpen: true);
                MergeExplanationText.Write(writer, explanation);
                return Cli.Ok;
            }

            var stored = await store.GetEventAsync(eventId, ct).ConfigureAwait(false)
                ?? throw new PolemosException(ErrorCode.NotFound, $"no event with id '{eventId}'");
            Write(request.Format, stream, [stored.Record]);
            return Cli.Ok;
        }

        const int pageSize = 5000;
        using var records = RecordOutput.Create(request.Format, stream);
        int remaining = request.Query.Limit ?? int.MaxValue;
        int offset = request.Query.Offset;
        while (remaining > 0)
        {
            var page = await store.QueryEventsAsync(request.Query with { Offset = offset, Limit = Math.Min(pageSize, remaining) }, ct).ConfigureAwait(false);
            foreach (var e in page.Events)
            {
                records.Write(e.Record);
            }

            if (page.Events.Count < Math.Min(pageSize, remaining))
            {
                break;
            }

            offset += page.Events.Count;
            remaining -= page.Events.Count;
        }

        records.Complete();
        return Cli.Ok;
    }

    private static void Write(string format, Stream stream, IEnumerable<ExtractedRecord> records)
    {
        using var output = RecordOutput.Create(format, stream);
        foreach (var record in records)
        {
            output.Write(record);
        }

        output.Complete();
    }

    private static GeoCircle? ParseNear(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var n = Numbers(value, 3, "--near", "LAT,LON,KM");
        return n[2] <= 0 || Math.Abs(n[0]) > 90 || Math.Abs(n[1]) > 180
            ? throw new PolemosException(ErrorCode.BadArgument, $"--near must be LAT,LON,KM with a valid point and a positive radius, not '{value}'")
            : new GeoCircle(n[0], n[1], n[2]);
    }

    private static GeoBox? ParseBox(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var n = Numbers(value, 4, "--bbox", "MINLAT,MINLON,MAXLAT,MAXLON");
        return n[0] > n[2] || n[1] > n[3]
            ? throw new PolemosException(ErrorCode.BadArgument, $"--bbox must be MINLAT,MINLON,MAXLAT,MAXLON with minimums first, not '{value}'")
            : new GeoBox(n[0], n[1], n[2], n[3]);
    }

    private static double[] Numbers(string value, int count, string option, string shape)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[parts.Length];
        if (parts.Length != count || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])).All(ok => ok))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"{option} must be {shape}, not '{value}'");
        }

        return numbers;
    }

    private sealed record EventsRequest(EventQuery Query, string Format, string? Output, string? Id, bool Why, bool Deleted);
}
