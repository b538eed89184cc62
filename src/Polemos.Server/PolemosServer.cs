using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Polemos.Core;
using Polemos.Events;
using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// <c>polemos serve</c>: the HTTP API (SPEC §4) over an event store, and the built web page. Reads are open; every
/// POST needs the server's token. Malformed input gets a 4xx with a one-line message, never a stack trace.
/// </summary>
public static class PolemosServer
{
    /// <summary>Builds the server; the caller starts it, and owns and disposes <paramref name="store"/>.</summary>
    public static WebApplication Build(ServerOptions options, IEventStore store, Func<Engine> engine, RecordExport export)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(options.Bind, options.Port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new Extraction(engine));
        builder.Services.AddSingleton(_ => new SummaryCache(store, TimeProvider.System));
        var app = builder.Build();
        var summaries = app.Services.GetRequiredService<SummaryCache>();
        // The first page load should not wait for every record to be read: fill the cache as the server starts.
        app.Lifetime.ApplicationStarted.Register(() => _ = summaries.AllAsync(app.Lifetime.ApplicationStopping)
            .ContinueWith(t => t.Exception, TaskScheduler.Default));
        app.Use(Guard);
        ServeWebPage(app, options.WebRoot);

        var writes = app.MapGroup("/api").AddEndpointFilter(new BearerToken(options.Token));
        EventEndpoints.Map(app, export);
        ArticleEndpoints.Map(app, writes, options);
        ReviewEndpoints.Map(writes);
        app.MapGet("/api/openapi.json", () => Results.Stream(OpenApi(), "application/json"));
        app.MapFallback("/api/{**rest}", (HttpContext http) =>
            ApiResults.Error(StatusCodes.Status404NotFound, $"no such API endpoint: {http.Request.Method} {http.Request.Path} (see /api/openapi.json)", ErrorCode.NotFound));
        return app;
    }

    /// <summary>The API's OpenAPI document, kept beside the code it describes.</summary>
    public static Stream OpenApi() =>
        typeof(PolemosServer).Assembly.GetManifestResourceStream("Polemos.Server.openapi.json")
        ?? throw new PolemosException(ErrorCode.DataMissing, "openapi.json is not embedded in the server");

    /// <summary>Security headers on every answer, and expected failures as a status with a one-line message.</summary>
    private static async Task Guard(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Only the page's own script runs; article text is data, and could not run even if it were ever parsed as HTML.
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        IResult? failure;
        try
        {
            await next(http).ConfigureAwait(false);
            return;
        }
        catch (PolemosException e)
        {
            failure = ApiResults.Error(ApiResults.StatusOf(e.Code), e.Message, e.Code);
        }
        catch (BadHttpRequestException e)
        {
            failure = ApiResults.Error(e.StatusCode, e.Message, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCode.InputTooLarge : ErrorCode.InputMalformed);
        }
        catch (JsonException e)
        {
            failure = ApiResults.Error(StatusCodes.Status400BadRequest, $"malformed JSON: {e.Message}", ErrorCode.InputMalformed);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (!http.Response.HasStarted)
        {
            http.Response.Clear();
            await failure.ExecuteAsync(http).ConfigureAwait(false);
        }
    }

    private static void ServeWebPage(WebApplication app, string? webRoot)
    {
        if (webRoot is null)
        {
            app.MapGet("/", () => Results.Text("The web page is not built: run ./setup.sh (it builds web/ with npm).\n", "text/plain", statusCode: 503));
            return;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(webRoot));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
