using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Polemos.Cli.Output;
using Polemos.Core;
using Polemos.Events;
using Polemos.Server;
using Polemos.Store;

namespace Polemos.Cli;

/// <summary>`polemos serve`: the HTTP API and the web page over the store, on 127.0.0.1 unless told otherwise.</summary>
public static class ServeCommand
{
    /// <summary>The export formats of the command line, for <c>GET /api/events?format=…</c>.</summary>
    public static RecordExport Export { get; } = new(
        [.. Store.EventsCommand.Formats.Where(f => f != "json")],
        ContentType,
        (format, records, stream) =>
        {
            using var output = RecordOutput.Create(format, stream);
            foreach (var record in records)
            {
                output.Write(record);
            }

            output.Complete();
        });

    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port to listen on", DefaultValueFactory = _ => 8765 };
        var bind = new Option<string>("--bind") { Description = "Address to listen on (127.0.0.1 keeps it on this machine; 0.0.0.0 opens it to the network)", DefaultValueFactory = _ => "127.0.0.1" };
        var db = Store.StoreOptions.Db();
        var command = new Command("serve", "Serve the HTTP API and the web page (map, timeline, table, evidence, review)") { port, bind, db };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(port), parse.GetValue(bind) ?? "127.0.0.1", parse.GetValue(db), ct));
        return command;
    }

    private static async Task<int> RunAsync(int port, string bind, string? db, CancellationToken ct)
    {
        if (port is < 1 or > 65535)
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--port must be from 1 to 65535, not {port}");
        }

        if (!IPAddress.TryParse(bind, out var address))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--bind must be an IP address such as 127.0.0.1, not '{bind}'");
        }

        var location = StoreLocation.Parse(db);
        await using var store = await StoreOpener.OpenAsync(db, cancellationToken: ct).ConfigureAwait(false);
        string token = ServerToken.LoadOrCreate(location);
        string? web = WebRoot.Find();
        var options = new ServerOptions { Bind = address, Port = port, Token = token, WebRoot = web };
        await using var app = PolemosServer.Build(options, store, () => Engine.Load(Engine.FindDataRoot()), Export);
        await app.StartAsync(ct).ConfigureAwait(false);
        string host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        Console.Error.WriteLine($"polemos serves {store.Location} at http://{host}:{port}/ (Ctrl+C stops it)");
        Console.Error.WriteLine($"write token: {(Environment.GetEnvironmentVariable(ServerToken.Variable) is { Length: > 0 } ? "$" + ServerToken.Variable : ServerToken.FileFor(location))}");
        Console.Error.WriteLine($"open http://{host}:{port}/#token={token}");
        if (web is null)
        {
            Console.Error.WriteLine("warning: the web page is not built (run ./setup.sh); the API is served");
        }

        await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
        return Cli.Ok;
    }

    private static string ContentType(string format) => format switch
    {
        "csv" or "acled-csv" => "text/csv; charset=utf-8",
        "geojson" => "application/geo+json",
        "jsonl" => "application/x-ndjson",
        "parquet" => "application/vnd.apache.parquet",
        _ => "application/octet-stream",
    };
}
