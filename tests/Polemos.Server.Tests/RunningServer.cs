using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Polemos.Cli;
using Polemos.Events;
using Polemos.Server;
using Polemos.Store;
using Polemos.Store.Sqlite;

namespace Polemos.Server.Tests;

/// <summary>
/// A real server on a free loopback port over a real SQLite store in a fresh folder, put together as
/// <c>polemos serve</c> does it; disposing it stops the server and deletes the folder.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private static readonly Lazy<Engine> SharedEngine = new(() => Engine.Load(Engine.FindDataRoot()));

    private readonly WebApplication _app;

    private RunningServer(WebApplication app, IEventStore store, string folder, string token, Uri address)
    {
        _app = app;
        Store = store;
        Folder = folder;
        Token = token;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
        Writer = new HttpClient { BaseAddress = address };
        Writer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public IEventStore Store { get; }

    public string Folder { get; }

    public string Token { get; }

    public Uri Address { get; }

    /// <summary>The endpoints the server answers.</summary>
    public IEnumerable<Endpoint> Endpoints => ((IEndpointRouteBuilder)_app).DataSources.SelectMany(d => d.Endpoints);

    /// <summary>A client without the token.</summary>
    public HttpClient Client { get; }

    /// <summary>A client that sends the server's token.</summary>
    public HttpClient Writer { get; }

    public static async Task<RunningServer> StartAsync(long maxBodyBytes = 8L * 1024 * 1024, string? webRoot = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "polemos-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var location = StoreLocation.Parse(Path.Combine(folder, "polemos.db"));
        var store = await SqliteEventStore.OpenAsync(location.Value);
        string token = ServerToken.LoadOrCreate(location);
        var options = new ServerOptions { Port = 0, Token = token, WebRoot = webRoot ?? WebRoot.Find(), MaxBodyBytes = maxBodyBytes };
        var app = PolemosServer.Build(options, store, () => SharedEngine.Value, ServeCommand.Export);
        await app.StartAsync();
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, store, folder, token, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Posts the team's written articles (Articles/written.jsonl) through the API.</summary>
    public async Task<string> IngestWrittenAsync()
    {
        using var body = new StringContent(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Articles", "written.jsonl")));
        using var response = await Writer.PostAsync(new Uri("api/articles", UriKind.Relative), body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Writer.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }
}
